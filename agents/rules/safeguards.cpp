// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeguards.h"

#include <QCoreApplication>
#include <QLocale>
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

int holdBack(QList<Recommendation> &proposed, const QHash<QString, Recommendation> &lastWords, const Policy &policy)
{
    if (policy.cooldownDays <= 0)
        return 0;
    int held = 0;
    for (Recommendation &r : proposed) {
        if (!r.spendsOrStopsMoney())
            continue;
        const QString key = r.action == Recommendation::Action::Create ? QStringLiteral("product:") + r.productId
                                                                       : QStringLiteral("campaign:") + r.campaignId;
        const auto it = lastWords.constFind(key);
        if (it == lastWords.constEnd() || !it->decidedAt.isValid())
            continue;
        const Recommendation &word = *it;
        const QDateTime now = r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc();
        const QDateTime until = word.decidedAt.addDays(policy.cooldownDays);
        if (now >= until)
            continue;
        const bool rejected = word.status == u"rejected";
        // Money lost is acted on at once, unless the operator said no to exactly that.
        if (r.decision == u"EMERGENCY_PAUSE" && !(rejected && word.action == Recommendation::Action::Pause))
            continue;
        const QString who = word.decidedBy.isEmpty() ? SafeguardText::tr("the operator") : word.decidedBy;
        const QString when = QLocale().toString(word.decidedAt.toLocalTime(), QLocale::ShortFormat);
        // New evidence is a new question for the operator: proposed, saying so.
        if (r.action != Recommendation::Action::Create) {
            if (const QString moved = movedEvidence(word.inputs, r.inputs, policy.materialChangePoints); !moved.isEmpty()) {
                r.rationale += QLatin1Char(' ')
                               + (rejected ? SafeguardText::tr("Proposed again although %1 rejected %2 on %3: %4.")
                                           : SafeguardText::tr("Proposed although %1 approved %2 on %3: %4."))
                                     .arg(who, actionWords(word), when, moved);
                continue;
            }
        }
        const QString lifted = r.action == Recommendation::Action::Create
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
        r.inputs.insert(QStringLiteral("held_back"), QJsonObject{{QStringLiteral("decision"), r.decision},
                                                                 {QStringLiteral("action"), Recommendation::actionKey(r.action)},
                                                                 {QStringLiteral("by_recommendation"), double(word.id)},
                                                                 {QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}});
        r.thresholds.insert(QStringLiteral("cooldown_days"), policy.cooldownDays);
        r.thresholds.insert(QStringLiteral("material_change_points"), policy.materialChangePoints);
        r.rationale = said + QLatin1Char(' ') + lifted + QLatin1Char(' ')
                      + SafeguardText::tr("Would have proposed %1 (%2): %3").arg(actionWords(r), r.decision, r.rationale);
        r.title = QStringLiteral("MONITOR: ") + (r.title.section(QStringLiteral(": "), 1).isEmpty() ? r.title : r.title.section(QStringLiteral(": "), 1));
        r.decision = QStringLiteral("MONITOR");
        r.rule = QStringLiteral("cooldown");
        r.action = Recommendation::Action::None;
        r.proposedBudget.reset();
        ++held;
    }
    return held;
}

} // namespace cp::Safeguards
