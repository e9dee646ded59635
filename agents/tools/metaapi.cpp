// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaapi.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cmath>

namespace cp {

namespace {
struct MetaText
{
    Q_DECLARE_TR_FUNCTIONS(MetaApi)
};
constexpr double kThrottleAt = 95.0;
} // namespace

MetaApi::MetaApi(QUrl base, NetworkPolicy policy, QByteArray accessToken, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this)), m_token(std::move(accessToken)), m_policy(policy)
{
}

int MetaApi::throttleWaitMs(const HttpResponse &r)
{
    int waitMs = 0;
    auto consider = [&](const QJsonObject &usage) {
        double peak = 0;
        for (const char *key : {"call_count", "total_cputime", "total_time", "acc_id_util_pct"})
            peak = std::max(peak, usage.value(QLatin1String(key)).toDouble());
        const int regainMinutes = usage.value(QStringLiteral("estimated_time_to_regain_access")).toInt();
        if (regainMinutes > 0)
            waitMs = std::max(waitMs, regainMinutes * 60 * 1000);
        else if (peak >= kThrottleAt)
            waitMs = std::max(waitMs, 60 * 1000);   // near the limit: a minute's breather
    };
    for (const char *header : {"X-App-Usage", "X-Ad-Account-Usage"}) {
        const QByteArray v = r.header(header);
        if (!v.isEmpty())
            consider(QJsonDocument::fromJson(v).object());
    }
    // X-Business-Use-Case-Usage: {"<business id>": [{"type": ..., "call_count": ..., ...}]}
    const QJsonObject buc = QJsonDocument::fromJson(r.header("X-Business-Use-Case-Usage")).object();
    for (const QJsonValue &list : buc)
        for (const QJsonValue &entry : list.toArray())
            consider(entry.toObject());
    return waitMs;
}

namespace {
// A Graph list page: {"data":[...], "paging":{"cursors":{"after"}, "next"}}.
// `after` gets the cursor of the next page, empty on the last one.
Result<QJsonArray> graphPage(const QByteArray &body, const QString &where, QString *after)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{MetaText::tr("the answer is not JSON (%1)").arg(parseError.errorString()), where};
    if (!root.value(QStringLiteral("data")).isArray())
        return Error{MetaText::tr("field \"data\" is not a list"), where};
    const QJsonObject paging = root.value(QStringLiteral("paging")).toObject();
    if (after)
        *after = paging.contains(QStringLiteral("next"))
                     ? paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString()
                     : QString();
    return root.value(QStringLiteral("data")).toArray();
}
} // namespace

