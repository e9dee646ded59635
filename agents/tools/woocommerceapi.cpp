// SPDX-License-Identifier: GPL-3.0-or-later
#include "woocommerceapi.h"
#include "htmltext.h"
#include "jsonfields.h"
#include "models/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace cp {

namespace {
struct WooText
{
    Q_DECLARE_TR_FUNCTIONS(WooCommerceApi)
};

const QString kProducts = QStringLiteral("/wp-json/wc/v3/products");
const QString kOrders = QStringLiteral("/wp-json/wc/v3/orders");

// Every list is asked in ascending id order. The order list's documented
// options are date, id, include, title and slug (default date, descending:
// newest first) — https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-orders;
// refunds, products and variations take the same `orderby`/`order`
// (#list-all-refunds, #list-all-products, #list-all-product-variations).
// Newest first, an order placed while the pages are read pushes every later
// one a place down: the first of each page comes again and the oldest falls
// off the last page. By ascending id a new order can only join the end.
void ascendingById(QUrlQuery &q)
{
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
}

QJsonDocument parseJson(const QByteArray &body, std::optional<Error> &error, const QString &where)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        error = Error{WooText::tr("the answer is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset), where};
    return doc;
}

// An amount as WooCommerce writes them, sign allowed (refunds state theirs
// negative: "-9.00"); `absolute` gives it without the sign.
QString signedMoney(const QJsonObject &o, const char *key, bool required, Money &absolute)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return required ? WooText::tr("is missing") : QString();
    std::optional<Money> m;
    if (v.isString())
        m = Money::parse(v.toString());
    else if (v.isDouble() && std::isfinite(v.toDouble()))
        m = Money::parse(QString::number(v.toDouble(), 'g', 15));
    if (!m || std::abs(m->toDouble()) > fields::kMaxMoney)
        return WooText::tr("is not an amount");
    absolute = Money::fromMinor(std::abs(m->minor()));
    return {};
}

// A whole number, sign allowed.
QString signedCount(const QJsonObject &o, const char *key, qint64 &absolute)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > fields::kMaxCount)
        return v.isUndefined() || v.isNull() ? WooText::tr("is missing") : WooText::tr("is not a whole number");
    absolute = qint64(std::abs(v.toDouble()));
    return {};
}

QString optionalText(const QJsonObject &o, const char *key, QString &out)
{
    return fields::text(o, key, false, out);
}

// "2026-11-24T10:15:00" as a wall-clock time (kept in a UTC QDateTime so that
// no zone of this machine bends it); invalid when it is not one.
QDateTime wallClock(const QString &text)
{
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = text.size() >= 19 ? QTime::fromString(text.mid(11, 8), Qt::ISODate) : QTime();
    if (!day.isValid() || !time.isValid() || text.size() < 19 || text.at(10) != u'T')
        return {};
    return QDateTime(day, time, Qt::UTC);
}

// A shop that refuses the keys (401, or 403 for a key whose user may not
// read) says so in words that name where to look, not only its own
// "Sorry, you cannot list resources."
Error withKeyHint(Error e)
{
    if (e.httpStatus == 401 || e.httpStatus == 403)
        e.message += WooText::tr("; the consumer key or secret is wrong, or the key lacks Read permission (WordPress admin: "
                                 "WooCommerce ▸ Settings ▸ Advanced ▸ REST API)");
    return e;
}

// One list read page by page (see WooCommerceApi::fetchPaged).
template<typename T>
struct PagedRead : std::enable_shared_from_this<PagedRead<T>>
{
    HttpClient *http = nullptr;
    std::function<HttpRequest(int)> request;
    QString endpoint;
    Result<QList<T>> (*parse)(const QByteArray &, const QString &) = nullptr;
    std::function<QString(const T &)> idOf;
    std::function<void(const Result<QList<T>> &)> done;

    static constexpr int kMaxRounds = 5;   // rounds of pages the list grew into
    int restarts = 0, rounds = 0;
    bool haveFirst = false, shrank = false, finished = false;
    qint64 firstTotal = -1, newestTotal = -1;   // X-WP-Total (-1: not sent)
    int firstPages = 0, newestPages = 0;
    QMap<int, QList<T>> pages;    // the newest answer for each page
    QMap<int, qint64> totalAt;    // X-WP-Total when that page was served
    QList<int> queue;
    int inFlight = 0;
    std::optional<Error> error;

    void begin()
    {
        haveFirst = shrank = false;
        firstTotal = newestTotal = -1;
        firstPages = newestPages = 0;
        pages.clear();
        totalAt.clear();
        queue = {1};
        pump();
    }

    void pump()
    {
        while (inFlight < WooCommerceApi::kParallelPages && !queue.isEmpty() && !error) {
            const int page = queue.takeFirst();
            ++inFlight;
            auto self = this->shared_from_this();
            http->send(request(page), [self, page](const Result<HttpResponse> &r) { self->answered(page, r); });
        }
        if (inFlight == 0)
            settle();
    }

