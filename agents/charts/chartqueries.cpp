// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartqueries.h"

#include "agents/rules/rules.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace cp {

namespace {
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

Error sqlError(const QSqlQuery &q, const char *what) { return Error{q.lastError().text(), QString::fromLatin1(what)}; }

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString currencyOf(QSqlDatabase db)
{
    auto r = StoreReader::recording(db);
    return r && r->has_value() ? (*r)->currency : QString();
}

// Where the agents recommended something for these campaigns, and where an
// approved action was applied, on the recording's clock (the cycle's as-of day).
Status addDecisionMarkers(QSqlDatabase db, const QStringList &ids, ChartData &data)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.decision, r.inputs_json, r.campaign_id, o.state FROM recommendations r "
                             "LEFT JOIN outbox o ON o.recommendation_id = r.id WHERE r.campaign_id IN (%1) ORDER BY r.id")
                  .arg(placeholders(ids.size())));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "chart markers");
    while (q.next()) {
        const QJsonObject inputs = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QDate asOf = QDate::fromString(inputs.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        if (!asOf.isValid())
            continue;
        data.markers.append({asOf, QStringLiteral("recommended"),
                             ChartText::tr("%1 recommended for %2").arg(q.value(0).toString(), q.value(2).toString())});
        if (q.value(3).toString() == u"done")
            data.markers.append({asOf, QStringLiteral("applied"),
                                 ChartText::tr("%1 applied to %2").arg(q.value(0).toString(), q.value(2).toString())});
    }
    return {};
}

Result<ChartData> performance(QSqlDatabase db, const QStringList &ids, const ChartRequest &req)
{
    ChartData data;
    data.kind = QStringLiteral("performance");
    data.currency = currencyOf(db);
    data.title = ids.size() == 1 ? ChartText::tr("Campaign %1").arg(ids.first())
                                 : ChartText::tr("%n campaign(s)", nullptr, int(ids.size()));
    // Which campaigns they are, when a category or product chose them.
    if (!req.category.isEmpty())
        data.title = ChartText::tr("%1 in the category %2").arg(data.title, req.category);
    else if (!req.productId.isEmpty() && ids.size() != 1)
        data.title = ChartText::tr("%1 of product %2").arg(data.title, req.productId);
    if (ids.isEmpty())
        return data;
    if (ids.size() == 1) {
        // The campaign's name before its id, as everywhere a marketer reads it.
        QSqlQuery name(db);
        name.prepare(QStringLiteral("SELECT name FROM campaigns WHERE id = ?"));
        name.addBindValue(ids.first());
        if (name.exec() && name.next() && !name.value(0).toString().isEmpty() && name.value(0).toString() != ids.first())
            data.title = ChartText::tr("%1 (%2)").arg(name.value(0).toString(), ids.first());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, SUM(impressions), SUM(clicks), SUM(spend_minor), SUM(conversions), SUM(revenue_minor) "
                             "FROM campaign_days WHERE campaign_id IN (%1) AND (? = '' OR day >= ?) AND (? = '' OR day <= ?) "
                             "GROUP BY day ORDER BY day")
                  .arg(placeholders(ids.size())));
    for (const QString &id : ids)
        q.addBindValue(id);
    const QString from = req.from.isValid() ? req.from.toString(Qt::ISODate) : QString();
    const QString to = req.to.isValid() ? req.to.toString(Qt::ISODate) : QString();
    for (const QString &v : {from, from, to, to})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    if (!q.exec())
        return sqlError(q, "chart: campaign days");
    ChartSeries impressions{QStringLiteral("impressions"), ChartText::tr("Impressions"), ChartSeries::Unit::Count, {}};
    ChartSeries clicks{QStringLiteral("clicks"), ChartText::tr("Clicks"), ChartSeries::Unit::Count, {}};
    ChartSeries spend{QStringLiteral("spend"), ChartText::tr("Spend"), ChartSeries::Unit::Money, {}};
    ChartSeries conversions{QStringLiteral("conversions"), ChartText::tr("Conversions"), ChartSeries::Unit::Count, {}};
    ChartSeries revenue{QStringLiteral("revenue"), ChartText::tr("Revenue"), ChartSeries::Unit::Money, {}};
    ChartSeries roas{QStringLiteral("roas"), ChartText::tr("ROAS"), ChartSeries::Unit::Ratio, {}};
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qint64 spendMinor = q.value(3).toLongLong();
        const qint64 revenueMinor = q.value(5).toLongLong();
        impressions.points.append({day, q.value(1).toDouble()});
        clicks.points.append({day, q.value(2).toDouble()});
        spend.points.append({day, double(spendMinor) / 100.0});
        conversions.points.append({day, q.value(4).toDouble()});
        revenue.points.append({day, double(revenueMinor) / 100.0});
        if (spendMinor > 0)   // ROAS = revenue ÷ spend (a multiple); undefined on a day without spend
            roas.points.append({day, double(revenueMinor) / double(spendMinor)});
    }
    data.series = {impressions, clicks, spend, conversions, revenue, roas};

    QSqlQuery starts(db);
    starts.prepare(QStringLiteral("SELECT id, start_day FROM campaigns WHERE id IN (%1) AND start_day IS NOT NULL")
                       .arg(placeholders(ids.size())));
    for (const QString &id : ids)
        starts.addBindValue(id);
    if (!starts.exec())
        return sqlError(starts, "chart: campaigns");
    while (starts.next())
        data.markers.append({QDate::fromString(starts.value(1).toString(), Qt::ISODate), QStringLiteral("start"),
                             ChartText::tr("%1 started").arg(starts.value(0).toString())});
    if (Status s = addDecisionMarkers(db, ids, data); !s)
        return s.error();
    return data;
}