Result<QList<Campaign>> MetaApi::parseCampaigns(const QByteArray &body, const QString &where, QString *after)
{
    auto page = graphPage(body, where, after);
    if (!page)
        return page.error();
    QList<Campaign> out;
    const QJsonArray data = *page;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{MetaText::tr("data[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        Campaign c;
        c.platform = QStringLiteral("meta");
        c.id = o.value(QStringLiteral("id")).toString();   // Graph ids are strings of digits
        if (c.id.isEmpty() || c.id.size() > 64)
            return bad("id", MetaText::tr("is missing or not an id"));
        c.name = o.value(QStringLiteral("name")).toString();
        if (c.name.size() > 1000)
            return bad("name", MetaText::tr("is %1 characters long").arg(c.name.size()));
        const QString status = o.value(QStringLiteral("effective_status")).toString(o.value(QStringLiteral("status")).toString());
        c.status = status == u"ACTIVE" ? Campaign::Status::Active
                 : (status == u"PAUSED" || status == u"CAMPAIGN_PAUSED") ? Campaign::Status::Paused
                                                                         : Campaign::Status::Ended;
        const QJsonValue budget = o.value(QStringLiteral("daily_budget"));
        if (!budget.isUndefined() && !budget.isNull()) {
            // A string of minor units ("5200" is 52.00).
            bool ok = false;
            const qint64 minor = budget.isString() ? budget.toString().toLongLong(&ok) : qint64(budget.toDouble());
            if ((budget.isString() && !ok) || (!budget.isString() && !budget.isDouble()) || minor < 0 || minor > 1'000'000'000'00LL)
                return bad("daily_budget", MetaText::tr("is not an amount in minor units"));
            c.dailyBudget = Money::fromMinor(minor);
        }
        out.append(c);
    }
    return out;
}

template<typename T>
void MetaApi::fetchPages(HttpRequest request, const QString &where, PageParser<T> parse, std::shared_ptr<QList<T>> all,
                         std::function<void(const Result<QList<T>> &)> done, int page)
{
    request.headers.append({"Authorization", "Bearer " + m_token});
    const QString at = QStringLiteral("%1 page %2").arg(where).arg(page);
    m_http->send(request, [=, this](const Result<HttpResponse> &response) {
        if (!response)
            return done(Error{response.error().message, at});
        QString next;
        auto parsed = m_http->redacted(parse(response->body, at, &next));   // a field may quote what the server was sent
        if (!parsed)
            return done(parsed.error());
        *all += *parsed;
        if (next.isEmpty())
            return done(*all);
        const int waitMs = throttleWaitMs(*response);
        if (waitMs > m_policy.retryAfterMaxMs)
            return done(Error{MetaText::tr("the ad account is throttled by Meta for about %1 min; try again later").arg((waitMs + 59999) / 60000),
                              at});
        HttpRequest following = request;
        following.headers.clear();
        following.query.removeAllQueryItems(QStringLiteral("after"));
        following.query.addQueryItem(QStringLiteral("after"), next);
        QTimer::singleShot(waitMs, this, [=, this] { fetchPages<T>(following, where, parse, all, done, page + 1); });
    });
}

void MetaApi::fetchCampaigns(const QString &adAccountId, CampaignsDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/act_%1/campaigns").arg(pathSegment(adAccountId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,status,effective_status,daily_budget"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    fetchPages<Campaign>(r, QStringLiteral("GET /act_%1/campaigns").arg(adAccountId), &parseCampaigns,
                         std::make_shared<QList<Campaign>>(), std::move(done), 1);
}

namespace {
// The purchase among an insight row's actions ([{action_type, value}]). Meta
// reports one purchase under several action types (purchase, omni_purchase,
// offsite_conversion.fb_pixel_purchase, ...) with the same value; the first
// of these present is taken, never their sum.
// https://developers.facebook.com/docs/marketing-api/insights (actions, action_values)
std::optional<double> purchaseValue(const QJsonArray &actions, QString *bad)
{
    static const char *const kinds[] = {"purchase", "omni_purchase", "offsite_conversion.fb_pixel_purchase"};
    for (const char *kind : kinds)
        for (const QJsonValue &a : actions) {
            const QJsonObject o = a.toObject();
            if (o.value(QStringLiteral("action_type")).toString() != QLatin1String(kind))
                continue;
            double v = 0;
            if (QString e = fields::number(o, "value", 0, 1e12, v, true); !e.isEmpty()) {
                *bad = QStringLiteral("%1 value %2").arg(QLatin1String(kind), e);
                return std::nullopt;
            }
            return v;
        }
    return 0.0;
}
} // namespace

Result<QList<CampaignDay>> MetaApi::parseInsights(const QByteArray &body, const QString &campaignId, const QString &where, QString *after)
{
    auto page = graphPage(body, where, after);
    if (!page)
        return page.error();
    QList<CampaignDay> out;
    const QJsonArray data = *page;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data[i].toObject();
        auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("data[%1].%2 %3").arg(i).arg(field, why), where}; };
        CampaignDay d;
        d.campaignId = campaignId;
        const QDate start = QDate::fromString(o.value(QStringLiteral("date_start")).toString(), Qt::ISODate);
        const QDate stop = QDate::fromString(o.value(QStringLiteral("date_stop")).toString(), Qt::ISODate);
        if (!start.isValid())
            return bad(QStringLiteral("date_start"), MetaText::tr("is not a date"));
        if (stop != start)
            return bad(QStringLiteral("date_stop"), MetaText::tr("is not the same day as date_start (time_increment=1 was asked)"));
        d.date = start;
        // Graph numbers come as text ("361324").
        if (QString e = fields::count(o, "impressions", d.impressions, true); !e.isEmpty())
            return bad(QStringLiteral("impressions"), e);
        if (QString e = fields::count(o, "clicks", d.clicks, true); !e.isEmpty())
            return bad(QStringLiteral("clicks"), e);
        if (d.clicks > d.impressions)
            return bad(QStringLiteral("clicks"), MetaText::tr("%1 is more than the %2 impressions").arg(d.clicks).arg(d.impressions));
        double spend = 0;
        if (QString e = fields::number(o, "spend", 0, fields::kMaxMoney, spend, true); !e.isEmpty())
            return bad(QStringLiteral("spend"), e);
        d.spend = Money::parse(QString::number(spend, 'f', 2)).value_or(Money());
        QString why;
        const auto purchases = purchaseValue(o.value(QStringLiteral("actions")).toArray(), &why);
        if (!purchases)
            return bad(QStringLiteral("actions"), why);
        if (*purchases != std::floor(*purchases))
            return bad(QStringLiteral("actions"), MetaText::tr("purchase count %1 is not whole").arg(*purchases));
        d.conversions = qint64(*purchases);
        const auto value = purchaseValue(o.value(QStringLiteral("action_values")).toArray(), &why);
        if (!value)
            return bad(QStringLiteral("action_values"), why);
        d.revenue = Money::parse(QString::number(*value, 'f', 2)).value_or(Money());
        out.append(d);
    }
    return out;
}

void MetaApi::fetchInsights(const QString &campaignId, QDate since, QDate until, InsightsDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/%1/insights").arg(pathSegment(campaignId));   // an id cannot reach another edge
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("impressions,clicks,spend,actions,action_values"));
    r.query.addQueryItem(QStringLiteral("time_increment"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("time_range"), QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("since"), since.toString(Qt::ISODate)}, {QStringLiteral("until"), until.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact)));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    PageParser<CampaignDay> parse = [campaignId](const QByteArray &body, const QString &where, QString *after) {
        return parseInsights(body, campaignId, where, after);
    };
    fetchPages<CampaignDay>(r, QStringLiteral("GET /%1/insights").arg(campaignId), parse, std::make_shared<QList<CampaignDay>>(),
                            std::move(done), 1);
}

} // namespace cp