    void answered(int page, const Result<HttpResponse> &r)
    {
        --inFlight;
        const QString where = endpoint + QStringLiteral(" page %1").arg(page);
        auto failed = [&](const Error &e) {
            if (!error)
                error = e;
            pump();
        };
        if (!r)
            return failed(withKeyHint(page == 1 ? r.error() : Error{r.error().message, where, r.error().httpStatus}));
        // X-WP-TotalPages is ceil(X-WP-Total / per_page): 0 for an empty
        // result, which is an answer like any other (a quiet shop's day).
        // https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/ ;
        // WooCommerce sets both in WC_REST_CRUD_Controller::get_items.
        bool ok = false;
        const int totalPages = r->header("X-WP-TotalPages").trimmed().toInt(&ok);
        if (!ok || totalPages < 0 || totalPages > 10000)
            return failed(Error{WooText::tr("header X-WP-TotalPages is missing or absurd (\"%1\")")
                                    .arg(QString::fromLatin1(r->header("X-WP-TotalPages"))),
                                page == 1 ? endpoint : where});
        qint64 total = -1;
        if (const QByteArray t = r->header("X-WP-Total").trimmed(); !t.isEmpty()) {
            total = t.toLongLong(&ok);
            if (!ok || total < 0)
                return failed(Error{WooText::tr("header X-WP-Total is not a count (\"%1\")").arg(QString::fromLatin1(t)), where});
        }
        auto items = http->redacted(parse(r->body, where));   // a field may quote what the server was sent
        if (!items)
            return failed(items.error());
        if (totalPages == 0 && !items->isEmpty())
            return failed(Error{WooText::tr("X-WP-TotalPages is 0 but the page holds %n item(s)", nullptr, int(items->size())), where});
        pages.insert(page, *items);
        totalAt.insert(page, total);
        if (!haveFirst && page == 1) {
            haveFirst = true;
            firstTotal = total;
            firstPages = totalPages;
            for (int p = 2; p <= totalPages; ++p)
                queue.append(p);
        } else if (firstTotal >= 0 && total >= 0 ? total < firstTotal : totalPages < firstPages) {
            shrank = true;   // something was removed since page 1: the pages after it moved up
        }
        newestTotal = std::max(newestTotal, total);
        newestPages = std::max(newestPages, totalPages);
        pump();
    }

