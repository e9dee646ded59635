// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copywriter.h"
#include "cycledata.h"

#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace cp {

// The cycle's steps as plain functions of value types; the QObject workers
// (agentworkers.h) run them on their threads, tests call them directly.
namespace CycleSteps {

// The day a cycle judges as of, and why (said with its result).
struct AsOf
{
    QDate day;
    QString why;
};
// A live workspace whose sources were read: the last day every connected
// source was read whole (the earlier of the shop's and the ad account's
// marks, each its own today when it was last read whole), so that a shop a
// day ahead of its ad account, or one whose refresh failed, never has the
// campaigns judged on a day the other source has not reached. A source not
// read whole for more than kStaleSourceDays behind the other is left out
// (it is said). Otherwise (a replay, imports only): the newest day of figures.
inline constexpr int kStaleSourceDays = 7;
AsOf asOf(QSqlDatabase db);

// Reads the store as of `asOf` (default: asOf(db)).
// The campaigns' daily figures arrive as window sums for `policy`'s windows
// (CampaignSnapshot::sums): analyse the input with the same policy.
// On a SQLite file it reads in one snapshot (a read transaction), with the
// campaigns' daily figures read meanwhile on a second connection in the
// same snapshot, on another thread.
Result<CycleInput> load(QSqlDatabase db, QDate asOf = {}, const Policy &policy = Policy{});
// Tests: called (on load's thread) after the second connection began its
// snapshot and before load's own connection begins its: a write committed
// there must not leave the two reading different states.
void setBetweenSnapshotsHookForTests(std::function<void()> hook);

// Campaign Creator: new campaigns for the best eligible products.
QList<Recommendation> create(const CycleInput &input, const Policy &policy, const CopyWriter &copy, const QString &cycleId,
                             const QDateTime &now, const std::atomic_bool &cancel);

// Performance Analyst: metrics per campaign and the portfolio view.
// Wording::KindOnly: metrics without the evidence in words (a backtest).
QList<CampaignAnalysis> analyse(const CycleInput &input, const Policy &policy, const std::atomic_bool &cancel,
                                Wording wording = Wording::Full);
Portfolio portfolio(const QList<CampaignAnalysis> &analyses);

// Campaign Manager: a decision per analysed campaign.
// Wording::KindOnly: decision, action and proposed budget only (no title,
// rationale, inputs or thresholds): what a backtest applies and counts.
QList<Recommendation> manage(const QList<CampaignAnalysis> &analyses, const Policy &policy, const QString &cycleId,
                             const QDateTime &now, const std::atomic_bool &cancel, Wording wording = Wording::Full);

} // namespace CycleSteps
} // namespace cp
