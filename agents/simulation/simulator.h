// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/cycle/cycledata.h"
#include "agents/rules/policy.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace cp {

// A recording in memory, read once, for replay.
struct SimulationData
{
    QString recordingId;
    QString currency;
    QList<Product> products;
    QList<ProductDay> productDays;     // sorted by date
    QList<Campaign> campaigns;
    QList<CampaignDay> campaignDays;   // sorted by date
    QDate first, last;

    static Result<SimulationData> fromStore(QSqlDatabase db);
};

// How approvals happen in a simulation run: visible, explicit, and never used
// by a live session (the live queue has no auto-approval at all).
struct ApprovalMode
{
    enum class Kind { All, None, ByDecision };
    Kind kind = Kind::All;
    QSet<QString> decisions;   // ByDecision: e.g. {"EMERGENCY_PAUSE", "PAUSE"}
    bool approves(const QString &decision) const;
    QString describe() const;
    static Result<ApprovalMode> parse(const QString &text);   // "all", "none", "PAUSE,EMERGENCY_PAUSE"
};

// The counterfactual model (one place; its parameters here):
// - A recorded campaign day happens as recorded unless the simulation changed
//   the campaign: paused -> no spend, no attributed conversions or revenue;
//   budget scaled by k -> spend x k, conversions and revenue x k^elasticity
//   (diminishing returns; elasticity 0.7).
// - A new campaign starts the day after its approval and runs its duration;
//   it spends `newCampaignPacing` of its daily budget; its CPC and
//   conversion rate are drawn (seeded) from the recording's own campaigns,
//   whose daily figures are calibrated on the real Facebook ad data;
//   revenue = conversions x the product's price. Expected values, no noise:
//   the same run gives the same numbers.
// - Profit = attributed revenue - ad spend (the seed's ROAS numerator).
// - The agents see, at the end of day d, the simulated campaign figures up
//   to d and the product figures up to d, with the units of paused or scaled
//   campaigns' lost or added conversions taken out or put in; actions apply
//   from d + 1.
struct CounterfactualModel
{
    double elasticity = 0.7;
    double newCampaignPacing = 0.9;
    double oracleMaxBudgetFactor = 1.5;   // the oracle may scale a day's budget up to this
    quint64 seed = 20111209;
};

struct SimulationSettings
{
    QString name;
    QDate from, to;
    Policy policy;
    ApprovalMode approval;
    CounterfactualModel model;
};

struct SimulatedDay
{
    QDate date;
    qint64 spendMinor = 0;       // all campaigns
    qint64 revenueMinor = 0;
    qint64 newSpendMinor = 0;    // of which: campaigns the simulation created
    qint64 newRevenueMinor = 0;
    qint64 profitMinor() const { return revenueMinor - spendMinor; }
};

struct PolicyRun
{
    QString name;
    QString approval;
    QList<SimulatedDay> days;
    int actions = 0;                 // approved actions applied
    QMap<QString, int> decisions;    // recommended, by decision
    QStringList log;                 // "2011-11-03 EMERGENCY_PAUSE demo-03 (approved)"
    bool cancelled = false;

    qint64 spendMinor() const;
    qint64 revenueMinor() const;
    qint64 profitMinor() const { return revenueMinor() - spendMinor(); }
    // Profit of the recorded campaigns only: what the oracle bounds.
    qint64 recordedProfitMinor() const;
};

namespace Simulator {

// Keep every campaign running unchanged: the recorded figures.
PolicyRun doNothing(const SimulationData &data, QDate from, QDate to);
// Knowing the future: each campaign-day paused or its budget scaled (0..max
// factor) to the most profitable choice. An upper bound for any policy that
// pauses, resumes and re-budgets the recorded campaigns.
PolicyRun oracle(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model);
// Replays the days through the three agents with the settings' policy and
// approval mode. `progress(done, total)` after each day. One pass over the
// recording: the figures the agents read are running sums that grow by one
// day as the clock moves (runningwindows.h), so a day the clock has not
// reached is never read.
// `observe(day, recommendations)`: every day's recommendations, approved or
// not, before they apply (the equivalence tests compare whole streams).
using DayObserver = std::function<void(QDate, const QList<Recommendation> &)>;
PolicyRun run(const SimulationData &data, const SimulationSettings &settings, const std::atomic_bool &cancel,
              const std::function<void(int, int)> &progress = {}, const DayObserver &observe = {});
// The same run computed the straightforward way: each simulated day rebuilds
// the agents' whole view from the rows up to that day (inputAsOf). Kept as
// the reference the incremental `run` is tested against (identical logs,
// decisions and figures) and measured against in bench_simulation; about
// 25 times slower at a year of 1,000 campaigns.
PolicyRun runFromRows(const SimulationData &data, const SimulationSettings &settings, const std::atomic_bool &cancel,
                      const std::function<void(int, int)> &progress = {}, const DayObserver &observe = {});
// What the agents would see at the end of `asOf` (exposed for the
// no-future-data test): built only from rows dated on or before asOf.
// `active`: the campaigns running on asOf, as the simulation has them;
// `simulated`: the simulated campaign days by campaign; `unitDelta`: units
// the simulation added to or took from a product-day; `spentDays`: the
// product-days on which a campaign of the product spent (such a day is not a
// comparable product's, Rules::uplift).
CycleInput inputAsOf(const SimulationData &data, QDate asOf, const QList<Campaign> &active,
                     const QHash<QString, QList<CampaignDay>> &simulated,
                     const QHash<QPair<QString, QDate>, qint64> &unitDelta, const Policy &policy,
                     const QSet<QPair<QString, QDate>> &spentDays = {});

} // namespace Simulator
} // namespace cp