    // Nothing in flight and nothing queued: done, or another round.
    void settle()
    {
        if (finished)
            return;
        if (error) {
            finished = true;
            return done(*error);
        }
        if (shrank) {
            if (++restarts > WooCommerceApi::kMaxRestarts) {
                finished = true;
                return done(Error{WooText::tr("the list kept shrinking while it was read (entries removed meanwhile, %n attempt(s)); "
                                              "nothing was kept, try again",
                                              nullptr, restarts),
                                  endpoint});
            }
            return begin();
        }
        // The list grew while it was read (new orders: by ascending id they
        // join the end). Pages it grew into, and pages served before it grew
        // whose range the newcomers reach, are asked (again).
        const int lastPage =
            newestTotal >= 0 ? int((newestTotal + WooCommerceApi::kPerPage - 1) / WooCommerceApi::kPerPage) : newestPages;
        QList<int> more;
        for (int p = 1; p <= lastPage; ++p) {
            if (!pages.contains(p)) {
                more << p;
                continue;
            }
            const qint64 at = totalAt.value(p);
            if (newestTotal >= 0 && at >= 0 && at < newestTotal && qint64(p) * WooCommerceApi::kPerPage > at
                && qint64(p - 1) * WooCommerceApi::kPerPage < newestTotal)
                more << p;
        }
        if (!more.isEmpty() && ++rounds <= kMaxRounds) {
            queue = more;
            return pump();
        }
        // In page order, each id once: an entry seen on two pages (a
        // boundary that moved) counts once.
        QList<T> all;
        QSet<QString> seen;
        for (const QList<T> &items : std::as_const(pages))
            for (const T &item : items) {
                const QString id = idOf(item);
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                all.append(item);
            }
        // Fewer different entries than the server counts (X-WP-Total): a
        // page served twice (a stale cache answering page 2 with page 1's
        // entries) or skipped. Kept, that loses the missing orders for good
        // (later reads go back only days). Read again from the start, as for
        // a list that shrank; still short: nothing kept, said so.
        if (newestTotal >= 0 && qint64(all.size()) < newestTotal) {
            if (++restarts > WooCommerceApi::kMaxRestarts) {
                finished = true;
                return done(Error{WooText::tr("the server counts %1 entries (X-WP-Total) but its pages held %2 different ones (a page "
                                              "served twice or left out, %n attempt(s)); nothing was kept, try again",
                                              nullptr, restarts)
                                      .arg(newestTotal)
                                      .arg(all.size()),
                                  endpoint});
            }
            return begin();
        }
        finished = true;
        done(all);
    }
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

// Page 1 first (it says how many there are), then the others, a few at a
// time. WordPress pages by offset, so a list that changes while it is read
// moves its page boundaries; every answer's X-WP-Total says whether it did:
// - it shrank (an entry deleted or trashed after page 1): the later pages
//   moved up and one entry may have been skipped, so the whole list is read
//   again (at most kMaxRestarts times, then an error);
// - it grew (by ascending id, new entries only join the end): the pages the
//   newcomers reach are asked after the others, until an answer says no more;
// - and every entry counts once, by id, however many pages showed it.
// Without X-WP-Total (a server that only sends X-WP-TotalPages) the page
// count stands in for it.
template<typename T>
void WooCommerceApi::fetchPaged(const QString &path, const QUrlQuery &query, Result<QList<T>> (*parse)(const QByteArray &, const QString &),
                                std::function<QString(const T &)> idOf, std::function<void(const Result<QList<T>> &)> done)
{
    auto read = std::make_shared<PagedRead<T>>();
    read->http = m_http;
    read->request = [this, path, query](int page) { return pageRequest(path, query, page); };
    read->endpoint = QStringLiteral("GET ") + path;
    read->parse = parse;
    read->idOf = std::move(idOf);
    read->done = std::move(done);
    read->begin();
}

namespace {

// The fields of one product after its id, into `row`; the first one wrong is
// returned as `bad` words it (the page and the entry's index).
template<typename Bad>
std::optional<Error> readProduct(const QJsonObject &o, WooCommerceApi::ProductRow &row, Bad bad)
{
    Product &p = row.product;
    // Its status first: a draft the server sent anyway is skipped as a
    // draft, whatever else it gives wrong.
    if (QString e = optionalText(o, "status", row.status); !e.isEmpty())
        return bad("status", e);
    if (!o.value(QStringLiteral("name")).isString() || o.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return bad("name", WooText::tr("is missing or empty"));
    p.name = plainTextOfHtml(o.value(QStringLiteral("name")).toString());
    if (p.name.isEmpty())
        return bad("name", WooText::tr("holds only markup"));
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
    // type, stock_status and variations (status above) as the product properties
    // name them: https://woocommerce.github.io/woocommerce-rest-api-docs/#product-properties
    for (const auto &[field, out] : {std::pair{"type", &row.type}, std::pair{"stock_status", &row.stockStatus}})
        if (QString e = optionalText(o, field, *out); !e.isEmpty())
            return bad(field, e);
    const QJsonValue variations = o.value(QStringLiteral("variations"));
    if (!variations.isUndefined() && !variations.isNull()) {
        if (!variations.isArray())
            return bad("variations", WooText::tr("is not a list of ids"));
        for (const QJsonValue &v : variations.toArray()) {
            if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() != std::floor(v.toDouble()))
                return bad("variations", WooText::tr("holds something that is not a variation id"));
            row.variations.append(qint64(v.toDouble()));
        }
    }
    const QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
    if (!categories.isEmpty())
        p.category = plainTextOfHtml(categories.first().toObject().value(QStringLiteral("name")).toString());
    const QJsonArray images = o.value(QStringLiteral("images")).toArray();
    if (!images.isEmpty())
        p.imageUrl = images.first().toObject().value(QStringLiteral("src")).toString();
    p.description = plainTextOfHtml(o.value(QStringLiteral("short_description")).toString());
    return std::nullopt;
}
} // namespace

Result<QList<WooCommerceApi::ProductRow>> WooCommerceApi::parseProducts(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of products"), where};
    QList<ProductRow> out;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{WooText::tr("[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        ProductRow row;
        Product &p = row.product;
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isDouble() || id.toDouble() <= 0 || id.toDouble() != std::floor(id.toDouble()))
            return bad("id", WooText::tr("is not a product id"));   // nothing to name it by: the page fails
        p.id = QString::number(qint64(id.toDouble()));
        // Past the id, a field the shop gave wrong sets this product aside
        // (catalog() says which and where); the others are read on.
        if (std::optional<Error> e = readProduct(o, row, [&](const char *field, const QString &why) { return bad(field, why); })) {
            row.problem = std::move(e);   // the name, when read, stays to name it by
        }
        out.append(std::move(row));
    }
    return out;
}

Result<QList<WooCommerceApi::Variation>> WooCommerceApi::parseVariations(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of variations"), where};
    QList<Variation> out;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{WooText::tr("[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        Variation v;
        if (QString e = fields::count(o, "id", v.id); !e.isEmpty() || v.id <= 0)
            return bad("id", e.isEmpty() ? WooText::tr("is not a variation id") : e);
        for (const auto &[field, out] : {std::pair{"status", &v.status}, std::pair{"stock_status", &v.stockStatus}})
            if (QString e = optionalText(o, field, *out); !e.isEmpty())
                return bad(field, e);
        // manage_stock is a boolean, or "parent" when the variation sells
        // from its parent's stock: the variation properties,
        // https://woocommerce.github.io/woocommerce-rest-api-docs/#product-variation-properties
        const QJsonValue manage = o.value(QStringLiteral("manage_stock"));
        if (manage.isBool())
            v.manageStock = manage.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (manage.isString() && manage.toString() == u"parent")
            v.manageStock = QStringLiteral("parent");
        else if (manage.isUndefined() || manage.isNull())
            v.manageStock = QStringLiteral("false");
        else
            return bad("manage_stock", WooText::tr("is neither true, false nor \"parent\""));
        const QJsonValue stock = o.value(QStringLiteral("stock_quantity"));
        if (!stock.isNull() && !stock.isUndefined()) {
            if (!stock.isDouble() || stock.toDouble() != std::floor(stock.toDouble()) || std::abs(stock.toDouble()) > 1e9)
                return bad("stock_quantity", WooText::tr("is not a whole number"));
            v.stockQuantity = qint64(stock.toDouble());
        }
        out.append(v);
    }
    return out;
}

namespace {
// What a variable product has to sell: the sum of its published variations'
// stock. One that sells from the parent's stock (manage_stock "parent") adds
// the parent's once, however many do; one in stock whose quantity is not
// tracked makes the sum unknown (as a simple product without stock_quantity).
std::optional<qint64> variableStock(const WooCommerceApi::ProductRow &row, const QList<WooCommerceApi::Variation> &variations)
{
    qint64 sum = 0;
    bool unknown = false, shared = false;
    for (const WooCommerceApi::Variation &v : variations) {
        if (!v.status.isEmpty() && v.status != u"publish")
            continue;   // a draft or private variation cannot be bought
        if (v.stockStatus == u"outofstock" || v.stockStatus == u"onbackorder")
            continue;
        if (v.manageStock == u"parent")
            shared = true;
        else if (v.manageStock == u"true" && v.stockQuantity)
            sum += std::max<qint64>(0, *v.stockQuantity);
        else
            unknown = true;
    }
    if (shared) {
        if (row.product.stock)
            sum += std::max<qint64>(0, *row.product.stock);
        else
            unknown = true;
    }
    if (unknown)
        return std::nullopt;
    return sum;
}
} // namespace

QList<Product> WooCommerceApi::catalog(const QList<ProductRow> &rows, const QHash<QString, Result<QList<Variation>>> &variations,
                                       qint64 unpublishedOnServer, QStringList *notes, QStringList *failures,
                                       QList<Product> *setAside)
{
    QList<Product> out;
    qint64 unpublished = std::max<qint64>(0, unpublishedOnServer);
    int outOfStock = 0, backorder = 0;
    for (const ProductRow &row : rows) {
        if (row.problem && !row.status.isEmpty() && row.status != u"publish") {
            ++unpublished;   // not for sale: left out as any draft is
            continue;
        }
        if (row.problem) {
            // One product the shop gives wrong does not hold back the others:
            // it is left out of this refresh (what the store held of it stays)
            // and named, with the page and field, so that it can be corrected.
            if (failures)
                *failures << WooText::tr("product %1 not read: %2 (%3); its sales are counted, its record is not updated (one new to "
                                         "the store is kept without price or stock); correct it in the shop, the next refresh reads it again")
                                 .arg(row.product.name.isEmpty() ? row.product.id
                                                                 : QStringLiteral("%1 \"%2\"").arg(row.product.id, row.product.name.left(60)),
                                      row.problem->message, row.problem->where);
            if (setAside) {
                Product stub;
                stub.id = row.product.id;
                stub.name = row.product.name.isEmpty() || row.product.name.size() > 1000 ? row.product.id : row.product.name;
                *setAside << stub;
            }
            continue;
        }
        // Only what customers can buy is imported: status=publish is asked,
        // and a draft, pending or private one that comes anyway is skipped.
        if (!row.status.isEmpty() && row.status != u"publish") {
            ++unpublished;
            continue;
        }
        Product p = row.product;
        const bool variable = row.type == u"variable" && !row.variations.isEmpty() && row.stockStatus != u"outofstock";
        if (variable) {
            const auto it = variations.constFind(p.id);
            if (it == variations.constEnd() || !it->ok()) {
                p.stock.reset();   // not known: never promoted on a guess
                if (failures)
                    *failures << WooText::tr("product %1: its variations could not be read (%2); stock unknown")
                                     .arg(p.id, it == variations.constEnd() ? WooText::tr("not asked") : it->error().toString());
            } else {
                p.stock = variableStock(row, it->value());
            }
        }
        // stock_status as the product properties define it: instock,
        // outofstock, onbackorder (#product-properties). Out of stock is 0 so
        // that no campaign promotes it. On backorder it can be ordered but not
        // shipped now: promoting it sells delays, so it counts as 0 in stock too.
        if (row.stockStatus == u"outofstock") {
            p.stock = 0;
            ++outOfStock;
        } else if (row.stockStatus == u"onbackorder") {
            p.stock = 0;
            ++backorder;
        }
        out.append(p);
    }
    if (notes) {
        if (unpublished > 0)
            *notes << WooText::tr("%n product(s) not published (draft, pending or private) left out of the catalog", nullptr,
                                  int(unpublished));
        if (outOfStock > 0)
            *notes << WooText::tr("%n product(s) out of stock: stock 0, not promoted", nullptr, outOfStock);
        if (backorder > 0)
            *notes << WooText::tr("%n product(s) on backorder counted as 0 in stock (they can be ordered, not shipped now)", nullptr,
                                  backorder);
    }
    return out;
}

void WooCommerceApi::fetchProductRows(RowsDone done)
{
    // status=publish: "Limit result set to products assigned a specific
    // status" (#list-all-products); the default, any, includes drafts.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("publish"));
    ascendingById(q);
    fetchPaged<ProductRow>(kProducts, q, &parseProducts, [](const ProductRow &r) { return r.product.id; }, std::move(done));
}

void WooCommerceApi::fetchProducts(ProductsDone done)
{
    fetchProductRows([done = std::move(done)](const Result<QList<ProductRow>> &rows) {
        if (!rows)
            return done(rows.error());
        QList<Product> out;
        for (const ProductRow &row : *rows) {
            if (row.problem)
                return done(*row.problem);
            if (!row.status.isEmpty() && row.status != u"publish")
                continue;
            Product p = row.product;
            if (row.stockStatus == u"outofstock" || row.stockStatus == u"onbackorder")
                p.stock = 0;
            out.append(p);
        }
        done(out);
    });
}

void WooCommerceApi::countProducts(const QString &status, std::function<void(const Result<qint64> &)> done)
{
    HttpRequest r;
    r.path = kProducts;
    r.query.addQueryItem(QStringLiteral("status"), status);
    r.query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    r.headers.append({"Authorization", m_authorization});
    m_http->send(r, [done = std::move(done)](const Result<HttpResponse> &answer) {
        if (!answer)
            return done(answer.error());
        bool ok = false;
        const qint64 total = answer->header("X-WP-Total").trimmed().toLongLong(&ok);
        if (!ok || total < 0)
            return done(Error{WooText::tr("header X-WP-Total is missing or not a count"), QStringLiteral("GET ") + kProducts});
        done(total);
    });
}

void WooCommerceApi::fetchVariations(const QString &productId, std::function<void(const Result<QList<Variation>> &)> done)
{
    // GET /products/<product_id>/variations (#list-all-product-variations).
    QUrlQuery q;
    ascendingById(q);
    fetchPaged<Variation>(kProducts + QLatin1Char('/') + pathSegment(productId) + QStringLiteral("/variations"), q, &parseVariations,
                          [](const Variation &v) { return QString::number(v.id); }, std::move(done));
}

bool WooCommerceApi::Order::isSale() const
{
    static const QStringList sold{QStringLiteral("processing"), QStringLiteral("completed"), QStringLiteral("on-hold")};
    return sold.contains(status);
}

Result<QList<WooCommerceApi::Order>> WooCommerceApi::parseOrders(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of orders"), where};
    QList<Order> out;
    const QJsonArray orders = doc.array();
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (!orders[i].isObject())
            return Error{WooText::tr("[%1] is not an order").arg(i), where};
        const QJsonObject o = orders[i].toObject();
        auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("[%1].%2 %3").arg(i).arg(field, why), where}; };
        Order order;
        if (QString e = fields::count(o, "id", order.id); !e.isEmpty() || order.id <= 0)
            return bad(QStringLiteral("id"), e.isEmpty() ? WooText::tr("is not an order id") : e);
        if (QString e = fields::text(o, "status", true, order.status); !e.isEmpty())
            return bad(QStringLiteral("status"), e);
        // date_created is "the date the order was created, in the site's
        // timezone", date_created_gmt the same "as GMT" (#order-properties):
        // the first gives the day as the shop counts it, the pair its offset.
        QString created;
        if (QString e = fields::text(o, "date_created", true, created); !e.isEmpty())
            return bad(QStringLiteral("date_created"), e);
        order.createdLocal = wallClock(created);
        if (!order.createdLocal.isValid())
            return bad(QStringLiteral("date_created"), WooText::tr("\"%1\" is not a date and time").arg(created));
        order.day = order.createdLocal.date();
        QString createdGmt;
        if (QString e = optionalText(o, "date_created_gmt", createdGmt); !e.isEmpty())
            return bad(QStringLiteral("date_created_gmt"), e);
        if (!createdGmt.isEmpty()) {
            order.createdUtc = wallClock(createdGmt);
            if (!order.createdUtc.isValid())
                return bad(QStringLiteral("date_created_gmt"), WooText::tr("\"%1\" is not a date and time").arg(createdGmt));
        }
        // date_modified_gmt: "the date the order was last modified, as GMT".
        QString modifiedGmt;
        if (QString e = optionalText(o, "date_modified_gmt", modifiedGmt); !e.isEmpty())
            return bad(QStringLiteral("date_modified_gmt"), e);
        if (!modifiedGmt.isEmpty()) {
            order.modifiedUtc = wallClock(modifiedGmt);
            if (!order.modifiedUtc.isValid())
                return bad(QStringLiteral("date_modified_gmt"), WooText::tr("\"%1\" is not a date and time").arg(modifiedGmt));
        }
        if (o.contains(QStringLiteral("total")) && !o.value(QStringLiteral("total")).isNull()) {
            Money total;
            if (QString e = fields::money(o, "total", total); !e.isEmpty())
                return bad(QStringLiteral("total"), e);
            order.total = total;
        }
        // "currency: Currency the order was created with, in ISO format" (#order-properties).
        if (QString e = optionalText(o, "currency", order.currency); !e.isEmpty())
            return bad(QStringLiteral("currency"), e);
        order.currency = order.currency.trimmed().toUpper();
        if (!o.value(QStringLiteral("line_items")).isArray())
            return bad(QStringLiteral("line_items"), WooText::tr("is not a list"));
        const QJsonArray lines = o.value(QStringLiteral("line_items")).toArray();
        for (qsizetype j = 0; j < lines.size(); ++j) {
            const QJsonObject l = lines[j].toObject();
            const QString at = QStringLiteral("line_items[%1].").arg(j);
            OrderItem item;
            qint64 productId = 0;
            if (QString e = fields::count(l, "product_id", productId); !e.isEmpty())
                return bad(at + QStringLiteral("product_id"), e);
            item.productId = QString::number(productId);   // 0: a product since deleted
            if (QString e = fields::count(l, "quantity", item.quantity); !e.isEmpty())
                return bad(at + QStringLiteral("quantity"), e);
            if (QString e = fields::money(l, "total", item.total); !e.isEmpty())
                return bad(at + QStringLiteral("total"), e);
            if (l.contains(QStringLiteral("total_tax")))
                if (QString e = fields::money(l, "total_tax", item.tax); !e.isEmpty())
                    return bad(at + QStringLiteral("total_tax"), e);
            order.items.append(item);
        }
        // refunds: a list of {id, reason, total} (#order-refunds-properties);
        // their lines are read from the order's refunds (fetchRefunds).
        const QJsonValue refunds = o.value(QStringLiteral("refunds"));
        if (!refunds.isUndefined() && !refunds.isNull()) {
            if (!refunds.isArray())
                return bad(QStringLiteral("refunds"), WooText::tr("is not a list"));
            order.hasRefunds = !refunds.toArray().isEmpty();
        }
        out.append(order);
    }
    return out;
}

