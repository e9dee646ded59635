// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include <QHash>

#include <QCoreApplication>
#include <algorithm>
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
    {"emergency_roas_below_multiple", &Policy::emergencyRoasBelow, 0, 100},
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
    {"material_change_points", &Policy::materialChangePoints, 0, 10000},
    {"learning_max_budget_change_pct", &Policy::learningMaxBudgetChangePct, 0, 1000},
    {"gate_false_alarm_pct", &Policy::gateFalseAlarmPct, 0.1, 100},
    {"default_margin_pct", &Policy::defaultMarginPct, 0, 100},
    {"reallocation_step_pct", &Policy::reallocationStepPct, 0, 100},
    {"learning_min_gain_pct", &Policy::learningMinGainPct, 0, 1000},
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
    {"cooldown_days", &Policy::cooldownDays, 0, 365},
    {"raise_settle_days", &Policy::raiseSettleDays, 0, 365},
    {"learning_exit_conversions", &Policy::learningExitConversions, 0, 1000000},
    {"max_actions_per_day", &Policy::maxActionsPerDay, 0, 1000000},
    {"send_settle_seconds", &Policy::sendSettleSeconds, 0, 24 * 3600},
    {"uplift_window_days", &Policy::upliftWindowDays, 1, 365},
    {"min_conversions", &Policy::minConversions, 0, 1000000},
    {"late_conversion_days", &Policy::lateConversionDays, 0, 28},
    {"learning_min_evaluations", &Policy::learningMinEvaluations, 0, 100000},
    // Ad copy (issue 20).
    {"copy_primary_text_max_chars", &Policy::copyPrimaryTextMaxChars, 20, 2200},
    {"copy_headline_max_chars", &Policy::copyHeadlineMaxChars, 10, 255},
    {"copy_description_max_chars", &Policy::copyDescriptionMaxChars, 10, 255},
    {"copy_model_deadline_seconds", &Policy::copyModelDeadlineSeconds, 1, 600},
};
const CountField kCounts[] = {
    {"min_stock", &Policy::minStock, 0, 1000000000},
};
const MoneyField kMoney[] = {
    {"min_price", &Policy::minPrice, 0, 100000000},
    {"budget_floor", &Policy::budgetFloor, 0, 100000000},
    {"max_daily_budget", &Policy::maxDailyBudget, 1, 100000000},
    {"min_spend", &Policy::minSpend, 0, 100000000},
    {"total_daily_budget", &Policy::totalDailyBudget, 0, 10000000000},
    // Four-eyes approval (issue 18).
    {"four_eyes_budget_increase_above", &Policy::fourEyesBudgetIncreaseAbove, 0, 100000000},
    {"four_eyes_daily_spend_above", &Policy::fourEyesDailySpendAbove, 0, 100000000},
};

// Policies saved before 0.3 held the seed's "ROAS" ((revenue − spend) ÷ spend,
// what the trade calls ROI) under this key; it reads as the multiple v + 1.
constexpr const char *kLegacyRoasKey = "emergency_roas_below";

Error fieldError(const QString &where, const char *key, const QString &why)
{
    return Error{PolicyText::tr("field \"%1\": %2").arg(QLatin1String(key), why), where};
}
} // namespace

