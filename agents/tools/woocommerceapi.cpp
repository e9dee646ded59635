// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerceapi.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace cp {

namespace {
struct WooText
{
    Q_DECLARE_TR_FUNCTIONS(WooCommerceApi)
};
} // namespace

WooCommerceApi::WooCommerceApi(QUrl base, NetworkPolicy policy, QByteArray consumerKey, QByteArray consumerSecret, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this)),
      m_authorization("Basic " + (consumerKey + ':' + consumerSecret).toBase64())
{
}

HttpRequest WooCommerceApi::pageRequest(const QString &path, const QUrlQuery &query, int page) const
{
    HttpRequest r;
    r.path = path;
    r.query = query;
    r.query.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    r.headers.append({"Authorization", m_authorization});
    return r;
}

Result<QList<Product>> WooCommerceApi::parseProducts(const QByteArray &body, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{WooText::tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset), where};
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of products"), where};
    QList<Product> out;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{WooText::tr("[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        Product p;
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isDouble() || id.toDouble() <= 0 || id.toDouble() != std::floor(id.toDouble()))
            return bad("id", WooText::tr("is not a product id"));
        p.id = QString::number(qint64(id.toDouble()));
        if (!o.value(QStringLiteral("name")).isString() || o.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return bad("name", WooText::tr("is missing or empty"));
        p.name = o.value(QStringLiteral("name")).toString();
        if (p.name.size() > 1000)
            return bad("name", WooText::tr("is %1 characters long").arg(p.name.size()));
        // WooCommerce gives prices as decimal text ("29.99"); empty means no price.
        for (const char *field : {"price", "regular_price"}) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
                continue;
            if (!v.isString())
                return bad(field, WooText::tr("is not a price as text"));
            const auto m = Money::parse(v.toString());
            if (!m)
                return bad(field, WooText::tr("\"%1\" is not an amount").arg(v.toString()));
            if (m->minor() < 0)
                return bad(field, WooText::tr("%1 is negative").arg(v.toString()));
            if (!p.price)
                p.price = m;
        }
        const QJsonValue stock = o.value(QStringLiteral("stock_quantity"));
        if (!stock.isNull() && !stock.isUndefined()) {
            if (!stock.isDouble() || stock.toDouble() != std::floor(stock.toDouble()) || std::abs(stock.toDouble()) > 1e9)
                return bad("stock_quantity", WooText::tr("is not a whole number"));
            p.stock = qint64(stock.toDouble());   // negative is possible with backorders
        }
        const QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
        if (!categories.isEmpty())
            p.category = categories.first().toObject().value(QStringLiteral("name")).toString();
        const QJsonArray images = o.value(QStringLiteral("images")).toArray();
        if (!images.isEmpty())
            p.imageUrl = images.first().toObject().value(QStringLiteral("src")).toString();
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        p.description = o.value(QStringLiteral("short_description")).toString().remove(tags).simplified();
        out.append(std::move(p));
    }
    return out;
}

template<typename T>
void WooCommerceApi::fetchPaged(const QString &path, const QUrlQuery &query, Result<QList<T>> (*parse)(const QByteArray &, const QString &),
                                std::function<void(const Result<QList<T>> &)> done)
{
    const QString endpoint = QStringLiteral("GET ") + path;
    m_http->send(pageRequest(path, query, 1), [this, path, query, parse, done, endpoint](const Result<HttpResponse> &first) {
        if (!first)
            return done(first.error());
        bool ok = false;
        const int pages = first->header("X-WP-TotalPages").trimmed().toInt(&ok);
        if (!ok || pages < 1 || pages > 10000)
            return done(Error{WooText::tr("header X-WP-TotalPages is missing or absurd (\"%1\")")
                                  .arg(QString::fromLatin1(first->header("X-WP-TotalPages"))), endpoint});
        auto one = m_http->redacted(parse(first->body, endpoint + QStringLiteral(" page 1")));   // a field may quote what the server was sent
        if (!one)
            return done(one.error());
        // The other pages in parallel; the result keeps page order.
        auto results = std::make_shared<QList<std::optional<Result<QList<T>>>>>(pages);
        (*results)[0] = *one;
        auto remaining = std::make_shared<int>(pages - 1);
        auto finish = [results, done] {
            QList<T> all;
            for (const auto &r : *results) {
                if (!*r)
                    return done(r->error());
                all += r->value();
            }
            done(all);
        };
        if (*remaining == 0)
            return finish();
        for (int page = 2; page <= pages; ++page)
            m_http->send(pageRequest(path, query, page), [this, results, remaining, finish, page, endpoint, parse](const Result<HttpResponse> &r) {
                const QString where = endpoint + QStringLiteral(" page %1").arg(page);
                (*results)[page - 1] = r ? m_http->redacted(parse(r->body, where)) : Result<QList<T>>(Error{r.error().message, where});
                if (--*remaining == 0)
                    finish();
            });
    });
}

