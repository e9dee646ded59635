// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpilotapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace cp {

namespace {
struct ApiText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPilotApi)
};

constexpr int kMaxText = 1000;
constexpr double kMaxMoney = 1e9;

// Field readers: each returns an error text naming the problem, or empty.
QString readText(const QJsonObject &o, const char *key, bool required, QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return required ? ApiText::tr("is missing") : QString();
    if (!v.isString())
        return ApiText::tr("is not text");
    out = v.toString();
    if (out.size() > kMaxText)
        return ApiText::tr("is %1 characters long (at most %2)").arg(out.size()).arg(kMaxText);
    if (required && out.trimmed().isEmpty())
        return ApiText::tr("is empty");
    return {};
}

QString readCount(const QJsonObject &o, const char *key, qint64 &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return ApiText::tr("is missing");
    if (!v.isDouble())
        return ApiText::tr("is not a number");
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d))
        return ApiText::tr("%1 is not a whole number").arg(d);
    if (d < 0)
        return ApiText::tr("%1 is negative").arg(d);
    if (d > 1e12)
        return ApiText::tr("%1 is absurdly large").arg(d);
    out = qint64(d);
    return {};
}

QString readMoney(const QJsonObject &o, const char *key, Money &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return ApiText::tr("is missing");
    std::optional<Money> m;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return ApiText::tr("is not a finite number");
        if (d < 0)
            return ApiText::tr("%1 is negative").arg(d);
        if (d > kMaxMoney)
            return ApiText::tr("%1 is absurdly large").arg(d);
        // Through its shortest decimal text, so 19.99 stays 19.99.
        m = Money::parse(QString::number(d, 'g', 15));
    } else if (v.isString()) {
        m = Money::parse(v.toString());
        if (m && m->minor() < 0)
            return ApiText::tr("%1 is negative").arg(v.toString());
    } else {
        return ApiText::tr("is not an amount");
    }
    if (!m)
        return ApiText::tr("is not an amount");
    out = *m;
    return {};
}
} // namespace

CampaignPilotApi::CampaignPilotApi(QUrl base, NetworkPolicy policy, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this))
{
}

Result<QList<ApiProduct>> CampaignPilotApi::parseProducts(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ApiText::tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset), endpoint};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != u"success")
        return Error{ApiText::tr("field \"status\" is not \"success\""), endpoint};
    if (!root.value(QStringLiteral("data")).isArray())
        return Error{ApiText::tr("field \"data\" is not a list"), endpoint};
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    if (root.contains(QStringLiteral("count")) && root.value(QStringLiteral("count")).toDouble(-1) != double(data.size()))
        return Error{ApiText::tr("field \"count\" says %1, the list has %2").arg(root.value(QStringLiteral("count")).toDouble()).arg(data.size()),
                     endpoint};
    QList<ApiProduct> out;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!data[i].isObject())
            return Error{ApiText::tr("data[%1] is not an object").arg(i), endpoint};
        const QJsonObject o = data[i].toObject();
        ApiProduct p;
        auto bad = [&](const char *field, const QString &why) {
            return Error{ApiText::tr("data[%1].%2 %3").arg(i).arg(QLatin1String(field), why), endpoint};
        };
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (id.isDouble() && std::isfinite(id.toDouble()))
            p.product.id = QString::number(qint64(id.toDouble()));
        else if (id.isString() && !id.toString().isEmpty() && id.toString().size() <= 100)
            p.product.id = id.toString();
        else
            return bad("id", ApiText::tr("is not an id"));
        if (QString e = readText(o, "name", true, p.product.name); !e.isEmpty())
            return bad("name", e);
        if (QString e = readText(o, "category", false, p.product.category); !e.isEmpty())
            return bad("category", e);
        if (QString e = readText(o, "description", false, p.product.description); !e.isEmpty())
            return bad("description", e);
        if (QString e = readText(o, "image_url", false, p.product.imageUrl); !e.isEmpty())
            return bad("image_url", e);
        Money price;
        if (QString e = readMoney(o, "price", price); !e.isEmpty())
            return bad("price", e);
        p.product.price = price;
        qint64 stock = 0;
        if (QString e = readCount(o, "stock", stock); !e.isEmpty())
            return bad("stock", e);
        p.product.stock = stock;
        if (QString e = readCount(o, "page_views", p.pageViews); !e.isEmpty())
            return bad("page_views", e);
        if (QString e = readCount(o, "sales", p.sales); !e.isEmpty())
            return bad("sales", e);
        if (QString e = readMoney(o, "revenue", p.revenue); !e.isEmpty())
            return bad("revenue", e);
        out.append(std::move(p));
    }
    return out;
}

void CampaignPilotApi::fetchProducts(ProductsDone done)
{
    HttpRequest request{"GET", QStringLiteral("/api/store/products"), {}, {}, {}, {}};
    const QString endpoint = request.endpoint();
    m_http->send(request, [done = std::move(done), endpoint](const Result<HttpResponse> &r) {
        if (!r)
            return done(r.error());
        done(parseProducts(r->body, endpoint));
    });
}

} // namespace cp
