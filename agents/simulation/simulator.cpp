// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"
#include "runningwindows.h"

#include "agents/cycle/agents.h"
#include "agents/rules/safeguards.h"
#include "agents/splitmix.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace cp {

namespace {
struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

// Index of the first element dated on or after `d` in a date-sorted list.
template<typename T>
qsizetype lowerBound(const QList<T> &days, const QDate &d)
{
    return std::lower_bound(days.begin(), days.end(), d, [](const T &x, const QDate &v) { return x.date < v; }) - days.begin();
}

struct NewCampaign
{
    Campaign campaign;
    double cpc = 1;     // money per click
    double cvr = 0;     // conversions per click
    double share = 1;   // of its conversions, the share its ads truly add
    double price = 0;
};

// What a new campaign draws from a recorded one (CounterfactualModel).
struct Response
{
    double cpc = 1, cvr = 0.01, share = 1;
};

// A recorded campaign day as the simulation has it: paused (nothing), its
// budget x f (spend x f, the rest x f^elasticity) or as recorded; with the
// units its ads truly added and how far that is from the recording's.
struct RecordedOutcome
{
    CampaignDay day;
    qint64 trueUnits = 0;
    qint64 unitDelta = 0;   // units the product's day gains (or, negative, loses)
};

RecordedOutcome simulateRecorded(const CampaignDay &rec, bool isPaused, double f, double elasticity, double maxFactor)
{
    RecordedOutcome o{rec};
    const qint64 truth = rec.trulyAddedUnits();
    o.trueUnits = truth;
    if (isPaused) {
        o.day.spend = Money();
        o.day.revenue = Money();
        o.day.conversions = 0;
        o.day.clicks = 0;
        o.day.impressions = 0;
        o.trueUnits = 0;
    } else if (f != 1.0) {
        // The response is known up to maxFactor x the recorded budget: money
        // beyond it buys nothing more here (so the oracle stays a bound).
        const double g = std::pow(std::min(f, maxFactor), elasticity);
        o.day.spend = Money::fromMinor(qRound64(double(rec.spend.minor()) * f));
        o.day.revenue = Money::fromMinor(qRound64(double(rec.revenue.minor()) * g));
        o.day.conversions = qRound64(double(rec.conversions) * g);
        o.day.clicks = qRound64(double(rec.clicks) * f);
        o.day.impressions = std::max(o.day.clicks, qRound64(double(rec.impressions) * f));
        o.trueUnits = qRound64(double(truth) * g);
    }
    o.unitDelta = o.trueUnits - truth;
    return o;
}

// What a unit truly added is worth, in minor units: the product's price (or,
// without one, the day's attributed revenue per conversion) at the margin.
double unitValueMinor(double price, const CampaignDay &rec, double marginPct)
{
    const double p = price > 0 ? price * 100.0
                               : (rec.conversions > 0 ? double(rec.revenue.minor()) / double(rec.conversions) : 0.0);
    return p * marginPct / 100.0;
}

// Each product's price (0 without one), by id.
QHash<QString, double> productPrices(const SimulationData &data)
{
    QHash<QString, double> byId;
    for (const Product &p : data.products)
        byId.insert(p.id, p.price ? p.price->toDouble() : 0.0);
    return byId;
}

// The truth about each recorded campaign over the simulated range, and how
// a run's decisions fared against it (DecisionQuality).
class QualityTally
{
public:
    QualityTally(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model,
                 const QHash<QString, double> &prices)
        : m_model(model)
    {
        QHash<QString, QDate> start;
        QHash<QString, QString> product;
        for (const Campaign &c : data.campaigns) {
            start.insert(c.id, c.startDate);
            product.insert(c.id, c.productId);
        }
        for (qsizetype i = lowerBound(data.campaignDays, from); i < data.campaignDays.size() && data.campaignDays[i].date <= to; ++i) {
            const CampaignDay &d = data.campaignDays[i];
            auto it = m_truth.find(d.campaignId);
            if (it == m_truth.end()) {
                Truth t;
                const QDate s = start.value(d.campaignId);
                t.judgeFrom = (s.isValid() ? std::max(s, from) : from).addDays(m_model.judgeAfterDays);
                it = m_truth.insert(d.campaignId, t);
            }
            const double value = unitValueMinor(prices.value(product.value(d.campaignId)), d, m_model.marginPct);
            it->net += qRound64(double(d.trulyAddedUnits()) * value) - d.spend.minor();
            it->last = d.date;
            m_quality.truthKnown = m_quality.truthKnown || d.trueIncrementalUnits.has_value();
        }
        for (const Truth &t : std::as_const(m_truth)) {
            m_quality.payingCampaigns += t.net > 0 ? 1 : 0;
            m_quality.losingCampaigns += t.net < 0 ? 1 : 0;
        }
    }
    // A recorded campaign's simulated day.
    void day(const QString &campaignId, QDate d, qint64 spendMinor, qint64 valueMinor)
    {
        if (spendMinor == 0 && valueMinor == 0)
            return;
        auto it = m_truth.find(campaignId);
        if (it != m_truth.end() && it->net < 0 && d >= it->judgeFrom)
            it->late += spendMinor - valueMinor;
    }
    void paused(const QString &campaignId)
    {
        auto it = m_truth.find(campaignId);
        if (it == m_truth.end() || it->pausedOnce)
            return;
        it->pausedOnce = true;
        if (it->net > 0)
            ++m_quality.wrongPauses;
    }
    DecisionQuality finish(const std::function<bool(const QString &)> &pausedAtEnd) const
    {
        DecisionQuality q = m_quality;
        for (auto it = m_truth.cbegin(); it != m_truth.cend(); ++it) {
            if (it->net >= 0)
                continue;
            q.lateLossMinor += std::max<qint64>(0, it->late);
            if (it->last >= it->judgeFrom && !pausedAtEnd(it.key()))
                ++q.missedPauses;
        }
        return q;
    }

private:
    struct Truth
    {
        qint64 net = 0;   // incremental profit left as recorded
        QDate judgeFrom, last;
        bool pausedOnce = false;
        qint64 late = 0;
    };
    CounterfactualModel m_model;
    QHash<QString, Truth> m_truth;
    DecisionQuality m_quality;
};

} // namespace

bool ApprovalMode::approves(const QString &decision) const
{
    switch (kind) {
    case Kind::All: return true;
    case Kind::None: return false;
    case Kind::ByDecision: return decisions.contains(decision);
    }
    return false;
}

