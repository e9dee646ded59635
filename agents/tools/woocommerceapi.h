// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/product.h"

namespace cp {

// The WooCommerce REST API v3 (WordPress REST API integration): products and
// orders of a store, read page by page (per_page 100; the totals come from X-WP-Total
// and X-WP-TotalPages). The consumer key and secret go as HTTP Basic, which
// the network layer only allows over HTTPS (or to loopback). After the first
// page the rest are fetched in parallel (Qt keeps at most six connections a
// host). Every field is checked; a bad one names the page and the field.
class WooCommerceApi final : public QObject
{
    Q_OBJECT
public:
    WooCommerceApi(QUrl base, NetworkPolicy policy, QByteArray consumerKey, QByteArray consumerSecret, QObject *parent = nullptr);

    using ProductsDone = std::function<void(const Result<QList<Product>> &)>;
    void fetchProducts(ProductsDone done);

    // Units and revenue a day per product from the order line items of
    // /wp-json/wc/v3/orders created between `from` and `to` (days, inclusive).
    // The notes say what was left out and why.
    using SalesDone = std::function<void(const Result<std::pair<QList<ProductDay>, QStringList>> &)>;
    void fetchDailySales(QDate from, QDate to, SalesDone done);

    struct OrderLine
    {
        QDate day;             // the order's creation day, shop time
        QString productId;     // "0" when the product was deleted since
        qint64 quantity = 0;
        Money total;           // the line's total after discounts, before tax
        bool counted = false;  // the order is a sale (processing, completed, on-hold)
    };
    static Result<QList<Product>> parseProducts(const QByteArray &body, const QString &where);
    static Result<QList<OrderLine>> parseOrders(const QByteArray &body, const QString &where);
    static QList<ProductDay> dailySales(const QList<OrderLine> &lines, QStringList *notes);
    HttpClient *http() const { return m_http; }

    static constexpr int kPerPage = 100;

private:
    HttpRequest pageRequest(const QString &path, const QUrlQuery &query, int page) const;
    template<typename T>
    void fetchPaged(const QString &path, const QUrlQuery &query, Result<QList<T>> (*parse)(const QByteArray &, const QString &),
                    std::function<void(const Result<QList<T>> &)> done);
    HttpClient *m_http;
    QByteArray m_authorization;   // in memory only
};

} // namespace cp
