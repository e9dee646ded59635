// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeguards.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace cp::Safeguards {

namespace {
struct SafeguardText
{
    Q_DECLARE_TR_FUNCTIONS(Safeguards)
};

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// What moved by at least `points` between the evidence the operator judged
// and today's ("sales impact −12 % → +4 %"); empty when nothing did.
QString movedEvidence(const QJsonObject &then, const QJsonObject &now, double points)
{
    struct Measure { const char *key; double scale; const char *label; };
    static const Measure measures[] = {
        {"sales_impact_pct", 1.0, QT_TRANSLATE_NOOP("Safeguards", "sales impact")},
        {"view_impact_pct", 1.0, QT_TRANSLATE_NOOP("Safeguards", "page-view impact")},
        {"roas", 100.0, QT_TRANSLATE_NOOP("Safeguards", "ROAS")},
    };
    for (const Measure &m : measures) {
        const auto a = number(then, m.key), b = number(now, m.key);
        if (a.has_value() != b.has_value())
            return SafeguardText::tr("%1 is now %2").arg(SafeguardText::tr(m.label), b ? SafeguardText::tr("known") : SafeguardText::tr("unknown"));
        if (a && b && std::abs(*b - *a) * m.scale >= points)
            return SafeguardText::tr("%1 moved from %2 to %3").arg(SafeguardText::tr(m.label), QLocale().toString(*a, 'f', 2), QLocale().toString(*b, 'f', 2));
    }
    return {};
}

QString actionWords(const Recommendation &r)
{
    switch (r.action) {
    case Recommendation::Action::Create: return SafeguardText::tr("a new campaign");
    case Recommendation::Action::Pause: return SafeguardText::tr("a pause");
    case Recommendation::Action::Resume: return SafeguardText::tr("a resume");
    case Recommendation::Action::SetBudget: return SafeguardText::tr("a budget change");
    case Recommendation::Action::None: break;
    }
    return SafeguardText::tr("no change");
}
} // namespace

int holdForCooldown(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy, bool worded);
// A new campaign for a product whose last word is an approved new campaign
// that was sent, confirmed or marked applied, while that campaign's days
// run: the Creator proposes one only when the workspace shows none running,
// so that one is not seen yet (helper-41: `queue mark-applied` of a create
// records no campaign, and after the cooldown the same one was proposed
// again: a second campaign, twice the budget).
int holdForAnUnseenCampaign(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, bool worded);
int holdOverTheDailyCap(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy,
                        QDate today, bool worded);

namespace {
// Makes `r` propose nothing: MONITOR under `rule`, `said` first in its
// rationale, then what it would have proposed.
// A backtest's hold: the same decision, rule and action, nothing worded.
void holdQuietly(Recommendation &r, const QString &rule)
{
    r.decision = QStringLiteral("MONITOR");
    r.rule = rule;
    r.action = Recommendation::Action::None;
    r.proposedBudget.reset();
}

void hold(Recommendation &r, const QString &rule, const QString &said, const QJsonObject &why)
{
    QJsonObject held = why;
    held.insert(QStringLiteral("decision"), r.decision);
    held.insert(QStringLiteral("action"), Recommendation::actionKey(r.action));
    held.insert(QStringLiteral("rule"), rule);
    if (r.proposedBudget)
        held.insert(QStringLiteral("proposed_budget"), r.proposedBudget->toString());
    // The expected effect was the action's: kept with it, not shown for "no change".
    for (const QString key : {QStringLiteral("expected_impact_per_day"), QStringLiteral("impact_low_per_day"),
                              QStringLiteral("impact_high_per_day"), QStringLiteral("impact_confidence")})
        if (r.inputs.contains(key))
            held.insert(key, r.inputs.take(key));
    r.inputs.insert(QStringLiteral("held_back"), held);
    r.rationale = said + QLatin1Char(' ') + SafeguardText::tr("Would have proposed %1 (%2): %3").arg(actionWords(r), r.decision, r.rationale);
    const QString name = r.title.section(QStringLiteral(": "), 1);
    r.title = QStringLiteral("MONITOR: ") + (name.isEmpty() ? r.title : name);
    r.decision = QStringLiteral("MONITOR");
    r.rule = rule;
    r.action = Recommendation::Action::None;
    r.proposedBudget.reset();
}
} // namespace