QString ApprovalMode::describe() const
{
    switch (kind) {
    case Kind::All: return QStringLiteral("all");
    case Kind::None: return QStringLiteral("none");
    case Kind::ByDecision: {
        QStringList d(decisions.begin(), decisions.end());
        d.sort();
        return d.join(QLatin1Char(','));
    }
    }
    return {};
}

Result<ApprovalMode> ApprovalMode::parse(const QString &text)
{
    ApprovalMode m;
    if (text == u"all")
        return m;
    if (text == u"none") {
        m.kind = Kind::None;
        return m;
    }
    static const QSet<QString> known{QStringLiteral("NEW_CAMPAIGN"), QStringLiteral("CONTINUE"), QStringLiteral("OPTIMIZE"),
                                     QStringLiteral("MONITOR"), QStringLiteral("PAUSE"), QStringLiteral("EMERGENCY_PAUSE")};
    m.kind = Kind::ByDecision;
    for (const QString &d : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!known.contains(d.trimmed()))
            return Error{SimText::tr("\"%1\" is not a decision (NEW_CAMPAIGN, CONTINUE, OPTIMIZE, MONITOR, PAUSE, EMERGENCY_PAUSE), "
                                     "nor \"all\" or \"none\"").arg(d), QStringLiteral("approval")};
        m.decisions.insert(d.trimmed());
    }
    if (m.decisions.isEmpty())
        return Error{SimText::tr("name an approval mode: all, none, or decisions"), QStringLiteral("approval")};
    return m;
}

qint64 PolicyRun::spendMinor() const
{
    qint64 t = 0;
    for (const SimulatedDay &d : days)
        t += d.spendMinor;
    return t;
}

qint64 PolicyRun::incrementalValueMinor() const
{
    qint64 t = 0;
    for (const SimulatedDay &d : days)
        t += d.incrementalValueMinor;
    return t;
}

qint64 PolicyRun::recordedIncrementalProfitMinor() const
{
    qint64 t = 0;
    for (const SimulatedDay &d : days)
        t += (d.incrementalValueMinor - d.newIncrementalValueMinor) - (d.spendMinor - d.newSpendMinor);
    return t;
}

qint64 PolicyRun::recordedProfitMinor() const
{
    qint64 t = 0;
    for (const SimulatedDay &d : days)
        t += (d.revenueMinor - d.newRevenueMinor) - (d.spendMinor - d.newSpendMinor);
    return t;
}

qint64 PolicyRun::revenueMinor() const
{
    qint64 t = 0;
    for (const SimulatedDay &d : days)
        t += d.revenueMinor;
    return t;
}

Result<SimulationData> SimulationData::fromStore(QSqlDatabase db)
{
    SimulationData data;
    auto recording = StoreReader::recording(db);
    if (recording && recording->has_value()) {
        data.recordingId = (*recording)->id;
        data.currency = (*recording)->currency;
    }
    auto catalog = StoreReader::catalog(db, QDate(1, 1, 1), QDate(9999, 1, 1));
    if (!catalog)
        return catalog.error();
    for (const CatalogRow &r : *catalog)
        data.products.append(r.product);
    auto campaigns = StoreReader::campaigns(db);
    if (!campaigns)
        return campaigns.error();
    for (const CampaignRow &r : *campaigns)
        data.campaigns.append(r.campaign);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM product_days ORDER BY day, product_id").arg(QLatin1String(StoreReader::kProductDayColumns))))
        return Error{q.lastError().text(), QStringLiteral("simulation: product days")};
    while (q.next())
        data.productDays.append(StoreReader::productDay(q));
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaign_days ORDER BY day, campaign_id").arg(QLatin1String(StoreReader::kCampaignDayColumns))))
        return Error{q.lastError().text(), QStringLiteral("simulation: campaign days")};
    while (q.next())
        data.campaignDays.append(StoreReader::campaignDay(q));
    if (!data.productDays.isEmpty()) {
        data.first = data.productDays.first().date;
        data.last = data.productDays.last().date;
    }
    if (!data.campaignDays.isEmpty()) {
        data.first = data.first.isValid() ? std::min(data.first, data.campaignDays.first().date) : data.campaignDays.first().date;
        data.last = data.last.isValid() ? std::max(data.last, data.campaignDays.last().date) : data.campaignDays.last().date;
    }
    return data;
}

// The operator of a simulation run as the safeguards see it (issue 16): the
// last approval on each campaign or product, so that a backtest holds back
// what the live queue would (the cooldown after an action, the daily cap,
// the learning-phase guard). The simulation approves by its mode and never
// rejects: a recommendation it does not approve simply expires.
class SimulatedOperator
{
public:
    void holdBack(QList<Recommendation> &recs, const Policy &policy, QDate day, Wording wording) const
    {
        Safeguards::holdBack(recs, m_lastWords, policy, day, wording);
    }
    void approved(const Recommendation &r)
    {
        Recommendation word = r;
        word.status = QStringLiteral("approved");
        word.decidedAt = r.createdAt;
        word.decidedBy = QStringLiteral("simulation");
        word.id = ++m_approvals;   // the daily cap counts approvals by id
        for (const QString &key : word.lastWordKeys())
            m_lastWords.insert(key, word);
    }

private:
    QHash<QString, Recommendation> m_lastWords;
    qint64 m_approvals = 0;
};

namespace Simulator {

// Each recorded campaign's product price, for the value of the units it adds.
static QHash<QString, double> campaignPrices(const SimulationData &data)
{
    const QHash<QString, double> productPrice = productPrices(data);
    QHash<QString, double> prices;
    for (const Campaign &c : data.campaigns)
        prices.insert(c.id, productPrice.value(c.productId));
    return prices;
}

PolicyRun doNothing(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model)
{
    PolicyRun run;
    run.name = SimText::tr("Do nothing");
    run.approval = QStringLiteral("none");
    for (QDate d = from; d <= to; d = d.addDays(1))
        run.days.append({d, 0, 0, 0, 0});
    QualityTally tally(data, from, to, model, productPrices(data));
    const QHash<QString, double> prices = campaignPrices(data);
    for (qsizetype i = lowerBound(data.campaignDays, from); i < data.campaignDays.size() && data.campaignDays[i].date <= to; ++i) {
        const CampaignDay &c = data.campaignDays[i];
        SimulatedDay &day = run.days[from.daysTo(c.date)];
        const qint64 value = qRound64(double(c.trulyAddedUnits())
                                      * unitValueMinor(prices.value(c.campaignId), c, model.marginPct));
        day.spendMinor += c.spend.minor();
        day.revenueMinor += c.revenue.minor();
        day.incrementalValueMinor += value;
        tally.day(c.campaignId, c.date, c.spend.minor(), value);
    }
    run.quality = tally.finish([](const QString &) { return false; });
    return run;
}

} // namespace Simulator

