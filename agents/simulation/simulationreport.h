// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator.h"

namespace cp {

// One simulation: the baselines (do nothing, the seed's rules, the hindsight
// oracle) and each policy asked for, over the same days.
struct SimulationReport
{
    QString recordingId;
    QString currency;
    QDate from, to;
    QString approval;
    CounterfactualModel model;
    QString modelSource;      // the policy file whose simulation_* fields the model is; empty: the defaults
    QList<PolicyRun> runs;    // do nothing, seed rules, the policies, oracle
    qint64 savedId = 0;

    const PolicyRun *oracle() const;
    // Profit of the recorded campaigns / the oracle's (which only re-budgets
    // and pauses those); empty when whyNoShare() says why. Profit from
    // campaigns a policy created is reported beside it, not in it.
    std::optional<double> shareOfOracle(const PolicyRun &run) const;
    // Why no share of the oracle is given ("n/a"), empty when one is: no
    // oracle, an oracle that made no profit, or one whose profit is under
    // 1 % of its spend (too small to divide by: a share of it would read
    // "-155,165.8 %" and mean nothing).
    QString whyNoShare() const;
    // The same against the oracle that maximises incremental profit (the
    // units the ads truly added at the model's margin, less spend): the
    // figure the default policy is judged on (issue 16).
    const PolicyRun *incrementalOracle() const;
    std::optional<double> shareOfIncrementalOracle(const PolicyRun &run) const;
    QString whyNoIncrementalShare() const;

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;   // self-contained: the chart is inline SVG
    static Result<SimulationReport> fromJson(const QByteArray &json, const QString &where);
    // By extension: .html, .json or .csv. The file is replaced only when complete.
    Status write(const QString &path) const;
};

namespace Simulation {

struct Request
{
    // The model's parameters come from the first policy's simulation_* fields
    // (one model for every run of a report, so the runs compare).
    static CounterfactualModel modelFrom(const Policy &policy);
    // Sets `model` and `modelSource` from `policies`: the defaults when no
    // file sets a simulation_* field away from them, else that file's (its
    // name in modelSource). Two files that set different models are
    // refused, naming both: the model describes the world every policy is
    // replayed in (how sales answer a budget), so a report runs all of
    // them, the seed's rules and both oracles too, under one.
    Status takeModelFromPolicies();
    QDate from, to;
    QList<QPair<QString, Policy>> policies;   // name, policy
    ApprovalMode approval;
    CounterfactualModel model;
    QString modelSource;   // the policy file the model's fields came from; empty: the defaults
    // Policies simulated at once, each on its own thread; 0: one per core.
    // The report lists them in the request's order whatever finishes first.
    int threads = 0;
};

// Checks the request against the data: a clear Error for an empty or
// inverted range, or one outside the recording.
Status check(const SimulationData &data, const Request &request);
Result<SimulationReport> simulate(const SimulationData &data, const Request &request, const std::atomic_bool &cancel,
                                  const std::function<void(int, int)> &progress = {});

// Saved runs in the store.
Result<qint64> save(QSqlDatabase db, const SimulationReport &report);
Result<QList<QPair<qint64, QString>>> savedRuns(QSqlDatabase db);   // id, title
Result<SimulationReport> load(QSqlDatabase db, qint64 id);

} // namespace Simulation
} // namespace cp