Result<QList<WooCommerceApi::Refund>> WooCommerceApi::parseRefunds(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isArray())
        return Error{WooText::tr("the answer is not a list of refunds"), where};
    // The order refund properties: amount ("10.00") and line_items whose
    // quantity and totals are negative ({"product_id":87,"quantity":-1,
    // "total":"-9.00"}): https://woocommerce.github.io/woocommerce-rest-api-docs/#order-refund-properties,
    // #list-all-refunds. The signs are taken off here; either way they give back.
    QList<Refund> out;
    const QJsonArray refunds = doc.array();
    for (qsizetype i = 0; i < refunds.size(); ++i) {
        if (!refunds[i].isObject())
            return Error{WooText::tr("[%1] is not a refund").arg(i), where};
        const QJsonObject o = refunds[i].toObject();
        auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("[%1].%2 %3").arg(i).arg(field, why), where}; };
        Refund refund;
        if (QString e = fields::count(o, "id", refund.id); !e.isEmpty())
            return bad(QStringLiteral("id"), e);
        if (QString e = signedMoney(o, "amount", true, refund.amount); !e.isEmpty())
            return bad(QStringLiteral("amount"), e);
        const QJsonValue lines = o.value(QStringLiteral("line_items"));
        if (!lines.isUndefined() && !lines.isNull() && !lines.isArray())
            return bad(QStringLiteral("line_items"), WooText::tr("is not a list"));
        const QJsonArray items = lines.toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QJsonObject l = items[j].toObject();
            const QString at = QStringLiteral("line_items[%1].").arg(j);
            RefundItem item;
            qint64 productId = 0;
            if (QString e = fields::count(l, "product_id", productId); !e.isEmpty())
                return bad(at + QStringLiteral("product_id"), e);
            item.productId = QString::number(productId);
            if (QString e = signedCount(l, "quantity", item.quantity); !e.isEmpty())
                return bad(at + QStringLiteral("quantity"), e);
            if (QString e = signedMoney(l, "total", true, item.total); !e.isEmpty())
                return bad(at + QStringLiteral("total"), e);
            if (QString e = signedMoney(l, "total_tax", false, item.tax); !e.isEmpty())
                return bad(at + QStringLiteral("total_tax"), e);
            refund.items.append(item);
        }
        out.append(refund);
    }
    return out;
}