namespace {
// What the form says about each field; the groups follow the seed's agents.
struct FieldText { const char *key, *group, *label, *unit, *help; };
const FieldText kFieldTexts[] = {
    {"name", QT_TRANSLATE_NOOP("Policy", "General"), QT_TRANSLATE_NOOP("Policy", "Name"), "", QT_TRANSLATE_NOOP("Policy", "A name for this policy; each saved change becomes a new version.")},
    {"emergency_roas_below_multiple", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Pause now when ROAS is below"), "×", QT_TRANSLATE_NOOP("Policy", "Revenue ÷ spend over the campaign's life; below 1.0× it earns back less than it costs (the seed's \"ROAS < 0\").")},
    {"pause_sales_impact_below", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Pause when sales fall below"), "%", QT_TRANSLATE_NOOP("Policy", "Sales per day during the campaign against the days before it.")},
    {"pause_view_impact_below", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Pause when page views fall below"), "%", QT_TRANSLATE_NOOP("Policy", "Page views per day during the campaign against the days before it.")},
    {"continue_sales_impact_above", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Keep running when sales rise above"), "%", QT_TRANSLATE_NOOP("Policy", "Together with the page-view threshold below.")},
    {"continue_view_impact_above", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "… and page views rise above"), "%", QT_TRANSLATE_NOOP("Policy", "Both must hold to keep a campaign running with more budget.")},
    {"optimize_sales_impact_from", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Improve when sales change from"), "%", QT_TRANSLATE_NOOP("Policy", "Lower end of the \"review copy and targeting\" band for sales.")},
    {"optimize_sales_impact_to", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "… to"), "%", QT_TRANSLATE_NOOP("Policy", "Upper end of that band.")},
    {"optimize_view_impact_from", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "Improve when page views change from"), "%", QT_TRANSLATE_NOOP("Policy", "Lower end of the band for page views.")},
    {"optimize_view_impact_to", QT_TRANSLATE_NOOP("Policy", "Decisions"), QT_TRANSLATE_NOOP("Policy", "… to"), "%", QT_TRANSLATE_NOOP("Policy", "Upper end of that band.")},
    {"baseline_days", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Days before the campaign (baseline)"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "The days before the start that sales are compared with.")},
    {"current_days", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Newest campaign days measured"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "The campaign's newest days that are compared with the baseline.")},
    {"min_days_of_data", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Days of figures needed"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "With fewer, the campaign is watched, not judged.")},
    {"learning_period_days", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Learning period"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "A younger campaign is watched, not judged.")},
    {"efficiency_sales_weight", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Efficiency: weight of sales"), "", QT_TRANSLATE_NOOP("Policy", "Efficiency = sales impact × this + view impact × the next.")},
    {"efficiency_view_weight", QT_TRANSLATE_NOOP("Policy", "Measuring"), QT_TRANSLATE_NOOP("Policy", "Efficiency: weight of page views"), "", ""},
    {"min_stock", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "Stock above"), QT_TRANSLATE_NOOP("Policy", "units"), QT_TRANSLATE_NOOP("Policy", "Only products with more in stock are promoted.")},
    {"min_views_per_sale", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "Page views per sale above"), "", QT_TRANSLATE_NOOP("Policy", "Many views for each sale: an opportunity.")},
    {"min_price", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "Price above"), "", QT_TRANSLATE_NOOP("Policy", "Cheaper products do not carry ad spend.")},
    {"popular_categories", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "Popular categories"), "", QT_TRANSLATE_NOOP("Policy", "Comma-separated; products in them come first.")},
    {"expected_conversion_lift", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "Expected conversion lift"), "", QT_TRANSLATE_NOOP("Policy", "Revenue potential = price × this.")},
    {"max_new_campaigns_per_cycle", QT_TRANSLATE_NOOP("Policy", "New campaigns"), QT_TRANSLATE_NOOP("Policy", "New campaigns per cycle, at most"), "", ""},
    {"budget_price_factor", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Budget: share of the price"), "", QT_TRANSLATE_NOOP("Policy", "Budget = min(price × this, max(floor, expected ROI × the ROI share)).")},
    {"budget_floor", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Budget floor"), "", ""},
    {"budget_roi_factor", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Budget: share of the expected ROI"), "", ""},
    {"max_daily_budget", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Daily budget, at most"), "", QT_TRANSLATE_NOOP("Policy", "Guardrail: no campaign is proposed or approved above this a day.")},
    {"max_budget_change_pct", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "One change moves a budget by at most"), "%", QT_TRANSLATE_NOOP("Policy", "Guardrail for each budget action.")},
    {"continue_budget_increase_pct", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Keep running: raise the budget by"), "%", ""},
    {"risk_burn_weight", QT_TRANSLATE_NOOP("Policy", "Risk"), QT_TRANSLATE_NOOP("Policy", "Weight of budget burn"), "", QT_TRANSLATE_NOOP("Policy", "Risk = burn × this + decline × … + competition × … + lifecycle × ….")},
    {"risk_decline_weight", QT_TRANSLATE_NOOP("Policy", "Risk"), QT_TRANSLATE_NOOP("Policy", "Weight of performance decline"), "", ""},
    {"risk_competition_weight", QT_TRANSLATE_NOOP("Policy", "Risk"), QT_TRANSLATE_NOOP("Policy", "Weight of competition"), "", ""},
    {"risk_lifecycle_weight", QT_TRANSLATE_NOOP("Policy", "Risk"), QT_TRANSLATE_NOOP("Policy", "Weight of product lifecycle"), "", ""},
    {"uplift_window_days", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Campaign days the uplift is measured over"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "Sales in the campaign's newest days against what the product would have sold without it: its level before the start, moved as comparable products without a campaign moved.")},
    {"gate_false_alarm_pct", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Act on a campaign with no effect at most"), "%", QT_TRANSLATE_NOOP("Policy", "The significance gate: an action needs the uplift's interval to exclude zero; a lower figure asks for more evidence. 100: no gate (the seed's rules).")},
    {"min_conversions", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Conversions needed before acting"), QT_TRANSLATE_NOOP("Policy", "conversions"), QT_TRANSLATE_NOOP("Policy", "With fewer, only an emergency pause is proposed. 0: off.")},
    {"min_spend", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Spend needed before acting"), "", QT_TRANSLATE_NOOP("Policy", "With less spent, only an emergency pause is proposed. 0: off.")},
    {"late_conversion_days", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Newest days whose conversions are not final"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "An emergency pause judges spend and revenue up to this many days ago: the platform still adds conversions to the newest days.")},
    {"default_margin_pct", QT_TRANSLATE_NOOP("Policy", "Evidence"), QT_TRANSLATE_NOOP("Policy", "Margin where the catalog has no cost"), "%", QT_TRANSLATE_NOOP("Policy", "Incremental profit = extra units sold × price × this − ad spend.")},
    {"total_daily_budget", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Portfolio: all campaigns together, a day, at most"), "", QT_TRANSLATE_NOOP("Policy", "Each cycle proposes moving budget from campaigns whose extra sales return less for their spend to those that return more than they cost, as one set of budget changes within this total. 0: off.")},
    {"reallocation_step_pct", QT_TRANSLATE_NOOP("Policy", "Budgets"), QT_TRANSLATE_NOOP("Policy", "Portfolio: move at most this share of a budget per cycle"), "%", ""},
    {"cooldown_days", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "After an approval or rejection, wait"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "No new action on that campaign (or product) meanwhile, so a change can show and a rejection sticks; an emergency pause is held back only by a rejected one. 0: off.")},
    {"material_change_points", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "… unless the evidence moves by"), QT_TRANSLATE_NOOP("Policy", "points"), QT_TRANSLATE_NOOP("Policy", "Sales or page-view impact in percentage points (ROAS in hundredths of ×) since the operator's word: new evidence is proposed again at once.")},
    {"raise_settle_days", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "After an approved budget raise, the next raise waits"), QT_TRANSLATE_NOOP("Policy", "days"), QT_TRANSLATE_NOOP("Policy", "So that the next raise is judged on sales at the raised budget: as many days as the uplift is measured over (Evidence). Cuts, pauses and other actions follow the cooldown. 0: off.")},
    {"learning_exit_conversions", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "A campaign is learning until it has"), QT_TRANSLATE_NOOP("Policy", "conversions"), QT_TRANSLATE_NOOP("Policy", "Meta's learning phase ends after about 50 optimisation events; a large budget edit restarts it.")},
    {"learning_max_budget_change_pct", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "While learning, a budget moves by at most"), "%", QT_TRANSLATE_NOOP("Policy", "A larger proposed change is held back until the campaign has left learning.")},
    {"max_actions_per_day", QT_TRANSLATE_NOOP("Policy", "Safeguards"), QT_TRANSLATE_NOOP("Policy", "Actions a day, at most"), "", QT_TRANSLATE_NOOP("Policy", "Approved today and proposed now, together; emergency pauses are never held back by it. 0: no cap.")},
    {"learning_min_evaluations", QT_TRANSLATE_NOOP("Policy", "Learning"), QT_TRANSLATE_NOOP("Policy", "Propose a policy update after"), QT_TRANSLATE_NOOP("Policy", "evaluations"), QT_TRANSLATE_NOOP("Policy", "Campaigns whose evaluation window ended since the last proposal: what the policy predicted against what happened. The Analyst then backtests nearby policies on this workspace's history; you approve or reject the result. 0: off.")},
    {"learning_min_gain_pct", QT_TRANSLATE_NOOP("Policy", "Learning"), QT_TRANSLATE_NOOP("Policy", "… when the backtest gains at least"), QT_TRANSLATE_NOOP("Policy", "% of spend"), QT_TRANSLATE_NOOP("Policy", "Incremental profit the proposed policy adds over the one in effect, as a share of the backtest's ad spend.")},
    {"four_eyes_budget_increase_above", QT_TRANSLATE_NOOP("Policy", "Approval"), QT_TRANSLATE_NOOP("Policy", "Two operators approve a budget increase above"), "", QT_TRANSLATE_NOOP("Policy", "Four-eyes: a budget raised by more than this a day (a new campaign's whole budget counts) waits for a second, different operator's approval; the queue shows \"1 of 2 approvals\". 0: off.")},
    {"four_eyes_daily_spend_above", QT_TRANSLATE_NOOP("Policy", "Approval"), QT_TRANSLATE_NOOP("Policy", "Two operators approve a daily budget above"), "", QT_TRANSLATE_NOOP("Policy", "Four-eyes: an action after which the campaign's daily budget is above this needs two different operators; a pause never waits. 0: off.")},
    {"recommendation_ttl_hours", QT_TRANSLATE_NOOP("Policy", "Sending"), QT_TRANSLATE_NOOP("Policy", "A recommendation expires after"), QT_TRANSLATE_NOOP("Policy", "hours"), QT_TRANSLATE_NOOP("Policy", "An old recommendation is not approved on stale figures.")},
    {"send_settle_seconds", QT_TRANSLATE_NOOP("Policy", "Sending"), QT_TRANSLATE_NOOP("Policy", "Time the platform may take to apply a write"), QT_TRANSLATE_NOOP("Policy", "seconds"), QT_TRANSLATE_NOOP("Policy", "Before an interrupted send can be proved lost.")},
    {"simulation_elasticity", QT_TRANSLATE_NOOP("Policy", "Simulation"), QT_TRANSLATE_NOOP("Policy", "Conversions scale with budget to the power"), "", QT_TRANSLATE_NOOP("Policy", "The backtest's model of a budget change.")},
    {"simulation_new_campaign_pacing", QT_TRANSLATE_NOOP("Policy", "Simulation"), QT_TRANSLATE_NOOP("Policy", "Share of a new campaign's budget spent"), "", ""},
    {"simulation_oracle_max_budget_factor", QT_TRANSLATE_NOOP("Policy", "Simulation"), QT_TRANSLATE_NOOP("Policy", "Hindsight oracle: budget up to"), "×", ""},
    // Ad copy (issue 20).
    {"copy_primary_text_max_chars", QT_TRANSLATE_NOOP("Policy", "Ad copy"), QT_TRANSLATE_NOOP("Policy", "Primary text, at most"), QT_TRANSLATE_NOOP("Policy", "characters"), QT_TRANSLATE_NOOP("Policy", "Meta recommends 125: longer text is cut off in most placements. Copy over it is refused, the model's and yours.")},
    {"copy_headline_max_chars", QT_TRANSLATE_NOOP("Policy", "Ad copy"), QT_TRANSLATE_NOOP("Policy", "Headline, at most"), QT_TRANSLATE_NOOP("Policy", "characters"), QT_TRANSLATE_NOOP("Policy", "Meta recommends 40 (27 in some placements).")},
    {"copy_description_max_chars", QT_TRANSLATE_NOOP("Policy", "Ad copy"), QT_TRANSLATE_NOOP("Policy", "Description, at most"), QT_TRANSLATE_NOOP("Policy", "characters"), QT_TRANSLATE_NOOP("Policy", "Meta recommends 30.")},
    {"copy_model_deadline_seconds", QT_TRANSLATE_NOOP("Policy", "Ad copy"), QT_TRANSLATE_NOOP("Policy", "Wait for the language model at most"), QT_TRANSLATE_NOOP("Policy", "seconds"), QT_TRANSLATE_NOOP("Policy", "All of a cycle's new campaigns together; past it the template's copy stands.")},
};
} // namespace

QList<PolicyFieldInfo> policyFields()
{
    QList<PolicyFieldInfo> out;
    for (const FieldText &t : kFieldTexts) {
        PolicyFieldInfo f;
        f.key = QLatin1String(t.key);
        f.group = QCoreApplication::translate("Policy", t.group);
        f.label = QCoreApplication::translate("Policy", t.label);
        f.unit = *t.unit ? QCoreApplication::translate("Policy", t.unit) : QString();
        f.help = *t.help ? QCoreApplication::translate("Policy", t.help) : QString();
        const std::string key = t.key;
        if (key == "name")
            f.kind = PolicyFieldInfo::Kind::Text;
        else if (key == "popular_categories")
            f.kind = PolicyFieldInfo::Kind::List;
        for (const auto &d : kDoubles)
            if (key == d.key)
                f.kind = PolicyFieldInfo::Kind::Number, f.lo = d.lo, f.hi = d.hi;
        for (const auto &i : kInts)
            if (key == i.key)
                f.kind = PolicyFieldInfo::Kind::WholeNumber, f.lo = i.lo, f.hi = i.hi;
        for (const auto &c : kCounts)
            if (key == c.key)
                f.kind = PolicyFieldInfo::Kind::WholeNumber, f.lo = double(c.lo), f.hi = double(c.hi);
        for (const auto &m : kMoney)
            if (key == m.key)
                f.kind = PolicyFieldInfo::Kind::Money, f.lo = double(m.lo) / 100.0, f.hi = double(m.hi) / 100.0;
        out << f;
    }
    // A field without its texts yet still shows (under "Other", by its key):
    // the form never hides a part of the policy.
    auto listed = [&out](const char *key) {
        return std::any_of(out.begin(), out.end(), [key](const PolicyFieldInfo &f) { return f.key == QLatin1String(key); });
    };
    auto other = [&](const char *key, PolicyFieldInfo::Kind kind, double lo, double hi) {
        if (listed(key) || QLatin1String(key) == u"version")
            return;
        PolicyFieldInfo f;
        f.key = f.label = QLatin1String(key);
        f.group = PolicyText::tr("Other");
        f.kind = kind;
        f.lo = lo;
        f.hi = hi;
        out << f;
    };
    for (const auto &d : kDoubles)
        other(d.key, PolicyFieldInfo::Kind::Number, d.lo, d.hi);
    for (const auto &i : kInts)
        other(i.key, PolicyFieldInfo::Kind::WholeNumber, i.lo, i.hi);
    for (const auto &c : kCounts)
        other(c.key, PolicyFieldInfo::Kind::WholeNumber, double(c.lo), double(c.hi));
    for (const auto &m : kMoney)
        other(m.key, PolicyFieldInfo::Kind::Money, double(m.lo) / 100.0, double(m.hi) / 100.0);
    return out;
}

int Policy::defaultScale(const QString &currency)
{
    // Roughly how many units of each make a pound, a euro or a dollar,
    // rounded to 2, 5 or 10 × a power of ten (2026 rates, within a factor of
    // about two; ISO 4217 codes).
    static const QHash<QString, int> scale{
        {QStringLiteral("JPY"), 100},   {QStringLiteral("KRW"), 1000},  {QStringLiteral("INR"), 100},   {QStringLiteral("IDR"), 10000},
        {QStringLiteral("VND"), 10000}, {QStringLiteral("CLP"), 1000},  {QStringLiteral("COP"), 2000},  {QStringLiteral("HUF"), 200},
        {QStringLiteral("ISK"), 100},   {QStringLiteral("PHP"), 50},    {QStringLiteral("THB"), 20},    {QStringLiteral("TWD"), 20},
        {QStringLiteral("RUB"), 100},   {QStringLiteral("ARS"), 1000},  {QStringLiteral("PKR"), 200},   {QStringLiteral("NGN"), 1000},
        {QStringLiteral("KZT"), 500},   {QStringLiteral("UAH"), 50},    {QStringLiteral("CZK"), 20},    {QStringLiteral("MXN"), 20},
        {QStringLiteral("ZAR"), 20},    {QStringLiteral("TRY"), 20},    {QStringLiteral("SEK"), 10},    {QStringLiteral("NOK"), 10},
        {QStringLiteral("DKK"), 5},     {QStringLiteral("CNY"), 5},     {QStringLiteral("HKD"), 5},     {QStringLiteral("EGP"), 50},
        {QStringLiteral("LKR"), 200},   {QStringLiteral("BDT"), 100},   {QStringLiteral("KES"), 100},   {QStringLiteral("RSD"), 100},
    };
    return scale.value(currency.trimmed().toUpper(), 1);
}

Policy Policy::defaultFor(const QString &currency)
{
    Policy p;
    const int factor = defaultScale(currency);
    if (factor == 1)
        return p;
    for (Money *m : {&p.minPrice, &p.budgetFloor, &p.maxDailyBudget, &p.minSpend, &p.totalDailyBudget, &p.fourEyesBudgetIncreaseAbove,
                     &p.fourEyesDailySpendAbove})
        *m = Money::fromMinor(m->minor() * factor);
    p.name = QStringLiteral("default (%1 ×%2)").arg(currency.trimmed().toUpper()).arg(factor);
    return p;
}

Policy Policy::seedRules()
{
    Policy p;
    p.name = QStringLiteral("seed");
    p.gateFalseAlarmPct = 100.0;
    p.minConversions = 0;
    p.minSpend = Money();
    p.lateConversionDays = 0;
    p.continueBudgetIncreasePct = 10.0;   // the preset as it always was
    return p;
}

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
    if (reallocationStepPct > maxBudgetChangePct)
        return fieldError(where, "reallocation_step_pct", PolicyText::tr("must not be above max_budget_change_pct"));
    if (budgetFloor > maxDailyBudget)
        return fieldError(where, "budget_floor", PolicyText::tr("must not be above max_daily_budget"));
    return {};
}

Result<Policy> Policy::fromJson(const QByteArray &bytes, const QString &where)
{
    json doc;
    try {
        doc = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        // Where the text stops being JSON, as an editor shows it.
        if (bytes.trimmed().isEmpty())
            return Error{PolicyText::tr("the file is empty: a policy is a JSON object, e.g. {\"min_price\": \"20.00\"}"), where};
        const qsizetype at = std::clamp<qsizetype>(qsizetype(e.byte) - 1, 0, bytes.size());
        const QByteArray before = bytes.left(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        return Error{at >= bytes.size() ? PolicyText::tr("not JSON: the text ends at line %1, column %2 before the JSON does")
                                              .arg(line)
                                              .arg(column)
                                        : PolicyText::tr("not JSON: unexpected “%1” at line %2, column %3")
                                              .arg(QString::fromUtf8(bytes.mid(at, 1)))
                                              .arg(line)
                                              .arg(column),
                     where};
    }
    if (!doc.is_object())
        return Error{PolicyText::tr("not a JSON object"), where};
    Policy p;
    // Unknown fields are refused: a typo must not silently fall back to a default.
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const std::string &key = it.key();
        bool known = key == "name" || key == "popular_categories" || key == "format" || key == kLegacyRoasKey;
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
    if (doc.contains(kLegacyRoasKey)) {
        if (doc.contains("emergency_roas_below_multiple"))
            return fieldError(where, kLegacyRoasKey,
                              PolicyText::tr("the older form of emergency_roas_below_multiple; give only one of them"));
        if (!doc[kLegacyRoasKey].is_number())
            return fieldError(where, kLegacyRoasKey, PolicyText::tr("must be a number"));
        p.emergencyRoasBelow = doc[kLegacyRoasKey].get<double>() + 1.0;
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
        bool outOfRange = false, rounded = false;
        const auto m = Money::parse(QString::fromStdString(doc[f.key].get<std::string>()), &outOfRange, &rounded);
        if (!m)
            return fieldError(where, f.key, outOfRange ? PolicyText::tr("is out of range") : PolicyText::tr("is not an amount"));
        // "20.005" would silently become 20.01: said instead.
        if (rounded)
            return fieldError(where, f.key, PolicyText::tr("has more than two decimals"));
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