Result<ChartData> beforeDuring(QSqlDatabase db, const QString &campaignId, const ChartRequest &req, const Policy &policy)
{
    auto rows = StoreReader::campaigns(db);
    if (!rows)
        return rows.error();
    std::optional<Campaign> campaign;
    QString productName;
    for (const CampaignRow &r : *rows)
        if (r.campaign.id == campaignId) {
            campaign = r.campaign;
            productName = r.productName;
        }
    if (!campaign || !campaign->startDate.isValid() || campaign->productId.isEmpty())
        return Error{ChartText::tr("no campaign %1 with a product and a start date").arg(campaignId), QStringLiteral("chart")};
    const auto [firstDay, lastDay] = StoreReader::productDayRange(db);
    CampaignSnapshot snap;
    snap.campaign = *campaign;
    snap.asOf = req.to.isValid() ? std::min(req.to, lastDay) : lastDay;
    const QDate from = req.from.isValid() ? req.from : campaign->startDate.addDays(-policy.baselineDays - 14);
    const QDate to = campaign->endDate.isValid() ? std::min(snap.asOf, campaign->endDate.addDays(14)) : snap.asOf;

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT day, units_sold, page_views, revenue_minor FROM product_days WHERE product_id = ? "
                             "AND day BETWEEN ? AND ? ORDER BY day"));
    q.addBindValue(campaign->productId);
    q.addBindValue(std::min(from, campaign->startDate.addDays(-policy.baselineDays - 60)).toString(Qt::ISODate));
    q.addBindValue(snap.asOf.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, "chart: product days");
    ChartData data;
    data.kind = QStringLiteral("before-during");
    data.currency = currencyOf(db);
    data.title = ChartText::tr("%1 before and during %2").arg(productName.isEmpty() ? campaign->productId : productName, campaign->name);
    ChartSeries units{QStringLiteral("units_sold"), ChartText::tr("Units sold"), ChartSeries::Unit::Count, {}};
    ChartSeries views{QStringLiteral("page_views"), ChartText::tr("Page views"), ChartSeries::Unit::Count, {}};
    while (q.next()) {
        ProductDay d;
        d.productId = campaign->productId;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.unitsSold = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            d.pageViews = q.value(2).toLongLong();
        d.revenue = Money::fromMinor(q.value(3).toLongLong());
        snap.productDays.append(d);
        if (d.date >= from && d.date <= to) {
            units.points.append({d.date, double(d.unitsSold)});
            if (d.pageViews)
                views.points.append({d.date, double(*d.pageViews)});
        }
    }
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT day, spend_minor, revenue_minor, conversions, clicks, impressions FROM campaign_days "
                             "WHERE campaign_id = ? AND day <= ? ORDER BY day"));
    c.addBindValue(campaignId);
    c.addBindValue(snap.asOf.toString(Qt::ISODate));
    if (!c.exec())
        return sqlError(c, "chart: campaign days");
    while (c.next()) {
        CampaignDay d;
        d.campaignId = campaignId;
        d.date = QDate::fromString(c.value(0).toString(), Qt::ISODate);
        d.spend = Money::fromMinor(c.value(1).toLongLong());
        d.revenue = Money::fromMinor(c.value(2).toLongLong());
        d.conversions = c.value(3).toLongLong();
        d.clicks = c.value(4).toLongLong();
        d.impressions = c.value(5).toLongLong();
        snap.campaignDays.append(d);
    }
    data.series = {units, views};
    const CampaignMetrics m = Rules::measure(snap, policy);
    const QDate currentFrom = std::max(campaign->startDate, snap.asOf.addDays(-(policy.currentDays - 1)));
    data.windows = {{campaign->startDate.addDays(-policy.baselineDays), campaign->startDate.addDays(-1), ChartText::tr("Baseline")},
                    {currentFrom, snap.asOf, ChartText::tr("Measured")}};
    data.markers.append({campaign->startDate, QStringLiteral("start"), ChartText::tr("%1 started").arg(campaignId)});
    if (Status s = addDecisionMarkers(db, {campaignId}, data); !s)
        return s.error();
    auto pct = [](const std::optional<double> &v) {
        return v ? QStringLiteral("%1%2 %").arg(*v >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(*v, 'f', 1))
                 : ChartText::tr("unknown");
    };
    data.note = ChartText::tr("Sales impact %1 · view impact %2 (the Analyst's measure: %3 baseline days against the newest %4 days)")
                    .arg(pct(m.salesImpactPct), pct(m.viewImpactPct))
                    .arg(policy.baselineDays)
                    .arg(policy.currentDays);
    Q_UNUSED(firstDay);
    return data;
}