void WooCommerceApi::fetchOrders(QDate from, QDate to, OrdersDone done)
{
    // after/before bound the orders' creation date (ISO 8601) — #list-all-orders.
    // Without dates_are_gmt WooCommerce compares them with the site-local
    // creation date (post_date; WC_REST_CRUD_Controller::prepare_objects_query
    // switches to post_date_gmt only when dates_are_gmt is true), so the
    // bounds are the shop's own midnights. The status is left at its default,
    // any: an order that changes status while the pages are read stays where
    // it is in the list (with status=processing,... it would leave it and
    // shift the pages).
    // Both bounds are exclusive (WP_Date_Query's "after"/"before"): the
    // last second of the day before, so that an order at 00:00:00 of the
    // first day is in.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("after"), from.addDays(-1).toString(QStringLiteral("yyyy-MM-ddT23:59:59")));
    q.addQueryItem(QStringLiteral("before"), to.addDays(1).toString(QStringLiteral("yyyy-MM-ddT00:00:00")));
    ascendingById(q);
    fetchPaged<Order>(kOrders, q, &parseOrders, [](const Order &o) { return QString::number(o.id); }, std::move(done));
}

void WooCommerceApi::fetchOrdersModifiedSince(const QDateTime &sinceUtc, OrdersDone done)
{
    // modified_after bounds the orders' last modification (ISO 8601), and
    // dates_are_gmt=true compares it with date_modified_gmt, so this
    // computer's zone and the shop's play no part
    // (https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-orders:
    // modified_after, dates_are_gmt). A refund or a status change updates the
    // order's modification date. A shop too old to know the parameter ignores
    // it and lists every order: its date_modified_gmt tells (LiveFetch).
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("modified_after"), sinceUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    q.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
    ascendingById(q);
    fetchPaged<Order>(kOrders, q, &parseOrders, [](const Order &o) { return QString::number(o.id); }, std::move(done));
}

