// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/cycle/cycledata.h"
#include "agents/rules/policy.h"
#include "agents/simulation/simulator.h"
#include "models/policyproposal.h"
#include "models/recommendation.h"

#include <QHash>
#include <QSet>
#include <atomic>
#include <optional>

namespace cp {

class DecisionStore;

// The learning loop (issue 16; the seed's "performance insights update
// budget allocation algorithms"; agents/rules/DECISIONS.md, "Learning"):
//
// 1. When a campaign's evaluation window ends (it has run the policy's
//    uplift window) and an earlier cycle judged it, the cycle records what
//    the policy last predicted for it
//    (the expected effect on profit a day of its newest recommendation that
//    carried one) beside what happened (its incremental profit a day against
//    the counterfactual, with the interval): an Evaluation.
// 2. Once `learningMinEvaluations` evaluations have come in since the
//    Analyst last looked, it reads them: the campaigns the policy said to keep
//    running losing money together says it is too loose; those it said to
//    pause earning together says it is too tight. Neither: no proposal.
// 3. In that direction it backtests the policy in effect and nearby policies
//    (one threshold or budget factor a step further each, then the steps that
//    helped together) on the workspace's own history, and proposes the best
//    one when it earns more incremental profit than the policy in effect by
//    at least `learningMinGainPct` % of the backtest's ad spend.
// 4. The operator approves (a new policy version, in effect from the next
//    cycle) or rejects it; both are audited. Nothing changes the policy
//    without an approval.
namespace Learning {

// Campaigns whose evaluation window has ended and that have no evaluation yet.
QSet<QString> due(const QList<CampaignAnalysis> &analyses, const QSet<QString> &evaluated, const Policy &policy);

// The evaluations of the due campaigns. `predictions`: the newest
// recommendation with an expected effect per campaign (DecisionStore::
// latestPredictions).
QList<Evaluation> evaluate(const QList<CampaignAnalysis> &analyses, const QSet<QString> &due,
                           const QHash<QString, Recommendation> &predictions, const Policy &policy, QDate asOf,
                           const QDateTime &now);

struct Diagnosis
{
    enum class Direction { None, Tighter, Looser };
    Direction direction = Direction::None;
    bool beyondDoubt = false;   // the direction's sum clears zero at 90 %
    int evaluated = 0;
    int paid = 0, lost = 0;   // beyond doubt, each on its own
    // The campaigns the policy's last prediction kept running (any decision
    // but PAUSE and EMERGENCY_PAUSE, whatever the operator did), together: their
    // incremental profit a day and its 90 % interval (the campaigns' own
    // intervals combined as independent). Below zero: the policy kept
    // losing campaigns running (too loose; `beyondDoubt` when the interval's
    // upper end is below zero too).
    int kept = 0;
    Money keptProfit, keptLow, keptHigh;
    // The ones it said to pause, together. Above zero: it would pause
    // campaigns that paid (too tight).
    int paused = 0;
    Money pausedProfit, pausedLow, pausedHigh;
    int predicted = 0;     // with a prediction of the campaign's profit
    Money meanPredicted, meanActual;   // a day, over those with a prediction
    QString summary;       // translated
};
Diagnosis diagnose(const QList<Evaluation> &evaluations, int windowDays);

struct Outcome
{
    std::optional<PolicyProposal> proposal;
    QString note;          // why there is none (translated), or what was tried
    int backtests = 0;
};
// `current` must be the policy in effect (its version is the proposal's
// base). The backtest runs up to `asOf` over at most a year of `data`.
Outcome propose(const SimulationData &data, const Policy &current, const QList<Evaluation> &evaluations, QDate asOf,
                const std::atomic_bool &cancel, int threads = 0);

// The loop's step at the end of a cycle (the orchestrator's saving step, on
// its worker thread): evaluates the campaigns whose window ended, and when
// `learningMinEvaluations` evaluations came in since the Analyst last looked
// (the setting "learning_checked_to") and a week of the data's days has
// passed since that look ("learning_checked_as_of"), looks (propose) and
// stores a proposal if there is one. Fills `result`'s learning fields. A proposal is made
// only against the policy in effect (the store's newest version).
Status step(DecisionStore &store, const QList<CampaignAnalysis> &analyses, const Policy &policy, QDate asOf,
            const std::atomic_bool &cancel, CycleResult &result);

} // namespace Learning
} // namespace cp