QString PolicyRun::approvalShown() const
{
    return isOracle() ? SimText::tr("hindsight") : approval;
}

namespace Simulator {

PolicyRun oracle(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model, bool incremental)
{
    PolicyRun run;
    run.name = incremental ? SimText::tr("Hindsight oracle (incremental)") : SimText::tr("Hindsight oracle");
    run.approval = incremental ? QStringLiteral("-incremental") : QStringLiteral("-");
    for (QDate d = from; d <= to; d = d.addDays(1))
        run.days.append({d, 0, 0, 0, 0});
    const QHash<QString, double> prices = campaignPrices(data);
    const double e = model.elasticity;
    for (qsizetype i = lowerBound(data.campaignDays, from); i < data.campaignDays.size() && data.campaignDays[i].date <= to; ++i) {
        const CampaignDay &c = data.campaignDays[i];
        const double value = double(c.trulyAddedUnits())
                             * unitValueMinor(prices.value(c.campaignId), c, model.marginPct);
        const double r = double(c.revenue.minor()), s = double(c.spend.minor());
        const double gain = incremental ? value : r;   // what the oracle maximises, less spend
        // Best k in [0, max] for k^e gain - k s: the stationary point
        // k* = (e gain / s)^(1 / (1 - e)), clamped; pausing (k = 0) when nothing pays.
        double k = model.oracleMaxBudgetFactor;
        if (s > 0)
            k = std::clamp(std::pow(e * gain / s, 1.0 / (1.0 - e)), 0.0, model.oracleMaxBudgetFactor);
        const double g = std::pow(k, e), spend = k * s;
        if (g * gain - spend <= 0)
            continue;   // paused that day
        SimulatedDay &day = run.days[from.daysTo(c.date)];
        day.spendMinor += qRound64(spend);
        day.revenueMinor += qRound64(g * r);
        day.incrementalValueMinor += qRound64(g * value);
    }
    return run;
}

CycleInput inputAsOf(const SimulationData &data, QDate asOf, const QList<Campaign> &active,
                     const QHash<QString, QList<CampaignDay>> &simulated,
                     const QHash<QPair<QString, QDate>, qint64> &unitDelta, const Policy &policy,
                     const QSet<QPair<QString, QDate>> &spentDays)
{
    CycleInput in;
    in.asOf = asOf;
    in.currency = data.currency;
    QHash<QString, int> index;
    QSet<QString> advertised;
    for (const Campaign &c : active)
        advertised.insert(c.productId);
    for (const Product &p : data.products) {
        ProductStats s;
        s.product = p;
        s.product.stock.reset();
        s.hasActiveCampaign = advertised.contains(p.id);
        index.insert(p.id, int(in.products.size()));
        in.products.append(s);
    }
    // Product figures: only rows dated on or before asOf are ever read.
    const QDate windowFrom = asOf.addDays(-29);
    QDate earliest = asOf;
    for (const Campaign &c : active)
        earliest = std::min(earliest, c.startDate.addDays(-policy.baselineDays - 60));
    QHash<QString, int> campaignIndex;
    for (const Campaign &c : active) {
        CampaignSnapshot snap;
        snap.campaign = c;
        snap.asOf = asOf;
        if (const int i = index.value(c.productId, -1); i >= 0)
            snap.product = in.products[i].product;
        for (const CampaignDay &d : simulated.value(c.id))
            if (d.date <= asOf)
                snap.campaignDays.append(d);
        campaignIndex.insert(c.productId, int(in.campaigns.size()));
        in.campaigns.append(snap);
    }
    QHash<QString, QList<int>> snapsByProduct;
    for (int i = 0; i < in.campaigns.size(); ++i)
        snapsByProduct[in.campaigns[i].campaign.productId].append(i);
    // Comparable products (Rules::uplift): units a day by category of the
    // catalog's products on days without campaign spend.
    QHash<QPair<QString, qint64>, QPair<qint64, qint64>> comparable;   // (category, Julian day) -> units, products
    QHash<QString, int> categoryProducts;
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        if (!advertised.contains(it.key()))
            categoryProducts[in.products[it.value()].product.category] += 1;
    const qsizetype end = lowerBound(data.productDays, asOf.addDays(1));
    for (qsizetype i = lowerBound(data.productDays, std::min(earliest, windowFrom)); i < end; ++i) {
        ProductDay d = data.productDays[i];
        d.unitsSold = std::max<qint64>(0, d.unitsSold + unitDelta.value({d.productId, d.date}));
        const int p = index.value(d.productId, -1);
        if (p >= 0 && !spentDays.contains({d.productId, d.date})) {
            auto &c = comparable[{in.products[p].product.category, d.date.toJulianDay()}];
            c.first += d.unitsSold;
            c.second += 1;
        }
        if (p >= 0) {
            ProductStats &s = in.products[p];
            if (d.stock)
                s.product.stock = d.stock;
            if (d.date >= windowFrom) {
                s.units30 += d.unitsSold;
                s.revenue30 += d.revenue;
                if (d.pageViews) {
                    s.hasViews = true;
                    s.views30 += *d.pageViews;
                }
            }
        }
        for (int c : snapsByProduct.value(d.productId))
            in.campaigns[c].productDays.append(d);
    }
    QHash<QString, int> byCategory;
    for (const CampaignSnapshot &s : in.campaigns)
        byCategory[s.product.category] += 1;
    for (CampaignSnapshot &s : in.campaigns)
        s.categoryCompetition = in.campaigns.isEmpty() ? 0 : double(byCategory.value(s.product.category)) / in.campaigns.size();
    for (CampaignSnapshot &s : in.campaigns)
        if (const int i = index.value(s.campaign.productId, -1); i >= 0)
            s.product = in.products[i].product;
    // Each campaign's comparable products over its baseline and uplift
    // windows: the category's units without spend less its own product's.
    const QDate scanFrom = std::min(earliest, windowFrom);
    for (CampaignSnapshot &s : in.campaigns) {
        const int i = index.value(s.campaign.productId, -1);
        if (i < 0 || !s.campaign.startDate.isValid())
            continue;
        const QString category = in.products[i].product.category;
        const QDate baseFrom = std::max(s.campaign.startDate.addDays(-policy.baselineDays), scanFrom);
        const QDate baseTo = s.campaign.startDate.addDays(-1);
        const QDate upFrom = std::max(std::max(s.campaign.startDate, asOf.addDays(-(policy.upliftWindowDays - 1))), scanFrom);
        const auto total = [&](QDate from, QDate to) {
            QPair<qint64, qint64> sum{0, 0};   // units, product-days
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                const auto c = comparable.value({category, d.toJulianDay()});
                sum.first += c.first;
                sum.second += c.second;
            }
            for (const ProductDay &d : s.productDays)   // less the product's own
                if (d.date >= from && d.date <= to && !spentDays.contains({d.productId, d.date})) {
                    sum.first -= d.unitsSold;
                    sum.second -= 1;
                }
            return sum;
        };
        const auto base = total(baseFrom, baseTo), up = total(upFrom, asOf);
        s.controls.baseUnits = base.first;
        s.controls.upUnits = up.first;
        s.controls.baseProductDays = base.second;
        s.controls.upProductDays = up.second;
        const QDate preFrom = std::max(s.campaign.startDate.addDays(-2 * policy.baselineDays), scanFrom);
        if (baseFrom > preFrom) {
            const auto pre = total(preFrom, baseFrom.addDays(-1));
            s.controls.preUnits = pre.first;
            s.controls.preProductDays = pre.second;
        }
        s.controls.products = categoryProducts.value(category);
    }
    return in;
}

