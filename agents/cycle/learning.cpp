// SPDX-License-Identifier: GPL-3.0-or-later
#include "learning.h"

#include "models/decisionstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace cp::Learning {

namespace {
struct LearningText
{
    Q_DECLARE_TR_FUNCTIONS(Learning)
};

constexpr int kDaysBetweenLooks = 7;

QString signedAmount(const Money &m)
{
    return m.minor() > 0 ? QStringLiteral("+") + formatAmount(m) : formatAmount(m);
}

// One threshold or budget factor the Analyst may move, a step along a grid.
// `tighterIsHigher`: the direction that stops losing campaigns sooner.
struct Knob
{
    const char *key;
    std::vector<double> grid;
    bool tighterIsHigher;
    bool gatedOnly = false;   // meaningless without the significance gate
};
const Knob kKnobs[] = {
    {"emergency_roas_below_multiple", {0.5, 1.0, 1.5, 2.0, 2.5}, true},
    {"gate_false_alarm_pct", {1, 2, 5, 10, 20, 30}, true, true},
    {"pause_sales_impact_below", {-30, -20, -10, -5, 0}, true},
    {"min_conversions", {50, 30, 20, 10, 5, 3}, false},
    {"learning_period_days", {7, 5, 3, 2, 1}, false},
    {"continue_budget_increase_pct", {20, 15, 10, 5, 0}, false},
};

std::optional<double> nextStep(const Knob &k, double current, bool tighter)
{
    const bool up = tighter == k.tighterIsHigher;
    std::optional<double> best;
    for (double v : k.grid) {
        if (up && v > current + 1e-9 && (!best || v < *best))
            best = v;
        if (!up && v < current - 1e-9 && (!best || v > *best))
            best = v;
    }
    return best;
}

QString labelOf(const QString &key)
{
    for (const PolicyFieldInfo &f : policyFields())
        if (f.key == key)
            return f.label;
    return key;
}

struct Candidate
{
    Policy policy;
    QJsonArray changes;
    PolicyRun run;
};

// The policy with `changes` applied through its JSON, so a candidate is
// validated like any loaded policy.
std::optional<Policy> withChanges(const Policy &base, const QJsonArray &changes)
{
    QJsonObject o = QJsonDocument::fromJson(base.toJson()).object();
    for (const QJsonValue &c : changes)
        o.insert(c[QStringLiteral("field")].toString(), c[QStringLiteral("to")]);
    auto p = Policy::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact), QStringLiteral("learning"));
    return p ? std::optional<Policy>(*p) : std::nullopt;
}

QJsonObject runJson(const PolicyRun &run, int version)
{
    return QJsonObject{{QStringLiteral("version"), version},
                       {QStringLiteral("incremental_profit_minor"), double(run.incrementalProfitMinor())},
                       {QStringLiteral("profit_minor"), double(run.profitMinor())},
                       {QStringLiteral("spend_minor"), double(run.spendMinor())},
                       {QStringLiteral("actions"), run.actions},
                       {QStringLiteral("wrong_pauses"), run.quality.wrongPauses},
                       {QStringLiteral("missed_pauses"), run.quality.missedPauses}};
}
} // namespace

QSet<QString> due(const QList<CampaignAnalysis> &analyses, const QSet<QString> &evaluated, const Policy &policy)
{
    QSet<QString> out;
    for (const CampaignAnalysis &a : analyses) {
        const QString &id = a.snapshot.campaign.id;
        if (a.metrics.ageDays >= policy.upliftWindowDays && a.metrics.incremental && a.metrics.uplift
            && !evaluated.contains(id))
            out.insert(id);
    }
    return out;
}