void WooCommerceApi::fetchRefunds(qint64 orderId, std::function<void(const Result<QList<Refund>> &)> done)
{
    // GET /orders/<id>/refunds (#list-all-refunds).
    QUrlQuery q;
    ascendingById(q);
    fetchPaged<Refund>(kOrders + QLatin1Char('/') + pathSegment(QString::number(orderId)) + QStringLiteral("/refunds"), q, &parseRefunds,
                       [](const Refund &r) { return QString::number(r.id); }, std::move(done));
}

Result<QTimeZone> WooCommerceApi::parseSiteIndex(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isObject())
        return Error{WooText::tr("the answer is not the site's index"), where};
    // The REST API index carries the site's timezone_string (an IANA name,
    // empty when the site is set to a plain offset) and gmt_offset (hours):
    // https://developer.wordpress.org/reference/classes/wp_rest_server/get_index/ ,
    // since https://core.trac.wordpress.org/changeset/40238 (WordPress 4.7.4).
    const QJsonObject o = doc.object();
    QString name;
    if (QString e = optionalText(o, "timezone_string", name); !e.isEmpty())
        return Error{QStringLiteral("timezone_string %1").arg(e), where};
    if (!name.trimmed().isEmpty()) {
        const QTimeZone zone(name.trimmed().toUtf8());
        if (zone.isValid())
            return zone;
    }
    const QJsonValue offset = o.value(QStringLiteral("gmt_offset"));
    bool ok = offset.isDouble();
    double hours = offset.toDouble();
    if (offset.isString())
        hours = offset.toString().trimmed().toDouble(&ok);
    if (ok && std::isfinite(hours) && std::abs(hours) <= 14)
        return QTimeZone(int(std::lround(hours * 3600)));
    return Error{WooText::tr("names no time zone (timezone_string \"%1\", gmt_offset %2)")
                     .arg(name, QString::fromUtf8(QJsonDocument(QJsonArray{offset}).toJson(QJsonDocument::Compact))),
                 where};
}

