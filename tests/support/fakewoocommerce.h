// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A WooCommerce shop as its documentation describes it, for FaultServer's
// handler: the documented status codes, headers (X-WP-Total,
// X-WP-TotalPages) and JSON shapes — orders and their refunds, products and
// variations, the WordPress REST API index with the site's time zone, the
// shop's currency — paged, ordered and filtered as WordPress does.
// https://woocommerce.github.io/woocommerce-rest-api-docs/ ,
// https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/
#include "faultserver.h"
#include "models/money.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>
#include <QUrlQuery>
#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>
#include <utility>

namespace cp::test {

inline QString money(qint64 minor)
{
    return Money::fromMinor(minor).toString();
}

struct ShopOrder
{
    ShopOrder() = default;
    ShopOrder(qint64 id, QString status, QDateTime created, QList<std::tuple<qint64, qint64, qint64>> lines, qint64 shipping = 0)
        : id(id), status(std::move(status)), created(std::move(created)), lines(std::move(lines)), shipping(shipping)
    {
    }
    qint64 id = 0;
    QString status = QStringLiteral("completed");
    QDateTime created;                       // UTC
    QDateTime modified;                      // UTC; invalid: when it was created
    QList<std::tuple<qint64, qint64, qint64>> lines;   // product id, quantity, total (minor)
    qint64 shipping = 0;                     // minor
    QString currency;                        // empty: the shop's
    struct RefundLine
    {
        qint64 productId, quantity, total;   // given back: positive here, negative on the wire
    };
    struct Refund
    {
        qint64 id;
        qint64 amount;
        QList<RefundLine> lines;
    };
    QList<Refund> refunds;
};

// The shop. Lists answer as WP_REST / WC_REST_CRUD controllers do: ordered by
// `orderby` (date by default, or id) and `order` (desc by default for orders,
// products and refunds), paged by per_page and page, with X-WP-Total and
// X-WP-TotalPages = ceil(total / per_page) (0 for an empty list); a page past
// the last is a 400.
struct Shop
{
    using A = FaultServer::Answer;
    using F = FaultServer::Fault;

    QTimeZone zone = QTimeZone("UTC");
    bool serveIndex = true;          // GET /wp-json (the site's index with its time zone)
    QString currency = QStringLiteral("USD");   // the shop's setting
    bool serveCurrency = true;       // GET /data/currencies/current (WooCommerce 3.5+)
    bool honourStatus = true;        // products' status filter
    QList<QJsonObject> products;
    QHash<qint64, QList<QJsonObject>> variations;   // by parent id
    QList<ShopOrder> orders;
    QList<QUrlQuery> orderQueries;   // what GET /orders was asked
    // Called after an orders page is served (the shop changes while it is read).
    std::function<void(int page)> afterOrdersPage;

