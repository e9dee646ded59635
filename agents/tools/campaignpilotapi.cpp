// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpilotapi.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cp {

namespace {
struct ApiText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPilotApi)
};

// The envelope {"status":"success","data":...}; `data` is returned.
Result<QJsonValue> envelope(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ApiText::tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset), endpoint};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != u"success")
        return Error{ApiText::tr("field \"status\" is not \"success\""), endpoint};
    return root.value(QStringLiteral("data"));
}

Result<ApiProduct> productFrom(const QJsonObject &o, const QString &endpoint, const QString &prefix)
{
    auto bad = [&](const char *field, const QString &why) {
        return Error{QStringLiteral("%1%2 %3").arg(prefix, QLatin1String(field), why), endpoint};
    };
    ApiProduct p;
    if (QString e = fields::id(o, "id", p.product.id); !e.isEmpty())
        return bad("id", e);
    if (QString e = fields::text(o, "name", true, p.product.name); !e.isEmpty())
        return bad("name", e);
    if (QString e = fields::text(o, "category", false, p.product.category); !e.isEmpty())
        return bad("category", e);
    if (QString e = fields::text(o, "description", false, p.product.description); !e.isEmpty())
        return bad("description", e);
    if (QString e = fields::text(o, "image_url", false, p.product.imageUrl); !e.isEmpty())
        return bad("image_url", e);
    Money price;
    if (QString e = fields::money(o, "price", price); !e.isEmpty())
        return bad("price", e);
    p.product.price = price;
    qint64 stock = 0;
    if (QString e = fields::count(o, "stock", stock); !e.isEmpty())
        return bad("stock", e);
    p.product.stock = stock;
    if (QString e = fields::count(o, "page_views", p.pageViews); !e.isEmpty())
        return bad("page_views", e);
    if (QString e = fields::count(o, "sales", p.sales); !e.isEmpty())
        return bad("sales", e);
    if (QString e = fields::money(o, "revenue", p.revenue); !e.isEmpty())
        return bad("revenue", e);
    return p;
}

// {"status":"success","data":[...]} whose items `one` reads; the first bad
// item fails the whole answer. `checkCount`: a "count" beside the list must match it.
template<typename T>
Result<QList<T>> listOf(const QByteArray &body, const QString &endpoint,
                        Result<T> (*one)(const QJsonObject &, const QString &endpoint, const QString &prefix), bool checkCount)
{
    auto data = envelope(body, endpoint);
    if (!data)
        return data.error();
    if (!data->isArray())
        return Error{ApiText::tr("field \"data\" is not a list"), endpoint};
    const QJsonArray list = data->toArray();
    if (checkCount) {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (root.contains(QStringLiteral("count")) && root.value(QStringLiteral("count")).toDouble(-1) != double(list.size()))
            return Error{ApiText::tr("field \"count\" says %1, the list has %2").arg(root.value(QStringLiteral("count")).toDouble()).arg(list.size()),
                         endpoint};
    }
    QList<T> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return Error{ApiText::tr("data[%1] is not an object").arg(i), endpoint};
        auto item = one(list[i].toObject(), endpoint, QStringLiteral("data[%1].").arg(i));
        if (!item)
            return item.error();
        out.append(std::move(*item));
    }
    return out;
}

QDate dateOf(const QString &text)
{
    // "2026-11-25" or an ISO date-time ("2026-11-25T09:00:00Z").
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d;
}
} // namespace

bool ApiAnalytics::coversOneDay() const
{
    static const QStringList oneDay{QStringLiteral("1d"), QStringLiteral("24h"), QStringLiteral("day"), QStringLiteral("today"),
                                    QStringLiteral("last_24_hours"), QStringLiteral("1_day")};
    return oneDay.contains(timeRange.trimmed().toLower());
}

CampaignPilotApi::CampaignPilotApi(QUrl base, NetworkPolicy policy, QByteArray token, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this)), m_token(std::move(token))
{
}

Result<QList<ApiProduct>> CampaignPilotApi::parseProducts(const QByteArray &body, const QString &endpoint)
{
    return listOf<ApiProduct>(body, endpoint, &productFrom, true);
}