void WooCommerceApi::fetchTimeZone(ZoneDone done)
{
    // The index is public; the credentials go with it as with every request
    // to this shop (one host, one way of asking). _fields keeps the answer to
    // the two fields (the routes list can be large):
    // https://developer.wordpress.org/rest-api/using-the-rest-api/global-parameters/#_fields
    HttpRequest r;
    r.path = QStringLiteral("/wp-json");
    r.query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("timezone_string,gmt_offset"));
    r.headers.append({"Authorization", m_authorization});
    m_http->send(r, [this, done = std::move(done)](const Result<HttpResponse> &answer) {
        if (!answer)
            return done(answer.error());
        done(m_http->redacted(parseSiteIndex(answer->body, QStringLiteral("GET /wp-json"))));
    });
}

Result<QString> WooCommerceApi::parseCurrentCurrency(const QByteArray &body, const QString &where)
{
    std::optional<Error> jsonError;
    const QJsonDocument doc = parseJson(body, jsonError, where);
    if (jsonError)
        return *jsonError;
    if (!doc.isObject())
        return Error{WooText::tr("the answer is not a currency"), where};
    QString code;
    if (QString e = optionalText(doc.object(), "code", code); !e.isEmpty())
        return Error{QStringLiteral("code %1").arg(e), where};
    code = code.trimmed().toUpper();
    if (!isCurrencyCode(code))
        return Error{WooText::tr("code \"%1\" is not a currency code (ISO 4217, three letters)").arg(code), where};
    return code;
}

