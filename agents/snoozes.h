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
namespace Snoozes {

QHash<qint64, QDateTime> load(const QString &workspaceId);
void save(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed);
// Drops the snoozes whose time has come; true when one did. `earliest`
// (when given) is set to the next end, or invalid.
bool dropEnded(QHash<qint64, QDateTime> &snoozed, const QDateTime &now, QDateTime *earliest = nullptr);
// Whether `r` may be snoozed until `until`: only a pending recommendation,
// only until a later time.
Status check(const Recommendation &r, const QDateTime &until, const QDateTime &now);

} // namespace Snoozes
} // namespace cp