Result<ChartData> portfolio(QSqlDatabase db)
{
    ChartData data;
    data.kind = QStringLiteral("portfolio");
    data.currency = currencyOf(db);
    data.title = ChartText::tr("Portfolio");
    auto rows = StoreReader::campaigns(db);
    if (!rows)
        return rows.error();
    QList<ChartPoint> spendRevenue;
    for (const CampaignRow &r : *rows)
        if (r.hasRevenue && r.spend.minor() > 0)
            spendRevenue.append({r.spend.toDouble(), r.revenue.toDouble(), r.campaign.name});
    data.scatter.append({ChartText::tr("Spend vs revenue"), spendRevenue});
    // The axes name their money (the window's spend-versus-revenue axes had no currency).
    const QString unit = data.currency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(currencySymbol(data.currency));
    data.xLabel = ChartText::tr("Spend") + unit;
    data.yLabel = ChartText::tr("Revenue") + unit;

    // The newest recommendation per campaign: decision, budget and lift.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT r.campaign_id, r.decision, r.inputs_json FROM recommendations r "
                               "WHERE r.campaign_id IS NOT NULL AND r.id = (SELECT MAX(id) FROM recommendations x "
                               "WHERE x.campaign_id = r.campaign_id AND x.agent = 'manager')")))
        return sqlError(q, "chart: recommendations");
    QMap<QString, double> byDecision;
    QList<ChartPoint> budgetLift;
    while (q.next()) {
        byDecision[q.value(1).toString()] += 1;
        const QJsonObject in = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const auto budget = Money::parse(in.value(QStringLiteral("daily_budget")).toString());
        const QJsonValue lift = in.value(QStringLiteral("sales_impact_pct"));
        if (budget && lift.isDouble())
            budgetLift.append({budget->toDouble(), lift.toDouble(), q.value(0).toString()});
    }
    data.scatter.append({ChartText::tr("Budget vs sales lift"), budgetLift});
    for (auto it = byDecision.cbegin(); it != byDecision.cend(); ++it)
        data.bars.append({it.key(), it.value()});
    QSqlQuery p(db);
    if (p.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'portfolio_json'")) && p.next()) {
        const QJsonObject o = QJsonDocument::fromJson(p.value(0).toString().toUtf8()).object();
        auto r = [&](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 2) : ChartText::tr("not enough data");
        };
        QStringList categories;
        const QJsonObject cats = o.value(QStringLiteral("success_by_category")).toObject();
        for (auto it = cats.constBegin(); it != cats.constEnd(); ++it)
            categories << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it->toDouble(), 'f', 1));
        data.note = ChartText::tr("Correlation budget ↔ sales lift: %1 · duration ↔ performance: %2 · efficiency by category (mean of sales "
                                      "and page-view impact as weighted by the policy, %): %3")
                        .arg(r("budget_vs_sales_lift"), r("duration_vs_performance"),
                             categories.isEmpty() ? ChartText::tr("not enough data") : categories.join(QStringLiteral(", ")));
    }
    return data;
}
} // namespace