QList<Evaluation> evaluate(const QList<CampaignAnalysis> &analyses, const QSet<QString> &dueIds,
                           const QHash<QString, Recommendation> &predictions, const Policy &policy, QDate asOf,
                           const QDateTime &now)
{
    QList<Evaluation> out;
    for (const CampaignAnalysis &a : analyses) {
        const Campaign &c = a.snapshot.campaign;
        // Only what the policy judged before: a campaign it never saw (its
        // window ended before the workspace's first cycle) says nothing of
        // the policy; it is evaluated at the first cycle after one that judged it.
        const auto prediction = predictions.constFind(c.id);
        if (!dueIds.contains(c.id) || !a.metrics.incremental || !a.metrics.uplift || prediction == predictions.cend())
            continue;
        const IncrementalProfit &inc = *a.metrics.incremental;
        Evaluation e;
        e.campaignId = c.id;
        e.productId = c.productId.isEmpty() ? a.snapshot.product.id : c.productId;
        e.evaluatedAt = now;
        e.asOf = asOf;
        e.windowDays = std::max(1, a.metrics.uplift->windowDays);
        e.policyVersion = policy.version;
        {
            const Recommendation &r = *prediction;
            const auto money = [&r](const char *key) -> std::optional<Money> {
                const QString v = r.inputs.value(QLatin1String(key)).toString();
                return v.isEmpty() ? std::nullopt : Money::parse(v);
            };
            // What it said, and what the campaign itself would earn a day as
            // the policy saw it: a new campaign's or a running one's expected
            // profit as such; a pause's expected effect is the profit it
            // stops, so its negative; a budget change's effect is a
            // difference, not the campaign's profit: no level.
            e.predictedDecision = r.decision;
            const bool pause = r.action == Recommendation::Action::Pause;
            const auto expected = money("expected_impact_per_day"), low = money("impact_low_per_day"),
                       high = money("impact_high_per_day");
            if (expected && r.action != Recommendation::Action::SetBudget) {
                e.predicted = pause ? Money::fromMinor(-expected->minor()) : *expected;
                if (low && high) {
                    e.predictedLow = pause ? Money::fromMinor(-high->minor()) : *low;
                    e.predictedHigh = pause ? Money::fromMinor(-low->minor()) : *high;
                }
            }
        }
        e.actual = inc.expected;
        e.actualLow = inc.low;
        e.actualHigh = inc.high;
        e.spendPerDay = inc.spendPerDay;
        e.status = Campaign::statusKey(c.status);
        e.outcome = inc.low.minor() > 0 ? QStringLiteral("paid") : inc.high.minor() < 0 ? QStringLiteral("lost") : QStringLiteral("unclear");
        out.append(e);
    }
    return out;
}