Result<ApiProduct> CampaignPilotApi::parseProduct(const QByteArray &body, const QString &endpoint)
{
    auto data = envelope(body, endpoint);
    if (!data)
        return data.error();
    if (!data->isObject())
        return Error{ApiText::tr("field \"data\" is not an object"), endpoint};
    return productFrom(data->toObject(), endpoint, QStringLiteral("data."));
}

Result<ApiAnalytics> CampaignPilotApi::parseAnalytics(const QByteArray &body, const QString &endpoint)
{
    auto data = envelope(body, endpoint);
    if (!data)
        return data.error();
    if (!data->isObject())
        return Error{ApiText::tr("field \"data\" is not an object"), endpoint};
    const QJsonObject o = data->toObject();
    auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("data.%1 %2").arg(field, why), endpoint}; };
    ApiAnalytics a;
    if (QString e = fields::id(o, "product_id", a.productId); !e.isEmpty())
        return bad(QStringLiteral("product_id"), e);
    if (QString e = fields::text(o, "time_range", true, a.timeRange); !e.isEmpty())
        return bad(QStringLiteral("time_range"), e);
    // page_views / sales: {current, previous, change_percent}
    for (const char *key : {"page_views", "sales"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            return bad(QLatin1String(key), ApiText::tr("is not an object with current and previous"));
        qint64 &current = qstrcmp(key, "sales") == 0 ? a.sales : a.pageViews;
        qint64 &previous = qstrcmp(key, "sales") == 0 ? a.salesPrevious : a.pageViewsPrevious;
        if (QString e = fields::count(v.toObject(), "current", current); !e.isEmpty())
            return bad(QStringLiteral("%1.current").arg(QLatin1String(key)), e);
        if (QString e = fields::count(v.toObject(), "previous", previous); !e.isEmpty())
            return bad(QStringLiteral("%1.previous").arg(QLatin1String(key)), e);
        double change = 0;
        if (v.toObject().contains(QStringLiteral("change_percent")))
            if (QString e = fields::number(v.toObject(), "change_percent", -1e9, 1e9, change); !e.isEmpty())
                return bad(QStringLiteral("%1.change_percent").arg(QLatin1String(key)), e);
    }
    const QJsonValue revenue = o.value(QStringLiteral("revenue"));
    if (!revenue.isObject())
        return bad(QStringLiteral("revenue"), ApiText::tr("is not an object with current and previous"));
    if (QString e = fields::money(revenue.toObject(), "current", a.revenue); !e.isEmpty())
        return bad(QStringLiteral("revenue.current"), e);
    if (QString e = fields::money(revenue.toObject(), "previous", a.revenuePrevious); !e.isEmpty())
        return bad(QStringLiteral("revenue.previous"), e);
    if (QString e = fields::number(o, "conversion_rate", 0, 100, a.conversionRate); !e.isEmpty())
        return bad(QStringLiteral("conversion_rate"), e);
    if (QString e = fields::number(o, "bounce_rate", 0, 100, a.bounceRate); !e.isEmpty())
        return bad(QStringLiteral("bounce_rate"), e);
    if (QString e = fields::number(o, "avg_session_duration", 0, 86400, a.avgSessionDuration); !e.isEmpty())
        return bad(QStringLiteral("avg_session_duration"), e);
    return a;
}

