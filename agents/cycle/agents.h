// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copywriter.h"
#include "cycledata.h"

#include <QSqlDatabase>
#include <atomic>

namespace cp {

// The cycle's steps as plain functions of value types; the QObject workers
// (agentworkers.h) run them on their threads, tests call them directly.
namespace CycleSteps {

// Reads the store as of `asOf` (default: the newest day with product figures).
// The campaigns' daily figures arrive as window sums for `policy`'s windows
// (CampaignSnapshot::sums): analyse the input with the same policy.
Result<CycleInput> load(QSqlDatabase db, QDate asOf = {}, const Policy &policy = Policy{});

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
