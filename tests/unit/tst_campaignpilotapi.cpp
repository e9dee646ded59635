// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaign Pilot API's product list: every field checked, a bad field
// named with its endpoint, never a wrong number.
#include "../support/faultserver.h"
#include "agents/tools/campaignpilotapi.h"

#include <QTest>

using namespace cp;

namespace {
const QByteArray kGood = "{\"status\":\"success\",\"count\":2,\"data\":["
                         "{\"id\":1,\"name\":\"Yoga mat\",\"category\":\"Fitness\",\"price\":29.99,\"description\":\"\",\"image_url\":\"\","
                         "\"stock\":120,\"page_views\":900,\"sales\":40,\"revenue\":1199.6},"
                         "{\"id\":\"sku-2\",\"name\":\"Headphones\",\"category\":\"Electronics\",\"price\":\"89.00\",\"stock\":12,"
                         "\"page_views\":300,\"sales\":3,\"revenue\":267}]}";

QByteArray withProduct(const QByteArray &fields)
{
    return "{\"status\":\"success\",\"data\":[{" + fields + "}]}";
}
const QByteArray kBase = "\"id\":1,\"name\":\"Mat\",\"price\":10,\"stock\":1,\"page_views\":1,\"sales\":1,\"revenue\":10";
} // namespace

class TestCampaignPilotApi : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheSeedsShape()
    {
        auto r = CampaignPilotApi::parseProducts(kGood, QStringLiteral("GET /api/store/products"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).product.price->minor(), qint64(2999));   // exactly, not 2998
        QCOMPARE(r->at(0).revenue.minor(), qint64(119960));
        QCOMPARE(r->at(1).product.id, QStringLiteral("sku-2"));
        QCOMPARE(r->at(1).product.price->minor(), qint64(8900));
        QCOMPARE(*r->at(0).product.stock, qint64(120));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated JSON") << QByteArray("{\"status\":\"success\",\"data\":[{\"id\":1,") << "not JSON";
        QTest::newRow("NaN") << QByteArray("{\"status\":\"success\",\"data\":[{\"id\":1,\"price\":NaN}]}") << "not JSON";
        QTest::newRow("price as a word") << withProduct("\"id\":1,\"name\":\"Mat\",\"price\":\"cheap\",\"stock\":1,\"page_views\":1,\"sales\":1,\"revenue\":1")
                                         << "data[0].price is not an amount";
        QTest::newRow("negative price") << withProduct("\"id\":1,\"name\":\"Mat\",\"price\":-5,\"stock\":1,\"page_views\":1,\"sales\":1,\"revenue\":1")
                                        << "data[0].price -5 is negative";
        QTest::newRow("stock as text") << withProduct("\"id\":1,\"name\":\"Mat\",\"price\":5,\"stock\":\"many\",\"page_views\":1,\"sales\":1,\"revenue\":1")
                                       << "data[0].stock is not a number";
        QTest::newRow("fractional views") << withProduct("\"id\":1,\"name\":\"Mat\",\"price\":5,\"stock\":1,\"page_views\":1.5,\"sales\":1,\"revenue\":1")
                                          << "data[0].page_views 1.5 is not a whole number";
        QTest::newRow("absurd name") << withProduct("\"id\":1,\"name\":\"" + QByteArray(5000, 'x') + "\",\"price\":5,\"stock\":1,\"page_views\":1,\"sales\":1,\"revenue\":1")
                                     << "data[0].name is 5000 characters long";
        QTest::newRow("missing revenue") << withProduct("\"id\":1,\"name\":\"Mat\",\"price\":5,\"stock\":1,\"page_views\":1,\"sales\":1")
                                         << "data[0].revenue is missing";
        QTest::newRow("wrong count") << QByteArray("{\"status\":\"success\",\"count\":3,\"data\":[{" + kBase + "}]}") << "count";
        QTest::newRow("an error status") << QByteArray("{\"status\":\"error\",\"message\":\"down\"}") << "status";
    }
    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        auto r = CampaignPilotApi::parseProducts(body, QStringLiteral("GET /api/store/products"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
        QCOMPARE(r.error().where, QStringLiteral("GET /api/store/products"));
    }

    void overLoopback()
    {
        FaultServer server;
        server.script("/api/store/products", {FaultServer::Answer{200, kGood, {}, FaultServer::Fault::None}});
        CampaignPilotApi api(QUrl(server.baseUrl()), NetworkPolicy{});
        std::optional<Result<QList<ApiProduct>>> result;
        api.fetchProducts([&](const Result<QList<ApiProduct>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->ok());
        QCOMPARE(result->value().size(), 2);
        QCOMPARE(server.seen().first().method, QByteArray("GET"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignPilotApi)
#include "tst_campaignpilotapi.moc"