PolicyRun runFromRows(const SimulationData &data, const SimulationSettings &settings, const std::atomic_bool &cancel,
                      const std::function<void(int, int)> &progress, const DayObserver &observe)
{
    PolicyRun run;
    run.name = settings.name.isEmpty() ? settings.policy.name : settings.name;
    run.approval = settings.approval.describe();
    const CounterfactualModel &model = settings.model;
    const Policy &policy = settings.policy;

    QHash<QString, Campaign> recorded;
    for (const Campaign &c : data.campaigns)
        recorded.insert(c.id, c);
    QHash<QString, double> factor;      // budget multiplier per recorded campaign
    QSet<QString> paused;
    QList<NewCampaign> created;
    QHash<QString, QList<CampaignDay>> simulated;
    QHash<QPair<QString, QDate>, qint64> unitDelta;
    QSet<QPair<QString, QDate>> spentDays;
    const QHash<QString, double> prices = productPrices(data);
    QualityTally tally(data, settings.from, settings.to, model, prices);
    SimulatedOperator simulatedOperator;

    // The response a new campaign draws: CPC, conversion rate and the share
    // of truly added units of the recording's own campaigns up to the day it
    // is created (never later days: that would be peeking), chosen with the seed.
    auto responsesUpTo = [&data](QDate asOf) {
        QHash<QString, std::array<double, 4>> totals;   // spend, clicks, conversions, truly added units
        for (qsizetype i = 0; i < data.campaignDays.size() && data.campaignDays[i].date <= asOf; ++i) {
            const CampaignDay &d = data.campaignDays[i];
            auto &t = totals[d.campaignId];
            t[0] += d.spend.toDouble();
            t[1] += double(d.clicks);
            t[2] += double(d.conversions);
            t[3] += double(d.trulyAddedUnits());
        }
        QStringList ids = totals.keys();
        ids.sort();
        QList<Response> responses;
        for (const QString &id : ids) {
            const auto &t = totals[id];
            if (t[1] >= 20)
                responses.append({t[0] / t[1], t[2] / t[1], t[2] > 0 ? t[3] / t[2] : 1.0});
        }
        if (responses.isEmpty())
            responses.append(Response{});
        return responses;
    };

    const int total = int(settings.from.daysTo(settings.to)) + 1;
    QMap<QDate, QList<const CampaignDay *>> recordedByDate;
    for (qsizetype i = lowerBound(data.campaignDays, settings.from); i < data.campaignDays.size() && data.campaignDays[i].date <= settings.to; ++i)
        recordedByDate[data.campaignDays[i].date].append(&data.campaignDays[i]);
    const std::atomic_bool never{false};
    int step = 0;
    for (QDate d = settings.from; d <= settings.to; d = d.addDays(1), ++step) {
        if (cancel.load()) {
            run.cancelled = true;
            return run;
        }
        // 1. What happened on day d, with the state as of its morning.
        SimulatedDay day{d, 0, 0, 0, 0};
        for (const CampaignDay *rec : recordedByDate.value(d)) {
            const Campaign &c = recorded[rec->campaignId];
            const RecordedOutcome o = simulateRecorded(*rec, paused.contains(c.id), factor.value(c.id, 1.0), model.elasticity,
                                                           model.oracleMaxBudgetFactor);
            const CampaignDay &sim = o.day;
            const qint64 value = qRound64(double(o.trueUnits) * unitValueMinor(prices.value(c.productId), *rec, model.marginPct));
            unitDelta[{c.productId, d}] += o.unitDelta;
            if (sim.spend.minor() > 0 && !c.productId.isEmpty())
                spentDays.insert({c.productId, d});
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
            day.incrementalValueMinor += value;
            tally.day(c.id, d, sim.spend.minor(), value);
            simulated[c.id].append(sim);
        }
        for (const NewCampaign &n : created) {
            if (d < n.campaign.startDate || d > n.campaign.endDate || paused.contains(n.campaign.id))
                continue;
            const double budget = n.campaign.dailyBudget->toDouble() * factor.value(n.campaign.id, 1.0);
            const double spend = budget * model.newCampaignPacing;
            const double clicks = spend / n.cpc;
            const double conversions = clicks * n.cvr;
            CampaignDay sim;
            sim.campaignId = n.campaign.id;
            sim.date = d;
            sim.spend = Money::fromMinor(qRound64(spend * 100));
            sim.clicks = qRound64(clicks);
            sim.impressions = sim.clicks * 100;
            sim.conversions = qRound64(conversions);
            sim.revenue = Money::fromMinor(qRound64(conversions * n.price * 100));
            const qint64 trueUnits = qRound64(conversions * n.share);
            const qint64 value = qRound64(double(trueUnits) * n.price * model.marginPct);
            unitDelta[{n.campaign.productId, d}] += trueUnits;
            if (sim.spend.minor() > 0)
                spentDays.insert({n.campaign.productId, d});
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
            day.newSpendMinor += sim.spend.minor();
            day.newRevenueMinor += sim.revenue.minor();
            day.incrementalValueMinor += value;
            day.newIncrementalValueMinor += value;
            simulated[n.campaign.id].append(sim);
        }
        run.days.append(day);

        // 2. At the end of day d the agents judge what they can see.
        QList<Campaign> active;
        for (const Campaign &c : data.campaigns) {
            if (!c.startDate.isValid() || c.startDate > d || (c.endDate.isValid() && c.endDate < d) || paused.contains(c.id)
                || c.productId.isEmpty())
                continue;
            Campaign now = c;
            if (now.dailyBudget)
                now.dailyBudget = Money::fromMinor(qRound64(double(now.dailyBudget->minor()) * factor.value(c.id, 1.0)));
            now.status = Campaign::Status::Active;
            active.append(now);
        }
        for (const NewCampaign &n : created)
            if (n.campaign.startDate <= d && n.campaign.endDate >= d && !paused.contains(n.campaign.id)) {
                Campaign now = n.campaign;
                now.dailyBudget = Money::fromMinor(qRound64(double(now.dailyBudget->minor()) * factor.value(now.id, 1.0)));
                active.append(now);
            }
        const CycleInput input = inputAsOf(data, d, active, simulated, unitDelta, policy, spentDays);
        const QDateTime now(d, QTime(23, 0), Qt::UTC);
        const TemplateCopyWriter copy;
        const Wording wording = observe ? Wording::Full : Wording::KindOnly;   // as the incremental run
        QList<Recommendation> recs = CycleSteps::create(input, policy, copy, QStringLiteral("sim"), now, never);
        recs += CycleSteps::manage(CycleSteps::analyse(input, policy, never, wording), policy, QStringLiteral("sim"), now, never,
                                   wording);
        simulatedOperator.holdBack(recs, policy, d, wording);
        if (observe)
            observe(d, recs);

        // 3. Approval by the run's explicit mode; effects from day d + 1.
        for (const Recommendation &r : recs) {
            run.decisions[r.decision] += 1;
            if (r.action == Recommendation::Action::None || !settings.approval.approves(r.decision))
                continue;
            const QString target = r.campaignId.isEmpty() ? r.productId : r.campaignId;
            switch (r.action) {
            case Recommendation::Action::Pause:
                paused.insert(r.campaignId);
                tally.paused(r.campaignId);
                break;
            case Recommendation::Action::Resume:
                paused.remove(r.campaignId);
                break;
            case Recommendation::Action::SetBudget: {
                const Campaign base = recorded.contains(r.campaignId) ? recorded[r.campaignId] : Campaign{};
                std::optional<Money> original = base.dailyBudget;
                for (const NewCampaign &n : created)
                    if (n.campaign.id == r.campaignId)
                        original = n.campaign.dailyBudget;
                if (original && original->minor() > 0 && r.proposedBudget)
                    factor[r.campaignId] = double(r.proposedBudget->minor()) / double(original->minor());
                break;
            }
            case Recommendation::Action::Create: {
                NewCampaign n;
                n.campaign.id = QStringLiteral("sim-%1-%2").arg(r.productId, d.toString(QStringLiteral("yyyyMMdd")));
                n.campaign.name = r.campaignName;
                n.campaign.productId = r.productId;
                n.campaign.status = Campaign::Status::Active;
                n.campaign.dailyBudget = r.proposedBudget.value_or(policy.budgetFloor);
                n.campaign.startDate = d.addDays(1);
                n.campaign.endDate = d.addDays(std::max(1, r.durationDays));
                const QList<Response> responses = responsesUpTo(d);
                const Response &response = responses[int(splitMix64(model.seed ^ qHash(n.campaign.id)) % quint64(responses.size()))];
                n.cpc = std::max(0.01, response.cpc);
                n.cvr = response.cvr;
                n.share = response.share;
                n.price = prices.value(r.productId);
                created.append(n);
                break;
            }
            case Recommendation::Action::None:
                break;
            }
            ++run.actions;
            simulatedOperator.approved(r);
            run.log << QStringLiteral("%1 %2 %3 %4").arg(d.toString(Qt::ISODate), r.decision, Recommendation::actionKey(r.action), target);
        }
        if (progress)
            progress(step + 1, total);
    }
    run.quality = tally.finish([&paused](const QString &id) { return paused.contains(id); });
    return run;
}

