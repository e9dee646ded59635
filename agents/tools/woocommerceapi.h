// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "models/product.h"

#include <QHash>
#include <QTimeZone>

namespace cp {

// The WooCommerce REST API v3 (WordPress REST API integration): products,
// their variations, orders and their refunds, and the site's time zone. Lists
// are read page by page (per_page 100; the totals come from X-WP-Total and
// X-WP-TotalPages) in ascending id order, a few pages at a time, and checked
// for pages that moved while they were read (see fetchPaged). The consumer key
// and secret go as HTTP Basic, which the network layer only allows over HTTPS
// (or to loopback). Every field is checked; a bad one names the page and the field.
class WooCommerceApi final : public QObject
{
    Q_OBJECT
public:
    WooCommerceApi(QUrl base, NetworkPolicy policy, QByteArray consumerKey, QByteArray consumerSecret, QObject *parent = nullptr);

    // One product as the list states it.
    struct ProductRow
    {
        Product product;           // stock as stock_quantity says (before stock_status)
        QString status;            // publish, draft, pending, private; empty when not given
        QString type;              // simple, variable, grouped, external; empty when not given
        QString stockStatus;       // instock, outofstock, onbackorder; empty when not given
        QList<qint64> variations;  // a variable product's variation ids
        // A field the shop gave wrong (a negative price, a stock that is not
        // a number): the product is set aside, not the whole list. Its id is
        // good; catalog() leaves it out and says so, naming page and field.
        std::optional<Error> problem;
    };
    // One variation of a variable product.
    struct Variation
    {
        qint64 id = 0;
        QString status;            // publish, private, ...; empty when not given
        QString stockStatus;
        QString manageStock;       // "true", "false" or "parent" (the parent's stock is shared)
        std::optional<qint64> stockQuantity;
    };

    // Published products with their stock as sold (stock_status applied; a
    // variable product's own stock, not its variations'): the simple reader,
    // strict: a product set aside (ProductRow::problem) fails it.
    using ProductsDone = std::function<void(const Result<QList<Product>> &)>;
    void fetchProducts(ProductsDone done);
    // The rows of GET /products?status=publish, as listed (see catalog()).
    using RowsDone = std::function<void(const Result<QList<ProductRow>> &)>;
    void fetchProductRows(RowsDone done);
    // X-WP-Total of GET /products?status=`status` (one item asked).
    void countProducts(const QString &status, std::function<void(const Result<qint64> &)> done);
    void fetchVariations(const QString &productId, std::function<void(const Result<QList<Variation>> &)> done);
    // The catalog to import: published rows only, stock as the shop can sell
    // it (variations summed; out of stock and on backorder as 0). `variations`
    // holds what was read per variable product id; one missing or failed
    // leaves that product's stock unknown (listed in `failures`). A row set
    // aside (problem) is left out, listed in `failures` and in `setAside` with
    // its id and name only (no price or stock: what the shop gave is not trusted).
    // `unpublishedOnServer` products the server left out (status=publish) are
    // counted with the rows skipped here in one note.
    static QList<Product> catalog(const QList<ProductRow> &rows, const QHash<QString, Result<QList<Variation>>> &variations,
                                  qint64 unpublishedOnServer, QStringList *notes, QStringList *failures,
                                  QList<Product> *setAside = nullptr);

    // An order as the list states it.
    struct OrderItem
    {
        QString productId;         // "0" when the product was deleted since
        qint64 quantity = 0;
        Money total;               // the line's total after discounts, before tax
        Money tax;                 // total_tax (0 when not given)
    };
    struct Order
    {
        qint64 id = 0;
        QString status;
        QDate day;                 // date_created's day: the shop's own time
        QDateTime createdLocal;    // date_created as given (the shop's wall clock)
        QDateTime createdUtc;      // date_created_gmt; invalid when not given
        QDateTime modifiedUtc;     // date_modified_gmt (UTC); invalid when not given
        std::optional<Money> total; // the grand total (tax, shipping, fees included)
        QString currency;          // ISO 4217 as the order states it; empty when not given
        QList<OrderItem> items;
        bool hasRefunds = false;   // the order's refunds list is not empty
        // A sale: paid or being paid. Pending, failed, cancelled, refunded and
        // drafts are not counted (as WooCommerce's own reports do).
        bool isSale() const;
    };
    struct RefundItem
    {
        QString productId;
        qint64 quantity = 0;       // units given back (the API states them negative)
        Money total;               // money given back for the line, before tax
        Money tax;
    };
    struct Refund
    {
        qint64 id = 0;
        Money amount;              // all the refund gave back
        QList<RefundItem> items;   // empty: an amount not tied to a line
    };

    // GET /orders created between `from` and `to` (days in the shop's time, inclusive).
    using OrdersDone = std::function<void(const Result<QList<Order>> &)>;
    void fetchOrders(QDate from, QDate to, OrdersDone done);
    // GET /orders modified after `sinceUtc` (date_modified_gmt), whatever
    // their creation date: a refund or cancellation weeks after the sale.
    void fetchOrdersModifiedSince(const QDateTime &sinceUtc, OrdersDone done);
    void fetchRefunds(qint64 orderId, std::function<void(const Result<QList<Refund>> &)> done);

    // The site's time zone from the WordPress REST API index (GET /wp-json).
    using ZoneDone = std::function<void(const Result<QTimeZone> &)>;
    void fetchTimeZone(ZoneDone done);
    // The shop's currency (ISO 4217) from GET /data/currencies/current.
    void fetchCurrency(std::function<void(const Result<QString> &)> done);
    static Result<QString> parseCurrentCurrency(const QByteArray &body, const QString &where);
    // The shop's offset from UTC as its newest order states it
    // (date_created − date_created_gmt), when one does.
    static std::optional<int> offsetSeenInOrders(const QList<Order> &orders);

    struct OrderLine
    {
        QDate day;             // the order's creation day, shop time
        QString productId;     // "0" when the product was deleted since
        qint64 quantity = 0;
        Money total;           // the line's total after discounts and refunds, before tax
        bool counted = false;  // the order is a sale and the line still sold something
        qint64 orderId = 0;
    };
    // An order's lines, one per product, with its refunds taken off (see the .cpp for how).
    static QList<OrderLine> netLines(const Order &order, const QList<Refund> &refunds);

    static Result<QList<ProductRow>> parseProducts(const QByteArray &body, const QString &where);
    static Result<QList<Variation>> parseVariations(const QByteArray &body, const QString &where);
    static Result<QList<Order>> parseOrders(const QByteArray &body, const QString &where);
    static Result<QList<Refund>> parseRefunds(const QByteArray &body, const QString &where);
    static Result<QTimeZone> parseSiteIndex(const QByteArray &body, const QString &where);
    static QList<ProductDay> dailySales(const QList<OrderLine> &lines, QStringList *notes);
    HttpClient *http() const { return m_http; }

    static constexpr int kPerPage = 100;
    static constexpr int kParallelPages = 4;   // pages of one list in flight at once
    static constexpr int kMaxRestarts = 3;     // a list that shrank while read is read again, at most so often

private:
    HttpRequest pageRequest(const QString &path, const QUrlQuery &query, int page) const;
    template<typename T>
    void fetchPaged(const QString &path, const QUrlQuery &query, Result<QList<T>> (*parse)(const QByteArray &, const QString &),
                    std::function<QString(const T &)> idOf, std::function<void(const Result<QList<T>> &)> done);
    HttpClient *m_http;
    QByteArray m_authorization;   // in memory only
};

} // namespace cp