void WooCommerceApi::fetchProducts(ProductsDone done)
{
    fetchPaged<Product>(QStringLiteral("/wp-json/wc/v3/products"), {}, &parseProducts, std::move(done));
}

Result<QList<WooCommerceApi::OrderLine>> WooCommerceApi::parseOrders(const QByteArray &body, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{WooText::tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset), where};
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of orders"), where};
    // Orders that are sales: paid or being paid. Pending, failed, cancelled,
    // refunded and drafts are not counted (as WooCommerce's own reports do).
    static const QStringList sold{QStringLiteral("processing"), QStringLiteral("completed"), QStringLiteral("on-hold")};
    QList<OrderLine> out;
    const QJsonArray orders = doc.array();
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (!orders[i].isObject())
            return Error{WooText::tr("[%1] is not an order").arg(i), where};
        const QJsonObject o = orders[i].toObject();
        auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("[%1].%2 %3").arg(i).arg(field, why), where}; };
        QString status;
        if (QString e = fields::text(o, "status", true, status); !e.isEmpty())
            return bad(QStringLiteral("status"), e);
        QString created;
        if (QString e = fields::text(o, "date_created", true, created); !e.isEmpty())
            return bad(QStringLiteral("date_created"), e);
        // The shop's local time ("2026-11-24T10:15:00"): the day as the shop counts it.
        const QDate day = QDate::fromString(created.left(10), Qt::ISODate);
        if (!day.isValid())
            return bad(QStringLiteral("date_created"), WooText::tr("\"%1\" is not a date").arg(created));
        if (!o.value(QStringLiteral("line_items")).isArray())
            return bad(QStringLiteral("line_items"), WooText::tr("is not a list"));
        const QJsonArray lines = o.value(QStringLiteral("line_items")).toArray();
        for (qsizetype j = 0; j < lines.size(); ++j) {
            const QJsonObject l = lines[j].toObject();
            const QString at = QStringLiteral("line_items[%1].").arg(j);
            OrderLine line;
            line.day = day;
            line.counted = sold.contains(status);
            qint64 productId = 0;
            if (QString e = fields::count(l, "product_id", productId); !e.isEmpty())
                return bad(at + QStringLiteral("product_id"), e);
            line.productId = QString::number(productId);   // 0: a product since deleted
            if (QString e = fields::count(l, "quantity", line.quantity); !e.isEmpty())
                return bad(at + QStringLiteral("quantity"), e);
            if (QString e = fields::money(l, "total", line.total); !e.isEmpty())
                return bad(at + QStringLiteral("total"), e);
            out.append(line);
        }
    }
    return out;
}

QList<ProductDay> WooCommerceApi::dailySales(const QList<OrderLine> &lines, QStringList *notes)
{
    QMap<std::pair<QString, QDate>, ProductDay> days;
    qint64 orphaned = 0;
    for (const OrderLine &l : lines) {
        if (!l.counted)
            continue;
        if (l.productId == u"0") {
            ++orphaned;
            continue;
        }
        ProductDay &d = days[{l.productId, l.day}];
        d.productId = l.productId;
        d.date = l.day;
        d.unitsSold += l.quantity;
        d.revenue = d.revenue + l.total;
        d.orders += 1;
    }
    if (orphaned > 0 && notes)
        *notes << WooText::tr("%n order line(s) of deleted products not counted", nullptr, int(orphaned));
    return days.values();
}

void WooCommerceApi::fetchDailySales(QDate from, QDate to, SalesDone done)
{
    // after/before bound the orders' creation date (ISO 8601, the shop's time):
    // https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-orders
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("after"), from.startOfDay().toString(QStringLiteral("yyyy-MM-ddT00:00:00")));
    q.addQueryItem(QStringLiteral("before"), to.addDays(1).startOfDay().toString(QStringLiteral("yyyy-MM-ddT00:00:00")));
    fetchPaged<OrderLine>(QStringLiteral("/wp-json/wc/v3/orders"), q, &parseOrders,
                          [done = std::move(done), from, to](const Result<QList<OrderLine>> &r) {
                              if (!r)
                                  return done(r.error());
                              QList<OrderLine> inRange;
                              for (const OrderLine &l : *r)
                                  if (l.day >= from && l.day <= to)
                                      inRange.append(l);
                              QStringList notes;
                              done(std::pair{dailySales(inRange, &notes), notes});
                          });
}

} // namespace cp
