// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include <QCoreApplication>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cp {

namespace {
using json = nlohmann::ordered_json;

struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(Policy)
};

// The fields, their JSON names and allowed ranges, in one table: load, save
// and validation all read it, so a new field cannot skip validation.
struct DoubleField { const char *key; double Policy::*member; double lo, hi; };
struct IntField { const char *key; int Policy::*member; int lo, hi; };
struct CountField { const char *key; qint64 Policy::*member; qint64 lo, hi; };
struct MoneyField { const char *key; Money Policy::*member; qint64 lo, hi; };

const DoubleField kDoubles[] = {
    {"min_views_per_sale", &Policy::minViewsPerSale, 0, 1e6},
    {"expected_conversion_lift", &Policy::expectedConversionLift, 0, 10},
    {"budget_price_factor", &Policy::budgetPriceFactor, 0, 100},
    {"budget_roi_factor", &Policy::budgetRoiFactor, 0, 100},
    {"max_budget_change_pct", &Policy::maxBudgetChangePct, 0, 1000},
    {"continue_budget_increase_pct", &Policy::continueBudgetIncreasePct, 0, 1000},
    {"efficiency_sales_weight", &Policy::efficiencySalesWeight, 0, 1},
    {"efficiency_view_weight", &Policy::efficiencyViewWeight, 0, 1},
    {"emergency_roas_below", &Policy::emergencyRoasBelow, -100, 100},
    {"pause_sales_impact_below", &Policy::pauseSalesImpactBelow, -100, 0},
    {"pause_view_impact_below", &Policy::pauseViewImpactBelow, -100, 0},
    {"continue_sales_impact_above", &Policy::continueSalesImpactAbove, 0, 10000},
    {"continue_view_impact_above", &Policy::continueViewImpactAbove, 0, 10000},
    {"optimize_sales_impact_from", &Policy::optimizeSalesImpactFrom, -100, 10000},
    {"optimize_sales_impact_to", &Policy::optimizeSalesImpactTo, -100, 10000},
    {"optimize_view_impact_from", &Policy::optimizeViewImpactFrom, -100, 10000},
    {"optimize_view_impact_to", &Policy::optimizeViewImpactTo, -100, 10000},
    {"risk_burn_weight", &Policy::riskBurnWeight, 0, 1},
    {"risk_decline_weight", &Policy::riskDeclineWeight, 0, 1},
    {"risk_competition_weight", &Policy::riskCompetitionWeight, 0, 1},
    {"risk_lifecycle_weight", &Policy::riskLifecycleWeight, 0, 1},
    {"simulation_elasticity", &Policy::simulationElasticity, 0.05, 0.95},
    {"simulation_new_campaign_pacing", &Policy::simulationNewCampaignPacing, 0, 1},
    {"simulation_oracle_max_budget_factor", &Policy::simulationOracleMaxBudgetFactor, 1, 10},
};
const IntField kInts[] = {
    {"version", &Policy::version, 1, 1000000},
    {"max_new_campaigns_per_cycle", &Policy::maxNewCampaignsPerCycle, 0, 10000},
    {"baseline_days", &Policy::baselineDays, 1, 365},
    {"current_days", &Policy::currentDays, 1, 365},
    {"min_days_of_data", &Policy::minDaysOfData, 1, 365},
    {"learning_period_days", &Policy::learningPeriodDays, 0, 365},
    {"recommendation_ttl_hours", &Policy::recommendationTtlHours, 1, 24 * 365},
    {"send_settle_seconds", &Policy::sendSettleSeconds, 0, 24 * 3600},
};
const CountField kCounts[] = {
    {"min_stock", &Policy::minStock, 0, 1000000000},
};
const MoneyField kMoney[] = {
    {"min_price", &Policy::minPrice, 0, 100000000},
    {"budget_floor", &Policy::budgetFloor, 0, 100000000},
    {"max_daily_budget", &Policy::maxDailyBudget, 1, 100000000},
};

Error fieldError(const QString &where, const char *key, const QString &why)
{
    return Error{PolicyText::tr("field \"%1\": %2").arg(QLatin1String(key), why), where};
}
} // namespace