int holdBack(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy, QDate today,
             Wording wording)
{
    const bool worded = wording == Wording::Full;
    int held = 0;
    // The learning phase: a large budget change would restart it.
    for (Recommendation &r : proposed) {
        if (r.action != Recommendation::Action::SetBudget || !r.previousBudget || !r.proposedBudget || r.previousBudget->minor() <= 0)
            continue;
        const qint64 conversions = qint64(r.inputs.value(QStringLiteral("conversions")).toDouble());
        const double changePct = 100.0 * double(r.proposedBudget->minor() - r.previousBudget->minor()) / double(r.previousBudget->minor());
        if (conversions >= policy.learningExitConversions || std::abs(changePct) <= policy.learningMaxBudgetChangePct + 1e-9)
            continue;
        ++held;
        if (!worded) {
            holdQuietly(r, QStringLiteral("learning-phase"));
            continue;
        }
        r.thresholds.insert(QStringLiteral("learning_exit_conversions"), policy.learningExitConversions);
        r.thresholds.insert(QStringLiteral("learning_max_budget_change_pct"), policy.learningMaxBudgetChangePct);
        hold(r, QStringLiteral("learning-phase"),
             SafeguardText::tr("Held back: the campaign is still learning (%1 of %2 conversions), and a budget change of %3 % (more than "
                               "%4 %) would restart its learning phase.")
                 .arg(conversions)
                 .arg(policy.learningExitConversions)
                 .arg(QLocale().toString(changePct, 'f', 0), QLocale().toString(policy.learningMaxBudgetChangePct, 'f', 0)),
             {{QStringLiteral("conversions"), double(conversions)}});
        
    }
    if (policy.cooldownDays > 0 || policy.raiseSettleDays > 0)
        held += holdForCooldown(proposed, lastWords, policy, worded);
    held += holdForAnUnseenCampaign(proposed, lastWords, worded);
    if (policy.maxActionsPerDay > 0)
        held += holdOverTheDailyCap(proposed, lastWords, policy, today, worded);
    return held;
}

