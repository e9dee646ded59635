// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

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
        {QStringLiteral("final_spend"), finalSpend.toString()},
        {QStringLiteral("final_revenue"), finalRevenue.toString()},
        {QStringLiteral("final_conversions"), double(finalConversions)},
        {QStringLiteral("uplift_units_per_day"), uplift ? QJsonValue(uplift->units) : QJsonValue()},
        {QStringLiteral("uplift_low"), uplift ? QJsonValue(uplift->low) : QJsonValue()},
        {QStringLiteral("uplift_high"), uplift ? QJsonValue(uplift->high) : QJsonValue()},
        {QStringLiteral("uplift_pct"), uplift ? opt(uplift->pct()) : QJsonValue()},
        {QStringLiteral("counterfactual_units_per_day"), uplift ? QJsonValue(uplift->counterfactual) : QJsonValue()},
        {QStringLiteral("uplift_window_days"), uplift ? QJsonValue(uplift->windowDays) : QJsonValue()},
        {QStringLiteral("comparable_products"), uplift ? QJsonValue(uplift->controls) : QJsonValue()},
        {QStringLiteral("dispersion"), uplift ? QJsonValue(uplift->dispersion) : QJsonValue()},
        {QStringLiteral("incremental_profit_per_day"), incremental ? QJsonValue(incremental->expected.toString()) : QJsonValue()},
        {QStringLiteral("incremental_profit_low"), incremental ? QJsonValue(incremental->low.toString()) : QJsonValue()},
        {QStringLiteral("incremental_profit_high"), incremental ? QJsonValue(incremental->high.toString()) : QJsonValue()},
    };
}