    QString local(const QDateTime &utc) const { return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")); }
    static QDateTime modifiedAt(const ShopOrder &o) { return o.modified.isValid() ? o.modified : o.created; }
    bool knowsModifiedAfter = true;  // WooCommerce's modified_after / modified_before (an old shop ignores them)

    QJsonObject orderJson(const ShopOrder &o) const
    {
        QJsonArray lines;
        qint64 total = o.shipping;
        for (const auto &[product, quantity, lineTotal] : o.lines) {
            lines.append(QJsonObject{{QStringLiteral("id"), o.id * 10 + lines.size()},
                                     {QStringLiteral("name"), QStringLiteral("Product %1").arg(product)},
                                     {QStringLiteral("product_id"), product},
                                     {QStringLiteral("variation_id"), 0},
                                     {QStringLiteral("quantity"), quantity},
                                     {QStringLiteral("tax_class"), QString()},
                                     {QStringLiteral("subtotal"), money(lineTotal)},
                                     {QStringLiteral("subtotal_tax"), QStringLiteral("0.00")},
                                     {QStringLiteral("total"), money(lineTotal)},
                                     {QStringLiteral("total_tax"), QStringLiteral("0.00")},
                                     {QStringLiteral("taxes"), QJsonArray()},
                                     {QStringLiteral("meta_data"), QJsonArray()},
                                     {QStringLiteral("sku"), QString()},
                                     {QStringLiteral("price"), double(lineTotal) / 100.0 / double(std::max<qint64>(1, quantity))}});
            total += lineTotal;
        }
        QJsonArray refunds;
        for (const ShopOrder::Refund &r : o.refunds)
            refunds.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("reason"), QString()},
                                       {QStringLiteral("total"), money(-r.amount)}});
        return QJsonObject{{QStringLiteral("id"), o.id},
                           {QStringLiteral("parent_id"), 0},
                           {QStringLiteral("number"), QString::number(o.id)},
                           {QStringLiteral("status"), o.status},
                           {QStringLiteral("currency"), o.currency.isEmpty() ? currency : o.currency},
                           {QStringLiteral("date_created"), local(o.created)},
                           {QStringLiteral("date_created_gmt"), o.created.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                           {QStringLiteral("date_modified"), local(modifiedAt(o))},
                           {QStringLiteral("date_modified_gmt"), modifiedAt(o).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                           {QStringLiteral("shipping_total"), money(o.shipping)},
                           {QStringLiteral("total"), money(total)},
                           {QStringLiteral("total_tax"), QStringLiteral("0.00")},
                           {QStringLiteral("prices_include_tax"), false},
                           {QStringLiteral("line_items"), lines},
                           {QStringLiteral("shipping_lines"), QJsonArray()},
                           {QStringLiteral("fee_lines"), QJsonArray()},
                           {QStringLiteral("coupon_lines"), QJsonArray()},
                           {QStringLiteral("refunds"), refunds}};
    }

    QJsonObject refundJson(const ShopOrder &o, const ShopOrder::Refund &r) const
    {
        QJsonArray lines;
        for (const ShopOrder::RefundLine &l : r.lines)
            lines.append(QJsonObject{{QStringLiteral("id"), r.id * 10 + lines.size()},
                                     {QStringLiteral("name"), QStringLiteral("Product %1").arg(l.productId)},
                                     {QStringLiteral("product_id"), l.productId},
                                     {QStringLiteral("variation_id"), 0},
                                     {QStringLiteral("quantity"), -l.quantity},
                                     {QStringLiteral("tax_class"), QString()},
                                     {QStringLiteral("subtotal"), money(-l.total)},
                                     {QStringLiteral("subtotal_tax"), QStringLiteral("0.00")},
                                     {QStringLiteral("total"), money(-l.total)},
                                     {QStringLiteral("total_tax"), QStringLiteral("0.00")},
                                     {QStringLiteral("taxes"), QJsonArray()},
                                     {QStringLiteral("meta_data"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("_refunded_item_id")},
                                                                                          {QStringLiteral("value"), QString::number(o.id * 10)}}}},
                                     {QStringLiteral("sku"), QString()},
                                     {QStringLiteral("price"), -double(l.total) / 100.0}});
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("date_created"), local(o.created.addDays(3))},
                           {QStringLiteral("date_created_gmt"), o.created.addDays(3).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                           {QStringLiteral("amount"), money(r.amount)},
                           {QStringLiteral("reason"), QString()},
                           {QStringLiteral("refunded_by"), 1},
                           {QStringLiteral("refunded_payment"), false},
                           {QStringLiteral("meta_data"), QJsonArray()},
                           {QStringLiteral("line_items"), lines}};
    }

    // One page of `items` (already filtered), sorted as asked.
    static A page(QList<QJsonObject> items, const QUrlQuery &q, const QString &dateKey)
    {
        const QString orderby = q.queryItemValue(QStringLiteral("orderby")).isEmpty() ? QStringLiteral("date")
                                                                                      : q.queryItemValue(QStringLiteral("orderby"));
        const bool asc = q.queryItemValue(QStringLiteral("order")) == u"asc";
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            // WordPress orders by date, then by ID (WP_Query's "date ID")
            const auto key = [&](const QJsonObject &o) {
                return orderby == u"id" ? std::pair{QString(), o.value(QStringLiteral("id")).toInteger()}
                                        : std::pair{o.value(dateKey).toString(), o.value(QStringLiteral("id")).toInteger()};
            };
            return asc ? key(a) < key(b) : key(b) < key(a);
        });
        const int perPage = q.hasQueryItem(QStringLiteral("per_page")) ? q.queryItemValue(QStringLiteral("per_page")).toInt() : 10;
        const int pageNo = q.hasQueryItem(QStringLiteral("page")) ? q.queryItemValue(QStringLiteral("page")).toInt() : 1;
        const int total = int(items.size());
        const int pages = (total + perPage - 1) / perPage;
        if (pageNo > 1 && pageNo > pages)
            return A{400, R"({"code":"woocommerce_rest_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}})",
                     {}, F::None};
        QJsonArray out;
        for (int i = (pageNo - 1) * perPage; i < std::min(total, pageNo * perPage); ++i)
            out.append(items[i]);
        return A{200, QJsonDocument(out).toJson(QJsonDocument::Compact),
                 {{"X-WP-Total", QByteArray::number(total)}, {"X-WP-TotalPages", QByteArray::number(pages)}}, F::None};
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        const QUrlQuery q(QString::fromUtf8(s.query));
        const QString path = QString::fromUtf8(s.path);
        if (path == u"/wp-json") {
            if (!serveIndex)
                return A{404, R"({"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}})",
                         {}, F::None};
            const bool named = zone.id() != "UTC" && !zone.id().startsWith("UTC");
            return A{200, QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Shop")},
                                                    {QStringLiteral("timezone_string"), named ? QString::fromUtf8(zone.id()) : QString()},
                                                    {QStringLiteral("gmt_offset"), QString::number(zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) / 3600)}})
                              .toJson(QJsonDocument::Compact),
                     {}, F::None};
        }
        if (s.headers.value("authorization") != "Basic " + QByteArray("ck:cs").toBase64())
            return A{401, R"({"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}})", {}, F::None};
        if (path == u"/wp-json/wc/v3/data/currencies/current") {
            if (!serveCurrency)
                return A{404, R"({"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}})",
                         {}, F::None};
            return A{200, QJsonDocument(QJsonObject{{QStringLiteral("code"), currency},
                                                    {QStringLiteral("name"), QStringLiteral("Some currency")},
                                                    {QStringLiteral("symbol"), QStringLiteral("&euro;")}})
                              .toJson(QJsonDocument::Compact),
                     {}, F::None};
        }
        if (path == u"/wp-json/wc/v3/products") {
            const QString status = q.queryItemValue(QStringLiteral("status"));
            QList<QJsonObject> items;
            for (const QJsonObject &p : std::as_const(products))
                if (!honourStatus || status.isEmpty() || status == u"any" || p.value(QStringLiteral("status")).toString() == status)
                    items << p;
            return page(items, q, QStringLiteral("date_created"));
        }
        static const QRegularExpression variationsPath(QStringLiteral("^/wp-json/wc/v3/products/(\\d+)/variations$"));
        if (const auto m = variationsPath.match(path); m.hasMatch())
            return page(variations.value(m.captured(1).toLongLong()), q, QStringLiteral("date_created"));
        if (path == u"/wp-json/wc/v3/orders") {
            orderQueries << q;
            // after/before compare with the creation date, modified_after/
            // modified_before with the modification date, strictly
            // (WP_Date_Query); site-local, or GMT with dates_are_gmt=true.
            const bool gmt = q.queryItemValue(QStringLiteral("dates_are_gmt")) == u"true";
            const auto at = [&](const QDateTime &utc) { return gmt ? utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : local(utc); };
            const QString after = q.queryItemValue(QStringLiteral("after"));
            const QString before = q.queryItemValue(QStringLiteral("before"));
            const QString modifiedAfter = knowsModifiedAfter ? q.queryItemValue(QStringLiteral("modified_after")) : QString();
            const QString modifiedBefore = knowsModifiedAfter ? q.queryItemValue(QStringLiteral("modified_before")) : QString();
            QList<QJsonObject> items;
            for (const ShopOrder &o : std::as_const(orders)) {
                const QString created = at(o.created);
                const QString modified = at(modifiedAt(o));
                if ((!after.isEmpty() && !(created > after)) || (!before.isEmpty() && !(created < before)) || o.status == u"trash")
                    continue;
                if ((!modifiedAfter.isEmpty() && !(modified > modifiedAfter)) || (!modifiedBefore.isEmpty() && !(modified < modifiedBefore)))
                    continue;
                items << orderJson(o);
            }
            A answer = page(items, q, QStringLiteral("date_created"));
            if (afterOrdersPage)
                afterOrdersPage(q.queryItemValue(QStringLiteral("page")).toInt());
            return answer;
        }
        static const QRegularExpression refundsPath(QStringLiteral("^/wp-json/wc/v3/orders/(\\d+)/refunds$"));
        if (const auto m = refundsPath.match(path); m.hasMatch()) {
            for (const ShopOrder &o : std::as_const(orders))
                if (o.id == m.captured(1).toLongLong()) {
                    QList<QJsonObject> items;
                    for (const ShopOrder::Refund &r : o.refunds)
                        items << refundJson(o, r);
                    return page(items, q, QStringLiteral("date_created"));
                }
            return A{404, R"({"code":"woocommerce_rest_shop_order_invalid_id","message":"Invalid ID.","data":{"status":404}})", {}, F::None};
        }
        return std::nullopt;
    }
};

