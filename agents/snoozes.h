// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recommendation.h"
#include "models/result.h"

#include <QDateTime>
#include <QHash>

namespace cp {

// An operator's snoozes in one workspace: recommendation id → until (UTC).
// A snooze hides a pending recommendation from this operator's queue until
// then; it decides nothing, so it is kept on this computer (QSettings,
// workspaces/<id>/snoozed), not in the store, and not audited. The window
// and `campaign-pilot queue snooze` share them.
//
// A snooze holds for what was snoozed, not only for that row: the next
// cycle's judgement of the same campaign (or product) with the same
// decision supersedes the snoozed row under a new id, and stays snoozed
// until the same time (carry). Another decision (a PAUSE become an
// EMERGENCY_PAUSE) shows. What each snooze was for is kept beside it
// (workspaces/<id>/snoozedWhat: "campaign:<id>|DECISION").
namespace Snoozes {

QHash<qint64, QDateTime> load(const QString &workspaceId);
// Saves `snoozed`; what a newly snoozed id was for is taken from `known`
// (the recommendations at hand), so that carry() can follow it.
void save(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &known = {});
// Adds `snoozed` to what is stored (a snooze another window or `queue
// snooze` made meanwhile is kept), drops the ended, saves (as save()) and
// returns the whole.
QHash<qint64, QDateTime> merge(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &known);
// Snoozes, until the same time, each pending recommendation of `recs` not
// snoozed whose item and decision are those of a snoozed, older one; true
// when one was added (then save them).
bool carry(const QString &workspaceId, QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &recs);
// Drops the snoozes whose time has come; true when one did. `earliest`
// (when given) is set to the next end, or invalid.
bool dropEnded(QHash<qint64, QDateTime> &snoozed, const QDateTime &now, QDateTime *earliest = nullptr);
// Whether `r` may be snoozed until `until`: only a pending recommendation,
// only until a later time.
Status check(const Recommendation &r, const QDateTime &until, const QDateTime &now);

} // namespace Snoozes
} // namespace cp