int holdForCooldown(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy, bool worded)
{
    int held = 0;
    for (Recommendation &r : proposed) {
        if (!r.spendsOrStopsMoney())
            continue;
        const QDateTime now = r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc();
        // A raise after an approved raise (whatever was said since) waits
        // until its evidence is from days at the raised budget (policy.h,
        // raiseSettleDays).
        if (const auto raise = lastWords.constFind(QStringLiteral("raise:") + r.campaignId);
            policy.raiseSettleDays > 0 && r.isBudgetRaise() && raise != lastWords.constEnd() && raise->decidedAt.isValid()
            && now < raise->decidedAt.addDays(policy.raiseSettleDays)) {
            ++held;
            if (!worded) {
                holdQuietly(r, QStringLiteral("raise-settle"));
                continue;
            }
            const QDateTime until = raise->decidedAt.addDays(policy.raiseSettleDays);
            const QString who = raise->decidedBy.isEmpty() ? SafeguardText::tr("the operator") : raise->decidedBy;
            r.thresholds.insert(QStringLiteral("raise_settle_days"), policy.raiseSettleDays);
            hold(r, QStringLiteral("raise-settle"),
                 SafeguardText::tr("Held back: %1 approved a budget raise on %2; the next raise waits %n day(s), until the campaign's "
                                   "uplift window holds only days at the raised budget. Proposed again from %3.",
                                   nullptr, policy.raiseSettleDays)
                     .arg(who, QLocale().toString(raise->decidedAt.toLocalTime(), QLocale::ShortFormat),
                          QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)),
                 {{QStringLiteral("by_recommendation"), double(raise->id)}, {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}});
            continue;
        }
        if (policy.cooldownDays <= 0)
            continue;
        const QString key = r.action == Recommendation::Action::Create ? QStringLiteral("product:") + r.productId
                                                                       : QStringLiteral("campaign:") + r.campaignId;
        const auto it = lastWords.constFind(key);
        if (it == lastWords.constEnd() || !it->decidedAt.isValid())
            continue;
        const Recommendation &word = *it;
        const bool rejected = word.status == u"rejected";
        const QDateTime until = word.decidedAt.addDays(policy.cooldownDays);
        if (now >= until)
            continue;
        // Money lost is acted on at once, unless the operator's last word was
        // on exactly that: a pause rejected, or one approved (on its way to
        // the platform or sent; proposing it again at every cycle queued the
        // same pause twice while the first waited to be sent).
        if (r.decision == u"EMERGENCY_PAUSE" && word.action != Recommendation::Action::Pause)
            continue;
        // New evidence is a new question for the operator: proposed, saying
        // so. Not the same action again after an approval: its effect needs
        // the whole cooldown to show (a budget raised on every cycle's noise
        // compounds; a backtest saw +10 % a day for weeks).
        const bool evidenceLifts = r.action != Recommendation::Action::Create && (rejected || r.action != word.action);
        if (evidenceLifts) {
            if (const QString moved = movedEvidence(word.inputs, r.inputs, policy.materialChangePoints); !moved.isEmpty()) {
                if (!worded)
                    continue;
                const QString who = word.decidedBy.isEmpty() ? SafeguardText::tr("the operator") : word.decidedBy;
                const QString when = QLocale().toString(word.decidedAt.toLocalTime(), QLocale::ShortFormat);
                r.rationale += QLatin1Char(' ')
                               + (rejected ? SafeguardText::tr("Proposed again although %1 rejected %2 on %3: %4.")
                                           : SafeguardText::tr("Proposed although %1 approved %2 on %3: %4."))
                                     .arg(who, actionWords(word), when, moved);
                continue;
            }
        }
        ++held;
        if (!worded) {
            holdQuietly(r, QStringLiteral("cooldown"));
            continue;
        }
        const QString who = word.decidedBy.isEmpty() ? SafeguardText::tr("the operator") : word.decidedBy;
        const QString when = QLocale().toString(word.decidedAt.toLocalTime(), QLocale::ShortFormat);
        const QString lifted = !evidenceLifts
                                   ? SafeguardText::tr("Proposed again from %1.").arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                                   : SafeguardText::tr("Proposed again from %1, or sooner if sales or page-view impact moves by %2 points "
                                                       "(ROAS by %3×).")
                                         .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat),
                                              QLocale().toString(policy.materialChangePoints, 'f', 0),
                                              QLocale().toString(policy.materialChangePoints / 100.0, 'f', 2));
        const QString said = rejected
                                 ? (word.decisionReason.isEmpty()
                                        ? SafeguardText::tr("Held back: %1 rejected %2 on %3.").arg(who, actionWords(word), when)
                                        : SafeguardText::tr("Held back: %1 rejected %2 on %3 (“%4”).").arg(who, actionWords(word), when, word.decisionReason))
                                 : SafeguardText::tr("Held back: %1 approved %2 on %3; its effect needs time to show.").arg(who, actionWords(word), when);
        r.thresholds.insert(QStringLiteral("cooldown_days"), policy.cooldownDays);
        r.thresholds.insert(QStringLiteral("material_change_points"), policy.materialChangePoints);
        hold(r, QStringLiteral("cooldown"), said + QLatin1Char(' ') + lifted,
             {{QStringLiteral("by_recommendation"), double(word.id)}, {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}});
    }
    return held;
}

