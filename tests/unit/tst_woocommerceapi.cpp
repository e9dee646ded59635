// SPDX-License-Identifier: GPL-3.0-or-later
// WooCommerce products over loopback: pages, totals, credentials, bad fields.
#include "../support/faultserver.h"
#include "agents/tools/woocommerceapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace cp;

namespace {
// A store of `total` products, served 100 a page like WooCommerce does.
struct Store
{
    int total = 250;
    int badProduct = -1;   // index whose price is not an amount
    // Page 2 answered with page 1's products this many times (a stale cache
    // in front of the shop), then right.
    std::shared_ptr<int> stalePage2 = std::make_shared<int>(0);

    std::optional<FaultServer::Answer> operator()(const FaultServer::Seen &s) const
    {
        if (s.path != "/wp-json/wc/v3/products")
            return std::nullopt;
        if (s.headers.value("authorization") != "Basic " + QByteArray("ck_test:cs_test").toBase64())
            return FaultServer::Answer{401, R"({"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}})", {}, FaultServer::Fault::None};
        int page = QUrlQuery(QString::fromUtf8(s.query)).queryItemValue(QStringLiteral("page")).toInt();
        if (page == 2 && *stalePage2 > 0) {
            --*stalePage2;
            page = 1;
        }
        const int pages = (total + 99) / 100;
        QJsonArray items;
        for (int i = (page - 1) * 100; i < std::min(total, page * 100); ++i)
            items.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                     {QStringLiteral("name"), QStringLiteral("Product %1").arg(i + 1)},
                                     {QStringLiteral("price"), i == badProduct ? QStringLiteral("free") : QStringLiteral("%1.99").arg(i % 50)},
                                     {QStringLiteral("regular_price"), QStringLiteral("%1.99").arg(i % 50)},
                                     {QStringLiteral("stock_quantity"), i % 3 ? QJsonValue(i) : QJsonValue()},
                                     {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Clothing")}}}}});
        return FaultServer::Answer{200, QJsonDocument(items).toJson(QJsonDocument::Compact),
                                   {{"X-WP-Total", QByteArray::number(total)}, {"X-WP-TotalPages", QByteArray::number(pages)}},
                                   FaultServer::Fault::None};
    }
};

Result<QList<Product>> fetch(FaultServer &server, const QByteArray &key = "ck_test")
{
    WooCommerceApi api(QUrl(server.baseUrl()), NetworkPolicy{}, key, "cs_test");
    std::optional<Result<QList<Product>>> result;
    api.fetchProducts([&](const Result<QList<Product>> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error{QStringLiteral("no answer"), {}};
    return *result;
}
} // namespace

class TestWooCommerceApi : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryPageInOrder()
    {
        FaultServer server;
        server.handler = Store{};
        auto r = fetch(server);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 250);
        for (int i = 0; i < r->size(); ++i)
            QCOMPARE(r->at(i).id, QString::number(i + 1));
        QCOMPARE(server.count("/wp-json/wc/v3/products"), 3);
        QCOMPARE(r->at(10).price->minor(), qint64(1099));
        QVERIFY(!r->at(0).stock.has_value());   // null stock_quantity: unknown, not zero
        QCOMPARE(r->at(0).category, QStringLiteral("Clothing"));
    }

    void aPageServedTwiceIsReadAgainAndNeverKeptShort()
    {
        // Page 2 answered once with page 1's products: the list holds 150
        // different products where the server counts 250. Before, the 150
        // were kept (each id once) and 100 products, or a shop's orders,
        // were lost without a word. Now the list is read again.
        {
            FaultServer server;
            Store store;
            *store.stalePage2 = 1;
            server.handler = store;
            auto r = fetch(server);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QCOMPARE(r->size(), 250);
            QCOMPARE(server.count("/wp-json/wc/v3/products"), 6);
        }
        // Always so: refused, saying what the server counted and what came.
        {
            FaultServer server;
            Store store;
            *store.stalePage2 = 1000;
            server.handler = store;
            auto r = fetch(server);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("counts 250 entries")) && r.error().message.contains(QLatin1String("held 150")),
                     qPrintable(r.error().toString()));
            QCOMPARE(r.error().where, QStringLiteral("GET /wp-json/wc/v3/products"));
        }
    }

    void aBadFieldNamesItsPage()
    {
        FaultServer server;
        server.handler = Store{250, 117};
        auto r = fetch(server);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("GET /wp-json/wc/v3/products page 2"));
        QVERIFY2(r.error().message.contains(QLatin1String("[17].price")), qPrintable(r.error().message));
    }

    void wordpressErrorsAreShownAsSuch()
    {
        FaultServer server;
        server.handler = Store{};
        auto r = fetch(server, "ck_wrong");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("Sorry, you cannot list resources.")));
        QVERIFY(r.error().message.contains(QLatin1String("woocommerce_rest_cannot_view")));
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceApi)
#include "tst_woocommerceapi.moc"