std::optional<ChartRequest::Kind> ChartRequest::kindFromKey(QStringView key)
{
    if (key == u"performance") return Kind::Performance;
    if (key == u"before-during") return Kind::BeforeDuring;
    if (key == u"portfolio") return Kind::Portfolio;
    return std::nullopt;
}

namespace ChartQueries {

Result<QStringList> campaignsFor(QSqlDatabase db, const ChartRequest &req)
{
    QSqlQuery q(db);
    if (!req.campaignIds.isEmpty()) {
        // A campaign the store does not hold is said (it drew an empty chart).
        q.prepare(QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"));
        for (const QString &id : req.campaignIds) {
            q.addBindValue(id);
            if (!q.exec())
                return sqlError(q, "chart: campaigns");
            if (!q.next())
                return Error{ChartText::tr("no campaign %1 in this workspace").arg(id), QStringLiteral("chart")};
        }
        return req.campaignIds;
    }
    if (!req.productId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE product_id = ? ORDER BY start_day DESC, id"));
        q.addBindValue(req.productId);
    } else if (!req.category.isEmpty()) {
        q.prepare(QStringLiteral("SELECT c.id FROM campaigns c JOIN products p ON p.id = c.product_id WHERE p.category = ? "
                                 "ORDER BY c.start_day DESC, c.id"));
        q.addBindValue(req.category);
    } else {
        return QStringList();
    }
    if (!q.exec())
        return sqlError(q, "chart: campaigns");
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        return Error{ChartText::tr("no campaign for %1").arg(req.productId.isEmpty() ? req.category : req.productId),
                     QStringLiteral("chart")};
    return ids;
}

Result<ChartData> build(QSqlDatabase db, const ChartRequest &req, const Policy &policy)
{
    if (req.kind == ChartRequest::Kind::Portfolio)
        return portfolio(db);
    auto ids = campaignsFor(db, req);
    if (!ids)
        return ids.error();
    if (req.kind == ChartRequest::Kind::BeforeDuring) {
        if (ids->isEmpty())
            return Error{ChartText::tr("choose a campaign or a product"), QStringLiteral("chart")};
        return beforeDuring(db, ids->first(), req, policy);   // a product's newest campaign
    }
    return performance(db, *ids, req);
}

} // namespace ChartQueries
} // namespace cp
