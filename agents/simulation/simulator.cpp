// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "agents/cycle/agents.h"
#include "agents/splitmix.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace cp {

namespace {
struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

struct NewCampaign
{
    Campaign campaign;
    double cpc = 1;     // money per click
    double cvr = 0;     // conversions per click
    double price = 0;
};

// Index of the first element dated on or after `d` in a date-sorted list.
template<typename T>
qsizetype lowerBound(const QList<T> &days, const QDate &d)
{
    return std::lower_bound(days.begin(), days.end(), d, [](const T &x, const QDate &v) { return x.date < v; }) - days.begin();
}
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

namespace Simulator {

PolicyRun doNothing(const SimulationData &data, QDate from, QDate to)
{
    PolicyRun run;
    run.name = SimText::tr("Do nothing");
    run.approval = QStringLiteral("none");
    for (QDate d = from; d <= to; d = d.addDays(1))
        run.days.append({d, 0, 0, 0, 0});
    for (qsizetype i = lowerBound(data.campaignDays, from); i < data.campaignDays.size() && data.campaignDays[i].date <= to; ++i) {
        SimulatedDay &day = run.days[from.daysTo(data.campaignDays[i].date)];
        day.spendMinor += data.campaignDays[i].spend.minor();
        day.revenueMinor += data.campaignDays[i].revenue.minor();
    }
    return run;
}

PolicyRun oracle(const SimulationData &data, QDate from, QDate to, const CounterfactualModel &model)
{
    PolicyRun run;
    run.name = SimText::tr("Hindsight oracle");
    run.approval = QStringLiteral("-");
    for (QDate d = from; d <= to; d = d.addDays(1))
        run.days.append({d, 0, 0, 0, 0});
    const double e = model.elasticity;
    for (qsizetype i = lowerBound(data.campaignDays, from); i < data.campaignDays.size() && data.campaignDays[i].date <= to; ++i) {
        const CampaignDay &c = data.campaignDays[i];
        const double r = double(c.revenue.minor()), s = double(c.spend.minor());
        // Best k in [0, max] for k^e r - k s: the stationary point
        // k* = (e r / s)^(1 / (1 - e)), clamped; pausing (k = 0) when nothing pays.
        double k = model.oracleMaxBudgetFactor;
        if (s > 0)
            k = std::clamp(std::pow(e * r / s, 1.0 / (1.0 - e)), 0.0, model.oracleMaxBudgetFactor);
        const double revenue = std::pow(k, e) * r, spend = k * s;
        if (revenue - spend <= 0)
            continue;   // paused that day
        SimulatedDay &day = run.days[from.daysTo(c.date)];
        day.spendMinor += qRound64(spend);
        day.revenueMinor += qRound64(revenue);
    }
    return run;
}

CycleInput inputAsOf(const SimulationData &data, QDate asOf, const QList<Campaign> &active,
                     const QHash<QString, QList<CampaignDay>> &simulated,
                     const QHash<QPair<QString, QDate>, qint64> &unitDelta, const Policy &policy)
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
    const qsizetype end = lowerBound(data.productDays, asOf.addDays(1));
    for (qsizetype i = lowerBound(data.productDays, std::min(earliest, windowFrom)); i < end; ++i) {
        ProductDay d = data.productDays[i];
        d.unitsSold = std::max<qint64>(0, d.unitsSold + unitDelta.value({d.productId, d.date}));
        const int p = index.value(d.productId, -1);
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
    return in;
}

PolicyRun run(const SimulationData &data, const SimulationSettings &settings, const std::atomic_bool &cancel,
              const std::function<void(int, int)> &progress)
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
    QHash<QString, double> prices;
    for (const Product &p : data.products)
        prices.insert(p.id, p.price ? p.price->toDouble() : 0.0);

    // The response a new campaign draws: CPC and conversion rate of the
    // recording's own campaigns up to the day it is created (never later
    // days: that would be peeking), chosen with the seed.
    auto responsesUpTo = [&data](QDate asOf) {
        QHash<QString, std::array<double, 3>> totals;   // spend, clicks, conversions
        for (qsizetype i = 0; i < data.campaignDays.size() && data.campaignDays[i].date <= asOf; ++i) {
            const CampaignDay &d = data.campaignDays[i];
            auto &t = totals[d.campaignId];
            t[0] += d.spend.toDouble();
            t[1] += double(d.clicks);
            t[2] += double(d.conversions);
        }
        QStringList ids = totals.keys();
        ids.sort();
        QList<QPair<double, double>> responses;
        for (const QString &id : ids) {
            const auto &t = totals[id];
            if (t[1] >= 20)
                responses.append({t[0] / t[1], t[2] / t[1]});
        }
        if (responses.isEmpty())
            responses.append({1.0, 0.01});
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
            CampaignDay sim = *rec;
            const Campaign &c = recorded[rec->campaignId];
            if (paused.contains(c.id)) {
                sim.spend = Money();
                sim.revenue = Money();
                sim.conversions = 0;
                sim.clicks = 0;
                sim.impressions = 0;
            } else if (const double k = factor.value(c.id, 1.0); k != 1.0) {
                const double g = std::pow(k, model.elasticity);
                sim.spend = Money::fromMinor(qRound64(double(rec->spend.minor()) * k));
                sim.revenue = Money::fromMinor(qRound64(double(rec->revenue.minor()) * g));
                sim.conversions = qRound64(double(rec->conversions) * g);
                sim.clicks = qRound64(double(rec->clicks) * k);
                sim.impressions = std::max(sim.clicks, qRound64(double(rec->impressions) * k));
            }
            unitDelta[{c.productId, d}] += sim.conversions - rec->conversions;
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
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
            unitDelta[{n.campaign.productId, d}] += sim.conversions;
            day.spendMinor += sim.spend.minor();
            day.revenueMinor += sim.revenue.minor();
            day.newSpendMinor += sim.spend.minor();
            day.newRevenueMinor += sim.revenue.minor();
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
        const CycleInput input = inputAsOf(data, d, active, simulated, unitDelta, policy);
        const QDateTime now(d, QTime(23, 0), Qt::UTC);
        const TemplateCopyWriter copy;
        QList<Recommendation> recs = CycleSteps::create(input, policy, copy, QStringLiteral("sim"), now, never);
        recs += CycleSteps::manage(CycleSteps::analyse(input, policy, never), policy, QStringLiteral("sim"), now, never);

        // 3. Approval by the run's explicit mode; effects from day d + 1.
        for (const Recommendation &r : recs) {
            run.decisions[r.decision] += 1;
            if (r.action == Recommendation::Action::None || !settings.approval.approves(r.decision))
                continue;
            const QString target = r.campaignId.isEmpty() ? r.productId : r.campaignId;
            switch (r.action) {
            case Recommendation::Action::Pause:
                paused.insert(r.campaignId);
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
                const QList<QPair<double, double>> responses = responsesUpTo(d);
                const auto &response = responses[int(splitMix64(model.seed ^ qHash(n.campaign.id)) % quint64(responses.size()))];
                n.cpc = std::max(0.01, response.first);
                n.cvr = response.second;
                n.price = prices.value(r.productId);
                created.append(n);
                break;
            }
            case Recommendation::Action::None:
                break;
            }
            ++run.actions;
            run.log << QStringLiteral("%1 %2 %3 %4").arg(d.toString(Qt::ISODate), r.decision, Recommendation::actionKey(r.action), target);
        }
        if (progress)
            progress(step + 1, total);
    }
    return run;
}

} // namespace Simulator
} // namespace cp