PolicyRun run(const SimulationData &data, const SimulationSettings &settings, const std::atomic_bool &cancel,
              const std::function<void(int, int)> &progress, const DayObserver &observe)
{
    PolicyRun run;
    run.name = settings.name.isEmpty() ? settings.policy.name : settings.name;
    run.approval = settings.approval.describe();
    const CounterfactualModel &model = settings.model;
    const Policy &policy = settings.policy;
    if (settings.to < settings.from)
        return run;

    // Products by number: the catalog's and the campaigns' product ids. Rows
    // of other products feed nothing the agents read.
    QHash<QString, int> productNumber;
    const auto number = [&productNumber](const QString &id) {
        auto it = productNumber.constFind(id);
        if (it == productNumber.constEnd())
            it = productNumber.insert(id, int(productNumber.size()));
        return *it;
    };
    QHash<QString, int> catalogIndex;   // the last catalog entry of an id holds its figures
    QList<int> catalogNumber;
    for (qsizetype i = 0; i < data.products.size(); ++i) {
        catalogNumber.append(number(data.products[i].id));
        catalogIndex.insert(data.products[i].id, int(i));
    }
    // Campaigns by number: the recorded ones first, the simulation's own after.
    QHash<QString, int> campaignNumber;   // the last recorded entry of an id, as a hash by id would keep
    for (qsizetype i = 0; i < data.campaigns.size(); ++i) {
        number(data.campaigns[i].productId);
        campaignNumber.insert(data.campaigns[i].id, int(i));
    }
    QList<Campaign> campaigns = data.campaigns;   // by number
    QList<int> campaignProduct;
    for (const Campaign &c : campaigns)
        campaignProduct.append(productNumber.value(c.productId));
    std::vector<char> paused(size_t(campaigns.size()), 0);
    std::vector<double> factor(size_t(campaigns.size()), 1.0);
    std::vector<CampaignRunningSums> campaignSums(size_t(campaigns.size()));
    QList<NewCampaign> created;   // number = recorded count + position
    const int recordedCount = int(campaigns.size());
    const QHash<QString, double> prices = productPrices(data);
    std::vector<double> campaignPrice;   // by number: the product's price
    for (const Campaign &c : campaigns)
        campaignPrice.push_back(prices.value(c.productId));
    QualityTally tally(data, settings.from, settings.to, model, prices);
    SimulatedOperator simulatedOperator;

    // The product figures: one pass over the recording, a day at a time.
    QDate axisFirst = settings.from;
    if (!data.productDays.isEmpty())
        axisFirst = std::min(axisFirst, data.productDays.first().date);
    const int products = int(productNumber.size());
    ProductRunningSums sums(products, axisFirst, int(axisFirst.daysTo(settings.to)) + 1);
    std::vector<qint64> unitDelta(size_t(products), 0);   // the day being simulated
    std::vector<char> spent(size_t(products), 0);         // products whose campaigns spent that day
    // Comparable products (Rules::uplift): each catalog product's category by
    // number, and per category the units of its products without campaign
    // spend, a day, as running sums (a category is a "product" there).
    QHash<QString, int> categoryNumber;
    std::vector<int> categoryOf(size_t(products), -1);
    for (auto it = catalogIndex.cbegin(); it != catalogIndex.cend(); ++it) {
        const QString &category = data.products[it.value()].category;
        auto c = categoryNumber.constFind(category);
        if (c == categoryNumber.constEnd())
            c = categoryNumber.insert(category, int(categoryNumber.size()));
        categoryOf[size_t(productNumber.value(it.key()))] = *c;
    }
    const int categories = int(categoryNumber.size());
    std::vector<int> catalogInCategory(size_t(categories), 0), advertisedInCategory(size_t(categories), 0);
    for (int k : categoryOf)
        if (k >= 0)
            ++catalogInCategory[size_t(k)];
    ProductRunningSums categorySums(categories, axisFirst, int(axisFirst.daysTo(settings.to)) + 1);
    std::vector<ProductDay> categoryDays(static_cast<size_t>(categories));
    const std::vector<qint64> noDelta(size_t(categories), 0);
    const std::vector<char> noSpend(size_t(categories), 0);
    qsizetype productCursor = 0;
    QList<QPair<int, const ProductDay *>> rows, categoryRows;
    const auto appendDay = [&] {
        const QDate day = sums.first().addDays(sums.appendedDays());
        rows.clear();
        for (; productCursor < data.productDays.size() && data.productDays[productCursor].date <= day; ++productCursor) {
            const ProductDay &d = data.productDays[productCursor];
            if (const auto it = productNumber.constFind(d.productId); it != productNumber.constEnd())
                rows.append({*it, &d});
        }
        sums.appendDay(rows, unitDelta, spent);
        categoryRows.clear();
        for (ProductDay &c : categoryDays)
            c.unitsSold = -1;   // not touched today
        for (const auto &[p, d] : rows) {
            const int k = categoryOf[size_t(p)];
            if (k < 0 || spent[size_t(p)])
                continue;
            ProductDay &c = categoryDays[size_t(k)];
            if (c.unitsSold < 0) {
                c.unitsSold = 0;
                c.pageViews = 0;   // a category's row counts its products here
                categoryRows.append({k, &c});
            }
            c.unitsSold += std::max<qint64>(0, d->unitsSold + unitDelta[size_t(p)]);
            *c.pageViews += 1;
        }
        categorySums.appendDay(categoryRows, noDelta, noSpend);
        std::fill(unitDelta.begin(), unitDelta.end(), 0);
        std::fill(spent.begin(), spent.end(), 0);
    };
    while (sums.first().addDays(sums.appendedDays()) < settings.from)
        appendDay();

    // The response a new campaign draws: CPC and conversion rate of the
    // recording's own campaigns up to the day it is created (never later
    // days: that would be peeking), chosen with the seed. Totals per campaign
    // grow with the clock; the list is rebuilt at most once a day.
    QHash<QString, int> responseNumber;
    QStringList responseIds;
    std::vector<std::array<double, 4>> responseTotals;   // spend, clicks, conversions, truly added units
    qsizetype responseCursor = 0;
    QDate responsesDay;
    QList<Response> responses;
    std::vector<int> responseOrder;
    const auto responsesUpTo = [&](QDate asOf) -> const QList<Response> & {
        if (responsesDay == asOf)
            return responses;
        responsesDay = asOf;
        bool grew = false;
        for (; responseCursor < data.campaignDays.size() && data.campaignDays[responseCursor].date <= asOf; ++responseCursor) {
            const CampaignDay &d = data.campaignDays[responseCursor];
            auto it = responseNumber.constFind(d.campaignId);
            if (it == responseNumber.constEnd()) {
                it = responseNumber.insert(d.campaignId, int(responseIds.size()));
                responseIds.append(d.campaignId);
                responseTotals.push_back({0, 0, 0, 0});
                grew = true;
            }
            auto &t = responseTotals[size_t(*it)];
            t[0] += d.spend.toDouble();
            t[1] += double(d.clicks);
            t[2] += double(d.conversions);
            t[3] += double(d.trulyAddedUnits());
        }
        if (grew) {
            responseOrder.resize(size_t(responseIds.size()));
            std::iota(responseOrder.begin(), responseOrder.end(), 0);
            std::sort(responseOrder.begin(), responseOrder.end(), [&](int a, int b) { return responseIds[a] < responseIds[b]; });
        }
        responses.clear();
        for (int k : responseOrder) {
            const auto &t = responseTotals[size_t(k)];
            if (t[1] >= 20)
                responses.append({t[0] / t[1], t[2] / t[1], t[2] > 0 ? t[3] / t[2] : 1.0});
        }
        if (responses.isEmpty())
            responses.append(Response{});
        return responses;
    };

    const int total = int(settings.from.daysTo(settings.to)) + 1;
    qsizetype campaignCursor = lowerBound(data.campaignDays, settings.from);
    const std::atomic_bool never{false};
    const TemplateCopyWriter copy;
    std::vector<char> advertised(size_t(products), 0);
    QList<int> activeNumbers;
    int step = 0;
    for (QDate d = settings.from; d <= settings.to; d = d.addDays(1), ++step) {
        if (cancel.load()) {
            run.cancelled = true;
            return run;
        }
        // 1. What happened on day d, with the state as of its morning.
        SimulatedDay day{d, 0, 0, 0, 0};
        for (; campaignCursor < data.campaignDays.size() && data.campaignDays[campaignCursor].date <= d; ++campaignCursor) {
            const CampaignDay *rec = &data.campaignDays[campaignCursor];
            if (rec->date < d)
                continue;
            const int k = campaignNumber.value(rec->campaignId, -1);
            const RecordedOutcome o = simulateRecorded(*rec, k >= 0 && paused[size_t(k)], k >= 0 ? factor[size_t(k)] : 1.0,
                                                       model.elasticity, model.oracleMaxBudgetFactor);
            const CampaignDay &sim = o.day;
            const qint64 value =
                qRound64(double(o.trueUnits) * unitValueMinor(k >= 0 ? campaignPrice[size_t(k)] : 0.0, *rec, model.marginPct));
            if (k >= 0) {
                if (const int p = campaignProduct[k]; p >= 0) {
                    unitDelta[size_t(p)] += o.unitDelta;
                    if (sim.spend.minor() > 0)
                        spent[size_t(p)] = 1;
                }
                campaignSums[size_t(k)].append(sim);
            }
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
            day.incrementalValueMinor += value;
            tally.day(rec->campaignId, d, sim.spend.minor(), value);
        }
        for (qsizetype j = 0; j < created.size(); ++j) {
            const NewCampaign &n = created[j];
            const size_t k = size_t(recordedCount + j);
            if (d < n.campaign.startDate || d > n.campaign.endDate || paused[k])
                continue;
            const double budget = n.campaign.dailyBudget->toDouble() * factor[k];
            const double spend = budget * model.newCampaignPacing;
            const double clicks = spend / n.cpc;
            const double conversions = clicks * n.cvr;
            CampaignDay sim;
            sim.campaignId = n.campaign.id;
            sim.date = d;
            sim.spend = Money::fromMinor(qRound64(spend * 100));
            sim.clicks = qRound64(clicks);
            sim.impressions = sim.clicks * 100;
            sim.conversions = qRound64(conversions);
            sim.revenue = Money::fromMinor(qRound64(conversions * n.price * 100));
            const qint64 trueUnits = qRound64(conversions * n.share);
            const qint64 value = qRound64(double(trueUnits) * n.price * model.marginPct);
            if (const int p = campaignProduct[qsizetype(k)]; p >= 0) {
                unitDelta[size_t(p)] += trueUnits;
                if (sim.spend.minor() > 0)
                    spent[size_t(p)] = 1;
            }
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
            day.newSpendMinor += sim.spend.minor();
            day.newRevenueMinor += sim.revenue.minor();
            day.incrementalValueMinor += value;
            day.newIncrementalValueMinor += value;
            campaignSums[k].append(sim);
        }
        run.days.append(day);
        appendDay();   // day d's product figures, with the units the campaigns changed

        // 2. At the end of day d the agents judge what they can see: the
        //    running sums up to d (the same windows inputAsOf sums from rows).
        activeNumbers.clear();
        for (qsizetype i = 0; i < data.campaigns.size(); ++i) {
            const Campaign &c = data.campaigns[i];
            const int k = campaignNumber.value(c.id);
            if (!c.startDate.isValid() || c.startDate > d || (c.endDate.isValid() && c.endDate < d) || paused[size_t(k)]
                || c.productId.isEmpty())
                continue;
            activeNumbers.append(int(i));
        }
        for (qsizetype j = 0; j < created.size(); ++j) {
            const NewCampaign &n = created[j];
            if (n.campaign.startDate <= d && n.campaign.endDate >= d && !paused[size_t(recordedCount + j)])
                activeNumbers.append(int(recordedCount + j));
        }
        CycleInput in;
        in.asOf = d;
        in.currency = data.currency;
        const QDate windowFrom = d.addDays(-29);
        QDate earliest = d;
        std::fill(advertised.begin(), advertised.end(), 0);
        for (int i : activeNumbers) {
            const Campaign &c = i < recordedCount ? data.campaigns[i] : created[i - recordedCount].campaign;
            earliest = std::min(earliest, c.startDate.addDays(-policy.baselineDays - 60));
            if (const int p = productNumber.value(c.productId, -1); p >= 0)
                advertised[size_t(p)] = 1;
        }
        const QDate scanFrom = std::min(earliest, windowFrom);
        std::fill(advertisedInCategory.begin(), advertisedInCategory.end(), 0);
        for (int p = 0; p < products; ++p)
            if (advertised[size_t(p)] && categoryOf[size_t(p)] >= 0)
                ++advertisedInCategory[size_t(categoryOf[size_t(p)])];
        in.products.reserve(data.products.size());
        for (qsizetype i = 0; i < data.products.size(); ++i) {
            ProductStats s;
            s.product = data.products[i];
            const int p = catalogNumber[i];
            s.hasActiveCampaign = advertised[size_t(p)];
            if (catalogIndex.value(s.product.id) == i) {
                s.product.stock = sums.stock(p, scanFrom);
                const ProductRunningSums::Sums w = sums.sum(p, windowFrom, d);
                s.units30 = w.units;
                s.revenue30 = Money::fromMinor(w.revenueMinor);
                s.views30 = w.views;
                s.hasViews = w.viewDays > 0;
            } else {
                s.product.stock.reset();
            }
            in.products.append(std::move(s));
        }
        in.campaigns.reserve(activeNumbers.size());
        QHash<QString, int> byCategory;
        for (int i : activeNumbers) {
            const bool recorded = i < recordedCount;
            const int k = recorded ? campaignNumber.value(data.campaigns[i].id) : i;
            CampaignSnapshot snap;
            snap.campaign = recorded ? data.campaigns[i] : created[i - recordedCount].campaign;
            Campaign &c = snap.campaign;
            if (c.dailyBudget)
                c.dailyBudget = Money::fromMinor(qRound64(double(c.dailyBudget->minor()) * factor[size_t(k)]));
            c.status = Campaign::Status::Active;
            snap.asOf = d;
            if (const int ci = catalogIndex.value(c.productId, -1); ci >= 0)
                snap.product = in.products[ci].product;
            const int p = productNumber.value(c.productId, -1);
            CampaignWindowSums w;
            w.forBaselineDays = policy.baselineDays;
            w.forCurrentDays = policy.currentDays;
            w.forUpliftDays = policy.upliftWindowDays;
            w.forLateDays = policy.lateConversionDays;
            w.negativeProductDay = sums.firstNegative(p, scanFrom);
            const QDate currentFrom = std::max(c.startDate, d.addDays(-(policy.currentDays - 1)));
            const QDate upFrom = std::max(c.startDate, d.addDays(-(policy.upliftWindowDays - 1)));
            if (!w.negativeProductDay) {
                const QDate baseFrom = std::max(c.startDate.addDays(-policy.baselineDays), scanFrom);
                const auto base = sums.sum(p, baseFrom, c.startDate.addDays(-1));
                // The placebo period: the baseline's length before it (clipped like the rest).
                const QDate preFrom = std::max(c.startDate.addDays(-2 * policy.baselineDays), scanFrom);
                const auto pre = baseFrom > preFrom ? sums.sum(p, preFrom, baseFrom.addDays(-1)) : ProductRunningSums::Sums{};
                w.preUnits = pre.units;
                w.preRows = int(pre.rows);
                const auto cur = sums.sum(p, std::max(currentFrom, scanFrom), d);
                const auto up = sums.sum(p, std::max(upFrom, scanFrom), d);
                w.baseUnitsSq = base.unitsSq;
                w.upRows = int(up.rows);
                w.upUnits = up.units;
                if (const int k = p >= 0 ? categoryOf[size_t(p)] : -1; k >= 0) {
                    // Comparable products: the category's units without spend,
                    // less this product's own.
                    const auto ctlBase = categorySums.sum(k, baseFrom, c.startDate.addDays(-1));
                    const auto ctlUp = categorySums.sum(k, std::max(upFrom, scanFrom), d);
                    w.ctlBaseUnits = ctlBase.units - base.controlUnits;
                    w.ctlUpUnits = ctlUp.units - up.controlUnits;
                    w.ctlBaseProductDays = ctlBase.views - base.controlDays;
                    w.ctlUpProductDays = ctlUp.views - up.controlDays;
                    const auto ctlPre = categorySums.sum(k, preFrom, baseFrom.addDays(-1));
                    w.ctlPreUnits = ctlPre.units - pre.controlUnits;
                    w.ctlPreProductDays = ctlPre.views - pre.controlDays;
                    w.ctlProducts = catalogInCategory[size_t(k)] - advertisedInCategory[size_t(k)];
                }
                w.baseRows = int(base.rows);
                w.baseUnits = base.units;
                w.baseViews = base.views;
                w.baseViewDays = int(base.viewDays);
                w.curRows = int(cur.rows);
                w.curUnits = cur.units;
                w.curViews = cur.views;
                w.curViewDays = int(cur.viewDays);
                w.longAgo = sums.sum(p, std::max(d.addDays(-59), scanFrom), d.addDays(-30)).units;
                w.recent = sums.sum(p, std::max(d.addDays(-29), scanFrom), d).units;
            }
            const CampaignRunningSums::Sums cs =
                campaignSums[size_t(k)].sum(c.startDate, currentFrom, upFrom, d.addDays(-policy.lateConversionDays));
            w.negativeCampaignDay = cs.negative;
            w.campaignRows = cs.rows;
            w.spend = cs.spend;
            w.revenue = cs.revenue;
            w.windowSpend = cs.windowSpend;
            w.conversions = cs.conversions;
            w.currentDays = cs.windowDays;
            w.upSpend = cs.upSpend;
            w.finalSpend = cs.finalSpend;
            w.finalRevenue = cs.finalRevenue;
            w.finalConversions = cs.finalConversions;
            w.finalDays = cs.finalDays;
            w.firstCampaignDay = cs.firstDay;
            snap.sums = w;
            byCategory[snap.product.category] += 1;
            in.campaigns.append(std::move(snap));
        }
        for (CampaignSnapshot &s : in.campaigns)
            s.categoryCompetition = double(byCategory.value(s.product.category)) / in.campaigns.size();

        // Nobody reads the Manager's words in a backtest unless observed.
        const QDateTime now(d, QTime(23, 0), Qt::UTC);
        const Wording wording = observe ? Wording::Full : Wording::KindOnly;
        QList<Recommendation> recs = CycleSteps::create(in, policy, copy, QStringLiteral("sim"), now, never);
        recs += CycleSteps::manage(CycleSteps::analyse(in, policy, never, wording), policy, QStringLiteral("sim"), now, never, wording);
        simulatedOperator.holdBack(recs, policy, d, wording);
        if (observe)
            observe(d, recs);

        // 3. Approval by the run's explicit mode; effects from day d + 1.
        for (const Recommendation &r : recs) {
            run.decisions[r.decision] += 1;
            if (r.action == Recommendation::Action::None || !settings.approval.approves(r.decision))
                continue;
            const QString target = r.campaignId.isEmpty() ? r.productId : r.campaignId;
            const int k = campaignNumber.value(r.campaignId, -1);
            switch (r.action) {
            case Recommendation::Action::Pause:
                if (k >= 0)
                    paused[size_t(k)] = 1;
                if (k >= 0 && k < recordedCount)
                    tally.paused(r.campaignId);
                break;
            case Recommendation::Action::Resume:
                if (k >= 0)
                    paused[size_t(k)] = 0;
                break;
            case Recommendation::Action::SetBudget: {
                std::optional<Money> original;
                if (k >= 0)
                    original = k < recordedCount ? data.campaigns[k].dailyBudget : created[k - recordedCount].campaign.dailyBudget;
                if (k >= 0 && original && original->minor() > 0 && r.proposedBudget)
                    factor[size_t(k)] = double(r.proposedBudget->minor()) / double(original->minor());
                break;
            }
            case Recommendation::Action::Create: {
                NewCampaign n;
                n.campaign.id = QStringLiteral("sim-%1-%2").arg(r.productId, d.toString(QStringLiteral("yyyyMMdd")));
                n.campaign.name = r.campaignName;
                n.campaign.productId = r.productId;
                n.campaign.status = Campaign::Status::Active;
                n.campaign.dailyBudget = r.proposedBudget.value_or(policy.budgetFloor);
                n.campaign.startDate = d.addDays(1);
                n.campaign.endDate = d.addDays(std::max(1, r.durationDays));
                const QList<Response> &drawn = responsesUpTo(d);
                const Response &response = drawn[int(splitMix64(model.seed ^ qHash(n.campaign.id)) % quint64(drawn.size()))];
                n.cpc = std::max(0.01, response.cpc);
                n.cvr = response.cvr;
                n.share = response.share;
                n.price = prices.value(r.productId);
                campaignNumber.insert(n.campaign.id, int(recordedCount + created.size()));
                campaignProduct.append(productNumber.value(r.productId, -1));   // -1: a product without figures
                paused.push_back(0);
                factor.push_back(1.0);
                campaignSums.emplace_back();
                campaignPrice.push_back(n.price);
                created.append(n);
                break;
            }
            case Recommendation::Action::None:
                break;
            }
            ++run.actions;
            simulatedOperator.approved(r);
            run.log << QStringLiteral("%1 %2 %3 %4").arg(d.toString(Qt::ISODate), r.decision, Recommendation::actionKey(r.action), target);
        }
        if (progress)
            progress(step + 1, total);
    }
    run.quality = tally.finish([&](const QString &id) {
        const int k = campaignNumber.value(id, -1);
        return k >= 0 && paused[size_t(k)];
    });
    return run;
}

} // namespace Simulator
} // namespace cp
