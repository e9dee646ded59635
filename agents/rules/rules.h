// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy.h"

#include "models/campaign.h"
#include "models/liveevidence.h"
#include "models/product.h"
#include "models/recommendation.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace cp {

// ---- Inputs: what the agents see, as value types --------------------------

// A product and its figures over the last 30 days before the cycle's date.
struct ProductStats
{
    Product product;
    qint64 views30 = 0;
    bool hasViews = false;
    qint64 units30 = 0;
    Money revenue30;
    bool hasActiveCampaign = false;
    QString evidence;   // empty: the store's daily rows; else where the figures came from
};

// The sums Rules::measure reads from a campaign's daily figures, over the
// windows it defines: the baseline (the policy's baseline days before the
// start), the current window (the policy's current days up to asOf, not
// before the start), the lifecycle halves (days -60..-31 and -30..0 before
// asOf) and the campaign's own days since its start. Integers only, so the
// same sums kept incrementally (the simulation's running sums, the cycle's
// window query) give exactly the metrics the daily lists give.
struct CampaignWindowSums
{
    std::optional<QDate> negativeProductDay;   // first product day with negative figures: not judged
    int baseRows = 0, curRows = 0;             // days with any product figures
    int baseViewDays = 0, curViewDays = 0;     // days with page views
    qint64 baseUnits = 0, curUnits = 0, baseViews = 0, curViews = 0;
    qint64 longAgo = 0, recent = 0;            // units on days -60..-31 and -30..0 before asOf
    // Campaign days from the start to asOf; when one has negative figures the
    // sums stop before it (as the daily loop does) and it is named here.
    std::optional<QDate> negativeCampaignDay;
    bool campaignRows = false;
    Money spend, revenue, windowSpend;         // windowSpend: the current window
    qint64 conversions = 0;
    // The first day of those campaign figures (a Julian day; 0: none): on a
    // live workspace they begin at its first snapshot, not the campaign's start.
    qint64 firstCampaignDay = 0;
    int currentDays = 0;                       // campaign days in the current window
    // The uplift (Rules::uplift): the product's units over the campaign's
    // newest upliftWindowDays (from the start at the earliest), the squares
    // of its baseline days' units (their noise), the spend in that window,
    // and the units of comparable products (same category, no running
    // campaign) over the baseline and the uplift window.
    qint64 baseUnitsSq = 0, upUnits = 0;
    int upRows = 0;
    Money upSpend;
    qint64 ctlBaseUnits = 0, ctlUpUnits = 0;
    int ctlProducts = 0;
    // The product-days those units were summed over (0: not counted, taken
    // as the same number of products in both windows). The comparable set
    // changes as other campaigns start and stop: compared per product-day, a
    // product leaving the set does not read as the category's sales falling.
    qint64 ctlBaseProductDays = 0, ctlUpProductDays = 0;
    // The placebo (Rules::uplift): the product's and the comparable
    // products' units over the `baselineDays` before the baseline, to see how
    // far the product's own level wanders from what the comparable products
    // predict when no campaign runs.
    qint64 preUnits = 0;
    int preRows = 0;
    qint64 ctlPreUnits = 0, ctlPreProductDays = 0;
    // Campaign figures up to asOf − lateConversionDays: final, what an
    // emergency pause judges.
    Money finalSpend, finalRevenue;
    qint64 finalConversions = 0;
    int finalDays = 0;
    // The policy windows these were summed for (measure refuses others).
    int forBaselineDays = -1, forCurrentDays = -1, forUpliftDays = -1, forLateDays = -1;
    bool operator==(const CampaignWindowSums &) const = default;
};

// Comparable products' units over a campaign's baseline and uplift windows
// (see CampaignWindowSums), summed by whoever builds the snapshot.
struct ControlSums
{
    qint64 baseUnits = 0, upUnits = 0;
    int products = 0;
    qint64 baseProductDays = 0, upProductDays = 0;   // see CampaignWindowSums
    qint64 preUnits = 0, preProductDays = 0;         // the placebo period's (CampaignWindowSums)
    bool operator==(const ControlSums &) const = default;
};