inline QJsonObject product(qint64 id, const QString &status = QStringLiteral("publish"), const QString &stockStatus = QStringLiteral("instock"),
                           QJsonValue stockQuantity = QJsonValue(), const QString &type = QStringLiteral("simple"), QJsonArray variations = {})
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("Product %1").arg(id)},
                       {QStringLiteral("date_created"), QStringLiteral("2026-01-01T00:00:%1").arg(id % 60, 2, 10, QLatin1Char('0'))},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("price"), QStringLiteral("30.00")},
                       {QStringLiteral("regular_price"), QStringLiteral("30.00")},
                       {QStringLiteral("manage_stock"), !stockQuantity.isNull()},
                       {QStringLiteral("stock_quantity"), stockQuantity},
                       {QStringLiteral("stock_status"), stockStatus},
                       {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), 9}, {QStringLiteral("name"), QStringLiteral("Home")}}}},
                       {QStringLiteral("variations"), variations}};
}

inline QJsonObject variation(qint64 id, const QString &stockStatus, QJsonValue manageStock, QJsonValue stockQuantity,
                             const QString &status = QStringLiteral("publish"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("date_created"), QStringLiteral("2026-01-02T00:00:%1").arg(id % 60, 2, 10, QLatin1Char('0'))},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("price"), QStringLiteral("30.00")},
                       {QStringLiteral("manage_stock"), manageStock},
                       {QStringLiteral("stock_quantity"), stockQuantity},
                       {QStringLiteral("stock_status"), stockStatus}};
}

} // namespace cp::test