Diagnosis diagnose(const QList<Evaluation> &evaluations, int windowDays)
{
    Diagnosis d;
    d.evaluated = int(evaluations.size());
    qint64 predictedSum = 0, actualSum = 0, keptSum = 0, pausedSum = 0;
    double keptVar = 0, pausedVar = 0;
    for (const Evaluation &e : evaluations) {
        d.paid += e.outcome == u"paid" ? 1 : 0;
        d.lost += e.outcome == u"lost" ? 1 : 0;
        const double half = double(e.actualHigh.minor() - e.actualLow.minor()) / 2.0;
        // The policy's own judgement, whatever the operator made of it.
        const bool keep = e.predictedDecision != u"PAUSE" && e.predictedDecision != u"EMERGENCY_PAUSE";
        if (keep) {
            ++d.kept;
            keptSum += e.actual.minor();
            keptVar += half * half;
        } else {
            ++d.paused;
            pausedSum += e.actual.minor();
            pausedVar += half * half;
        }
        if (e.predicted) {
            ++d.predicted;
            predictedSum += e.predicted->minor();
            actualSum += e.actual.minor();
        }
    }
    const auto interval = [](qint64 sum, double var, Money &mid, Money &low, Money &high) {
        mid = Money::fromMinor(sum);
        low = Money::fromMinor(sum - qint64(std::ceil(std::sqrt(var))));
        high = Money::fromMinor(sum + qint64(std::ceil(std::sqrt(var))));
    };
    interval(keptSum, keptVar, d.keptProfit, d.keptLow, d.keptHigh);
    interval(pausedSum, pausedVar, d.pausedProfit, d.pausedLow, d.pausedHigh);
    if (d.predicted > 0) {
        d.meanPredicted = Money::fromMinor(predictedSum / d.predicted);
        d.meanActual = Money::fromMinor(actualSum / d.predicted);
    }
    // The direction to look in, on the estimates; a few campaigns' intervals
    // are wide (a product's daily sales are noisy), so the backtest — the
    // same history replayed under each policy — is what decides.
    const bool tooLoose = d.kept > 0 && d.keptProfit.minor() < 0;
    const bool tooTight = d.paused > 0 && d.pausedProfit.minor() > 0;
    if (tooLoose && (!tooTight || -d.keptProfit.minor() >= d.pausedProfit.minor())) {
        d.direction = Diagnosis::Direction::Tighter;
        d.beyondDoubt = d.keptHigh.minor() < 0;
    } else if (tooTight) {
        d.direction = Diagnosis::Direction::Looser;
        d.beyondDoubt = d.pausedLow.minor() > 0;
    }
    d.summary = LearningText::tr("%n campaign(s) reached the end of their %1-day evaluation window (%2 paid for themselves beyond "
                                 "doubt, %3 lost money beyond doubt).",
                                 nullptr, d.evaluated)
                    .arg(windowDays).arg(d.paid).arg(d.lost);
    if (d.kept > 0)
        d.summary += QLatin1Char(' ')
                     + LearningText::tr("The %n the policy said to keep running earned %1 a day together (90 % interval %2 to %3).", nullptr, d.kept)
                           .arg(signedAmount(d.keptProfit), signedAmount(d.keptLow), signedAmount(d.keptHigh));
    if (d.paused > 0)
        d.summary += QLatin1Char(' ')
                     + LearningText::tr("The %n it said to pause earned %1 a day together while they ran (90 % interval %2 to %3).", nullptr,
                                        d.paused)
                           .arg(signedAmount(d.pausedProfit), signedAmount(d.pausedLow), signedAmount(d.pausedHigh));
    if (d.predicted > 0)
        d.summary += QLatin1Char(' ')
                     + LearningText::tr("Where the policy had predicted a campaign's profit (%n campaign(s)), it predicted %1 a day on "
                                        "average and %2 a day happened.",
                                        nullptr, d.predicted)
                           .arg(signedAmount(d.meanPredicted), signedAmount(d.meanActual));
    return d;
}

