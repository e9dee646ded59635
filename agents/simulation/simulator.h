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
//   (diminishing returns; elasticity 0.7), known up to k = oracleMaxBudgetFactor:
//   a larger budget spends k x but sells as that maximum (the response
//   beyond it is not modelled, and so the oracle stays an upper bound).
// - A new campaign starts the day after its approval and runs its duration;
//   it spends `newCampaignPacing` of its daily budget; its CPC and
//   conversion rate are drawn (seeded) from the recording's own campaigns,
//   whose daily figures are calibrated on the real Facebook ad data;
//   revenue = conversions x the product's price. Expected values, no noise:
//   the same run gives the same numbers.
// - Profit = attributed revenue - ad spend (the seed's ROAS numerator).
// - Incremental profit = the units the ads truly added x the product's price
//   x `marginPct` - ad spend. The units truly added are a recording's
//   `true_incremental_units` (a generated recording's ground truth) or, where
//   the recording has none, every attributed conversion (the platform's own
//   claim). A paused campaign takes only those units from its product's
//   sales; a budget x k scales them by k^elasticity; a new campaign's share
//   of truly added units among its conversions is drawn with its CPC and
//   conversion rate, from the same recorded campaign.
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
    // The product's margin, where a catalog has no costs: what a unit truly
    // added is worth (Policy::defaultMarginPct's default; fixed here so every
    // policy of a report is judged alike).
    double marginPct = 40.0;
    // Days a campaign runs (within the simulated range) before a policy can
    // be blamed for not pausing it: "money lost to late decisions" counts a
    // truly losing campaign's losses after these.
    int judgeAfterDays = 14;
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
    // What the units the ads truly added were worth at the model's margin.
    qint64 incrementalValueMinor = 0;
    qint64 newIncrementalValueMinor = 0;   // of which: campaigns the simulation created
    qint64 profitMinor() const { return revenueMinor - spendMinor; }
    qint64 incrementalProfitMinor() const { return incrementalValueMinor - spendMinor; }
};

// How a run's decisions fared against the truth of the recorded campaigns
// (DECISIONS.md, "Decision quality"): a campaign "truly pays" when, left as
// recorded over the simulated range, the value of the units it truly added
// exceeds its spend.
struct DecisionQuality
{
    bool truthKnown = false;   // the recording states true incremental units
    int payingCampaigns = 0;   // recorded campaigns that truly paid for themselves
    int losingCampaigns = 0;   // and that truly lost money
    int wrongPauses = 0;       // paying campaigns the run paused
    int missedPauses = 0;      // losing campaigns still running at the end
    // Incremental loss of truly losing campaigns on days they ran after
    // their first `judgeAfterDays` in the range.
    qint64 lateLossMinor = 0;
};

struct PolicyRun
{
    QString name;
    // The approval mode the run used; "-" and "-incremental" mark the two
    // hindsight oracles (which approve nothing), as the report finds them.
    QString approval;
    bool isOracle() const { return approval.startsWith(u'-'); }
    // The approval as a person reads it: the mode, or "hindsight" for an oracle.
    QString approvalShown() const;
    QList<SimulatedDay> days;
    int actions = 0;                 // approved actions applied
    QMap<QString, int> decisions;    // recommended, by decision
    QStringList log;                 // "2011-11-03 EMERGENCY_PAUSE demo-03 (approved)"
    bool cancelled = false;
    DecisionQuality quality;

    qint64 spendMinor() const;
    qint64 incrementalValueMinor() const;
    qint64 incrementalProfitMinor() const { return incrementalValueMinor() - spendMinor(); }
    qint64 recordedIncrementalProfitMinor() const;
    qint64 revenueMinor() const;
    qint64 profitMinor() const { return revenueMinor() - spendMinor(); }
    // Profit of the recorded campaigns only: what the oracle bounds.
    qint64 recordedProfitMinor() const;
};

namespace Simulator {

// Keep every campaign running unchanged: the recorded figures.
PolicyRun doNothing(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model = {});
// Knowing the future: each campaign-day paused or its budget scaled (0..max
// factor) to the most profitable choice. An upper bound for any policy that
// pauses, resumes and re-budgets the recorded campaigns.
// `incremental`: the choice that maximises incremental profit (each day's
// truly added units at the margin) instead of attributed profit.
PolicyRun oracle(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model, bool incremental = false);
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