// A campaign with the product days around it and its own days, all up to
// (and including) `asOf`: nothing later is ever handed to the agents.
struct CampaignSnapshot
{
    Campaign campaign;
    Product product;
    QDate asOf;
    QList<ProductDay> productDays;   // from start - baseline - 60 days to asOf
    QList<CampaignDay> campaignDays; // start .. asOf
    double categoryCompetition = 0;  // share of active campaigns in the product's category (0..1)
    ControlSums controls;            // comparable products over the same days (with the daily lists)
    // Evidence a live source measured itself, used where the daily rows are
    // not enough yet (a new live workspace): the store's comparison window
    // for the product, and the platform's lifetime totals for the campaign.
    std::optional<SourceWindow> window;
    std::optional<LifetimeTotals> lifetime;
    // Set: the window sums were kept elsewhere (incrementally) and the daily
    // lists above are left empty; measure reads these instead.
    std::optional<CampaignWindowSums> sums;
};

// ---- Outputs ----------------------------------------------------------------

struct ProductEvaluation
{
    bool eligible = false;
    QStringList passed;     // criteria met, in plain words with the numbers
    QStringList failed;     // criteria missed
    Money revenuePotential; // per day: price x expected lift x baseline units a day
    Money budget;           // proposed daily budget
    double score = 0;       // ranking among eligible products
};

// What the product sold above what it would have sold without the campaign
// (Rules::uplift), a day, over the uplift window, with an interval.
struct Uplift
{
    int baselineDays = 0, windowDays = 0;   // days compared: before the start, in the window
    double observed = 0;                    // units a day in the window
    double counterfactual = 0;              // units a day expected without the campaign
    double units = 0, low = 0, high = 0;    // uplift, units a day, and its interval
    double level = 0.90;                    // the interval's confidence
    double dispersion = 1;                  // daily variance ÷ mean of the baseline (1: Poisson)
    int controls = 0;                       // comparable products used (0: the product's own level only)
    double controlRatio = 1;                // how the comparable products moved (window ÷ baseline, a day)
    // The same interval at the gate's confidence, and the days the window
    // would need at this volume for it to exclude zero (empty: more days
    // will not settle it within the window).
    double gateLow = 0, gateHigh = 0, gateLevel = 0.90;
    std::optional<int> moreDaysNeeded;
    bool windowFull = false;                // the window has all its days already
    // The product's own wandering (units a day, one standard deviation) the
    // interval counts, from the placebo period; 0 when there is none.
    double drift = 0;
    std::optional<double> pct() const { return counterfactual > 0 ? std::optional<double>(units / counterfactual * 100.0) : std::nullopt; }
};

// Incremental profit a day over the uplift window: extra units × price ×
// margin − spend, with the uplift's interval.
struct IncrementalProfit
{
    Money expected, low, high;     // a day
    Money spendPerDay;
    double marginPct = 0;
};

struct CampaignMetrics
{
    int ageDays = 0;              // days since start, start day counted
    int currentDays = 0;          // days in the current window with campaign figures
    int baselineDays = 0;         // days in the baseline window
    double baselineUnitsPerDay = 0, currentUnitsPerDay = 0;
    std::optional<double> baselineViewsPerDay, currentViewsPerDay;
    std::optional<double> salesImpactPct;  // empty: zero or missing baseline
    std::optional<double> viewImpactPct;
    Money spend, revenue;                  // lifetime up to asOf
    qint64 conversions = 0;
    // The days spend, revenue and conversions cover: from the first campaign
    // day the store holds (or the start, for the platform's lifetime totals)
    // to asOf. A live workspace's first contact reads the newest 28 days of a
    // campaign 41 days old; dividing 28 days' spend by 41 understated what a
    // pause saves a day by a third.
    int spendDays = 0;
    std::optional<double> roas;            // revenue / spend (a multiple); empty without spend
    std::optional<Money> cpa;              // spend / conversions; empty without conversions
    std::optional<double> efficiency;      // sales x 0.6 + views x 0.4; needs both impacts
    double burnRate = 0;                   // current-window spend / (budget x days), 0..1
    double performanceDecline = 0;         // 0..1
    double lifecycleStage = 0;             // 0 growing .. 1 declining
    double competition = 0;                // 0..1
    double risk = 0;                       // 0..100
    std::optional<Uplift> uplift;          // empty: no daily figures before the start
    std::optional<IncrementalProfit> incremental;
    // Spend, revenue and conversions up to asOf − lateConversionDays (final).
    Money finalSpend, finalRevenue;
    qint64 finalConversions = 0;
    int finalDays = 0;
    QString invalid;                       // non-empty: an input was negative or not a number
    // Which evidence the impacts and money come from, in words for the
    // rationale ("the store reports sales +12.4 % over the last 7 days…").
    QString evidence;

