// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cp {

namespace {
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

QString pct(double v) { return QStringLiteral("%1 %").arg(QLocale().toString(v, 'f', 1)); }
QString pct(const std::optional<double> &v) { return v ? pct(*v) : RuleText::tr("unknown"); }
double clamp01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0; }
QJsonValue opt(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
} // namespace

QString decisionKey(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Continue: return QStringLiteral("CONTINUE");
    case DecisionKind::Optimize: return QStringLiteral("OPTIMIZE");
    case DecisionKind::Monitor: return QStringLiteral("MONITOR");
    case DecisionKind::Pause: return QStringLiteral("PAUSE");
    case DecisionKind::EmergencyPause: return QStringLiteral("EMERGENCY_PAUSE");
    }
    return {};
}

std::optional<DecisionKind> decisionFromKey(QStringView key)
{
    for (DecisionKind k : {DecisionKind::Continue, DecisionKind::Optimize, DecisionKind::Monitor, DecisionKind::Pause,
                           DecisionKind::EmergencyPause})
        if (decisionKey(k) == key)
            return k;
    return std::nullopt;
}

QJsonObject CampaignMetrics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("age_days"), ageDays},
        {QStringLiteral("current_days"), currentDays},
        {QStringLiteral("baseline_days"), baselineDays},
        {QStringLiteral("baseline_units_per_day"), baselineUnitsPerDay},
        {QStringLiteral("current_units_per_day"), currentUnitsPerDay},
        {QStringLiteral("baseline_views_per_day"), opt(baselineViewsPerDay)},
        {QStringLiteral("current_views_per_day"), opt(currentViewsPerDay)},
        {QStringLiteral("sales_impact_pct"), opt(salesImpactPct)},
        {QStringLiteral("view_impact_pct"), opt(viewImpactPct)},
        {QStringLiteral("spend"), spend.toString()},
        {QStringLiteral("revenue"), revenue.toString()},
        {QStringLiteral("conversions"), double(conversions)},
        {QStringLiteral("roas"), opt(roas)},
        {QStringLiteral("cpa"), cpa ? QJsonValue(cpa->toString()) : QJsonValue()},
        {QStringLiteral("efficiency"), opt(efficiency)},
        {QStringLiteral("burn_rate"), burnRate},
        {QStringLiteral("performance_decline"), performanceDecline},
        {QStringLiteral("lifecycle_stage"), lifecycleStage},
        {QStringLiteral("competition"), competition},
        {QStringLiteral("risk"), risk},
        {QStringLiteral("evidence"), evidence},
    };
}