int holdForAnUnseenCampaign(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, bool worded)
{
    int held = 0;
    for (Recommendation &r : proposed) {
        if (r.action != Recommendation::Action::Create || r.productId.isEmpty())
            continue;
        const auto it = lastWords.constFind(QStringLiteral("product:") + r.productId);
        if (it == lastWords.constEnd() || it->status != u"approved" || it->action != Recommendation::Action::Create
            || it->sendState != u"done" || !it->decidedAt.isValid())
            continue;
        const QDateTime now = r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc();
        const QDateTime until = it->decidedAt.addDays(std::max(1, it->durationDays));
        if (now >= until)
            continue;
        ++held;
        if (!worded) {
            holdQuietly(r, QStringLiteral("campaign-not-seen"));
            continue;
        }
        const QString who = it->decidedBy.isEmpty() ? SafeguardText::tr("the operator") : it->decidedBy;
        hold(r, QStringLiteral("campaign-not-seen"),
             SafeguardText::tr("Held back: %1 approved a new campaign for this product on %2, and it was sent (or marked applied), but "
                               "the workspace does not show it running: refresh live data or import the campaign list. Another "
                               "would run beside it. Proposed again from %3, when that campaign's %n day(s) are over.",
                               nullptr, it->durationDays)
                 .arg(who, QLocale().toString(it->decidedAt.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)),
             {{QStringLiteral("by_recommendation"), double(it->id)}, {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}});
    }
    return held;
}

int holdOverTheDailyCap(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy,
                        QDate today, bool worded)
{
    // Approved today (the operator's computer's day; a simulation's day is
    // UTC, its clock's, on every machine): one per campaign or product.
    const bool simulated = today.isValid();
    if (!simulated)
        today = QDateTime::currentDateTime().date();
    QSet<qint64> approvedToday;
    for (const Recommendation &w : lastWords)
        if (w.status == u"approved" && w.spendsOrStopsMoney()
            && (simulated ? w.decidedAt.toUTC().date() : w.decidedAt.toLocalTime().date()) == today)
            approvedToday.insert(w.id);
    // The most urgent first: the highest risk, then the largest expected effect.
    QList<Recommendation *> actions;
    for (Recommendation &r : proposed)
        if (r.spendsOrStopsMoney() && r.decision != u"EMERGENCY_PAUSE")
            actions << &r;
    std::stable_sort(actions.begin(), actions.end(), [](const Recommendation *a, const Recommendation *b) {
        if (a->risk != b->risk)
            return a->risk > b->risk;
        return std::abs(a->inputs.value(QStringLiteral("expected_impact_per_day")).toString().toDouble())
               > std::abs(b->inputs.value(QStringLiteral("expected_impact_per_day")).toString().toDouble());
    });
    qsizetype emergencies = 0;
    for (const Recommendation &r : proposed)
        emergencies += r.spendsOrStopsMoney() && r.decision == u"EMERGENCY_PAUSE";
    const qsizetype room = std::max<qsizetype>(0, policy.maxActionsPerDay - approvedToday.size() - emergencies);
    int held = 0;
    for (qsizetype i = room; i < actions.size(); ++i) {
        Recommendation &r = *actions[i];
        if (!worded) {
            holdQuietly(r, QStringLiteral("daily-cap"));
            ++held;
            continue;
        }
        r.thresholds.insert(QStringLiteral("max_actions_per_day"), policy.maxActionsPerDay);
        hold(r, QStringLiteral("daily-cap"),
             SafeguardText::tr("Held back: the policy allows %1 actions a day (approved today: %2; more urgent, proposed now: %3). "
                               "Proposed again at a later cycle.")
                 .arg(policy.maxActionsPerDay)
                 .arg(approvedToday.size())
                 .arg(emergencies + room),
             {{QStringLiteral("approved_today"), double(approvedToday.size())}});
        ++held;
    }
    return held;
}

} // namespace cp::Safeguards
