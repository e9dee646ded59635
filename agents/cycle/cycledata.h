// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include "agents/rules/rules.h"
#include "models/recommendation.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace cp {

// Everything one cycle reads, taken from the store as of one date. The
// agents see only this: nothing after `asOf` is in it.
struct CycleInput
{
    QDate asOf;
    QString asOfWhy;                     // why that day (CycleSteps::asOf)
    QString currency;
    QList<ProductStats> products;
    QList<CampaignSnapshot> campaigns;   // active campaigns
    // Active campaigns that cannot be judged, each with why ("601 Summer: no
    // start date"): said with the cycle's result, never skipped silently.
    QStringList unjudged;
};

struct CampaignAnalysis
{
    CampaignSnapshot snapshot;   // without the daily lists, once analysed
    CampaignMetrics metrics;
    QString currency;            // the workspace's (ISO 4217; empty: unknown): budgets are proposed in its units
};

// The Analyst's portfolio view: ranking and correlations, kept for the charts.
struct Portfolio
{
    QList<QPair<QString, double>> ranking;   // campaign id, efficiency (best first; unknown last)
    std::optional<double> budgetVsSalesLift;  // Pearson r over campaigns
    std::optional<double> durationVsPerformance;
    QMap<QString, double> successByCategory;  // mean efficiency
    QJsonObject toJson() const;
};

struct CycleResult
{
    QString cycleId;
    QDate asOf;
    QList<Recommendation> recommendations;
    // Of them, those the store already held pending, unchanged, and kept
    // (Recommendation::unchanged): no new row, no audit entry each.
    int unchangedCount() const
    {
        return int(std::count_if(recommendations.cbegin(), recommendations.cend(), [](const Recommendation &r) { return r.unchanged; }));
    }
    Portfolio portfolio;
    bool cancelled = false;
    QString error;
    QStringList unjudged;   // CycleInput::unjudged
    QString asOfWhy = QString();   // CycleInput::asOfWhy
    // The learning loop (agents/cycle/learning.h): campaigns evaluated this
    // cycle, the policy proposal it stored (0: none) and what the Analyst
    // concluded when it looked (empty: it did not look this cycle).
    int evaluated = 0;
    qint64 policyProposalId = 0;
    QString learningNote = QString();
};

} // namespace cp

Q_DECLARE_METATYPE(cp::CycleInput)
Q_DECLARE_METATYPE(cp::CycleResult)