Outcome propose(const SimulationData &data, const Policy &current, const QList<Evaluation> &evaluations, QDate asOf,
                const std::atomic_bool &cancel, int threads)
{
    Outcome out;
    const Diagnosis d = diagnose(evaluations, current.upliftWindowDays);
    if (d.direction == Diagnosis::Direction::None) {
        out.note = d.summary + QLatin1Char(' ') + LearningText::tr("The evaluations agree with the policy: nothing to propose.");
        return out;
    }
    const bool tighter = d.direction == Diagnosis::Direction::Tighter;
    const QDate to = std::min(asOf, data.last);
    const QDate from = std::max(data.first.addDays(current.baselineDays), to.addDays(-364));
    if (!to.isValid() || !from.isValid() || from.daysTo(to) + 1 < current.upliftWindowDays) {
        out.note = d.summary + QLatin1Char(' ')
                   + LearningText::tr("The workspace's history is too short for a backtest (%n day(s) after the baseline).", nullptr,
                                      to.isValid() && from.isValid() ? int(std::max<qint64>(0, from.daysTo(to) + 1)) : 0);
        return out;
    }

    // The policy in effect, and each knob a step in the diagnosed direction.
    QList<Candidate> candidates{{current, {}, {}}};
    const QJsonObject json = QJsonDocument::fromJson(current.toJson()).object();
    for (const Knob &k : kKnobs) {
        if (k.gatedOnly && current.gateFalseAlarmPct >= 100.0)
            continue;
        const QString key = QLatin1String(k.key);
        const double now = json.value(key).toDouble();
        const auto step = nextStep(k, now, tighter);
        if (!step)
            continue;
        const QJsonArray changes{QJsonObject{{QStringLiteral("field"), key},
                                             {QStringLiteral("label"), labelOf(key)},
                                             {QStringLiteral("from"), now},
                                             {QStringLiteral("to"), *step}}};
        if (auto p = withChanges(current, changes))
            candidates.append({*p, changes, {}});
    }
    CounterfactualModel model;
    model.elasticity = current.simulationElasticity;
    model.newCampaignPacing = current.simulationNewCampaignPacing;
    model.oracleMaxBudgetFactor = current.simulationOracleMaxBudgetFactor;
    model.marginPct = current.defaultMarginPct;
    const auto runAll = [&](QList<Candidate> &list, int first) {
        std::atomic_int next{first};
        const auto work = [&] {
            for (int i = next++; i < int(list.size()); i = next++) {
                SimulationSettings settings{QStringLiteral("learning"), from, to, list[i].policy,
                                            ApprovalMode{ApprovalMode::Kind::All, {}}, model};
                list[i].run = Simulator::run(data, settings, cancel);
            }
        };
        const int n = std::clamp(threads > 0 ? threads : QThread::idealThreadCount(), 1, std::max(1, int(list.size()) - first));
        std::vector<std::thread> workers;
        for (int t = 1; t < n; ++t)
            workers.emplace_back(work);
        work();
        for (std::thread &w : workers)
            w.join();
        out.backtests += int(list.size()) - first;
    };
    runAll(candidates, 0);
    if (cancel.load())
        return out;
    const qint64 base = candidates.first().run.incrementalProfitMinor();
    // The steps that helped, together.
    QJsonArray helped;
    for (int i = 1; i < candidates.size(); ++i)
        if (candidates[i].run.incrementalProfitMinor() > base)
            helped.append(candidates[i].changes.first());
    if (helped.size() > 1) {
        if (auto p = withChanges(current, helped)) {
            candidates.append({*p, helped, {}});
            runAll(candidates, int(candidates.size()) - 1);
            if (cancel.load())
                return out;
        }
    }
    int best = 0;
    for (int i = 1; i < candidates.size(); ++i)
        if (candidates[i].run.incrementalProfitMinor() > candidates[best].run.incrementalProfitMinor())
            best = i;
    const PolicyRun &old = candidates.first().run;
    const qint64 gain = candidates[best].run.incrementalProfitMinor() - base;
    const qint64 bar = qint64(std::ceil(double(old.spendMinor()) * current.learningMinGainPct / 100.0));
    const QString backtestText =
        LearningText::tr("A backtest over %1 to %2 on this workspace's history (every action approved): the policy in effect earns "
                         "%3 of incremental profit for %4 of ad spend")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat),
                 signedAmount(Money::fromMinor(base)), formatAmount(Money::fromMinor(old.spendMinor())));
    if (best == 0 || gain < std::max<qint64>(1, bar)) {
        out.note = d.summary + QLatin1Char(' ') + backtestText + QStringLiteral("; ")
                   + LearningText::tr("none of the %n nearby policies tried earns at least %1 more (%2 % of the spend): nothing to "
                                      "propose.",
                                      nullptr, int(candidates.size()) - 1)
                         .arg(formatAmount(Money::fromMinor(std::max<qint64>(1, bar))),
                              QLocale().toString(current.learningMinGainPct, 'f', 1));
        return out;
    }
    const Candidate &chosen = candidates[best];
    Policy next = chosen.policy;
    next.version = current.version + 1;
    QStringList changeText;
    for (const QJsonValue &c : chosen.changes)
        changeText << LearningText::tr("“%1” %2 → %3")
                          .arg(c[QStringLiteral("label")].toString(), QLocale().toString(c[QStringLiteral("from")].toDouble()),
                               QLocale().toString(c[QStringLiteral("to")].toDouble()));
    PolicyProposal p;
    p.baseVersion = current.version;
    p.evaluationsTo = evaluations.isEmpty() ? 0 : evaluations.last().id;
    p.policyJson = next.toJson();
    p.changes = chosen.changes;
    p.backtest = QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                             {QStringLiteral("truth_known"), old.quality.truthKnown},
                             {QStringLiteral("tried"), int(candidates.size()) - 1},
                             {QStringLiteral("old"), runJson(old, current.version)},
                             {QStringLiteral("new"), runJson(chosen.run, next.version)}};
    p.rationale = d.summary + QLatin1Char(' ')
                  + (tighter ? (d.beyondDoubt ? LearningText::tr("The policy is too loose beyond doubt.")
                                              : LearningText::tr("The policy looks too loose (not yet beyond doubt: the backtest "
                                                                 "decides)."))
                             : (d.beyondDoubt ? LearningText::tr("The policy is too tight beyond doubt.")
                                              : LearningText::tr("The policy looks too tight (not yet beyond doubt: the backtest "
                                                                 "decides).")))
                  + QLatin1Char(' ') + LearningText::tr("Proposed: %1.").arg(changeText.join(QStringLiteral("; "))) + QLatin1Char(' ')
                  + backtestText + QStringLiteral(", ")
                  + LearningText::tr("the proposed one %1 for %2 (%3 more; %4 actions against %5). Of %n nearby policies tried this "
                                     "one earns most.",
                                     nullptr, int(candidates.size()) - 1)
                        .arg(signedAmount(Money::fromMinor(chosen.run.incrementalProfitMinor())),
                             formatAmount(Money::fromMinor(chosen.run.spendMinor())), formatAmount(Money::fromMinor(gain)))
                        .arg(chosen.run.actions)
                        .arg(old.actions)
                  + QLatin1Char(' ')
                  + (old.quality.truthKnown
                         ? LearningText::tr("Incremental profit is scored on the recording's true added sales.")
                         : LearningText::tr("Without a measured truth the backtest counts the platform's attributed conversions as "
                                            "added sales, so it favours campaigns the platform over-credits."));
    out.proposal = p;
    out.note = p.rationale;
    return out;
}