namespace Rules {

namespace {
thread_local QString t_wordingCurrency;
} // namespace

WordingCurrency::WordingCurrency(const QString &iso4217) : m_previous(std::exchange(t_wordingCurrency, iso4217)) {}

WordingCurrency::~WordingCurrency()
{
    t_wordingCurrency = m_previous;
}

QString WordingCurrency::amount(const Money &m)
{
    return t_wordingCurrency.isEmpty() ? formatAmount(m) : formatMoney(m, t_wordingCurrency);
}

namespace {
// High: the interval excludes zero and is at most half the expected amount
// wide; medium: it excludes zero; low: it does not.
QString confidenceOf(double low, double high, double expected)
{
    const bool excludesZero = low > 0 || high < 0;
    const bool narrow = high - low <= 0.5 * std::abs(expected);
    return excludesZero && narrow ? QStringLiteral("high") : excludesZero ? QStringLiteral("medium") : QStringLiteral("low");
}
} // namespace

std::optional<ImpactEstimate> expectedImpact(const CampaignMetrics &m, ImpactAction action, Money price,
                                             std::optional<Money> budgetNow, std::optional<Money> budgetProposed)
{
    if (m.spend.minor() <= 0 || m.ageDays <= 0)
        return std::nullopt;
    const double days = double(m.spendDays > 0 ? m.spendDays : m.ageDays);
    const double spend = double(m.spend.minor()) / days;   // minor units a day
    const double revenue = double(std::max<qint64>(0, m.revenue.minor())) / days;
    const double c = double(std::max<qint64>(0, m.conversions));
    constexpr double z = 1.645;   // two-sided 90 %
    double revLow = 0, revHigh = 0;
    if (c >= 1) {
        const double perConversion = revenue / c;
        revLow = perConversion * std::max(0.0, c - z * std::sqrt(c));
        revHigh = perConversion * (c + z * std::sqrt(c));
    } else {
        // No conversion seen: 2.3 is the 90 % upper bound of a Poisson mean
        // after a zero count (−ln 0.1).
        revHigh = 2.3 * double(std::max<qint64>(0, price.minor())) / days;
    }
    double expected = 0, low = 0, high = 0;
    switch (action) {
    case ImpactAction::Pause:   // saves the spend, gives up the revenue
        expected = spend - revenue;
        low = spend - revHigh;
        high = spend - revLow;
        break;
    case ImpactAction::Resume:
        expected = revenue - spend;
        low = revLow - spend;
        high = revHigh - spend;
        break;
    case ImpactAction::SetBudget: {
        if (!budgetNow || !budgetProposed)
            return std::nullopt;
        const double delta = double(budgetProposed->minor() - budgetNow->minor());
        // Δ × (ROAS − 1), with ROAS = revenue / spend over the same days.
        expected = delta * (revenue / spend - 1.0);
        const double a = delta * (revLow / spend - 1.0), b = delta * (revHigh / spend - 1.0);
        low = std::min(a, b);
        high = std::max(a, b);
        break;
    }
    }
    ImpactEstimate e;
    e.expected = Money::fromMinor(std::llround(expected));
    e.low = Money::fromMinor(std::llround(low));
    e.high = Money::fromMinor(std::llround(high));
    // A budget change is at most medium: it assumes the extra money earns at
    // today's ROAS, which the interval does not measure.
    e.confidence = confidenceOf(low, high, expected);
    if (action == ImpactAction::SetBudget && e.confidence == u"high")
        e.confidence = QStringLiteral("medium");
    return e;
}

ImpactEstimate incrementalImpact(const IncrementalProfit &p, bool pause)
{
    ImpactEstimate e;
    e.expected = pause ? Money::fromMinor(-p.expected.minor()) : p.expected;
    e.low = pause ? Money::fromMinor(-p.high.minor()) : p.low;
    e.high = pause ? Money::fromMinor(-p.low.minor()) : p.high;
    e.confidence = confidenceOf(double(e.low.minor()), double(e.high.minor()), double(e.expected.minor()));
    return e;
}

ImpactEstimate newCampaignImpact(Money potential, Money budget, const Policy &policy)
{
    const double margin = policy.defaultMarginPct / 100.0;
    ImpactEstimate e;
    e.expected = Money::fromMinor(std::llround(double(potential.minor()) * margin) - budget.minor());
    e.low = Money::fromMinor(-budget.minor());
    e.high = Money::fromMinor(std::llround(2.0 * double(potential.minor()) * margin) - budget.minor());
    e.confidence = QStringLiteral("low");
    return e;
}

Money budget(Money price, Money expectedRoi, const Policy &policy)
{
    // min(price x 0.6, max(floor, expected ROI x 0.3)), rounded to whole minor units.
    const qint64 byPrice = qRound64(double(price.minor()) * policy.budgetPriceFactor);
    const qint64 byRoi = std::max<qint64>(policy.budgetFloor.minor(), qRound64(double(expectedRoi.minor()) * policy.budgetRoiFactor));
    const qint64 b = std::min(byPrice, byRoi);
    return Money::fromMinor(std::clamp<qint64>(b, 0, policy.maxDailyBudget.minor()));
}

namespace {
// The selection's criteria as numbers: isEligible and evaluateProduct share them.
bool stockOk(const Product &p, const Policy &policy) { return p.stock && *p.stock > policy.minStock; }
std::optional<double> viewsPerSale(const ProductStats &s)
{
    return s.hasViews && s.units30 > 0 ? std::optional<double>(double(s.views30) / double(s.units30))
                                       : (s.hasViews && s.views30 > 0 ? std::optional<double>(INFINITY) : std::nullopt);
}
bool ratioOk(const std::optional<double> &ratio, const Policy &policy) { return ratio && *ratio > policy.minViewsPerSale; }
bool priceOk(const Product &p, const Policy &policy) { return p.price && *p.price > policy.minPrice; }
} // namespace

bool isEligible(const ProductStats &s, const Policy &policy)
{
    return stockOk(s.product, policy) && ratioOk(viewsPerSale(s), policy) && priceOk(s.product, policy) && !s.hasActiveCampaign;
}

ProductEvaluation scoreProduct(const ProductStats &s, const Policy &policy)
{
    ProductEvaluation e;
    const Product &p = s.product;
    e.eligible = isEligible(s, policy);
    if (!p.price)
        return e;
    // Revenue potential: the extra revenue a day if the campaign lifts sales
    // by the expected conversion lift.
    const std::optional<double> ratio = viewsPerSale(s);
    const bool popular = policy.popularCategories.contains(p.category, Qt::CaseInsensitive);
    const double unitsPerDay = double(s.units30) / 30.0;
    e.revenuePotential = Money::fromMinor(qRound64(double(p.price->minor()) * policy.expectedConversionLift * unitsPerDay));
    e.budget = budget(*p.price, e.revenuePotential, policy);
    const double ratioFactor = ratio ? std::min(*ratio / std::max(policy.minViewsPerSale, 1e-9), 3.0) : 1.0;
    e.score = double(e.revenuePotential.minor()) * (popular ? 1.5 : 1.0) * ratioFactor;
    return e;
}

ProductEvaluation evaluateProduct(const ProductStats &s, const Policy &policy)
{
    ProductEvaluation e = scoreProduct(s, policy);
    const Product &p = s.product;
    auto check = [&](bool ok, const QString &text) { (ok ? e.passed : e.failed) << text; };
    check(stockOk(p, policy),
          p.stock ? RuleText::tr("stock %1 (needs more than %2)").arg(*p.stock).arg(policy.minStock)
                  : RuleText::tr("stock unknown (needs more than %1)").arg(policy.minStock));
    const std::optional<double> ratio = viewsPerSale(s);
    check(ratioOk(ratio, policy),
          !ratio ? RuleText::tr("page views per sale unknown (needs more than %1)").arg(policy.minViewsPerSale)
          : std::isfinite(*ratio)
              ? RuleText::tr("%1 page views per sale (needs more than %2)").arg(QLocale().toString(*ratio, 'f', 1)).arg(policy.minViewsPerSale)
              : RuleText::tr("%1 page views and no sale in 30 days").arg(s.views30));
    check(priceOk(p, policy),
          p.price ? RuleText::tr("price %1 (needs more than %2)").arg(WordingCurrency::amount(*p.price), WordingCurrency::amount(policy.minPrice))
                  : RuleText::tr("price unknown"));
    check(!s.hasActiveCampaign, s.hasActiveCampaign ? RuleText::tr("already has a running campaign")
                                                    : RuleText::tr("no running campaign"));
    if (policy.popularCategories.contains(p.category, Qt::CaseInsensitive))
        e.passed << RuleText::tr("popular category %1").arg(p.category);
    return e;
}

double normalQuantile(double p)
{
    // Acklam's rational approximation of the inverse normal distribution
    // (relative error below 1.2e-9), enough for an interval's width.
    if (p <= 0)
        return -INFINITY;
    if (p >= 1)
        return INFINITY;
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
               / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
           / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double studentQuantile(double p, int df)
{
    // Cornish-Fisher expansion of Student's t around the normal quantile
    // (Abramowitz & Stegun 26.7.5); within 1 % of the table from 3 degrees
    // of freedom at the quantiles used here (0.9 … 0.999).
    const double z = normalQuantile(p);
    if (df <= 0)
        return z;
    const double n = df, z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
           + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
}

std::optional<Uplift> uplift(const CampaignWindowSums &w, int nb, int nw, const Policy &policy, int daysToWindow)
{
    if (w.baseRows == 0 || nb <= 0 || nw <= 0)
        return std::nullopt;
    Uplift u;
    u.baselineDays = nb;
    u.windowDays = nw;
    const double yb = double(w.baseUnits), yw = double(w.upUnits);
    const double mb = yb / nb;
    // Overdispersion of the product's daily sales: their variance over the
    // baseline days ÷ their mean, never below Poisson's 1. Without the
    // squares (a window the store measured, not days) a typical 2.
    if (w.baseUnitsSq == 0 && w.baseUnits > 0)
        u.dispersion = 2.0;
    else if (nb >= 2 && mb > 0)
        u.dispersion = std::max(1.0, (double(w.baseUnitsSq) - nb * mb * mb) / (nb - 1) / mb);
    const double phi = u.dispersion;
    // Comparable products: how their sales a day moved from the baseline to
    // the window is how this product's would have moved without the campaign.
    double ratio = 1, varRatio = 0;
    if (w.ctlProducts > 0 && w.ctlBaseUnits > 0) {
        u.controls = w.ctlProducts;
        ratio = w.ctlUpProductDays > 0 && w.ctlBaseProductDays > 0
                    ? (double(w.ctlUpUnits) / double(w.ctlUpProductDays)) / (double(w.ctlBaseUnits) / double(w.ctlBaseProductDays))
                    : (double(w.ctlUpUnits) / nw) / (double(w.ctlBaseUnits) / nb);
        varRatio = ratio * ratio * (1.0 / std::max<double>(1, double(w.ctlUpUnits)) + 1.0 / double(w.ctlBaseUnits));
    }
    u.controlRatio = ratio;
    u.observed = yw / nw;
    u.counterfactual = mb * ratio;
    u.units = u.observed - u.counterfactual;
    // Count noise on both sides (a count's variance is φ × its mean; an
    // unseen count is taken as one), and the comparable products' own.
    const double varObserved = phi * std::max(yw, 1.0) / (double(nw) * nw);
    const double varBase = phi * std::max(yb, 1.0) / (double(nb) * nb);
    double varCounterfactual = ratio * ratio * varBase + mb * mb * varRatio;
    // The placebo: the baseline predicted from the period before it, as the
    // window is from the baseline. What it misses beyond its counting noise
    // is the product's own wandering over `nb` days; over the longer way
    // from the baseline to the window it wanders more (variance ∝ days).
    if (nb > 0 && nb == w.forBaselineDays && w.preRows >= nb) {
        double placeboRatio = 1, varPlaceboRatio = 0;
        if (w.ctlProducts > 0 && w.ctlPreUnits > 0 && w.ctlBaseUnits > 0) {
            placeboRatio = w.ctlPreProductDays > 0 && w.ctlBaseProductDays > 0
                               ? (double(w.ctlBaseUnits) / double(w.ctlBaseProductDays)) / (double(w.ctlPreUnits) / double(w.ctlPreProductDays))
                               : double(w.ctlBaseUnits) / double(w.ctlPreUnits);
            varPlaceboRatio = placeboRatio * placeboRatio * (1.0 / double(w.ctlBaseUnits) + 1.0 / double(w.ctlPreUnits));
        }
        const double mp = double(w.preUnits) / nb;
        const double miss = mb - mp * placeboRatio;
        const double noise = phi * std::max(yb, 1.0) / (double(nb) * nb)
                             + placeboRatio * placeboRatio * phi * std::max(double(w.preUnits), 1.0) / (double(nb) * nb)
                             + mp * mp * varPlaceboRatio;
        const double wander = std::max(0.0, miss * miss - noise);
        const double distance = (double(nb) + nw) / 2.0 + std::max(0, daysToWindow);
        u.drift = std::sqrt(wander * distance / nb);
        varCounterfactual += wander * distance / nb;
    }
    const double sd = std::sqrt(varObserved + varCounterfactual);
    const int df = std::max(1, nb - 1);   // φ is estimated from the baseline days
    u.level = 0.90;
    const double t = studentQuantile(0.95, df);
    u.low = u.units - t * sd;
    u.high = u.units + t * sd;
    const double alpha = std::clamp(policy.gateFalseAlarmPct / 100.0, 1e-6, 1.0);
    u.gateLevel = 1.0 - alpha;
    const double tg = alpha >= 1.0 ? 0.0 : studentQuantile(1.0 - alpha / 2.0, df);
    u.gateLow = u.units - tg * sd;
    u.gateHigh = u.units + tg * sd;
    u.windowFull = nw >= policy.upliftWindowDays;
    // Days at this volume for the gate's interval to exclude zero: the
    // window's noise shrinks with its days (φ × rate ÷ days), the
    // counterfactual's does not.
    if (u.gateLow > 0 || u.gateHigh < 0) {
        u.moreDaysNeeded = 0;
    } else if (tg > 0 && std::abs(u.units) > 0) {
        const double room = u.units * u.units / (tg * tg) - varCounterfactual;
        if (room > 0) {
            const double days = varObserved * nw / room;
            const int more = int(std::ceil(days - nw));
            if (nw + more <= policy.upliftWindowDays)
                u.moreDaysNeeded = std::max(1, more);
        }
    }
    return u;
}

double attributedConversionsPerDay(const CampaignMetrics &m)
{
    const int days = m.spendDays > 0 ? m.spendDays : m.ageDays;
    return days > 0 ? double(m.conversions) / double(days) : 0.0;
}

double upliftBound(const CampaignMetrics &m)
{
    // A campaign the platform credits with no conversion at all may simply
    // not be tracked (no pixel): its reach is unknown, so nothing bounds it.
    if (m.conversions <= 0)
        return std::numeric_limits<double>::infinity();
    return kUpliftPlausibleFactor * std::max(1.0, attributedConversionsPerDay(m));
}

bool upliftImplausible(const CampaignMetrics &m)
{
    return m.uplift && m.uplift->units > upliftBound(m);
}

std::optional<IncrementalProfit> incrementalProfit(const Uplift &u, Money upSpend, Money price, const Policy &policy)
{
    if (u.windowDays <= 0 || price.minor() <= 0)
        return std::nullopt;
    IncrementalProfit p;
    p.marginPct = policy.defaultMarginPct;
    const double perUnit = double(price.minor()) * policy.defaultMarginPct / 100.0;
    const double spend = double(upSpend.minor()) / u.windowDays;
    p.spendPerDay = Money::fromMinor(std::llround(spend));
    p.expected = Money::fromMinor(std::llround(u.units * perUnit - spend));
    p.low = Money::fromMinor(std::llround(u.low * perUnit - spend));
    p.high = Money::fromMinor(std::llround(u.high * perUnit - spend));
    return p;
}

std::optional<double> impactPct(std::optional<double> baseline, std::optional<double> current)
{
    if (!baseline || !current || !std::isfinite(*baseline) || !std::isfinite(*current) || *baseline <= 0)
        return std::nullopt;
    return (*current - *baseline) / *baseline * 100.0;
}

} // namespace Rules

WindowSumsBuilder::WindowSumsBuilder(const Campaign &c, QDate asOf, const Policy &policy)
{
    m_sums.forBaselineDays = policy.baselineDays;
    m_sums.forCurrentDays = policy.currentDays;
    m_sums.forUpliftDays = policy.upliftWindowDays;
    m_sums.forLateDays = policy.lateConversionDays;
    m_valid = c.startDate.isValid() && asOf.isValid() && c.startDate <= asOf;
    if (!m_valid)
        return;
    m_asOf = asOf.toJulianDay();
    m_start = c.startDate.toJulianDay();
    m_baselineFrom = m_start - policy.baselineDays;
    m_baselineTo = m_start - 1;
    m_preFrom = m_start - 2 * qint64(policy.baselineDays);
    m_preTo = m_baselineFrom - 1;
    m_currentFrom = std::max(m_start, m_asOf - (policy.currentDays - 1));
    m_upFrom = std::max(m_start, m_asOf - (policy.upliftWindowDays - 1));
    m_finalTo = m_asOf - policy.lateConversionDays;
}

void WindowSumsBuilder::setControls(const ControlSums &c)
{
    m_sums.ctlBaseUnits = c.baseUnits;
    m_sums.ctlUpUnits = c.upUnits;
    m_sums.ctlProducts = c.products;
    m_sums.ctlBaseProductDays = c.baseProductDays;
    m_sums.ctlUpProductDays = c.upProductDays;
    m_sums.ctlPreUnits = c.preUnits;
    m_sums.ctlPreProductDays = c.preProductDays;
}

WindowSumsBuilder::Bounds WindowSumsBuilder::bounds() const
{
    if (!m_valid)
        return {};
    return {true, m_asOf, m_start, m_baselineFrom, m_baselineTo, m_preFrom, m_preTo, m_currentFrom, m_upFrom, m_finalTo};
}

void WindowSumsBuilder::addProductSums(const ProductSums &p)
{
    if (!m_valid || m_productStopped)
        return;
    CampaignWindowSums &w = m_sums;
    w.preRows += int(p.preRows);
    w.preUnits += p.preUnits;
    w.baseRows += int(p.baseRows);
    w.baseUnits += p.baseUnits;
    w.baseUnitsSq += p.baseUnitsSq;
    w.baseViews += p.baseViews;
    w.baseViewDays += int(p.baseViewDays);
    w.curRows += int(p.curRows);
    w.curUnits += p.curUnits;
    w.curViews += p.curViews;
    w.curViewDays += int(p.curViewDays);
    w.upRows += int(p.upRows);
    w.upUnits += p.upUnits;
    w.longAgo += p.longAgo;
    w.recent += p.recent;
}

void WindowSumsBuilder::addCampaignSums(const CampaignSums &c)
{
    if (!m_valid || m_campaignStopped || c.rows == 0)
        return;
    CampaignWindowSums &w = m_sums;
    w.campaignRows = true;
    w.spend += Money::fromMinor(c.spend);
    w.revenue += Money::fromMinor(c.revenue);
    w.conversions += c.conversions;
    w.windowSpend += Money::fromMinor(c.windowSpend);
    w.currentDays += int(c.currentDays);
    w.upSpend += Money::fromMinor(c.upSpend);
    w.finalSpend += Money::fromMinor(c.finalSpend);
    w.finalRevenue += Money::fromMinor(c.finalRevenue);
    w.finalConversions += c.finalConversions;
    w.finalDays += int(c.finalDays);
    if (c.firstDay > 0 && (w.firstCampaignDay == 0 || c.firstDay < w.firstCampaignDay))
        w.firstCampaignDay = c.firstDay;
}

void WindowSumsBuilder::addProductDay(qint64 day, qint64 units, std::optional<qint64> views)
{
    if (!m_valid || m_productStopped || day > m_asOf)
        return;   // never look past the cycle's date
    CampaignWindowSums &w = m_sums;
    if (units < 0 || (views && *views < 0)) {
        w.negativeProductDay = QDate::fromJulianDay(day);
        m_productStopped = true;
        return;
    }
    if (day >= m_preFrom && day <= m_preTo) {
        ++w.preRows;
        w.preUnits += units;
    }
    if (day >= m_baselineFrom && day <= m_baselineTo) {
        ++w.baseRows;
        w.baseUnits += units;
        w.baseUnitsSq += units * units;
        if (views) {
            w.baseViews += *views;
            ++w.baseViewDays;
        }
    } else if (day >= m_currentFrom) {
        ++w.curRows;
        w.curUnits += units;
        if (views) {
            w.curViews += *views;
            ++w.curViewDays;
        }
    }
    if (day >= m_upFrom) {
        ++w.upRows;
        w.upUnits += units;
    }
    const qint64 back = m_asOf - day;
    if (back >= 30 && back < 60)
        w.longAgo += units;
    else if (back < 30)
        w.recent += units;
}

void WindowSumsBuilder::addCampaignDay(qint64 day, qint64 spendMinor, qint64 revenueMinor, qint64 conversions, qint64 clicks)
{
    if (!m_valid || m_campaignStopped || day > m_asOf || day < m_start)
        return;
    CampaignWindowSums &w = m_sums;
    if (spendMinor < 0 || revenueMinor < 0 || conversions < 0 || clicks < 0) {
        w.negativeCampaignDay = QDate::fromJulianDay(day);
        m_campaignStopped = true;
        return;
    }
    w.campaignRows = true;
    w.spend += Money::fromMinor(spendMinor);
    w.revenue += Money::fromMinor(revenueMinor);
    w.conversions += conversions;
    if (w.firstCampaignDay == 0 || day < w.firstCampaignDay)
        w.firstCampaignDay = day;
    if (day >= m_currentFrom) {
        w.windowSpend += Money::fromMinor(spendMinor);
        ++w.currentDays;
    }
    if (day >= m_upFrom)
        w.upSpend += Money::fromMinor(spendMinor);
    if (day <= m_finalTo) {
        w.finalSpend += Money::fromMinor(spendMinor);
        w.finalRevenue += Money::fromMinor(revenueMinor);
        w.finalConversions += conversions;
        ++w.finalDays;
    }
}

namespace Rules {

CampaignWindowSums windowSums(const CampaignSnapshot &s, const Policy &policy)
{
    WindowSumsBuilder b(s.campaign, s.asOf, policy);
    for (const ProductDay &d : s.productDays)
        b.addProductDay(d.date.toJulianDay(), d.unitsSold, d.pageViews);
    for (const CampaignDay &d : s.campaignDays)
        b.addCampaignDay(d.date.toJulianDay(), d.spend.minor(), d.revenue.minor(), d.conversions, d.clicks);
    b.setControls(s.controls);
    return b.sums();
}

CampaignMetrics measure(const CampaignSnapshot &s, const Policy &policy, Wording wording)
{
    return s.sums ? measure(s, *s.sums, policy, wording) : measure(s, windowSums(s, policy), policy, wording);
}

CampaignMetrics measure(const CampaignSnapshot &s, const CampaignWindowSums &ws, const Policy &policy, Wording wording)
{
    const bool worded = wording == Wording::Full;   // the evidence in words
    CampaignMetrics m;
    const Campaign &c = s.campaign;
    if (!c.startDate.isValid() || !s.asOf.isValid() || c.startDate > s.asOf) {
        m.invalid = RuleText::tr("the campaign has no start date on or before %1").arg(s.asOf.toString(Qt::ISODate));
        return m;
    }
    m.ageDays = int(c.startDate.daysTo(s.asOf)) + 1;
    const QDate baselineFrom = c.startDate.addDays(-policy.baselineDays);
    const QDate baselineTo = c.startDate.addDays(-1);
    const QDate currentFrom = std::max(c.startDate, s.asOf.addDays(-(policy.currentDays - 1)));

    if (ws.forBaselineDays != policy.baselineDays || ws.forCurrentDays != policy.currentDays
        || ws.forUpliftDays != policy.upliftWindowDays || ws.forLateDays != policy.lateConversionDays) {
        // Sums read for another policy's windows: refuse rather than judge on them.
        m.invalid = RuleText::tr("figures were summed for %1-day baseline and %2-day current windows, the policy has %3 and %4")
                        .arg(ws.forBaselineDays).arg(ws.forCurrentDays).arg(policy.baselineDays).arg(policy.currentDays);
        return m;
    }
    if (ws.negativeProductDay) {
        m.invalid = RuleText::tr("negative product figures on %1").arg(ws.negativeProductDay->toString(Qt::ISODate));
        return m;
    }
    const qint64 baseUnits = ws.baseUnits, curUnits = ws.curUnits, baseViews = ws.baseViews, curViews = ws.curViews;
    const int baseViewDays = ws.baseViewDays, curViewDays = ws.curViewDays, baseRows = ws.baseRows, curRows = ws.curRows;
    const qint64 longAgo = ws.longAgo, recent = ws.recent;
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
        if (worded)
            m.evidence = RuleText::tr("the store reports sales %1 and page views %2 over the last %n day(s) against the %n before "
                                      "(as of %3)", nullptr, w.days)
                             .arg(pct(m.salesImpactPct), pct(m.viewImpactPct), w.asOf.toString(Qt::ISODate));
        if (worded && w.asOf < s.asOf)   // the latest fetch of this product failed: say it was judged on older data
            m.evidence = RuleText::tr("judged on older data: %1").arg(m.evidence);
    } else if (worded && (baseRows == 0 || curRows == 0)) {
        m.evidence = RuleText::tr("no daily product figures %1 the campaign's start and no window measured by the store")
                         .arg(baseRows == 0 ? RuleText::tr("before") : RuleText::tr("since"));
    } else if (worded) {
        m.evidence = RuleText::tr("daily figures: %1 before the campaign, %2 in the current window")
                         .arg(RuleText::tr("%n day(s)", nullptr, baseRows), RuleText::tr("%n day(s)", nullptr, curRows));
    }