    QJsonObject toJson() const;
};

enum class DecisionKind { Continue, Optimize, Monitor, Pause, EmergencyPause };

struct Decision
{
    DecisionKind kind = DecisionKind::Monitor;
    QString rule;       // which row of the table fired (see agents/rules/DECISIONS.md)
    QString reason;     // plain words, with the numbers
};

QString decisionKey(DecisionKind kind);   // "CONTINUE", "EMERGENCY_PAUSE", ...
std::optional<DecisionKind> decisionFromKey(QStringView key);

// ---- The rules: pure functions -----------------------------------------------

// Folds one campaign's daily figures into its window sums, a day at a time:
// product days of its product and its own days, each in date order (the
// sums stop at the first day with negative figures, as measure's reading
// does). Days after asOf are ignored. Used over a snapshot's lists and over
// rows streamed from the store.
class WindowSumsBuilder
{
public:
    WindowSumsBuilder(const Campaign &campaign, QDate asOf, const Policy &policy);
    void addProductDay(qint64 julianDay, qint64 units, std::optional<qint64> views);
    void addCampaignDay(qint64 julianDay, qint64 spendMinor, qint64 revenueMinor, qint64 conversions, qint64 clicks);
    void setControls(const ControlSums &c);
    const CampaignWindowSums &sums() const { return m_sums; }

    // The windows, as Julian days (inclusive), for an engine that sums the
    // days itself (PostgreSQL: CycleSteps::load). Not valid: no start date
    // on or before asOf; nothing is summed.
    struct Bounds
    {
        bool valid = false;
        qint64 asOf = 0, start = 0, baselineFrom = 0, baselineTo = 0, preFrom = 0, preTo = 0, currentFrom = 0, upFrom = 0,
               finalTo = 0;
    };
    Bounds bounds() const;
    // What addProductDay would add over the product's days up to asOf,
    // summed by the store: rows and units in the placebo period, the
    // baseline (with squares and page views), the current window, the
    // uplift window, days −59..−30 and −29..0 before asOf. Only for days
    // without negative figures, which the store's CHECKs rule out.
    struct ProductSums
    {
        qint64 preRows = 0, preUnits = 0, baseRows = 0, baseUnits = 0, baseUnitsSq = 0, baseViews = 0, baseViewDays = 0;
        qint64 curRows = 0, curUnits = 0, curViews = 0, curViewDays = 0, upRows = 0, upUnits = 0, longAgo = 0, recent = 0;
    };
    void addProductSums(const ProductSums &p);
    // What addCampaignDay would add over the campaign's days from its start
    // to asOf: all of them, the current window's, the uplift window's, and
    // the final ones (up to asOf − late conversion days). Minor units.
    struct CampaignSums
    {
        qint64 rows = 0, spend = 0, revenue = 0, conversions = 0, windowSpend = 0, currentDays = 0, upSpend = 0;
        qint64 finalSpend = 0, finalRevenue = 0, finalConversions = 0, finalDays = 0;
        qint64 firstDay = 0;   // the first of those days (Julian; 0: none)
    };
    void addCampaignSums(const CampaignSums &c);

private:
    CampaignWindowSums m_sums;
    bool m_valid = false, m_productStopped = false, m_campaignStopped = false;
    qint64 m_asOf = 0, m_start = 0, m_baselineFrom = 0, m_baselineTo = 0, m_currentFrom = 0, m_upFrom = 0, m_finalTo = 0;
    qint64 m_preFrom = 0, m_preTo = 0;
};

// Full: reasons and evidence in words for the rationale. KindOnly: the
// numbers and decisions alone, for a backtest that never shows the words.
enum class Wording { Full, KindOnly };