Status step(DecisionStore &store, const QList<CampaignAnalysis> &analyses, const Policy &policy, QDate asOf,
            const std::atomic_bool &cancel, CycleResult &result)
{
    if (policy.learningMinEvaluations <= 0 || analyses.isEmpty())
        return {};
    auto evaluated = store.evaluatedCampaigns();
    if (!evaluated)
        return evaluated.error();
    const QSet<QString> dueIds = due(analyses, *evaluated, policy);
    if (!dueIds.isEmpty()) {
        auto predictions = store.latestPredictions(dueIds, asOf);
        if (!predictions)
            return predictions.error();
        auto added = store.addEvaluations(evaluate(analyses, dueIds, *predictions, policy, asOf, QDateTime::currentDateTimeUtc()));
        if (!added)
            return added.error();
        result.evaluated = *added;
    }
    auto checkedTo = store.setting(QStringLiteral("learning_checked_to"), QStringLiteral("0"));
    if (!checkedTo)
        return checkedTo.error();
    auto since = store.evaluations(checkedTo->toLongLong());
    if (!since)
        return since.error();
    if (since->size() < policy.learningMinEvaluations)
        return {};
    // At most once a week of the data's days: a big shop's campaigns end
    // their windows every day, and each look replays the history several
    // times.
    auto lookedAsOf = store.setting(QStringLiteral("learning_checked_as_of"));
    if (!lookedAsOf)
        return lookedAsOf.error();
    if (const QDate last = QDate::fromString(*lookedAsOf, Qt::ISODate); last.isValid() && asOf < last.addDays(kDaysBetweenLooks))
        return {};
    auto latest = store.latestPolicyVersion();
    if (!latest)
        return latest.error();
    if (*latest != policy.version)
        return {};   // the policy changed during the cycle: the next cycle looks
    auto data = SimulationData::fromStore(store.database());
    if (!data)
        return data.error();
    const Outcome outcome = propose(*data, policy, *since, asOf, cancel);
    if (cancel.load())
        return {};
    if (outcome.proposal) {
        auto stored = store.addPolicyProposal(*outcome.proposal);
        if (!stored)
            return stored.error();
        result.policyProposalId = stored->id;
    }
    result.learningNote = outcome.note;
    if (Status s = store.setSetting(QStringLiteral("learning_checked_to"), QString::number(since->last().id)); !s)
        return s;
    if (Status s = store.setSetting(QStringLiteral("learning_checked_as_of"), asOf.toString(Qt::ISODate)); !s)
        return s;
    return store.setSetting(QStringLiteral("learning_note"), outcome.note);
}

} // namespace cp::Learning