    // What the daily loop had summed before a bad day stays in the metrics.
    m.spend = ws.spend;
    m.revenue = ws.revenue;
    m.conversions = ws.conversions;
    m.currentDays = ws.currentDays;
    m.spendDays = ws.firstCampaignDay > 0 ? int(std::clamp<qint64>(s.asOf.toJulianDay() - ws.firstCampaignDay + 1, 1, m.ageDays))
                                          : m.ageDays;
    if (ws.negativeCampaignDay) {
        m.invalid = RuleText::tr("negative campaign figures on %1").arg(ws.negativeCampaignDay->toString(Qt::ISODate));
        return m;
    }
    const Money windowSpend = ws.windowSpend;
    const bool campaignRows = ws.campaignRows;
    // Too few daily campaign figures yet (a live workspace's first days): the
    // platform's own lifetime totals, which cover the whole life so far.
    const bool fewDays = !campaignRows || m.currentDays < policy.minDaysOfData;
    bool revenueKnown = true;
    m.finalSpend = ws.finalSpend;
    m.finalRevenue = ws.finalRevenue;
    m.finalConversions = ws.finalConversions;
    m.finalDays = ws.finalDays;
    bool usedLifetime = false;
    if (fewDays && s.lifetime && s.lifetime->asOf <= s.asOf) {
        usedLifetime = true;
        const LifetimeTotals &t = *s.lifetime;
        if (t.spend.minor() < 0 || t.conversions < 0 || (t.revenue && t.revenue->minor() < 0)) {
            m.invalid = RuleText::tr("negative lifetime figures from the platform");
            return m;
        }
        m.spend = t.spend;
        m.revenue = t.revenue.value_or(Money());
        m.conversions = t.conversions;
        m.spendDays = m.ageDays;   // the whole life
        m.currentDays = std::min(m.ageDays, policy.currentDays);
        if (worded)
            m.evidence += RuleText::tr("; spend %1 and revenue %2: the platform's lifetime totals as of %3")
                          .arg(WordingCurrency::amount(t.spend), t.revenue ? WordingCurrency::amount(*t.revenue) : RuleText::tr("unknown"),
                               t.asOf.toString(Qt::ISODate));
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
    if (usedLifetime) {
        // The platform's lifetime totals cannot be split by day: taken as final.
        m.finalSpend = m.spend;
        m.finalRevenue = m.revenue;
        m.finalConversions = m.conversions;
        m.finalDays = m.ageDays;
    } else if (s.lifetime && s.lifetime->asOf <= s.asOf && s.lifetime->revenue && s.lifetime->spend > ws.spend
               && s.lifetime->spend.minor() >= 0) {
        // A live workspace's daily rows begin at its first snapshot; the
        // platform's lifetime totals hold the life before. Final: the
        // lifetime less what the daily rows hold for the newest days.
        const LifetimeTotals &t = *s.lifetime;
        m.finalSpend = t.spend - (ws.spend - ws.finalSpend);
        m.finalRevenue = *t.revenue - (ws.revenue - ws.finalRevenue);
        m.finalConversions = std::max<qint64>(0, t.conversions - (ws.conversions - ws.finalConversions));
        m.finalDays = std::max(0, m.ageDays - policy.lateConversionDays);
    }

    // The uplift against a counterfactual (issue 16), over the campaign's
    // newest upliftWindowDays; from the store's own window on a live
    // workspace's first days.
    const int upSpan = int(std::max(c.startDate, s.asOf.addDays(-(policy.upliftWindowDays - 1))).daysTo(s.asOf)) + 1;
    Money upSpend = ws.upSpend;
    if (baseRows > 0 && ws.upRows > 0) {
        m.uplift = uplift(ws, m.baselineDays, upSpan, policy, std::max(0, m.ageDays - upSpan));
    } else if (s.window && s.window->asOf <= s.asOf && s.window->days > 0 && s.window->unitsPrevious >= 0) {
        CampaignWindowSums w;
        w.baseRows = 1;
        w.upRows = 1;
        w.baseUnits = s.window->unitsPrevious;
        w.upUnits = s.window->units;
        m.uplift = uplift(w, s.window->days, s.window->days, policy);
        upSpend = Money::fromMinor(m.spend.minor() * std::min(s.window->days, m.ageDays) / std::max(1, m.ageDays));
        if (m.uplift)
            m.uplift->windowFull = true;   // the store's window does not grow
    }
    if (usedLifetime && m.uplift)
        upSpend = Money::fromMinor(m.spend.minor() * std::min(m.uplift->windowDays, m.ageDays) / std::max(1, m.ageDays));
    if (m.uplift && s.product.price)
        m.incremental = incrementalProfit(*m.uplift, upSpend, *s.product.price, policy);
    return m;
}

namespace {
Decision decideOnTheEvidence(const CampaignMetrics &m, Money price, const Policy &policy, Wording wording);
} // namespace

Decision decide(const CampaignMetrics &m, Money price, const Policy &policy, Wording wording)
{
    Decision d = decideOnTheEvidence(m, price, policy, wording);
    // A rise in the product's sales far beyond what the campaign reaches is
    // not the campaign's doing: a large order, a season the comparable
    // products did not share (a walkthrough: 133 extra units a day credited
    // to a campaign of 3 clicks and 0.15 conversions a day, and its pause
    // shown as costing £40.83 a day). No CONTINUE (a raise) nor OPTIMIZE
    // rests on it; a pause still may, on the platform's figures or the page
    // views (it spends nothing; holding those too kept a truly losing
    // campaign running in a held-out backtest).
    const bool gated = policy.gateFalseAlarmPct < 100.0;
    if (gated && upliftImplausible(m) && (d.kind == DecisionKind::Continue || d.kind == DecisionKind::Optimize)) {
        const bool worded = wording == Wording::Full;
        return {DecisionKind::Monitor, QStringLiteral("uplift-implausible"),
                worded ? RuleText::tr("The product's sales rose by %1 unit(s) a day above what it would have sold, more than "
                                      "%2 times the %3 conversion(s) a day the platform credits the campaign with: something "
                                      "else moved them (a large order, a season). Watched, not judged on them.")
                             .arg(QLocale().toString(m.uplift->units, 'f', 1), QLocale().toString(kUpliftPlausibleFactor),
                                  QLocale().toString(attributedConversionsPerDay(m), 'f', 2))
                       : QString()};
    }
    return d;
}

namespace {
Decision decideOnTheEvidence(const CampaignMetrics &m, Money price, const Policy &policy, Wording wording)
{
    // Every reason is worded only when asked: a backtest reads the kind only.
    const bool worded = wording == Wording::Full;
    using K = DecisionKind;
    // 1. Inputs we cannot trust never lead to an action.
    if (!m.invalid.isEmpty())
        return {K::Monitor, QStringLiteral("invalid-input"),
                worded ? (RuleText::tr("Not judged: %1.").arg(m.invalid)) : QString()};
    // 2. Too young or too little data: watch, do not act.
    if (m.ageDays < policy.learningPeriodDays)
        return {K::Monitor, QStringLiteral("learning"),
                worded ? (RuleText::tr("The campaign is %n day(s) old, inside its %1-day learning period.", nullptr, m.ageDays)
                    .arg(policy.learningPeriodDays)) : QString()};
    if (m.currentDays < policy.minDaysOfData)
        return {K::Monitor, QStringLiteral("too-few-days"),
                worded ? (RuleText::tr("Only %n day(s) of campaign figures; %1 are needed.", nullptr, m.currentDays)
                              .arg(policy.minDaysOfData))
                       : QString()};
    // 3. Money is being lost: stop it first, whatever sales do, on the
    //    figures that are final (the newest lateConversionDays still gain
    //    conversions: judged without them).
    const bool useFinal = policy.lateConversionDays > 0;
    const bool late = useFinal && m.finalDays < m.ageDays;
    const Money spend = useFinal ? m.finalSpend : m.spend, revenue = useFinal ? m.finalRevenue : m.revenue;
    const qint64 conversions = useFinal ? m.finalConversions : m.conversions;
    const std::optional<double> roas = spend.minor() > 0 && m.roas ? std::optional<double>(double(revenue.minor()) / double(spend.minor()))
                                                                   : std::nullopt;
    const std::optional<Money> cpa = conversions > 0 ? std::optional<Money>(Money::fromMinor(qRound64(double(spend.minor()) / double(conversions))))
                                                     : std::nullopt;
    const QString finalNote = worded && late ? QLatin1Char(' ') + RuleText::tr("(The newest %n day(s) are left out: their conversions are not final yet.)",
                                                                               nullptr, policy.lateConversionDays)
                                             : QString();
    if (roas && *roas < policy.emergencyRoasBelow)
        return {K::EmergencyPause, QStringLiteral("emergency-roas"),
                worded ? (RuleText::tr("ROAS is %1× (below %2×): the campaign earns back less than it costs (spent %3, revenue %4).")
                    .arg(QLocale().toString(*roas, 'f', 2), QLocale().toString(policy.emergencyRoasBelow, 'f', 2),
                         WordingCurrency::amount(spend), WordingCurrency::amount(revenue)) + finalNote) : QString()};
    // The seed's "CPA > product price" takes a conversion to be one sale of
    // the product. Where the platform's own revenue says a conversion brings
    // more (a basket), a conversion costing more than the price can still pay
    // for itself: the bar is then the revenue a conversion brings, so a
    // campaign that earns back its spend is never paused as losing money.
    const Money perConversion = conversions > 0 && revenue.minor() > 0
                                    ? std::max(price, Money::fromMinor(revenue.minor() / conversions))
                                    : price;
    if (cpa && *cpa > perConversion)
        return {K::EmergencyPause, QStringLiteral("emergency-cpa"),
                worded ? (perConversion == price
                              ? RuleText::tr("Each conversion costs %1, more than the product's price %2.")
                                    .arg(WordingCurrency::amount(*cpa), WordingCurrency::amount(price))
                              : RuleText::tr("Each conversion costs %1, more than the product's price and than the %2 a "
                                             "conversion brings in revenue.")
                                    .arg(WordingCurrency::amount(*cpa), WordingCurrency::amount(perConversion))) + finalNote
                       : QString()};
    if (!cpa && spend > price)
        return {K::EmergencyPause, QStringLiteral("emergency-cpa"),
                worded ? (RuleText::tr("Spent %1 without a single conversion, more than the product's price %2.")
                    .arg(WordingCurrency::amount(spend), WordingCurrency::amount(price)) + finalNote) : QString()};
    // 4. Below break-even beyond doubt (behind the gate; like an emergency pause, not held by the
    //    minimum data: its own interval is the evidence): the platform's own
    //    credited revenue — which counts sales that would have happened
    //    anyway, so it is the most the ads can have added — is worth less at
    //    the product's margin than the spend, even at the gate's upper end of
    //    its conversions (a count's noise: √conversions). Break-even ROAS is
    //    1 ÷ margin (2.5× at 40 %). Platforms can also under-count (other
    //    devices, tracking refused): when the shop's own sales show the
    //    campaign paying beyond doubt over at least half an uplift window,
    //    they win and it is not paused here (over a few days they are too
    //    noisy to overrule the platform's count).
    const bool salesShowItPays = m.uplift && m.incremental && m.incremental->spendPerDay.minor() > 0
                                 && m.uplift->windowDays >= std::max(7, policy.upliftWindowDays / 2)
                                 && m.uplift->gateLow * double(price.minor()) * m.incremental->marginPct / 100.0
                                        > double(m.incremental->spendPerDay.minor());
    if (policy.gateFalseAlarmPct < 100.0 && spend.minor() > 0 && policy.defaultMarginPct > 0 && !salesShowItPays) {
        const double margin = policy.defaultMarginPct / 100.0;
        const double alpha = std::clamp(policy.gateFalseAlarmPct / 100.0, 1e-6, 1.0);
        const double z = normalQuantile(1.0 - alpha / 2.0);
        const double c = double(conversions);
        const double perConversion = c > 0 ? double(revenue.minor()) / c : double(price.minor());
        const double revenueHigh = (c + z * std::sqrt(std::max(c, 1.0))) * perConversion;
        if (perConversion > 0 && revenueHigh * margin < double(spend.minor()))
            return {K::Pause, QStringLiteral("pause-below-break-even"),
                    worded ? RuleText::tr("Below break-even beyond doubt: the platform credits it with %1 of revenue for %2 of spend "
                                          "(ROAS %3×; at most %4× at the %5 % upper end), and at a %6 % margin a campaign needs %7× to "
                                          "pay for itself — even if every sale it is credited with were one it added.")
                                 .arg(WordingCurrency::amount(revenue), WordingCurrency::amount(spend),
                                      QLocale().toString(double(revenue.minor()) / double(spend.minor()), 'f', 2),
                                      QLocale().toString(revenueHigh / double(spend.minor()), 'f', 2),
                                      QLocale().toString((1.0 - alpha / 2.0) * 100, 'f', 0),
                                      QLocale().toString(policy.defaultMarginPct, 'f', 0), QLocale().toString(1.0 / margin, 'f', 2))
                             + finalNote
                           : QString()};
    }
    // 5. Minimum data before any other action.
    if (m.conversions < policy.minConversions || m.spend < policy.minSpend)
        return {K::Monitor, QStringLiteral("min-data"),
                worded ? RuleText::tr("Not enough data to act yet: %n conversion(s) and %1 spent (needs %2 and %3).", nullptr,
                                      int(std::min<qint64>(m.conversions, INT_MAX)))
                             .arg(WordingCurrency::amount(m.spend), QLocale().toString(policy.minConversions), WordingCurrency::amount(policy.minSpend))
                       : QString()};
    // 6. The matrix. PAUSE before CONTINUE/OPTIMIZE: when a drop and a gain
    //    both match, protecting the budget wins. Behind the gate the sales
    //    impact is the uplift against the counterfactual, not the raw
    //    before/after change.
    const bool gated = policy.gateFalseAlarmPct < 100.0;
    const std::optional<Uplift> &u = m.uplift;
    const std::optional<double> s = gated && u ? u->pct() : m.salesImpactPct;
    const auto &v = m.viewImpactPct;
    const QString numbers = worded ? (gated && u ? RuleText::tr("sales %1 against the counterfactual, view impact %2")
                                                 : RuleText::tr("sales impact %1, view impact %2"))
                                         .arg(pct(s), pct(v))
                                   : QString();
    // Behind the gate, a campaign whose extra sales are worth less than its
    // spend even at the interval's best end loses money: pause it.
    if (gated && u && m.incremental) {
        const double perUnit = double(price.minor()) * m.incremental->marginPct / 100.0;
        const double bestProfit = u->gateHigh * perUnit - double(m.incremental->spendPerDay.minor());
        if (bestProfit < 0 && m.incremental->spendPerDay.minor() > 0)
            return {K::Pause, QStringLiteral("pause-incremental-loss"),
                    worded ? RuleText::tr("Loses money beyond doubt: it adds %1 unit(s) a day to what the product would have sold "
                                          "(%2 % interval %3 to %4), worth %5 a day at a %6 % margin, against %7 a day of spend.")
                                 .arg(QLocale().toString(u->units, 'f', 1), QLocale().toString(u->gateLevel * 100, 'f', 0),
                                      QLocale().toString(u->gateLow, 'f', 1), QLocale().toString(u->gateHigh, 'f', 1),
                                      WordingCurrency::amount(Money::fromMinor(std::llround(std::max(0.0, u->units) * perUnit))),
                                      QLocale().toString(m.incremental->marginPct, 'f', 0), WordingCurrency::amount(m.incremental->spendPerDay))
                           : QString()};
    }
    // Its extra sales worth more than its spend even at the interval's
    // worst end: it pays, whatever the page views did.
    std::optional<double> worstProfit;
    if (gated && u && m.incremental && m.incremental->spendPerDay.minor() > 0) {
        const double perUnit = double(price.minor()) * m.incremental->marginPct / 100.0;
        const double spendPerDay = double(m.incremental->spendPerDay.minor());
        worstProfit = u->gateLow * perUnit - spendPerDay;
        // More budget earns less per unit of spend (diminishing returns:
        // sales scale with budget^elasticity, so the next unit of spend
        // brings elasticity × today's average): raised only when that pays
        // too, at the interval's worst end.
        if (*worstProfit > 0) {
            const bool keepBudget = u->gateLow * perUnit * policy.simulationElasticity <= spendPerDay;
            QString reason;
            if (worded)
                reason = (keepBudget ? RuleText::tr("Pays beyond doubt at this budget: it adds %1 unit(s) a day to what the product would "
                                                    "have sold (%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against "
                                                    "%7 a day of spend; more budget would bring less than it costs (returns fall as "
                                                    "budgets grow).")
                                     : RuleText::tr("Pays beyond doubt: it adds %1 unit(s) a day to what the product would have sold "
                                                    "(%2 % interval %3 to %4), worth at least %5 a day at a %6 % margin, against %7 a day "
                                                    "of spend."))
                             .arg(QLocale().toString(u->units, 'f', 1), QLocale().toString(u->gateLevel * 100, 'f', 0),
                                  QLocale().toString(u->gateLow, 'f', 1), QLocale().toString(u->gateHigh, 'f', 1),
                                  WordingCurrency::amount(Money::fromMinor(std::llround(u->gateLow * perUnit))),
                                  QLocale().toString(m.incremental->marginPct, 'f', 0), WordingCurrency::amount(m.incremental->spendPerDay));
            return {K::Continue, keepBudget ? QStringLiteral("continue-keep-budget") : QStringLiteral("continue-incremental-profit"),
                    reason};
        }
    }
    std::optional<Decision> matrix;
    if ((s && *s < policy.pauseSalesImpactBelow) || (v && *v < policy.pauseViewImpactBelow))
        matrix = Decision{K::Pause, QStringLiteral("pause"),
                worded ? (RuleText::tr("Performance fell: %1 (pause below %2 sales or %3 views).")
                    .arg(numbers, pct(policy.pauseSalesImpactBelow), pct(policy.pauseViewImpactBelow))) : QString()};
    else if (s && v && *s > policy.continueSalesImpactAbove && *v > policy.continueViewImpactAbove)
        matrix = Decision{K::Continue, QStringLiteral("continue"),
                worded ? (RuleText::tr("Working: %1 (continue above %2 sales and %3 views).")
                    .arg(numbers, pct(policy.continueSalesImpactAbove), pct(policy.continueViewImpactAbove))) : QString()};
    else if ((s && *s >= policy.optimizeSalesImpactFrom && *s <= policy.optimizeSalesImpactTo)
        || (v && *v >= policy.optimizeViewImpactFrom && *v <= policy.optimizeViewImpactTo))
        matrix = Decision{K::Optimize, QStringLiteral("optimize"),
                worded ? (RuleText::tr("Modest gains: %1 (optimize at %2–%3 sales or %4–%5 views).")
                    .arg(numbers, pct(policy.optimizeSalesImpactFrom), pct(policy.optimizeSalesImpactTo),
                         pct(policy.optimizeViewImpactFrom), pct(policy.optimizeViewImpactTo))) : QString()};
    if (matrix && gated) {
        // 7. The gate: the action's direction must be beyond doubt.
        const bool clears = u && (matrix->kind == K::Pause ? u->gateHigh < 0 : u->gateLow > 0);
        if (!clears) {
            QString why;
            if (worded && !u) {
                why = RuleText::tr("no daily sales before the start to compare with");
            } else if (worded) {
                const QString interval = RuleText::tr("%1 % interval %2 to %3 units a day")
                                             .arg(QLocale().toString(u->gateLevel * 100, 'f', 0),
                                                  QLocale().toString(u->gateLow, 'f', 2), QLocale().toString(u->gateHigh, 'f', 2));
                const QString need = u->moreDaysNeeded
                                         ? RuleText::tr("needs about %n more day(s) at this volume", nullptr, *u->moreDaysNeeded)
                                         : u->windowFull || (u->windowDays >= policy.upliftWindowDays)
                                               ? RuleText::tr("more days at this volume will not settle it")
                                               : RuleText::tr("more days at this volume will not settle it within the %n-day window",
                                                              nullptr, policy.upliftWindowDays);
                why = (u->units >= 0 ? RuleText::tr("%1 more units a day than it would have sold without the campaign (%2); %3")
                                     : RuleText::tr("%1 fewer units a day than it would have sold without the campaign (%2); %3"))
                          .arg(QLocale().toString(std::abs(u->units), 'f', 2), interval, need);
            }
            return {K::Monitor, QStringLiteral("not-significant"),
                    worded ? RuleText::tr("Not yet conclusive (the seed's rules would say %1): %2.").arg(decisionKey(matrix->kind), why)
                           : QString()};
        }
    }
    // 8. More budget only for money that comes back: behind the gate a
    //    campaign whose extra sales do not pay for its spend beyond doubt
    //    (above) is not given more, however its sales moved.
    if (matrix && matrix->kind == K::Continue && worstProfit)
        return {K::Monitor, QStringLiteral("not-paying-yet"),
                worded ? RuleText::tr("Sales rose (%1), but its extra sales do not pay for its spend beyond doubt (%2 a day at the "
                                      "interval's worst end, at a %3 % margin): no more budget yet.")
                             .arg(numbers, WordingCurrency::amount(Money::fromMinor(std::llround(*worstProfit))),
                                  QLocale().toString(m.incremental->marginPct, 'f', 0))
                       : QString()};
    if (matrix)
        return *matrix;
    // 9. Everything else: mixed, flat or unmeasurable.
    if (!s && !v)
        return {K::Monitor, QStringLiteral("no-baseline"),
                worded ? (RuleText::tr("No baseline to compare with (no sales or views in the %1 days before the start).")
                    .arg(policy.baselineDays)) : QString()};
    return {K::Monitor, QStringLiteral("mixed"),
                worded ? (RuleText::tr("Mixed or flat results: %1.").arg(numbers)) : QString()};
}
} // namespace

double riskScore(double burnRate, double decline, double competition, double lifecycle, const Policy &policy)
{
    return 100.0 * (clamp01(burnRate) * policy.riskBurnWeight + clamp01(decline) * policy.riskDeclineWeight
                    + clamp01(competition) * policy.riskCompetitionWeight + clamp01(lifecycle) * policy.riskLifecycleWeight);
}

std::optional<Money> continueBudget(const Campaign &campaign, const Policy &policy, const QString &currency)
{
    if (!campaign.dailyBudget)
        return std::nullopt;
    const double pct = std::min(policy.continueBudgetIncreasePct, policy.maxBudgetChangePct);
    qint64 raised = qRound64(double(campaign.dailyBudget->minor()) * (1.0 + pct / 100.0));
    if (!currency.isEmpty() && currencyMinorDigits(currency) == 0)
        raised -= raised % 100;   // Money counts hundredths; ¥5,503.30 becomes ¥5,503
    const Money next = Money::fromMinor(std::min<qint64>(raised, policy.maxDailyBudget.minor()));
    if (next <= *campaign.dailyBudget)
        return std::nullopt;   // already at the cap
    return next;
}

QList<QPair<int, Money>> reallocate(const QList<PortfolioCandidate> &c, Money totalNow, const Policy &policy)
{
    QList<QPair<int, Money>> out;
    if (policy.totalDailyBudget.minor() <= 0 || policy.reallocationStepPct <= 0)
        return out;
    const double step = policy.reallocationStepPct / 100.0;
    // Winners: return more than they cost beyond doubt. Donors: return less
    // than the best winner beyond doubt (a campaign losing money beyond
    // doubt was paused already: rule pause-incremental-loss).
    QList<int> donors, winners;
    double bestLow = -INFINITY;
    for (int i = 0; i < c.size(); ++i)
        if (c[i].movable && c[i].budget.minor() > 0 && c[i].returnLow > 1.0) {
            winners << i;
            bestLow = std::max(bestLow, c[i].returnLow);
        }
    for (int i = 0; i < c.size(); ++i)
        if (c[i].movable && c[i].budget.minor() > 0 && !winners.contains(i) && c[i].returnHigh < bestLow)
            donors << i;
    if (donors.isEmpty() || winners.isEmpty())
        return out;
    qint64 cuts = 0;
    for (int i : donors) {
        const qint64 cut = std::llround(double(c[i].budget.minor()) * step);
        if (cut <= 0)
            continue;
        cuts += cut;
        out.append({i, Money::fromMinor(c[i].budget.minor() - cut)});
    }
    // What the winners may receive: the cuts, within the total.
    qint64 pool = std::min(cuts, std::max<qint64>(0, policy.totalDailyBudget.minor() - (totalNow.minor() - cuts)));
    std::stable_sort(winners.begin(), winners.end(), [&c](int a, int b) { return c[a].returnMid > c[b].returnMid; });
    for (int i : winners) {
        if (pool <= 0)
            break;
        const qint64 room = std::min<qint64>(std::llround(double(c[i].budget.minor()) * step),
                                             policy.maxDailyBudget.minor() - c[i].budget.minor());
        const qint64 add = std::min(pool, room);
        if (add <= 0)
            continue;
        pool -= add;
        out.append({i, Money::fromMinor(c[i].budget.minor() + add)});
    }
    return out;
}

Status checkBudgetEdit(std::optional<Money> current, Money proposed, const Policy &policy)
{
    if (proposed.minor() <= 0)
        return Error{RuleText::tr("a daily budget must be more than zero"), QStringLiteral("budget")};
    if (proposed > policy.maxDailyBudget)
        return Error{RuleText::tr("%1 is above the maximum daily budget %2").arg(WordingCurrency::amount(proposed), WordingCurrency::amount(policy.maxDailyBudget)),
                     QStringLiteral("budget")};
    if (current && current->minor() > 0) {
        const double change = std::abs(double((proposed - *current).minor())) / double(current->minor()) * 100.0;
        if (change > policy.maxBudgetChangePct + 1e-9)
            return Error{RuleText::tr("%1 changes the budget %2 by %3, more than the %4 one action may")
                             .arg(WordingCurrency::amount(proposed), WordingCurrency::amount(*current), pct(change), pct(policy.maxBudgetChangePct)),
                         QStringLiteral("budget")};
    }
    return {};
}

ApprovalsNeeded approvalsNeeded(const Recommendation &rec, const Policy &policy)
{
    using Action = Recommendation::Action;
    // A pause stops spend: holding it for a second operator would only cost.
    if (rec.action == Action::None || rec.action == Action::Pause)
        return {};
    // What the campaign spends a day once this is applied.
    std::optional<Money> daily;
    if (rec.action == Action::Create || rec.action == Action::SetBudget)
        daily = rec.proposedBudget;
    else if (rec.action == Action::Resume)
        daily = rec.previousBudget ? rec.previousBudget : rec.proposedBudget;
    if (policy.fourEyesBudgetIncreaseAbove.minor() > 0 && rec.proposedBudget
        && (rec.action == Action::Create || rec.action == Action::SetBudget)) {
        const Money before = rec.action == Action::Create ? Money() : rec.previousBudget.value_or(Money());
        const Money increase = *rec.proposedBudget - before;
        if (increase > policy.fourEyesBudgetIncreaseAbove)
            return {2, RuleText::tr("a budget increase of %1, above the %2 one operator may approve alone")
                           .arg(WordingCurrency::amount(increase), WordingCurrency::amount(policy.fourEyesBudgetIncreaseAbove))};
    }
    if (policy.fourEyesDailySpendAbove.minor() > 0 && daily && *daily > policy.fourEyesDailySpendAbove)
        return {2, RuleText::tr("a daily budget of %1, above the %2 one operator may approve alone")
                       .arg(WordingCurrency::amount(*daily), WordingCurrency::amount(policy.fourEyesDailySpendAbove))};
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
        {QStringLiteral("uplift_window_days"), p.upliftWindowDays},
        {QStringLiteral("gate_false_alarm_pct"), p.gateFalseAlarmPct},
        {QStringLiteral("min_conversions"), p.minConversions},
        {QStringLiteral("min_spend"), p.minSpend.toString()},
        {QStringLiteral("late_conversion_days"), p.lateConversionDays},
        {QStringLiteral("default_margin_pct"), p.defaultMarginPct},
    };
}

} // namespace Rules
} // namespace cp