Result<ApiCampaign> CampaignPilotApi::parseCampaign(const QJsonObject &o, const QString &endpoint, const QString &prefix)
{
    auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("%1%2 %3").arg(prefix, field, why), endpoint}; };
    ApiCampaign a;
    Campaign &c = a.campaign;
    c.platform = QStringLiteral("campaign-pilot-api");
    if (QString e = fields::id(o, "campaign_id", c.id); !e.isEmpty())
        return bad(QStringLiteral("campaign_id"), e);
    if (QString e = fields::id(o, "product_id", c.productId); !e.isEmpty())
        return bad(QStringLiteral("product_id"), e);
    if (QString e = fields::text(o, "campaign_name", true, c.name); !e.isEmpty())
        return bad(QStringLiteral("campaign_name"), e);
    QString status;
    if (QString e = fields::text(o, "status", true, status); !e.isEmpty())
        return bad(QStringLiteral("status"), e);
    status = status.toLower();
    if (status == u"active" || status == u"running")
        c.status = Campaign::Status::Active;
    else if (status == u"paused")
        c.status = Campaign::Status::Paused;
    else if (status == u"ended" || status == u"completed" || status == u"finished" || status == u"stopped")
        c.status = Campaign::Status::Ended;
    else
        return bad(QStringLiteral("status"), ApiText::tr("\"%1\" is not a campaign status").arg(status));
    Money budget;
    if (QString e = fields::money(o, "budget", budget); !e.isEmpty())
        return bad(QStringLiteral("budget"), e);
    c.dailyBudget = budget;
    for (const auto &[key, date] : {std::pair{"start_date", &c.startDate}, std::pair{"end_date", &c.endDate}}) {
        QString text;
        if (QString e = fields::text(o, key, false, text); !e.isEmpty())
            return bad(QLatin1String(key), e);
        if (!text.isEmpty()) {
            *date = dateOf(text);
            if (!date->isValid())
                return bad(QLatin1String(key), ApiText::tr("\"%1\" is not a date").arg(text));
        }
    }
    const QJsonValue metrics = o.value(QStringLiteral("metrics"));
    if (metrics.isObject()) {
        const QJsonObject m = metrics.toObject();
        for (const auto &[key, out] : {std::pair{"impressions", &a.impressions}, std::pair{"clicks", &a.clicks},
                                       std::pair{"conversions", &a.conversions}})
            if (QString e = fields::count(m, key, *out); !e.isEmpty())
                return bad(QStringLiteral("metrics.%1").arg(QLatin1String(key)), e);
        if (QString e = fields::money(m, "spend", a.spend); !e.isEmpty())
            return bad(QStringLiteral("metrics.spend"), e);
        if (a.clicks > a.impressions)
            return bad(QStringLiteral("metrics.clicks"), ApiText::tr("%1 is more than the %2 impressions").arg(a.clicks).arg(a.impressions));
        if (m.contains(QStringLiteral("roas")) && !m.value(QStringLiteral("roas")).isNull()) {
            double roas = 0;
            if (QString e = fields::number(m, "roas", -1, 1e6, roas); !e.isEmpty())
                return bad(QStringLiteral("metrics.roas"), e);
            a.roas = roas;
        }
    } else if (!metrics.isUndefined() && !metrics.isNull()) {
        return bad(QStringLiteral("metrics"), ApiText::tr("is not an object"));
    }
    return a;
}

Result<QList<ApiCampaign>> CampaignPilotApi::parseCampaigns(const QByteArray &body, const QString &endpoint)
{
    return listOf<ApiCampaign>(body, endpoint, &parseCampaign, false);
}

template<typename T>
void CampaignPilotApi::get(const QString &path, Done<T> done, Result<T> (*parse)(const QByteArray &, const QString &))
{
    HttpRequest request{"GET", path, {}, {}, {}, {}};
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token});
    const QString endpoint = request.endpoint();
    m_http->send(request, [this, done = std::move(done), endpoint, parse](const Result<HttpResponse> &r) {
        if (!r)
            return done(r.error());
        done(m_http->redacted(parse(r->body, endpoint)));   // a field may quote what the server was sent
    });
}

void CampaignPilotApi::fetchHealth(Done<QJsonObject> done)
{
    get<QJsonObject>(QStringLiteral("/api/health"), std::move(done), [](const QByteArray &body, const QString &endpoint) -> Result<QJsonObject> {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return Error{ApiText::tr("the answer is not a JSON object"), endpoint};
        return doc.object();
    });
}

void CampaignPilotApi::fetchProducts(Done<QList<ApiProduct>> done)
{
    get<QList<ApiProduct>>(QStringLiteral("/api/store/products"), std::move(done), &parseProducts);
}

void CampaignPilotApi::fetchProduct(const QString &id, Done<ApiProduct> done)
{
    get<ApiProduct>(QStringLiteral("/api/store/products/%1").arg(pathSegment(id)), std::move(done), &parseProduct);
}

void CampaignPilotApi::fetchAnalytics(const QString &id, Done<ApiAnalytics> done)
{
    get<ApiAnalytics>(QStringLiteral("/api/store/products/%1/analytics").arg(pathSegment(id)), std::move(done),
                      &parseAnalytics);
}

void CampaignPilotApi::fetchCampaigns(Done<QList<ApiCampaign>> done)
{
    get<QList<ApiCampaign>>(QStringLiteral("/api/impact/campaigns"), std::move(done), &parseCampaigns);
}

} // namespace cp