namespace Rules {

// The currency the amounts in a rule's reasons are written in ("spent
// £81.56"), for as long as one lives, on its own thread: the agents set it
// around their wording, a workspace's currency being theirs to know, not the
// rules'. Without one an amount is the number alone ("81.56").
class WordingCurrency
{
public:
    explicit WordingCurrency(const QString &iso4217);
    ~WordingCurrency();
    WordingCurrency(const WordingCurrency &) = delete;
    WordingCurrency &operator=(const WordingCurrency &) = delete;
    // An amount in a reason: the locale's way, in this thread's currency.
    static QString amount(const Money &m);

private:
    QString m_previous;
};

// Budget = min(price x 0.6, max(floor, expected ROI x 0.3)), capped at the
// policy's maximum daily budget and never negative.
Money budget(Money price, Money expectedRoi, const Policy &policy);

// Selection: stock > min, views/sales > min, price > min, no running
// campaign; ranked by revenue potential, popular categories first.
ProductEvaluation evaluateProduct(const ProductStats &stats, const Policy &policy);
// evaluateProduct(...).eligible without the wording: the cheap first pass
// over a large catalog.
bool isEligible(const ProductStats &stats, const Policy &policy);
// evaluateProduct without the wording (passed and failed stay empty): the
// numbers that rank the eligible products.
ProductEvaluation scoreProduct(const ProductStats &stats, const Policy &policy);

// The uplift of a campaign's product against a counterfactual, from window
// sums (agents/rules/DECISIONS.md, "Uplift"): the product's baseline level a
// day, moved by the ratio of comparable products' units a day in the window
// to their baseline (when there are any), is what it would have sold; the
// interval counts the noise of both sides, overdispersed as the baseline's
// own days vary (variance ÷ mean, at least 1), with Student's t for that
// estimate. Empty without a baseline day.
// With the placebo period's sums, the interval also counts how far the
// product's level wandered by itself, relative to the comparable products,
// from that period to the baseline (a placebo "campaign" at the baseline's
// start: its estimated uplift beyond its counting noise), scaled to the
// distance between the baseline and the window (a random walk's variance
// grows with time). `daysToWindow`: days from the start to the window's first.
std::optional<Uplift> uplift(const CampaignWindowSums &sums, int baselineDays, int windowDays, const Policy &policy,
                             int daysToWindow = 0);
// Extra units × price × margin − spend, a day, over the window.
std::optional<IncrementalProfit> incrementalProfit(const Uplift &u, Money upSpend, Money price, const Policy &policy);
// Whether the uplift is more than a campaign can plausibly cause: extra
// units a day beyond kUpliftPlausibleFactor × its attributed conversions a day (at
// least one a day; no bound when the platform credits it with none, which
// may be a campaign it does not track). Platforms credit a campaign with more sales than it
// adds, rarely with ten times fewer; a larger move in the product's sales
// is something else's (an order, a season), and neither a decision nor an
// expected effect rests on it. A fall is not bounded (it can only pause).
inline constexpr int kUpliftPlausibleFactor = 10;
double attributedConversionsPerDay(const CampaignMetrics &m);
double upliftBound(const CampaignMetrics &m);
bool upliftImplausible(const CampaignMetrics &m);
// The two-sided quantile of the normal distribution for `level` (0.90 → 1.645),
// and Student's t with `df` degrees of freedom.
double normalQuantile(double p);
double studentQuantile(double p, int df);

// (current - baseline) / baseline x 100; empty when the baseline is zero or
// either side is missing or not finite.
std::optional<double> impactPct(std::optional<double> baseline, std::optional<double> current);

// The window sums of a snapshot's daily lists (the reference computation).
CampaignWindowSums windowSums(const CampaignSnapshot &snapshot, const Policy &policy);
// Metrics from the snapshot's `sums` when set, else from its daily lists.
CampaignMetrics measure(const CampaignSnapshot &snapshot, const Policy &policy, Wording wording = Wording::Full);
// Metrics from given window sums (the snapshot's daily lists are not read).
CampaignMetrics measure(const CampaignSnapshot &snapshot, const CampaignWindowSums &sums, const Policy &policy,
                        Wording wording = Wording::Full);

// The decision matrix with its precedence (agents/rules/DECISIONS.md).
// Wording::KindOnly leaves `reason` empty (a backtest counts decisions).
Decision decide(const CampaignMetrics &m, Money productPrice, const Policy &policy, Wording wording = Wording::Full);

// Risk score 0..100 = (burn x 0.3 + decline x 0.4 + competition x 0.2 +
// lifecycle x 0.1) x 100, each part 0..1.
double riskScore(double burnRate, double decline, double competition, double lifecycle, const Policy &policy);

// The budget CONTINUE proposes: +continue% within the guardrails.
// In a currency without minor units (JPY, KRW…) the raise is rounded down to
// a whole unit, as the platform can only take whole units.
std::optional<Money> continueBudget(const Campaign &campaign, const Policy &policy, const QString &currency = {});

// What an action is expected to change, in money a day, with a 90 %
// interval: from the campaign's own attributed spend and revenue up to asOf
// (lifetime a day), the revenue's uncertainty read from its conversion count
// (Poisson: c ± 1.645·√c conversions at the average order value; none seen:
// up to 2.3 conversions at the product's price, the 90 % bound for a zero
// count). A pause saves the spend and gives up the revenue; a budget change
// of Δ a day is taken at today's ROAS (Δ × (ROAS − 1): constant returns, an
// optimistic reading the rationale says). Confidence: "high" when the
// interval excludes zero and is at most half the expected amount wide (a
// budget change never: its constant returns are assumed), "medium" when it
// excludes zero, else "low". Empty when the action changes no money or
// nothing was spent yet. Attributed, not incremental: the platform's credit.
struct ImpactEstimate
{
    Money expected, low, high;   // a day
    QString confidence;          // "high", "medium", "low"
};
enum class ImpactAction { Pause, Resume, SetBudget };
std::optional<ImpactEstimate> expectedImpact(const CampaignMetrics &metrics, ImpactAction action, Money price,
                                             std::optional<Money> budgetNow = std::nullopt,
                                             std::optional<Money> budgetProposed = std::nullopt);

// The expected effect of pausing (or of keeping) a campaign from its
// incremental profit: a pause gives up the profit (−expected, interval
// mirrored); keeping it is the profit itself. Confidence as expectedImpact.
ImpactEstimate incrementalImpact(const IncrementalProfit &profit, bool pause);
// A new campaign's expected incremental profit a day: the revenue potential
// × margin − budget; the interval runs from no lift at all (−budget) to twice
// the expected lift. Always "low" confidence: the lift is the policy's
// assumption, not a measurement.
ImpactEstimate newCampaignImpact(Money revenuePotential, Money budget, const Policy &policy);

// Portfolio reallocation (issue 16): under the policy's total daily budget,
// moves up to reallocationStepPct of each poorer campaign's budget to the
// "winners" (incremental margin ÷ spend above 1 beyond doubt: the gate's
// lower bound), best return first, each raised by at most the same step and
// never above the maximum daily budget; the poorer ones are those whose
// return's upper bound is below the best winner's lower bound. The total
// after the moves stays within the total daily budget (what does not fit
// is not given).
struct PortfolioCandidate
{
    Money budget;                  // the daily budget in effect
    double returnLow = 0, returnMid = 0, returnHigh = 0;   // incremental margin ÷ spend, gate's interval
    bool movable = false;          // a campaign daily budget, not acted on otherwise this cycle
};
// New daily budgets by candidate index (only those that change).
QList<QPair<int, Money>> reallocate(const QList<PortfolioCandidate> &candidates, Money totalBudgetNow, const Policy &policy);

// Checks an operator's budget edit against the guardrails: at most
// max_budget_change_pct away from the current budget, at most the maximum
// daily budget, more than zero.
Status checkBudgetEdit(std::optional<Money> current, Money proposed, const Policy &policy);

QJsonObject thresholdsJson(const Policy &policy);

// Four-eyes approval (issue 18): how many different operators must approve
// `rec` under `policy` (1 or 2), and why two (empty when one). A budget
// increase above four_eyes_budget_increase_above (a new campaign's budget is
// all increase), or a resulting daily budget (a create's or budget change's
// proposed one, a resume's previous one) above four_eyes_daily_spend_above.
// A pause stops spend and never waits for a second operator.
struct ApprovalsNeeded
{
    int count = 1;
    QString why;
};
ApprovalsNeeded approvalsNeeded(const Recommendation &rec, const Policy &policy);

} // namespace Rules
} // namespace cp