Status Policy::validate() const
{
    const QString where = QStringLiteral("policy \"%1\" v%2").arg(name).arg(version);
    for (const auto &f : kDoubles) {
        const double v = this->*f.member;
        if (!std::isfinite(v) || v < f.lo || v > f.hi)
            return fieldError(where, f.key, PolicyText::tr("%1 is outside %2 … %3").arg(v).arg(f.lo).arg(f.hi));
    }
    for (const auto &f : kInts) {
        const int v = this->*f.member;
        if (v < f.lo || v > f.hi)
            return fieldError(where, f.key, PolicyText::tr("%1 is outside %2 … %3").arg(v).arg(f.lo).arg(f.hi));
    }
    for (const auto &f : kCounts) {
        const qint64 v = this->*f.member;
        if (v < f.lo || v > f.hi)
            return fieldError(where, f.key, PolicyText::tr("%1 is outside %2 … %3").arg(v).arg(f.lo).arg(f.hi));
    }
    for (const auto &f : kMoney) {
        const qint64 v = (this->*f.member).minor();
        if (v < f.lo || v > f.hi)
            return fieldError(where, f.key, PolicyText::tr("%1 is outside %2 … %3")
                                                .arg((this->*f.member).toString(), Money::fromMinor(f.lo).toString(),
                                                     Money::fromMinor(f.hi).toString()));
    }
    if (name.trimmed().isEmpty())
        return fieldError(where, "name", PolicyText::tr("must not be empty"));
    if (optimizeSalesImpactFrom > optimizeSalesImpactTo)
        return fieldError(where, "optimize_sales_impact_from", PolicyText::tr("must not be above optimize_sales_impact_to"));
    if (optimizeViewImpactFrom > optimizeViewImpactTo)
        return fieldError(where, "optimize_view_impact_from", PolicyText::tr("must not be above optimize_view_impact_to"));
    if (budgetFloor > maxDailyBudget)
        return fieldError(where, "budget_floor", PolicyText::tr("must not be above max_daily_budget"));
    return {};
}

Result<Policy> Policy::fromJson(const QByteArray &bytes, const QString &where)
{
    const json doc = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return Error{PolicyText::tr("not a JSON object"), where};
    Policy p;
    // Unknown fields are refused: a typo must not silently fall back to a default.
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const std::string &key = it.key();
        bool known = key == "name" || key == "popular_categories" || key == "format";
        for (const auto &f : kDoubles) known = known || key == f.key;
        for (const auto &f : kInts) known = known || key == f.key;
        for (const auto &f : kCounts) known = known || key == f.key;
        for (const auto &f : kMoney) known = known || key == f.key;
        if (!known)
            return fieldError(where, key.c_str(), PolicyText::tr("unknown field"));
    }
    if (doc.contains("name")) {
        if (!doc["name"].is_string())
            return fieldError(where, "name", PolicyText::tr("must be a string"));
        p.name = QString::fromStdString(doc["name"].get<std::string>());
    }
    if (doc.contains("popular_categories")) {
        const json &cats = doc["popular_categories"];
        if (!cats.is_array())
            return fieldError(where, "popular_categories", PolicyText::tr("must be a list of names"));
        p.popularCategories.clear();
        for (const json &c : cats) {
            if (!c.is_string())
                return fieldError(where, "popular_categories", PolicyText::tr("must be a list of names"));
            p.popularCategories << QString::fromStdString(c.get<std::string>());
        }
    }
    for (const auto &f : kDoubles) {
        if (!doc.contains(f.key))
            continue;
        if (!doc[f.key].is_number())
            return fieldError(where, f.key, PolicyText::tr("must be a number"));
        p.*f.member = doc[f.key].get<double>();
    }
    for (const auto &f : kInts) {
        if (!doc.contains(f.key))
            continue;
        if (!doc[f.key].is_number_integer())
            return fieldError(where, f.key, PolicyText::tr("must be a whole number"));
        const auto v = doc[f.key].get<long long>();
        if (v < f.lo || v > f.hi)
            return fieldError(where, f.key, PolicyText::tr("%1 is outside %2 … %3").arg(v).arg(f.lo).arg(f.hi));
        p.*f.member = int(v);
    }
    for (const auto &f : kCounts) {
        if (!doc.contains(f.key))
            continue;
        if (!doc[f.key].is_number_integer())
            return fieldError(where, f.key, PolicyText::tr("must be a whole number"));
        p.*f.member = doc[f.key].get<qint64>();
    }
    for (const auto &f : kMoney) {
        if (!doc.contains(f.key))
            continue;
        // Money as decimal text ("20.00"), so it stays exact.
        if (!doc[f.key].is_string())
            return fieldError(where, f.key, PolicyText::tr("must be an amount as text, e.g. \"20.00\""));
        const auto m = Money::parse(QString::fromStdString(doc[f.key].get<std::string>()));
        if (!m)
            return fieldError(where, f.key, PolicyText::tr("is not an amount"));
        p.*f.member = *m;
    }
    if (Status s = p.validate(); !s)
        return Error{s.error().message, where};
    return p;
}

QByteArray Policy::toJson() const
{
    json doc;
    doc["format"] = "campaign-pilot-policy";
    doc["name"] = name.toStdString();
    for (const auto &f : kInts)
        doc[f.key] = this->*f.member;
    for (const auto &f : kCounts)
        doc[f.key] = this->*f.member;
    for (const auto &f : kMoney)
        doc[f.key] = (this->*f.member).toString().toStdString();
    for (const auto &f : kDoubles)
        doc[f.key] = this->*f.member;
    json cats = json::array();
    for (const QString &c : popularCategories)
        cats.push_back(c.toStdString());
    doc["popular_categories"] = cats;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace cp
