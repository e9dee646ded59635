// SPDX-License-Identifier: GPL-3.0-or-later
// WooCommerce as its documentation describes it: a loopback shop that answers
// with the documented status codes, headers (X-WP-Total, X-WP-TotalPages) and
// JSON shapes — orders and their refunds, products and variations, the
// WordPress REST API index with the site's time zone — and pages, orders and
// filters its lists as WordPress does (per_page/page, orderby/order,
// after/before against the site-local creation date, status).
// https://woocommerce.github.io/woocommerce-rest-api-docs/ ,
// https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/
#include "../support/faultserver.h"
#include "../support/fakewoocommerce.h"
#include "agents/live/livesync.h"
#include "agents/tools/woocommerceapi.h"
#include "agents/workspace/workspaceopener.h"
#include "models/backgroundtask.h"
#include "models/database.h"
#include "models/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

using namespace cp;
using namespace cp::test;
using A = FaultServer::Answer;
using F = FaultServer::Fault;

namespace {
qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? (q.value(0).isNull() ? -2 : q.value(0).toLongLong()) : -1;
}

qint64 units(QSqlDatabase db, const QString &product, const QString &day)
{
    return scalar(db, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='%1' AND day='%2'").arg(product, day));
}

qint64 revenue(QSqlDatabase db, const QString &product, const QString &day)
{
    return scalar(db, QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id='%1' AND day='%2'").arg(product, day));
}

// A live workspace and a shop server with products 11 to 13.
struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<Shop> shop = std::make_shared<Shop>();
    FaultServer server;
    std::optional<OpenedWorkspace> opened;
    QSqlDatabase db;
    Connection woo;

    Fixture()
    {
        shop->products = {product(11), product(12), product(13)};
        server.handler = [shop = shop](const FaultServer::Seen &s) { return (*shop)(s); };
        auto o = WorkspaceOpener::open({dir.filePath(QStringLiteral("shop.sqlite")), {}, {}, false});
        if (o.ok()) {
            opened.emplace(std::move(*o));
            db = opened->database->connection();
        }
        woo.kind = Connection::Kind::WooCommerce;
        woo.url = QUrl(server.baseUrl());
    }
    ~Fixture()
    {
        db = QSqlDatabase();
        if (opened)
            opened->database->closeThreadConnection();
    }
    // A refresh at noon UTC of `day`.
    Result<LiveSync::Refresh> refresh(QDate day, QTime at = QTime(12, 0))
    {
        return LiveSync::refresh(db, {woo, {}}, Secrets{{}, "ck", "cs"}, {}, QDateTime(day, at, Qt::UTC));
    }
};

QDateTime utc(int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QString joined(const QStringList &l)
{
    return l.join(QLatin1String(" | "));
}
} // namespace

class TestWooCommerceDocs : public QObject
{
    Q_OBJECT
private slots:
    // A shop with no orders in the range answers [] with X-WP-Total: 0 and
    // X-WP-TotalPages: 0: a valid, empty result. The days it stored before
    // that now have no orders become 0; nothing else is lost.
    // WordPress keeps titles and term names HTML-escaped, and shops put
    // markup in them: a walkthrough's catalog showed "Wool Scarf &amp; Hat
    // Set" and "<strong>Sale!</strong> Tote Bag", and the ad copy used them.
    void namesAreReadAsPeopleReadThem()
    {
        const QByteArray body = R"([{"id": 7, "name": "Wool Scarf &amp; Hat Set", "price": "12.00", "status": "publish",
            "categories": [{"id": 3, "name": "Home &amp; Garden"}], "short_description": "<p>Short &amp; sweet &#8211; &#x263A; &bogus;</p>"},
            {"id": 8, "name": "<strong>Sale!</strong>  Tote&nbsp;Bag", "price": "9.00", "status": "publish"},
            {"id": 9, "name": "<em></em>", "price": "9.00", "status": "publish"}])";
        auto rows = WooCommerceApi::parseProducts(body, QStringLiteral("GET /products"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).product.name, QStringLiteral("Wool Scarf & Hat Set"));
        QCOMPARE(rows->at(0).product.category, QStringLiteral("Home & Garden"));
        QCOMPARE(rows->at(0).product.description, QStringLiteral("Short & sweet \u2013 \u263A &bogus;"));
        QCOMPARE(rows->at(1).product.name, QStringLiteral("Sale! Tote Bag"));
        QVERIFY(rows->at(2).problem);   // nothing but markup: no name to show
        QVERIFY2(rows->at(2).problem->message.contains(QLatin1String("only markup")), qPrintable(rows->at(2).problem->message));
    }

    void anEmptyOrdersRangeIsAQuietShop()
    {
        Fixture f;
        QVERIFY(f.db.isValid());
        auto first = f.refresh(QDate(2026, 11, 20));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 3);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM product_days")), 0);

        // A day stored, then its only order trashed: the range is empty again.
        f.shop->orders = {ShopOrder{1, QStringLiteral("processing"), utc(11, 21), {{11, 2, 6000}}}};
        QVERIFY(f.refresh(QDate(2026, 11, 22)).ok());
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-21")), 2);
        f.shop->orders.first().status = QStringLiteral("trash");
        auto quiet = f.refresh(QDate(2026, 11, 23));
        QVERIFY2(quiet.ok(), quiet ? "" : qPrintable(quiet.error().toString()));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-21")), 0);
        QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-11-21")), 0);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 3);
        QVERIFY2(joined(quiet->report.notes).contains(QLatin1String("no longer have orders")), qPrintable(joined(quiet->report.notes)));
    }

    // The shop's currency is its setting (GET /data/currencies/current) and
    // becomes the workspace's; an order in another currency (a multi-currency
    // plugin) is not added to the days, and the refresh names it. Without the
    // setting, the orders' one currency stands in; orders in two currencies
    // with no setting to tell which is the shop's count none.
    void theShopsCurrencyHoldsItsOrders()
    {
        {
            Fixture f;
            f.shop->currency = QStringLiteral("EUR");
            ShopOrder other{2, QStringLiteral("completed"), utc(11, 20, 11), {{11, 5, 50000}}};
            other.currency = QStringLiteral("USD");
            f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 2, 6000}}}, other};
            auto r = f.refresh(QDate(2026, 11, 21));
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 2);
            QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 6000);
            QCOMPARE(Workspaces::read(f.db, f.db.databaseName())->currency, QStringLiteral("EUR"));
            QVERIFY2(joined(r->failures).contains(QLatin1String("USD")) && joined(r->failures).contains(QLatin1String("(orders 2)")),
                     qPrintable(joined(r->failures)));
        }
        {
            Fixture f;
            f.shop->currency = QStringLiteral("JPY");
            f.shop->serveCurrency = false;
            f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 2, 6000}}}};
            auto r = f.refresh(QDate(2026, 11, 21));
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(Workspaces::read(f.db, f.db.databaseName())->currency, QStringLiteral("JPY"));
            QVERIFY2(joined(r->report.notes).contains(QLatin1String("its orders are in JPY")), qPrintable(joined(r->report.notes)));
            QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 2);
        }
        {
            Fixture f;
            f.shop->serveCurrency = false;
            ShopOrder other{2, QStringLiteral("completed"), utc(11, 20, 11), {{12, 5, 50000}}};
            other.currency = QStringLiteral("GBP");
            f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 2, 6000}}}, other};
            auto r = f.refresh(QDate(2026, 11, 21));
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            QVERIFY2(joined(r->failures).contains(QLatin1String("GBP, USD")), qPrintable(joined(r->failures)));
            QCOMPARE(scalar(f.db, QStringLiteral("SELECT COALESCE(SUM(units_sold), 0) FROM product_days")), 0);
            QVERIFY(Workspaces::read(f.db, f.db.databaseName())->currency.isEmpty());
        }
        {
            // Days already held are not emptied by a refresh that could count no order.
            Fixture f;
            f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 2, 6000}}}};
            QVERIFY(f.refresh(QDate(2026, 11, 21)).ok());
            QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 2);
            f.shop->serveCurrency = false;
            ShopOrder other{2, QStringLiteral("completed"), utc(11, 21, 11), {{12, 5, 50000}}};
            other.currency = QStringLiteral("GBP");
            f.shop->orders.append(other);
            auto r = f.refresh(QDate(2026, 11, 22));
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
            QVERIFY2(joined(r->failures).contains(QLatin1String("GBP, USD")), qPrintable(joined(r->failures)));
            QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 2);
            QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 6000);
        }
    }

    // A shop in a currency with three decimals (KWD) is refused with its
    // reason before anything is written: amounts are kept in hundredths.
    void aThreeDecimalCurrencyIsRefusedNotRounded()
    {
        Fixture f;
        f.shop->currency = QStringLiteral("KWD");
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 2, 6000}}}};
        auto r = f.refresh(QDate(2026, 11, 21));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("KWD has three decimals")), qPrintable(r.error().message));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM product_days")), 0);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 0);
        QVERIFY(Workspaces::read(f.db, f.db.databaseName())->currency.isEmpty());
    }

    // WooCommerce's after/before are exclusive: an order at the shop's
    // midnight that opens the window is counted (the bound is the second before).
    void anOrderAtTheWindowsFirstMidnightCounts()
    {
        Fixture f;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(10, 25, 0, 0), {{11, 4, 8000}}}};
        auto r = f.refresh(QDate(2026, 11, 21));   // 28 days: 2026-10-25 to 2026-11-21
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.shop->orderQueries.first().queryItemValue(QStringLiteral("after")), QStringLiteral("2026-10-24T23:59:59"));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-10-25")), 4);
    }

    // A refund that gives back 1 of a line's 3 units and part of its money
    // lowers the day of the sale by exactly that; a refund of the shipping
    // (no line items, the documentation's own example) leaves the products alone.
    void aPartialRefundLowersTheDayOfTheSale()
    {
        Fixture f;
        ShopOrder o{7, QStringLiteral("completed"), utc(11, 20), {{11, 3, 9000}, {12, 1, 2500}}, 1000};
        f.shop->orders = {o};
        QVERIFY(f.refresh(QDate(2026, 11, 21)).ok());
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 3);
        QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 9000);

        f.shop->orders.first().refunds = {ShopOrder::Refund{70, 2500, {{11, 1, 2500}}}, ShopOrder::Refund{71, 1000, {}}};
        auto r = f.refresh(QDate(2026, 11, 24));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 2);
        QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 9000 - 2500);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-20")), 1);
        QCOMPARE(revenue(f.db, QStringLiteral("12"), QStringLiteral("2026-11-20")), 2500);
        // Nothing lands on the day the refund was made.
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM product_days WHERE day <> '2026-11-20'")), 0);
        QCOMPARE(f.server.count("/wp-json/wc/v3/orders/7/refunds"), 1);
        QVERIFY(joined(r->report.notes).contains(QLatin1String("refund")));
    }

    // Refunded and cancelled after their day was stored, and noticed more than
    // 7 days after it (newer days stored since): the 14-day window of a shop's
    // orders re-reads the day, and it becomes 0. So does an order whose
    // refunds give back its whole total while it stays "completed".
    void aFullRefundOrCancellationEmptiesTheDayWithinFourteenDays()
    {
        Fixture f;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 10), {{11, 2, 8000}}},
                          ShopOrder{2, QStringLiteral("processing"), utc(11, 10, 11), {{12, 1, 2500}}},
                          ShopOrder{3, QStringLiteral("completed"), utc(11, 10, 12), {{13, 1, 1500}}},
                          ShopOrder{4, QStringLiteral("completed"), utc(11, 18), {{12, 1, 2500}}}};
        QVERIFY(f.refresh(QDate(2026, 11, 19)).ok());
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-10")), 2);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-10")), 1);
        QCOMPARE(units(f.db, QStringLiteral("13"), QStringLiteral("2026-11-10")), 1);

        f.shop->orders[0].status = QStringLiteral("refunded");
        f.shop->orders[0].refunds = {ShopOrder::Refund{10, 8000, {{11, 2, 8000}}}};
        f.shop->orders[1].status = QStringLiteral("cancelled");
        f.shop->orders[2].refunds = {ShopOrder::Refund{30, 1500, {}}};
        f.shop->orderQueries.clear();
        auto r = f.refresh(QDate(2026, 11, 20));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        // Asked from 14 days before the newest stored day (the 18th).
        QVERIFY(!f.shop->orderQueries.isEmpty());
        QCOMPARE(f.shop->orderQueries.first().queryItemValue(QStringLiteral("after")), QStringLiteral("2026-11-04T23:59:59"));
        for (const char *p : {"11", "12", "13"}) {
            QCOMPARE(units(f.db, QLatin1String(p), QStringLiteral("2026-11-10")), 0);
            QCOMPARE(revenue(f.db, QLatin1String(p), QStringLiteral("2026-11-10")), 0);
        }
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-18")), 1);
    }

    // A refund or cancellation weeks after the sale, outside the 14-day
    // window of orders read by creation date: the orders modified since the
    // last refresh (modified_after, as GMT) bring the day of the sale back,
    // and that day is read again whole and rewritten. A day the store never
    // held is not begun.
    void aRefundWeeksAfterTheSaleRewritesItsDay()
    {
        Fixture f;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(10, 20), {{11, 3, 9000}}},
                          ShopOrder{2, QStringLiteral("processing"), utc(10, 20, 14), {{12, 1, 2500}}},
                          ShopOrder{3, QStringLiteral("completed"), utc(9, 1), {{13, 5, 7500}}}};
        auto first = f.refresh(QDate(2026, 10, 21));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries))
            QVERIFY(!q.hasQueryItem(QStringLiteral("modified_after")));   // nothing read before: nothing to re-read
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-10-20")), 3);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-10-20")), 1);
        f.shop->orders << ShopOrder{4, QStringLiteral("completed"), utc(11, 18), {{13, 1, 1500}}};
        QVERIFY(f.refresh(QDate(2026, 11, 19)).ok());

        // After the refresh of Nov 19 (noon): one unit of order 1 refunded,
        // order 2 cancelled, order 3 (before the store's first day) cancelled.
        f.shop->orders[0].refunds = {ShopOrder::Refund{10, 3000, {{11, 1, 3000}}}};
        f.shop->orders[0].modified = utc(11, 19, 15);
        f.shop->orders[1].status = QStringLiteral("cancelled");
        f.shop->orders[1].modified = utc(11, 20, 9);
        f.shop->orders[2].status = QStringLiteral("cancelled");
        f.shop->orders[2].modified = utc(11, 19, 16);
        f.shop->orderQueries.clear();
        auto r = f.refresh(QDate(2026, 11, 20));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        // The window by creation date starts 14 days before the newest stored day.
        QCOMPARE(f.shop->orderQueries.first().queryItemValue(QStringLiteral("after")), QStringLiteral("2026-11-04T23:59:59"));
        bool askedModified = false, rereadDay = false;
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries)) {
            if (q.hasQueryItem(QStringLiteral("modified_after"))) {
                askedModified = true;
                // The last refresh's instant less an hour's overlap, in GMT.
                QCOMPARE(q.queryItemValue(QStringLiteral("modified_after")), QStringLiteral("2026-11-19T11:00:00"));
                QCOMPARE(q.queryItemValue(QStringLiteral("dates_are_gmt")), QStringLiteral("true"));
            }
            rereadDay = rereadDay || (q.queryItemValue(QStringLiteral("after")) == u"2026-10-19T23:59:59"
                                      && q.queryItemValue(QStringLiteral("before")) == u"2026-10-21T00:00:00");
        }
        QVERIFY(askedModified);
        QVERIFY2(rereadDay, "the day of the sale is read again whole");
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-10-20")), 2);
        QCOMPARE(revenue(f.db, QStringLiteral("11"), QStringLiteral("2026-10-20")), 9000 - 3000);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-10-20")), 0);
        QCOMPARE(revenue(f.db, QStringLiteral("12"), QStringLiteral("2026-10-20")), 0);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM product_days WHERE day < '2026-10-20'")), 0);
        QCOMPARE(units(f.db, QStringLiteral("13"), QStringLiteral("2026-11-18")), 1);
        QVERIFY2(joined(r->report.notes).contains(QLatin1String("2026-10-20 read again whole")), qPrintable(joined(r->report.notes)));

        // Nothing modified since: the next refresh re-reads no old day.
        f.shop->orderQueries.clear();
        QVERIFY(f.refresh(QDate(2026, 11, 21)).ok());
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries))
            QVERIFY(q.queryItemValue(QStringLiteral("after")) != u"2026-10-19T23:59:59");
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-10-20")), 2);
    }

    // A shop too old to know modified_after lists every order: that is said,
    // nothing old is rewritten from it, and the shop is not asked again.
    void aShopIgnoringModifiedAfterIsNotAskedAgain()
    {
        Fixture f;
        f.shop->knowsModifiedAfter = false;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(10, 20), {{11, 3, 9000}}}};
        QVERIFY(f.refresh(QDate(2026, 10, 21)).ok());
        f.shop->orders << ShopOrder{2, QStringLiteral("completed"), utc(11, 18), {{12, 1, 2500}}};
        auto r = f.refresh(QDate(2026, 11, 19));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(joined(r->report.notes).contains(QLatin1String("modified_after")), qPrintable(joined(r->report.notes)));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-10-20")), 3);
        f.shop->orderQueries.clear();
        QVERIFY(f.refresh(QDate(2026, 11, 20)).ok());
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries))
            QVERIFY(!q.hasQueryItem(QStringLiteral("modified_after")));
    }

    // A wait the shop asks for (429 with Retry-After) is said as it begins,
    // naming the connection, how long and when it resumes: through the
    // task's notices, which the window's status bar and the command line's
    // stderr show. Never a silent minute.
    void aWaitTheShopAsksForIsSaid()
    {
        Fixture f;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 20), {{11, 1, 1000}}}};
        auto asked = std::make_shared<int>(0);
        auto shop = f.shop;
        f.server.handler = [shop, asked](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path == "/wp-json/wc/v3/orders" && (*asked)++ == 0)
                return A{429, R"({"code":"too_many_requests","message":"Slow down."})", {{"Retry-After", "1"}}, F::None};
            return (*shop)(s);
        };
        QStringList notices;
        int ordersAskedThen = -1;
        TaskContext context;
        context.onNotice = [&](const QString &what) {
            notices << what;
            ordersAskedThen = f.server.count("/wp-json/wc/v3/orders");
        };
        auto r = LiveSync::refresh(f.db, {f.woo, {}}, Secrets{{}, "ck", "cs"}, {}, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC),
                                   &context);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(notices.size(), 1);
        static const QRegularExpression said(QStringLiteral("^WooCommerce shop http://127\\.0\\.0\\.1:\\d+ asked to wait 1 s \\(rate limit, "
                                                            "HTTP 429\\); resuming at \\d\\d:\\d\\d:\\d\\d$"));
        QVERIFY2(said.match(notices.first()).hasMatch(), qPrintable(notices.first()));
        QCOMPARE(ordersAskedThen, 1);   // said while it waits, before the orders are asked again
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 1);
    }

    // The window is the connection's own setting, kept in QSettings; 0 is the
    // source's default (14 days for a shop's orders).
    void theReReadWindowIsTheConnections()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Connections saved;
        saved.store.kind = Connection::Kind::WooCommerce;
        saved.store.url = QUrl(QStringLiteral("https://shop.example"));
        saved.store.rereadDays = 21;
        saved.save(settings, QStringLiteral("ws"));
        QCOMPARE(settings.value(QStringLiteral("workspaces/ws/connections/store/reread_days")).toInt(), 21);
        QCOMPARE(Connections::load(settings, QStringLiteral("ws")).store.rereadDays, 21);
        QCOMPARE(Connections::load(settings, QStringLiteral("ws")).platform.rereadDays, 0);
        QCOMPARE(LiveSync::storeRereadDays(saved.store), 21);
        saved.store.rereadDays = 0;
        QCOMPARE(LiveSync::storeRereadDays(saved.store), 14);

        // A window of 3 days asks from 3 days before the newest stored day.
        Fixture f;
        f.woo.rereadDays = 3;
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 18), {{11, 1, 1000}}}};
        QVERIFY(f.refresh(QDate(2026, 11, 19)).ok());
        f.shop->orderQueries.clear();
        QVERIFY(f.refresh(QDate(2026, 11, 20)).ok());
        QCOMPARE(f.shop->orderQueries.first().queryItemValue(QStringLiteral("after")), QStringLiteral("2026-11-15T23:59:59"));
    }

    // A refunded order whose refunds cannot be read: the day would be wrong,
    // so the refresh fails and nothing is written.
    void refundsThatCannotBeReadWriteNothing()
    {
        Fixture f;
        f.shop->orders = {ShopOrder{5, QStringLiteral("completed"), utc(11, 20), {{11, 3, 9000}}}};
        QVERIFY(f.refresh(QDate(2026, 11, 21)).ok());
        f.shop->orders.first().refunds = {ShopOrder::Refund{50, 3000, {{11, 1, 3000}}}};
        auto shop = f.shop;
        f.server.handler = [shop](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path == "/wp-json/wc/v3/orders/5/refunds")
                return A{200, R"([{"id":50,"amount":"30.00","line_items":[{"product_id":11,"quantity":-1,"total":"thirty"}]}])",
                         {{"X-WP-Total", "1"}, {"X-WP-TotalPages", "1"}}, F::None};
            return (*shop)(s);
        };
        auto r = f.refresh(QDate(2026, 11, 22));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QLatin1String("refunds of order 5")) && r.error().toString().contains(QLatin1String("total")),
                 qPrintable(r.error().toString()));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), 3);   // as it was
    }

    // Orders that change while their pages are read: each counted once, none
    // missing — a new order placed after page 1 was served, or an order
    // trashed then (the pages after it move up a place).
    void ordersChangingBetweenPagesCountOnce_data()
    {
        QTest::addColumn<bool>("insert");
        QTest::newRow("a new order after page 1") << true;
        QTest::newRow("an order trashed after page 1") << false;
    }

    void ordersChangingBetweenPagesCountOnce()
    {
        QFETCH(bool, insert);
        Fixture f;
        for (int i = 1; i <= 200; ++i)
            f.shop->orders << ShopOrder{i, QStringLiteral("processing"), utc(11, 20 + (i - 1) / 50, 1 + (i % 20)), {{11, 1, 1000}}};
        bool changed = false;
        f.shop->afterOrdersPage = [&, shop = f.shop.get()](int page) {
            if (page != 1 || changed)
                return;
            changed = true;
            if (insert)
                shop->orders << ShopOrder{201, QStringLiteral("processing"), utc(11, 25, 9), {{11, 1, 1000}}};
            else
                shop->orders[49].status = QStringLiteral("trash");   // order 50
        };
        auto r = f.refresh(QDate(2026, 11, 25));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY(changed);
        const qint64 expected = insert ? 201 : 199;
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT SUM(units_sold) FROM product_days WHERE product_id='11'")), expected);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT SUM(orders) FROM product_days WHERE product_id='11'")), expected);
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-20")), insert ? 50 : 49);
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-25")), insert ? 1 : -1);
    }

    // A shop in Auckland (UTC+13 in November) read from a machine at UTC:
    // orders near midnight UTC land on the shop's days, and the shop's today
    // is already the next day — from the site's timezone_string, or, when
    // the site's index cannot be read, from the offset its orders state.
    void daysAndTodayAreTheShops_data()
    {
        QTest::addColumn<bool>("index");
        QTest::newRow("timezone_string") << true;
        QTest::newRow("offset seen in the orders") << false;
    }

    void daysAndTodayAreTheShops()
    {
        QFETCH(bool, index);
        Fixture f;
        f.shop->zone = QTimeZone("Pacific/Auckland");
        f.shop->serveIndex = index;
        // 11:30 UTC on the 25th is 00:30 on the 26th in Auckland; 11:30 UTC on the 24th, 00:30 on the 25th.
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(11, 24, 11, 30), {{11, 1, 3000}}},
                          ShopOrder{2, QStringLiteral("completed"), utc(11, 25, 11, 30), {{12, 2, 5000}}}};
        const QDateTime now = utc(11, 25, 12, 0);   // Auckland: the 26th, 01:00
        auto snapshot = LiveFetch::run(f.woo, Secrets{{}, "ck", "cs"}, {}, {}, QDate(2026, 10, 29), QDate(2026, 11, 25), nullptr, {}, {},
                                       QDate(2026, 11, 12), now);
        QVERIFY2(snapshot.ok(), snapshot ? "" : qPrintable(snapshot.error().toString()));
        QCOMPARE(snapshot->storeTo, QDate(2026, 11, 26));
        QCOMPARE(snapshot->storeTimeZone, index ? QStringLiteral("Pacific/Auckland") : QStringLiteral("UTC+13"));
        QVERIFY2(joined(snapshot->notes).contains(snapshot->storeTimeZone), qPrintable(joined(snapshot->notes)));
        if (!index)
            QVERIFY2(joined(snapshot->notes).contains(QLatin1String("could not be read")), qPrintable(joined(snapshot->notes)));

        auto r = f.refresh(QDate(2026, 11, 25), QTime(12, 0));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-25")), 1);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-26")), 2);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM product_days WHERE day = '2026-11-24'")), 0);
        // The range reached the shop's today, in its own midnights.
        bool reachedToday = false;
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries))
            reachedToday |= q.queryItemValue(QStringLiteral("before")) == u"2026-11-27T00:00:00";
        QVERIFY(reachedToday);
        QVERIFY2(joined(r->report.notes).contains(QLatin1String("2026-11-26")), qPrintable(joined(r->report.notes)));
    }

    // stock_status and variations decide what a product has to sell; drafts,
    // pending and private products are not imported, and how many is said —
    // whether the shop honours status=publish or not.
    void stockAndPublishedProducts_data()
    {
        QTest::addColumn<bool>("honourStatus");
        QTest::newRow("status=publish honoured") << true;
        QTest::newRow("drafts sent anyway") << false;
    }

    void stockAndPublishedProducts()
    {
        QFETCH(bool, honourStatus);
        Fixture f;
        f.shop->honourStatus = honourStatus;
        f.shop->products = {product(11, QStringLiteral("publish"), QStringLiteral("instock"), 70),
                            product(12, QStringLiteral("publish"), QStringLiteral("outofstock"), QJsonValue()),
                            product(13, QStringLiteral("publish"), QStringLiteral("onbackorder"), -2),
                            product(14, QStringLiteral("publish"), QStringLiteral("instock"), QJsonValue(), QStringLiteral("variable"),
                                    QJsonArray{141, 142, 143, 144}),
                            product(15, QStringLiteral("publish"), QStringLiteral("outofstock"), QJsonValue(), QStringLiteral("variable"),
                                    QJsonArray{151}),
                            product(16, QStringLiteral("publish"), QStringLiteral("instock"), 80, QStringLiteral("variable"),
                                    QJsonArray{161, 162}),
                            product(17, QStringLiteral("draft"), QStringLiteral("instock"), 500),
                            product(18, QStringLiteral("private"), QStringLiteral("instock"), 500),
                            product(19, QStringLiteral("pending"), QStringLiteral("instock"), 500)};
        f.shop->variations = {{14, {variation(141, QStringLiteral("instock"), true, 30), variation(142, QStringLiteral("outofstock"), true, 0),
                                    variation(143, QStringLiteral("instock"), true, 25),
                                    variation(144, QStringLiteral("instock"), true, 900, QStringLiteral("private"))}},
                              {15, {variation(151, QStringLiteral("outofstock"), true, 0)}},
                              {16, {variation(161, QStringLiteral("instock"), QStringLiteral("parent"), 80),
                                    variation(162, QStringLiteral("instock"), QStringLiteral("parent"), 80)}}};
        auto r = f.refresh(QDate(2026, 11, 25));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        auto stock = [&](const char *id) { return scalar(f.db, QStringLiteral("SELECT stock FROM products WHERE id='%1'").arg(QLatin1String(id))); };
        QCOMPARE(stock("11"), 70);
        QCOMPARE(stock("12"), 0);   // out of stock: never promoted
        QCOMPARE(stock("13"), 0);   // on backorder: counted as nothing on hand
        QCOMPARE(stock("14"), 55);  // 30 + 25; the out-of-stock and the private variation add nothing
        QCOMPARE(stock("15"), 0);
        QCOMPARE(stock("16"), 80);  // two variations selling from the parent's 80: 80, not 160
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 6);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products WHERE id IN ('17','18','19')")), 0);
        QVERIFY2(joined(r->report.notes).contains(QLatin1String("3 product(s) not published")), qPrintable(joined(r->report.notes)));
        QCOMPARE(f.server.count("/wp-json/wc/v3/products/15/variations"), 0);   // out of stock as a whole: nothing to sum
        for (const auto &s : f.server.seen())
            if (s.path == "/wp-json/wc/v3/products" && QUrlQuery(QString::fromUtf8(s.query)).hasQueryItem(QStringLiteral("page")))
                QCOMPARE(QUrlQuery(QString::fromUtf8(s.query)).queryItemValue(QStringLiteral("status")), QStringLiteral("publish"));
    }

    // One product the shop gives wrong (a negative price, as a plugin or a
    // hand edit can leave) does not hold back the shop: found by a
    // walkthrough, where it left the workspace with no product at all and
    // every campaign "not linked". Now the others are read, the product is
    // named with its page and field, its sales are counted (a product new to
    // the store kept by id and name, no price), and a record the store held
    // keeps its price.
    void aProductGivenWrongIsSetAsideNotTheShop()
    {
        Fixture f;
        QJsonObject bad = product(12);
        bad.insert(QStringLiteral("price"), QStringLiteral("-5.00"));
        // A draft the shop sends anyway, also with a wrong price: skipped as a draft, not kept.
        QJsonObject draft = product(14, QStringLiteral("draft"));
        draft.insert(QStringLiteral("price"), QStringLiteral("-1.00"));
        f.shop->honourStatus = false;
        f.shop->products = {product(11), bad, product(13), draft};
        f.shop->orders = {ShopOrder{1, QStringLiteral("processing"), utc(11, 21), {{12, 2, 6000}, {11, 1, 3000}}}};
        auto first = f.refresh(QDate(2026, 11, 22));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        const QString failed = joined(first->failures);
        QVERIFY2(failed.contains(QLatin1String("product 12 \"Product 12\" not read: [1].price -5.00 is negative"))
                     && failed.contains(QLatin1String("GET /wp-json/wc/v3/products page 1")),
                 qPrintable(failed));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 3);
        QVERIFY2(!failed.contains(QLatin1String("product 14")), qPrintable(failed));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT price_minor FROM products WHERE id='11'")), 3000);
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT price_minor FROM products WHERE id='12'")), -2);   // no price, not -5.00
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-21")), 2);                   // its sales are not lost
        QCOMPARE(units(f.db, QStringLiteral("11"), QStringLiteral("2026-11-21")), 1);

        // Corrected in the shop: read whole again. Then wrong once more: the
        // store keeps the price it held, not the wrong one nor none.
        f.shop->products[1] = product(12);
        QVERIFY(f.refresh(QDate(2026, 11, 23)).ok());
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT price_minor FROM products WHERE id='12'")), 3000);
        f.shop->products[1] = bad;
        auto again = f.refresh(QDate(2026, 11, 24));
        QVERIFY(again.ok());
        QVERIFY2(joined(again->failures).contains(QLatin1String("not read")), qPrintable(joined(again->failures)));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT price_minor FROM products WHERE id='12'")), 3000);
        QCOMPARE(units(f.db, QStringLiteral("12"), QStringLiteral("2026-11-21")), 2);
    }

    // A redirect is refused (credentials never follow one), and the message
    // names the address to configure instead.
    void aRedirectNamesTheNewAddress_data()
    {
        // The site moved: every request is sent to the same path under `moved`.
        QTest::addColumn<QString>("moved");      // "BASE" is the server's own address
        QTest::addColumn<QString>("slash");      // after the path
        QTest::addColumn<QString>("suggested");
        QTest::newRow("www") << QStringLiteral("https://www.shop.example") << QString() << QStringLiteral("https://www.shop.example");
        QTest::newRow("https, trailing slash") << QStringLiteral("https://shop.example") << QStringLiteral("/")
                                               << QStringLiteral("https://shop.example");
        QTest::newRow("a subfolder, relative") << QStringLiteral("/shop") << QString() << QStringLiteral("BASE/shop");
    }

    void aRedirectNamesTheNewAddress()
    {
        QFETCH(QString, moved);
        QFETCH(QString, slash);
        QFETCH(QString, suggested);
        FaultServer server;
        suggested.replace(QLatin1String("BASE"), server.baseUrl());
        server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            const QByteArray location = moved.toUtf8() + s.path + slash.toUtf8() + (s.query.isEmpty() ? QByteArray() : "?" + s.query);
            return A{301, "<html>Moved Permanently</html>", {{"Location", location}}, F::None};
        };
        WooCommerceApi api(QUrl(server.baseUrl()), NetworkPolicy{}, "ck", "cs");
        std::optional<Result<QList<Product>>> result;
        api.fetchProducts([&](const Result<QList<Product>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        const QString m = result->error().message;
        QVERIFY2(m.contains(QLatin1String("answered with a redirect to ") + moved), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("change the connection's address to %1 ").arg(suggested)), qPrintable(m));
        QCOMPARE(server.seen().size(), 1);   // not followed

        // The same through a refresh: nothing written, the message says where to point the connection.
        Fixture f;
        f.woo.url = QUrl(server.baseUrl());
        auto r = f.refresh(QDate(2026, 11, 25));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("change the connection's address to %1 ").arg(suggested)),
                 qPrintable(r.error().toString()));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM products")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceDocs)
#include "tst_woocommercedocs.moc"
