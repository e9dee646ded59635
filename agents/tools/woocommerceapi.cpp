// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerceapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

HttpRequest WooCommerceApi::pageRequest(int page) const
{
    HttpRequest r;
    r.path = QStringLiteral("/wp-json/wc/v3/products");
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

void WooCommerceApi::fetchProducts(ProductsDone done)
{
    const QString endpoint = QStringLiteral("GET /wp-json/wc/v3/products");
    m_http->send(pageRequest(1), [this, done, endpoint](const Result<HttpResponse> &first) {
        if (!first)
            return done(first.error());
        bool ok = false;
        const int pages = first->header("X-WP-TotalPages").trimmed().toInt(&ok);
        if (!ok || pages < 1 || pages > 10000)
            return done(Error{WooText::tr("header X-WP-TotalPages is missing or absurd (\"%1\")")
                                  .arg(QString::fromLatin1(first->header("X-WP-TotalPages"))), endpoint});
        auto one = parseProducts(first->body, endpoint + QStringLiteral(" page 1"));
        if (!one)
            return done(one.error());
        // The other pages in parallel; the result keeps page order.
        auto results = std::make_shared<QList<std::optional<Result<QList<Product>>>>>(pages);
        (*results)[0] = *one;
        auto remaining = std::make_shared<int>(pages - 1);
        auto finish = [results, done] {
            QList<Product> all;
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
            m_http->send(pageRequest(page), [results, remaining, finish, page, endpoint](const Result<HttpResponse> &r) {
                const QString where = endpoint + QStringLiteral(" page %1").arg(page);
                (*results)[page - 1] = r ? parseProducts(r->body, where) : Result<QList<Product>>(Error{r.error().message, where});
                if (--*remaining == 0)
                    finish();
            });
    });
}

} // namespace cp