namespace Rules {

Money budget(Money price, Money expectedRoi, const Policy &policy)
{
    // min(price x 0.6, max(floor, expected ROI x 0.3)), rounded to whole minor units.
    const qint64 byPrice = qRound64(double(price.minor()) * policy.budgetPriceFactor);
    const qint64 byRoi = std::max<qint64>(policy.budgetFloor.minor(), qRound64(double(expectedRoi.minor()) * policy.budgetRoiFactor));
    const qint64 b = std::min(byPrice, byRoi);
    return Money::fromMinor(std::clamp<qint64>(b, 0, policy.maxDailyBudget.minor()));
}

ProductEvaluation evaluateProduct(const ProductStats &s, const Policy &policy)
{
    ProductEvaluation e;
    const Product &p = s.product;
    auto check = [&](bool ok, const QString &text) { (ok ? e.passed : e.failed) << text; return ok; };
    bool ok = true;
    ok &= check(p.stock && *p.stock > policy.minStock,
                p.stock ? RuleText::tr("stock %1 (needs more than %2)").arg(*p.stock).arg(policy.minStock)
                        : RuleText::tr("stock unknown (needs more than %1)").arg(policy.minStock));
    const std::optional<double> ratio = s.hasViews && s.units30 > 0
                                            ? std::optional<double>(double(s.views30) / double(s.units30))
                                            : (s.hasViews && s.views30 > 0 ? std::optional<double>(INFINITY) : std::nullopt);
    ok &= check(ratio && *ratio > policy.minViewsPerSale,
                !ratio ? RuleText::tr("page views per sale unknown (needs more than %1)").arg(policy.minViewsPerSale)
                : std::isfinite(*ratio)
                    ? RuleText::tr("%1 page views per sale (needs more than %2)").arg(QLocale().toString(*ratio, 'f', 1)).arg(policy.minViewsPerSale)
                    : RuleText::tr("%1 page views and no sale in 30 days").arg(s.views30));
    ok &= check(p.price && *p.price > policy.minPrice,
                p.price ? RuleText::tr("price %1 (needs more than %2)").arg(formatAmount(*p.price), formatAmount(policy.minPrice))
                        : RuleText::tr("price unknown"));
    ok &= check(!s.hasActiveCampaign, s.hasActiveCampaign ? RuleText::tr("already has a running campaign")
                                                          : RuleText::tr("no running campaign"));
    const bool popular = policy.popularCategories.contains(p.category, Qt::CaseInsensitive);
    if (popular)
        e.passed << RuleText::tr("popular category %1").arg(p.category);
    if (!p.price)
        return e;
    // Revenue potential: the extra revenue a day if the campaign lifts sales
    // by the expected conversion lift.
    const double unitsPerDay = double(s.units30) / 30.0;
    e.revenuePotential = Money::fromMinor(qRound64(double(p.price->minor()) * policy.expectedConversionLift * unitsPerDay));
    e.budget = budget(*p.price, e.revenuePotential, policy);
    const double ratioFactor = ratio ? std::min(*ratio / std::max(policy.minViewsPerSale, 1e-9), 3.0) : 1.0;
    e.score = double(e.revenuePotential.minor()) * (popular ? 1.5 : 1.0) * ratioFactor;
    e.eligible = ok;
    return e;
}

std::optional<double> impactPct(std::optional<double> baseline, std::optional<double> current)
{
    if (!baseline || !current || !std::isfinite(*baseline) || !std::isfinite(*current) || *baseline <= 0)
        return std::nullopt;
    return (*current - *baseline) / *baseline * 100.0;
}

CampaignMetrics measure(const CampaignSnapshot &s, const Policy &policy)
{
    CampaignMetrics m;
    const Campaign &c = s.campaign;
    if (!c.startDate.isValid() || !s.asOf.isValid() || c.startDate > s.asOf) {
        m.invalid = RuleText::tr("the campaign has no start date on or before %1").arg(QLocale().toString(s.asOf, QLocale::ShortFormat));
        return m;
    }
    m.ageDays = int(c.startDate.daysTo(s.asOf)) + 1;
    const QDate baselineFrom = c.startDate.addDays(-policy.baselineDays);
    const QDate baselineTo = c.startDate.addDays(-1);
    const QDate currentFrom = std::max(c.startDate, s.asOf.addDays(-(policy.currentDays - 1)));

    qint64 baseUnits = 0, curUnits = 0, baseViews = 0, curViews = 0;
    int baseViewDays = 0, curViewDays = 0;
    int baseRows = 0, curRows = 0;    // days with any product figures in each window
    qint64 longAgo = 0, recent = 0;   // for the lifecycle stage: days -60..-31 vs -30..-1 before asOf
    for (const ProductDay &d : s.productDays) {
        if (d.date > s.asOf)
            continue;   // never look past the cycle's date
        if (d.unitsSold < 0 || (d.pageViews && *d.pageViews < 0)) {
            m.invalid = RuleText::tr("negative product figures on %1").arg(QLocale().toString(d.date, QLocale::ShortFormat));
            return m;
        }
        if (d.date >= baselineFrom && d.date <= baselineTo) {
            ++baseRows;
            baseUnits += d.unitsSold;
            if (d.pageViews) {
                baseViews += *d.pageViews;
                ++baseViewDays;
            }
        } else if (d.date >= currentFrom) {
            ++curRows;
            curUnits += d.unitsSold;
            if (d.pageViews) {
                curViews += *d.pageViews;
                ++curViewDays;
            }
        }
        const qint64 back = d.date.daysTo(s.asOf);
        if (back >= 30 && back < 60)
            longAgo += d.unitsSold;
        else if (back < 30)
            recent += d.unitsSold;
    }
    m.baselineDays = int(baselineFrom.daysTo(baselineTo)) + 1;
    const int currentSpan = int(currentFrom.daysTo(s.asOf)) + 1;
    m.baselineUnitsPerDay = double(baseUnits) / m.baselineDays;
    m.currentUnitsPerDay = double(curUnits) / currentSpan;
    if (baseViewDays > 0)
        m.baselineViewsPerDay = double(baseViews) / baseViewDays;
    if (curViewDays > 0)
        m.currentViewsPerDay = double(curViews) / curViewDays;
    m.salesImpactPct = impactPct(baseUnits > 0 ? std::optional<double>(m.baselineUnitsPerDay) : std::nullopt, m.currentUnitsPerDay);
    m.viewImpactPct = impactPct(m.baselineViewsPerDay, m.currentViewsPerDay);

    // Daily rows stay the first choice; where there are none around the
    // campaign (a live workspace's first days), the comparison the store
    // measured itself is the evidence, and the rationale says so.
    if ((baseRows == 0 || curRows == 0) && s.window && s.window->asOf <= s.asOf && s.window->days > 0) {
        const SourceWindow &w = *s.window;
        const double days = w.days;
        m.baselineUnitsPerDay = double(w.unitsPrevious) / days;
        m.currentUnitsPerDay = double(w.units) / days;
        m.baselineViewsPerDay = w.viewsPrevious ? std::optional<double>(double(*w.viewsPrevious) / days) : std::nullopt;
        m.currentViewsPerDay = w.views ? std::optional<double>(double(*w.views) / days) : std::nullopt;
        m.salesImpactPct = impactPct(w.unitsPrevious > 0 ? std::optional<double>(m.baselineUnitsPerDay) : std::nullopt, m.currentUnitsPerDay);
        m.viewImpactPct = impactPct(m.baselineViewsPerDay, m.currentViewsPerDay);
        m.evidence = RuleText::tr("the store reports sales %1 and page views %2 over the last %n day(s) against the %n before "
                                  "(as of %3)", nullptr, w.days)
                         .arg(pct(m.salesImpactPct), pct(m.viewImpactPct), QLocale().toString(w.asOf, QLocale::ShortFormat));
        if (w.asOf < s.asOf)   // the latest fetch of this product failed: say it was judged on older data
            m.evidence = RuleText::tr("judged on older data: %1").arg(m.evidence);
    } else if (baseRows == 0 || curRows == 0) {
        m.evidence = RuleText::tr("no daily product figures %1 the campaign's start and no window measured by the store")
                         .arg(baseRows == 0 ? RuleText::tr("before") : RuleText::tr("since"));
    } else {
        m.evidence = RuleText::tr("daily figures: %1 day(s) before the campaign, %2 day(s) in the current window")
                         .arg(baseRows)
                         .arg(curRows);
    }

    Money windowSpend;
    bool campaignRows = false;
    for (const CampaignDay &d : s.campaignDays) {
        if (d.date > s.asOf || d.date < c.startDate)
            continue;
        if (d.spend.minor() < 0 || d.revenue.minor() < 0 || d.conversions < 0 || d.clicks < 0) {
            m.invalid = RuleText::tr("negative campaign figures on %1").arg(QLocale().toString(d.date, QLocale::ShortFormat));
            return m;
        }
        campaignRows = true;
        m.spend += d.spend;
        m.revenue += d.revenue;
        m.conversions += d.conversions;
        if (d.date >= currentFrom) {
            windowSpend += d.spend;
            ++m.currentDays;
        }
    }
    // Too few daily campaign figures yet (a live workspace's first days): the
    // platform's own lifetime totals, which cover the whole life so far.
    const bool fewDays = !campaignRows || m.currentDays < policy.minDaysOfData;
    bool revenueKnown = true;
    if (fewDays && s.lifetime && s.lifetime->asOf <= s.asOf) {
        const LifetimeTotals &t = *s.lifetime;
        if (t.spend.minor() < 0 || t.conversions < 0 || (t.revenue && t.revenue->minor() < 0)) {
            m.invalid = RuleText::tr("negative lifetime figures from the platform");
            return m;
        }
        m.spend = t.spend;
        m.revenue = t.revenue.value_or(Money());
        m.conversions = t.conversions;
        m.currentDays = std::min(m.ageDays, policy.currentDays);
        m.evidence += RuleText::tr("; spend %1 and revenue %2: the platform's lifetime totals as of %3")
                          .arg(formatAmount(t.spend), t.revenue ? formatAmount(*t.revenue) : RuleText::tr("unknown"),
                               QLocale().toString(t.asOf, QLocale::ShortFormat));
        revenueKnown = t.revenue.has_value();   // without it ROAS cannot be judged
    }
    if (m.spend.minor() > 0 && revenueKnown)
        m.roas = double(m.revenue.minor()) / double(m.spend.minor());   // revenue ÷ spend
    if (m.conversions > 0)
        m.cpa = Money::fromMinor(qRound64(double(m.spend.minor()) / double(m.conversions)));
    if (m.salesImpactPct && m.viewImpactPct)
        m.efficiency = *m.salesImpactPct * policy.efficiencySalesWeight + *m.viewImpactPct * policy.efficiencyViewWeight;

    m.burnRate = c.dailyBudget && c.dailyBudget->minor() > 0 && m.currentDays > 0
                     ? clamp01(double(windowSpend.minor()) / (double(c.dailyBudget->minor()) * m.currentDays))
                     : 0.0;
    m.performanceDecline = m.salesImpactPct ? clamp01(-*m.salesImpactPct / 100.0) : 0.5;
    m.lifecycleStage = longAgo > 0 ? clamp01(double(longAgo - recent) / double(longAgo)) : 0.5;
    m.competition = clamp01(s.categoryCompetition);
    m.risk = riskScore(m.burnRate, m.performanceDecline, m.competition, m.lifecycleStage, policy);
    return m;
}

Decision decide(const CampaignMetrics &m, Money price, const Policy &policy)
{
    using K = DecisionKind;
    // 1. Inputs we cannot trust never lead to an action.
    if (!m.invalid.isEmpty())
        return {K::Monitor, QStringLiteral("invalid-input"), RuleText::tr("Not judged: %1.").arg(m.invalid)};
    // 2. Too young or too little data: watch, do not act.
    if (m.ageDays < policy.learningPeriodDays)
        return {K::Monitor, QStringLiteral("learning"),
                RuleText::tr("The campaign is %n day(s) old, inside its %1-day learning period.", nullptr, m.ageDays)
                    .arg(policy.learningPeriodDays)};
    if (m.currentDays < policy.minDaysOfData)
        return {K::Monitor, QStringLiteral("too-few-days"),
                RuleText::tr("Only %n day(s) of campaign figures; %1 are needed.", nullptr, m.currentDays).arg(policy.minDaysOfData)};
    // 3. Money is being lost: stop it first, whatever sales do.
    if (m.roas && *m.roas < policy.emergencyRoasBelow)
        return {K::EmergencyPause, QStringLiteral("emergency-roas"),
                RuleText::tr("ROAS is %1× (below %2×): the campaign earns back less than it costs (spent %3, revenue %4).")
                    .arg(QLocale().toString(*m.roas, 'f', 2), QLocale().toString(policy.emergencyRoasBelow, 'f', 2),
                         formatAmount(m.spend), formatAmount(m.revenue))};
    if (m.cpa && *m.cpa > price)
        return {K::EmergencyPause, QStringLiteral("emergency-cpa"),
                RuleText::tr("Each conversion costs %1, more than the product's price %2.").arg(formatAmount(*m.cpa), formatAmount(price))};
    if (!m.cpa && m.spend > price)
        return {K::EmergencyPause, QStringLiteral("emergency-cpa"),
                RuleText::tr("Spent %1 without a single conversion, more than the product's price %2.")
                    .arg(formatAmount(m.spend), formatAmount(price))};
    // 4. The matrix. PAUSE before CONTINUE/OPTIMIZE: when a drop and a gain
    //    both match, protecting the budget wins.
    const auto &s = m.salesImpactPct;
    const auto &v = m.viewImpactPct;
    const QString numbers = RuleText::tr("sales impact %1, view impact %2").arg(pct(s), pct(v));
    if ((s && *s < policy.pauseSalesImpactBelow) || (v && *v < policy.pauseViewImpactBelow))
        return {K::Pause, QStringLiteral("pause"),
                RuleText::tr("Performance fell: %1 (pause below %2 sales or %3 views).")
                    .arg(numbers, pct(policy.pauseSalesImpactBelow), pct(policy.pauseViewImpactBelow))};
    if (s && v && *s > policy.continueSalesImpactAbove && *v > policy.continueViewImpactAbove)
        return {K::Continue, QStringLiteral("continue"),
                RuleText::tr("Working: %1 (continue above %2 sales and %3 views).")
                    .arg(numbers, pct(policy.continueSalesImpactAbove), pct(policy.continueViewImpactAbove))};
    if ((s && *s >= policy.optimizeSalesImpactFrom && *s <= policy.optimizeSalesImpactTo)
        || (v && *v >= policy.optimizeViewImpactFrom && *v <= policy.optimizeViewImpactTo))
        return {K::Optimize, QStringLiteral("optimize"),
                RuleText::tr("Modest gains: %1 (optimize at %2–%3 sales or %4–%5 views).")
                    .arg(numbers, pct(policy.optimizeSalesImpactFrom), pct(policy.optimizeSalesImpactTo),
                         pct(policy.optimizeViewImpactFrom), pct(policy.optimizeViewImpactTo))};
    // 5. Everything else: mixed, flat or unmeasurable.
    if (!s && !v)
        return {K::Monitor, QStringLiteral("no-baseline"),
                RuleText::tr("No baseline to compare with (no sales or views in the %1 days before the start).")
                    .arg(policy.baselineDays)};
    return {K::Monitor, QStringLiteral("mixed"), RuleText::tr("Mixed or flat results: %1.").arg(numbers)};
}

double riskScore(double burnRate, double decline, double competition, double lifecycle, const Policy &policy)
{
    return 100.0 * (clamp01(burnRate) * policy.riskBurnWeight + clamp01(decline) * policy.riskDeclineWeight
                    + clamp01(competition) * policy.riskCompetitionWeight + clamp01(lifecycle) * policy.riskLifecycleWeight);
}

std::optional<Money> continueBudget(const Campaign &campaign, const Policy &policy)
{
    if (!campaign.dailyBudget)
        return std::nullopt;
    const double pct = std::min(policy.continueBudgetIncreasePct, policy.maxBudgetChangePct);
    const qint64 raised = qRound64(double(campaign.dailyBudget->minor()) * (1.0 + pct / 100.0));
    const Money next = Money::fromMinor(std::min<qint64>(raised, policy.maxDailyBudget.minor()));
    if (next <= *campaign.dailyBudget)
        return std::nullopt;   // already at the cap
    return next;
}

Status checkBudgetEdit(std::optional<Money> current, Money proposed, const Policy &policy)
{
    if (proposed.minor() <= 0)
        return Error{RuleText::tr("a daily budget must be more than zero"), QStringLiteral("budget")};
    if (proposed > policy.maxDailyBudget)
        return Error{RuleText::tr("%1 is above the maximum daily budget %2").arg(formatAmount(proposed), formatAmount(policy.maxDailyBudget)),
                     QStringLiteral("budget")};
    if (current && current->minor() > 0) {
        const double change = std::abs(double((proposed - *current).minor())) / double(current->minor()) * 100.0;
        if (change > policy.maxBudgetChangePct + 1e-9)
            return Error{RuleText::tr("%1 changes the budget %2 by %3, more than the %4 one action may")
                             .arg(formatAmount(proposed), formatAmount(*current), pct(change), pct(policy.maxBudgetChangePct)),
                         QStringLiteral("budget")};
    }
    return {};
}

QJsonObject thresholdsJson(const Policy &p)
{
    return QJsonObject{
        {QStringLiteral("policy"), QStringLiteral("%1 v%2").arg(p.name).arg(p.version)},
        {QStringLiteral("emergency_roas_below_multiple"), p.emergencyRoasBelow},
        {QStringLiteral("pause_sales_impact_below"), p.pauseSalesImpactBelow},
        {QStringLiteral("pause_view_impact_below"), p.pauseViewImpactBelow},
        {QStringLiteral("continue_sales_impact_above"), p.continueSalesImpactAbove},
        {QStringLiteral("continue_view_impact_above"), p.continueViewImpactAbove},
        {QStringLiteral("optimize_sales_impact"), QStringLiteral("%1..%2").arg(p.optimizeSalesImpactFrom).arg(p.optimizeSalesImpactTo)},
        {QStringLiteral("optimize_view_impact"), QStringLiteral("%1..%2").arg(p.optimizeViewImpactFrom).arg(p.optimizeViewImpactTo)},
        {QStringLiteral("learning_period_days"), p.learningPeriodDays},
        {QStringLiteral("min_days_of_data"), p.minDaysOfData},
        {QStringLiteral("baseline_days"), p.baselineDays},
        {QStringLiteral("current_days"), p.currentDays},
    };
}

} // namespace Rules
} // namespace cp