void WooCommerceApi::fetchCurrency(std::function<void(const Result<QString> &)> done)
{
    // GET /wp-json/wc/v3/data/currencies/current (WooCommerce 3.5+,
    // WC_REST_Data_Currencies_Controller::get_current_item): {"code": "EUR", "name": ..., "symbol": ...}.
    HttpRequest r;
    r.path = QStringLiteral("/wp-json/wc/v3/data/currencies/current");
    r.headers.append({"Authorization", m_authorization});
    m_http->send(r, [this, done = std::move(done)](const Result<HttpResponse> &answer) {
        if (!answer)
            return done(withKeyHint(answer.error()));
        done(m_http->redacted(parseCurrentCurrency(answer->body, QStringLiteral("GET /wp-json/wc/v3/data/currencies/current"))));
    });
}

std::optional<int> WooCommerceApi::offsetSeenInOrders(const QList<Order> &orders)
{
    const Order *newest = nullptr;
    for (const Order &o : orders)
        if (o.createdUtc.isValid() && (!newest || o.createdUtc > newest->createdUtc))
            newest = &o;
    if (!newest)
        return std::nullopt;
    const qint64 offset = newest->createdUtc.secsTo(newest->createdLocal);
    if (std::abs(offset) > 14 * 3600)
        return std::nullopt;
    return int(offset);
}

// An order's lines net of its refunds, all on the order's own creation day:
// a marketer measures a campaign on the day of the sale, so a refund weeks
// later lowers that day, not the day it was booked. (Refund dates are not used.)
// - A refund's line items give back units and money of their product.
// - Money a refund gives back beyond its line items (and their tax) is not
//   tied to a product: it comes first out of what the order charged besides
//   its products (shipping, fees, their tax: its total less the lines and
//   their tax — the documentation's own example refunds the 10.00 shipping
//   so), and only the rest out of the products, in proportion to what each
//   still counts. Units stay then: which ones went back is not said.
// - An order whose refunds give back its whole total counts nothing, like
//   one refunded or cancelled outright (those are not sales at all).
QList<WooCommerceApi::OrderLine> WooCommerceApi::netLines(const Order &order, const QList<Refund> &refunds)
{
    struct Net
    {
        qint64 quantity = 0;
        Money total, tax;
    };
    QMap<QString, Net> byProduct;
    Money productMoney;
    for (const OrderItem &i : order.items) {
        Net &n = byProduct[i.productId];
        n.quantity += i.quantity;
        n.total += i.total;
        n.tax += i.tax;
        productMoney += i.total + i.tax;
    }
    Money refunded, unlinked;
    for (const Refund &r : refunds) {
        refunded += r.amount;
        Money linked;
        for (const RefundItem &ri : r.items) {
            auto it = byProduct.find(ri.productId);
            if (it == byProduct.end())
                continue;   // a line of no product of this order: its money counts as not linked
            linked += ri.total + ri.tax;
            it->quantity -= std::min(ri.quantity, it->quantity);
            it->total -= std::min(ri.total, it->total);
        }
        if (r.amount > linked)
            unlinked += r.amount - linked;
    }
    const bool wholeOrder = order.total && order.total->minor() > 0 && refunded >= *order.total;
    const Money besides = order.total && *order.total > productMoney ? *order.total - productMoney : Money();
    Money fromProducts = unlinked > besides ? unlinked - besides : Money();
    Money base;
    for (const Net &n : std::as_const(byProduct))
        base += n.total;
    if (fromProducts > base)
        fromProducts = base;
    if (fromProducts.minor() > 0 && base.minor() > 0) {
        // In proportion, in cents; the cents left by rounding down go to the first lines.
        Money given;
        QList<QString> keys = byProduct.keys();
        for (const QString &k : keys) {
            Net &n = byProduct[k];
            const qint64 share = qint64((__int128(fromProducts.minor()) * n.total.minor()) / base.minor());
            n.total -= Money::fromMinor(share);
            given += Money::fromMinor(share);
        }
        for (const QString &k : keys) {
            if (given >= fromProducts)
                break;
            Net &n = byProduct[k];
            if (n.total.minor() > 0) {
                n.total -= Money::fromMinor(1);
                given += Money::fromMinor(1);
            }
        }
    }
    QList<OrderLine> out;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
        OrderLine l;
        l.day = order.day;
        l.productId = it.key();
        l.orderId = order.id;
        l.quantity = wholeOrder ? 0 : it->quantity;
        l.total = wholeOrder ? Money() : it->total;
        l.counted = order.isSale() && (l.quantity > 0 || l.total.minor() > 0);
        out.append(l);
    }
    return out;
}

QList<ProductDay> WooCommerceApi::dailySales(const QList<OrderLine> &lines, QStringList *notes)
{
    QMap<std::pair<QString, QDate>, ProductDay> days;
    QMap<std::pair<QString, QDate>, QSet<qint64>> orders;
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
        QSet<qint64> &ids = orders[{l.productId, l.day}];
        // Distinct orders: two lines of one product (two of its variations) are one order.
        if (l.orderId == 0 || !ids.contains(l.orderId)) {
            d.orders += 1;
            if (l.orderId != 0)
                ids.insert(l.orderId);
        }
    }
    if (orphaned > 0 && notes)
        *notes << WooText::tr("%n order line(s) of deleted products not counted", nullptr, int(orphaned));
    return days.values();
}

} // namespace cp
