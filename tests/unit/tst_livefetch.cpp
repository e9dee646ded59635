// SPDX-License-Identifier: GPL-3.0-or-later
// Live snapshots from the three APIs into the store, over loopback servers
// that record every request and inject faults.
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "agents/backend/metaplatform.h"
#include "agents/approval.h"
#include "agents/dispatcher.h"
#include "agents/import/recording.h"
#include "agents/live/credentials.h"
#include "agents/live/livesync.h"
#include "models/backgroundtask.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "models/store.h"
#include "models/workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cp;
using A = FaultServer::Answer;
using F = FaultServer::Fault;

namespace {
const QDate kToday(2026, 11, 25);

Connection cpApi(const FaultServer &server)
{
    Connection c;
    c.kind = Connection::Kind::CampaignPilotApi;
    c.url = QUrl(server.baseUrl());
    return c;
}

QJsonObject campaign(const QString &id, const QString &product, qint64 impressions, qint64 clicks, double spend, double roas)
{
    return QJsonObject{{QStringLiteral("campaign_id"), id},
                       {QStringLiteral("product_id"), product},
                       {QStringLiteral("campaign_name"), QStringLiteral("Campaign ") + id},
                       {QStringLiteral("status"), QStringLiteral("active")},
                       {QStringLiteral("budget"), 25.0},
                       {QStringLiteral("start_date"), QStringLiteral("2026-11-01")},
                       {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("impressions"), impressions},
                                                               {QStringLiteral("clicks"), clicks},
                                                               {QStringLiteral("conversions"), clicks / 10},
                                                               {QStringLiteral("spend"), spend},
                                                               {QStringLiteral("ctr"), 1.0},
                                                               {QStringLiteral("cpc"), 0.5},
                                                               {QStringLiteral("roas"), roas}}}};
}

// Everything the store holds, as one comparable text.
QString dump(QSqlDatabase db)
{
    QString out;
    QSqlQuery q(db);
    for (const char *table : {"products", "product_days", "campaigns", "campaign_days", "live_product_totals", "live_campaign_totals"}) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char(i + 1 == q.record().count() ? '\n' : '|');
    }
    return out;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestLiveFetch : public QObject
{
    Q_OBJECT
private slots:
    void campaignPilotApiSnapshotsBecomeDays()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        QVERIFY(db.ok());
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        for (int i = 1; i <= 12; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 20.0 + i, 100, 1000 * i, 50 * i, 50.0 * i * (20 + i)));
        api->campaigns.insert(QStringLiteral("c1"), campaign(QStringLiteral("c1"), QStringLiteral("3"), 10000, 300, 120.0, 1.5));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        Connections connections{cpApi(server), cpApi(server)};

        // Day 1: the starting point; no day's figures yet, said so.
        auto first = LiveSync::refresh(db->connection(), connections, {}, {}, kToday.addDays(-1));
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->report.products, 12);
        QCOMPARE(first->report.campaigns, 1);
        QCOMPARE(first->report.productDays, 0);
        QVERIFY(first->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("first snapshot")));
        QCOMPARE(server.count("/api/store/products/7"), 1);            // details of each product
        QCOMPARE(server.count("/api/store/products/7/analytics"), 1);  // and its analytics
        QVERIFY(server.peakInFlight() <= LiveFetch::kMaxInFlight + 1); // + the campaigns list on its own client

        // Day 2: the totals grew; the difference is the day.
        QJsonObject p3 = api->products.value(QStringLiteral("3"));
        p3.insert(QStringLiteral("page_views"), 3000 + 240);
        p3.insert(QStringLiteral("sales"), 150 + 7);
        p3.insert(QStringLiteral("revenue"), 50.0 * 3 * 23 + 7 * 23.0);
        p3.insert(QStringLiteral("stock"), 93);
        api->products.insert(QStringLiteral("3"), p3);
        api->campaigns.insert(QStringLiteral("c1"), campaign(QStringLiteral("c1"), QStringLiteral("3"), 12500, 360, 150.0, 1.2));
        auto second = LiveSync::refresh(db->connection(), connections, {}, {}, kToday);
        QVERIFY2(second.ok(), second ? "" : qPrintable(second.error().toString()));
        QCOMPARE(second->report.productDays, 12);
        QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT page_views FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 240);
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 7);
        QCOMPARE(scalar(c, QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 16100);
        QCOMPARE(scalar(c, QStringLiteral("SELECT stock FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 93);
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='4' AND day='2026-11-25'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='c1' AND day='2026-11-25'")), 2500);
        QCOMPARE(scalar(c, QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='c1' AND day='2026-11-25'")), 3000);
        // Revenue from the seed's ROAS: 150 x 2.2 - 120 x 2.5 = 30.
        QCOMPARE(scalar(c, QStringLiteral("SELECT revenue_minor FROM campaign_days WHERE campaign_id='c1' AND day='2026-11-25'")), 3000);
        QCOMPARE(scalar(c, QStringLiteral("SELECT product_id = '3' FROM campaigns WHERE id='c1'")), 1);

        // A later snapshot the same day updates the day, not adds to it.
        p3.insert(QStringLiteral("sales"), 150 + 9);
        api->products.insert(QStringLiteral("3"), p3);
        QVERIFY(LiveSync::refresh(c, connections, {}, {}, kToday).ok());
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 9);

        // A total that goes backwards is a restatement: the newest snapshot wins (the day has 0 more, never a
        // negative figure), it is said, and the rest lands.
        p3.insert(QStringLiteral("sales"), 10);
        api->products.insert(QStringLiteral("3"), p3);
        auto backwards = LiveSync::refresh(c, connections, {}, {}, kToday);
        QVERIFY(backwards.ok());
        QVERIFY2(backwards->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("restated its totals downwards (3)")),
                 qPrintable(backwards->report.notes.join(QLatin1Char(' '))));
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='3' AND day='2026-11-25'")), 0);
        // The restated total is what the next day counts from (not the refused one: no day comes out inflated).
        QCOMPARE(scalar(c, QStringLiteral("SELECT units FROM live_product_totals WHERE product_id='3' AND day='2026-11-25'")), 10);

        // The live store exports as a recording that loads into a fresh store with the same days.
        RecordingManifest m;
        m.id = QStringLiteral("live-test");
        m.title = QStringLiteral("Live test");
        m.currency = QStringLiteral("USD");
        auto content = Recording::fromStore(c, m);
        QVERIFY(content.ok());
        QVERIFY(Recording::write(dir.filePath(QStringLiteral("rec")), *content).ok());
        auto replay = Database::open(dir.filePath(QStringLiteral("replay.sqlite")));
        auto loaded = Recording::load(dir.filePath(QStringLiteral("rec")), replay->connection());
        QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().toString()));
        for (const char *table : {"products", "product_days", "campaigns", "campaign_days"})
            QCOMPARE(StoreReader::count(replay->connection(), QLatin1String(table)), StoreReader::count(c, QLatin1String(table)));
        QCOMPARE(scalar(replay->connection(), QStringLiteral("SELECT SUM(revenue_minor) FROM product_days")),
                 scalar(c, QStringLiteral("SELECT SUM(revenue_minor) FROM product_days")));
        // And the replay workspace holding the recording refuses live data rather than mixing the two.
        auto mixed = LiveSync::refresh(replay->connection(), connections, {}, {}, kToday);
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().message.contains(QLatin1String("replay workspace")), qPrintable(mixed.error().toString()));
        replay->closeThreadConnection();
        db->closeThreadConnection();
    }

    void oneDayAnalyticsAreTheDay()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->timeRange = QStringLiteral("1d");
        api->products.insert(QStringLiteral("5"), SeedApi::product(QStringLiteral("5"), 30.0, 80, 4000, 200, 6000.0));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        auto r = LiveSync::refresh(db->connection(), {cpApi(server), {}}, {}, {}, kToday);
        QVERIFY(r.ok());
        QCOMPARE(r->report.productDays, 1);   // the server's own one-day figures, on the first snapshot
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT page_views FROM product_days WHERE product_id='5'")), 400);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='5'")), 20);
        db->closeThreadConnection();
    }

    void oneProductFailingLeavesTheOthers()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        for (int i = 1; i <= 5; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 25.0, 60, 100, 10, 250.0));
        api->fail.insert(QStringLiteral("/api/store/products/2/analytics"), SeedApi::error(500, "analytics down"));
        // A wrong type in one product's details: refused for that product only.
        api->fail.insert(QStringLiteral("/api/store/products/4"),
                         A{200, "{\"status\":\"success\",\"data\":{\"id\":4,\"name\":\"P4\",\"price\":\"abc\",\"stock\":1,"
                                "\"page_views\":1,\"sales\":1,\"revenue\":1}}",
                           {}, F::None});
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        Connection store = cpApi(server);
        store.policy.backoffBaseMs = 10;
        auto r = LiveSync::refresh(db->connection(), {store, {}}, {}, {}, kToday);
        QVERIFY(r.ok());
        QCOMPARE(r->report.products, 5);
        QCOMPARE(r->failures.size(), 2);
        QVERIFY2(r->failures[0].startsWith(QLatin1String("product 2: ")) && r->failures[0].contains(QLatin1String("analytics down")),
                 qPrintable(r->failures[0]));
        QVERIFY2(r->failures[1].startsWith(QLatin1String("product 4: ")) && r->failures[1].contains(QLatin1String("data.price")),
                 qPrintable(r->failures[1]));
        // The analytics were asked once and retried (a read), not more.
        QCOMPARE(server.count("/api/store/products/2/analytics"), NetworkPolicy{}.maxAttempts);
        // The failures are in the import log for the operator.
        auto log = StoreReader::importLog(db->connection());
        QVERIFY(log.ok() && !log->isEmpty());
        QVERIFY(log->last().firstErrors.join(QLatin1Char(' ')).contains(QLatin1String("product 2")));
        db->closeThreadConnection();
    }

    void faultsOnTheListLeaveTheStoreUnchanged_data()
    {
        QTest::addColumn<A>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << A{500, "{\"status\":\"error\",\"message\":\"database is down\"}", {}, F::None} << QStringLiteral("database is down");
        QTest::newRow("503 too long") << A{503, "{}", {{"Retry-After", "3600"}}, F::None} << QStringLiteral("asks to wait 3600 s");
        QTest::newRow("429 too long") << A{429, "{}", {{"Retry-After", "3600"}}, F::None} << QStringLiteral("429");
        QTest::newRow("stall") << A{200, "{}", {}, F::Stall} << QStringLiteral("GET /api/store/products");
        QTest::newRow("drop") << A{200, "{}", {}, F::Drop} << QStringLiteral("GET /api/store/products");
        QTest::newRow("truncated") << A{200, "{\"status\":\"success\",\"data\":[{\"id\":1", {}, F::Truncated}
                                   << QStringLiteral("GET /api/store/products");
        QTest::newRow("wrong type") << A{200, "{\"status\":\"success\",\"data\":[{\"id\":1,\"name\":\"A\",\"price\":29.9,\"stock\":\"many\","
                                              "\"page_views\":1,\"sales\":1,\"revenue\":1}]}",
                                         {}, F::None}
                                    << QStringLiteral("data[0].stock is not a number");
        QTest::newRow("NaN") << A{200, "{\"status\":\"success\",\"data\":[{\"id\":1,\"name\":\"A\",\"price\":NaN,\"stock\":1,"
                                       "\"page_views\":1,\"sales\":1,\"revenue\":1}]}",
                                  {}, F::None}
                             << QStringLiteral("not JSON");
        QTest::newRow("negative price") << A{200, "{\"status\":\"success\",\"data\":[{\"id\":1,\"name\":\"A\",\"price\":-5,\"stock\":1,"
                                                  "\"page_views\":1,\"sales\":1,\"revenue\":1}]}",
                                             {}, F::None}
                                        << QStringLiteral("data[0].price -5 is negative");
        QTest::newRow("20 MB") << A{200, "{}", {}, F::Huge} << QStringLiteral("MB");
    }

    void faultsOnTheListLeaveTheStoreUnchanged()
    {
        QFETCH(A, answer);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->products.insert(QStringLiteral("1"), SeedApi::product(QStringLiteral("1"), 25.0, 60, 100, 10, 250.0));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        Connection store = cpApi(server);
        QVERIFY(LiveSync::refresh(db->connection(), {store, {}}, {}, {}, kToday.addDays(-1)).ok());
        const QString before = dump(db->connection());
        QVERIFY(!before.isEmpty());

        api->fail.insert(QStringLiteral("/api/store/products"), answer);
        // A short timeout so that the stall costs little; fewer retries for the same reason.
        store.policy.transferTimeoutMs = 400;
        store.policy.maxAttempts = 2;
        store.policy.backoffBaseMs = 10;
        store.policy.retryAfterMaxMs = 1000;
        auto r = LiveSync::refresh(db->connection(), {store, {}}, {}, {}, kToday);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
        QCOMPARE(dump(db->connection()), before);   // nothing half-written
        const int asked = server.count("/api/store/products");
        QVERIFY(asked >= 2);                        // the first snapshot, then this one (retries allowed: a read)
        db->closeThreadConnection();
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        api->latencyMinMs = 20;
        api->latencyMaxMs = 40;
        for (int i = 1; i <= 60; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 25.0, 60, 100, 10, 250.0));
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        TaskContext context;
        int reports = 0;
        context.onProgress = [&](qint64 done, qint64, const QString &) {
            ++reports;
            if (done >= 5)
                context.cancel();
        };
        auto r = LiveSync::refresh(db->connection(), {cpApi(server), {}}, {}, {}, kToday, &context);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("cancelled")));
        QVERIFY(server.seen().size() < 1 + 2 * 60);   // it stopped asking
        QCOMPARE(StoreReader::count(db->connection(), QStringLiteral("products")), 0);
        db->closeThreadConnection();
    }

    void wooCommerceOrdersBecomeDailySales()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        server.script("/wp-json/wc/v3/products",
                      {A{200, "[{\"id\":11,\"name\":\"Lamp\",\"price\":\"40.00\",\"stock_quantity\":70,\"categories\":[{\"name\":\"Home\"}]},"
                              "{\"id\":12,\"name\":\"Mat\",\"price\":\"25.50\",\"stock_quantity\":null}]",
                         {{"X-WP-Total", "2"}, {"X-WP-TotalPages", "1"}}, F::None}});
        const QByteArray page1 =
            "[{\"id\":1,\"status\":\"completed\",\"date_created\":\"2026-11-24T10:00:00\",\"line_items\":["
            "{\"product_id\":11,\"quantity\":2,\"total\":\"80.00\"},{\"product_id\":12,\"quantity\":1,\"total\":\"25.50\"}]},"
            "{\"id\":2,\"status\":\"processing\",\"date_created\":\"2026-11-24T18:00:00\",\"line_items\":["
            "{\"product_id\":11,\"quantity\":1,\"total\":\"36.00\"}]}]";
        const QByteArray page2 =
            "[{\"id\":3,\"status\":\"cancelled\",\"date_created\":\"2026-11-25T09:00:00\",\"line_items\":["
            "{\"product_id\":11,\"quantity\":5,\"total\":\"200.00\"}]},"
            "{\"id\":4,\"status\":\"completed\",\"date_created\":\"2026-11-25T11:00:00\",\"line_items\":["
            "{\"product_id\":12,\"quantity\":3,\"total\":\"76.50\"},{\"product_id\":0,\"quantity\":1,\"total\":\"9.00\"}]}]";
        server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path != "/wp-json/wc/v3/orders")
                return std::nullopt;
            const QUrlQuery q(QString::fromUtf8(s.query));
            return A{200, q.queryItemValue(QStringLiteral("page")) == u"2" ? page2 : page1, {{"X-WP-TotalPages", "2"}}, F::None};
        };
        Connection woo;
        woo.kind = Connection::Kind::WooCommerce;
        woo.url = QUrl(server.baseUrl());
        auto r = LiveSync::refresh(db->connection(), {woo, {}}, Secrets{{}, "ck_1", "cs_2"}, {}, kToday);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='11' AND day='2026-11-24'")), 3);
        QCOMPARE(scalar(c, QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id='11' AND day='2026-11-24'")), 11600);
        QCOMPARE(scalar(c, QStringLiteral("SELECT orders FROM product_days WHERE product_id='11' AND day='2026-11-24'")), 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM product_days WHERE product_id='11' AND day='2026-11-25'")), 0);   // cancelled
        QCOMPARE(scalar(c, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='12' AND day='2026-11-25'")), 3);
        QVERIFY(r->report.notes.join(QLatin1Char(' ')).contains(QLatin1String("deleted products")));
        // Bounded by date (28 days of history on the first fetch), with HTTP Basic.
        for (const auto &s : server.seen()) {
            QCOMPARE(s.headers.value("authorization"), "Basic " + QByteArray("ck_1:cs_2").toBase64());
            if (s.path == "/wp-json/wc/v3/orders") {
                const QUrlQuery q(QString::fromUtf8(s.query));
                QCOMPARE(q.queryItemValue(QStringLiteral("after")), QStringLiteral("2026-10-28T23:59:59"));
                QCOMPARE(q.queryItemValue(QStringLiteral("before")), QStringLiteral("2026-11-26T00:00:00"));
            }
        }
        // A WordPress error body is shown as such, and nothing is written.
        const QString before = dump(c);
        server.handler = [](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path != "/wp-json/wc/v3/orders")
                return std::nullopt;
            return A{401, "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list resources.\",\"data\":{\"status\":401}}",
                     {}, F::None};
        };
        auto refused = LiveSync::refresh(c, {woo, {}}, Secrets{{}, "ck_1", "cs_2"}, {}, kToday);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QLatin1String("Sorry, you cannot list resources. (woocommerce_rest_cannot_view)")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(dump(c), before);
        db->closeThreadConnection();
    }

    void metaInsightsBecomeCampaignDays()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        FaultServer server;
        // The account's today is the test's today (cp::Clock at noon UTC, an account in UTC).
        qputenv("CP_NOW_OFFSET_SECONDS",
                QByteArray::number(QDateTime(kToday, QTime(12, 0), Qt::UTC).toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch()));
        const QByteArray v = "/" + QByteArray(kMetaDefaultVersion);
        server.script(v + "/act_42", {A{200, "{\"id\":\"act_42\",\"currency\":\"USD\",\"timezone_name\":\"UTC\"}", {}, F::None}});
        server.script(v + "/act_42/campaigns", {A{200, "{\"data\":[{\"id\":\"601\",\"name\":\"Lamps\",\"status\":\"ACTIVE\",\"daily_budget\":\"2500\"},"
                                                       "{\"id\":\"602\",\"name\":\"Mats\",\"status\":\"PAUSED\",\"daily_budget\":\"1000\"}]}",
                                                  {}, F::None}});
        // One account-level call (level=campaign): a row per campaign and day.
        server.script(v + "/act_42/insights",
                      {A{200, "{\"data\":[{\"campaign_id\":\"601\",\"date_start\":\"2026-11-24\",\"date_stop\":\"2026-11-24\",\"impressions\":\"1200\",\"clicks\":\"40\","
                              "\"spend\":\"12.34\",\"actions\":[{\"action_type\":\"link_click\",\"value\":\"40\"},"
                              "{\"action_type\":\"purchase\",\"value\":\"3\"},{\"action_type\":\"omni_purchase\",\"value\":\"3\"}],"
                              "\"action_values\":[{\"action_type\":\"purchase\",\"value\":\"89.70\"},"
                              "{\"action_type\":\"omni_purchase\",\"value\":\"89.70\"}]},"
                              "{\"campaign_id\":\"601\",\"date_start\":\"2026-11-25\",\"date_stop\":\"2026-11-25\",\"impressions\":\"300\",\"clicks\":\"9\",\"spend\":\"3.10\"},"
                              "{\"campaign_id\":\"602\",\"date_start\":\"2026-11-24\",\"date_stop\":\"2026-11-24\",\"impressions\":\"10\","
                              "\"clicks\":\"NaN\",\"spend\":\"1\"}]}",
                         {}, F::None}});
        Connection meta;
        meta.kind = Connection::Kind::Meta;
        meta.url = QUrl(server.baseUrl());
        meta.account = QStringLiteral("42");
        auto r = LiveSync::refresh(db->connection(), {{}, meta}, {}, Secrets{"meta-token", {}, {}}, kToday);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='601' AND day='2026-11-24'")), 1234);
        QCOMPARE(scalar(c, QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id='601' AND day='2026-11-24'")), 3);
        QCOMPARE(scalar(c, QStringLiteral("SELECT revenue_minor FROM campaign_days WHERE campaign_id='601' AND day='2026-11-24'")), 8970);
        QCOMPARE(scalar(c, QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='601' AND day='2026-11-25'")), 300);
        QCOMPARE(scalar(c, QStringLiteral("SELECT daily_budget_minor FROM campaigns WHERE id='601'")), 2500);
        // The bad campaign is listed, named with its field; the good one landed.
        QCOMPARE(r->failures.size(), 1);
        QVERIFY2(r->failures[0].contains(QLatin1String("campaign 602")) && r->failures[0].contains(QLatin1String("clicks")),
                 qPrintable(r->failures[0]));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM campaign_days WHERE campaign_id='602'")), 0);
        for (const auto &s : server.seen()) {
            QCOMPARE(s.headers.value("authorization"), QByteArray("Bearer meta-token"));
            if (s.path.endsWith("/insights")) {
                const QUrlQuery q(QString::fromUtf8(s.query));
                QCOMPARE(q.queryItemValue(QStringLiteral("time_increment")), QStringLiteral("1"));
                QVERIFY(q.queryItemValue(QStringLiteral("fields")).contains(QLatin1String("action_values")));
            }
        }
        qunsetenv("CP_NOW_OFFSET_SECONDS");
        db->closeThreadConnection();
    }

    // A walkthrough: a mistyped WooCommerce secret on the first contact let
    // the ad account's USD become a euro shop's currency, and once the key
    // was fixed the shop was refused for good. The shop's currency comes
    // first: the ad account's money waits for it.
    void aShopThatFailedOnFirstContactDoesNotLeaveTheCurrencyToTheAdAccount()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("live.sqlite")));
        QVERIFY(db);
        LiveSnapshot s;
        s.takenAt = QDateTime::currentDateTimeUtc();
        s.from = kToday.addDays(-7);
        s.to = kToday;
        s.store = QStringLiteral("woocommerce http://127.0.0.1:1");
        s.storeComplete = false;   // HTTP 401: nothing read
        s.platform = QStringLiteral("meta http://127.0.0.1:2");
        s.platformCurrency = QStringLiteral("USD");
        Campaign c;
        c.id = QStringLiteral("701");
        c.name = QStringLiteral("Lamps");
        c.status = Campaign::Status::Active;
        c.dailyBudget = Money::fromMinor(2500);
        s.campaigns << c;
        CampaignDay d;
        d.campaignId = c.id;
        d.date = kToday.addDays(-1);
        d.spend = Money::fromMinor(1234);
        s.campaignDays << d;
        auto first = LiveSync::write(db->connection(), s);
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        QSqlDatabase conn = db->connection();
        QCOMPARE(Workspaces::read(conn, db->path())->currency, QString());   // not the ad account's
        QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM campaign_days")), 0);
        QVERIFY2(first->failures.join(u' ').contains(QLatin1String("takes its currency from the shop first")),
                 qPrintable(first->failures.join(u' ')));
        // The key fixed: the shop's EUR is the workspace's; the USD account's money is then refused as before.
        s.storeComplete = true;
        s.storeCurrency = QStringLiteral("EUR");
        auto second = LiveSync::write(db->connection(), s);
        QVERIFY2(second.ok(), second ? "" : qPrintable(second.error().toString()));
        QCOMPARE(Workspaces::read(conn, db->path())->currency, QStringLiteral("EUR"));
        db->closeThreadConnection();
    }

    void metaPlatformPausesOnceAndNeverCreates()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        FaultServer server;
        QString status = QStringLiteral("ACTIVE");
        server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            const QUrlQuery q(QString::fromUtf8(s.query));
            if (s.method == "POST") {
                if (q.hasQueryItem(QStringLiteral("execution_options")))   // the validate_only dry run changes nothing
                    return A{200, "{\"success\":true}", {}, F::None};
                status = q.queryItemValue(QStringLiteral("status"));
                return A{200, "{\"success\":true}", {}, F::None};
            }
            return A{200, QByteArray("{\"id\":\"x\",\"status\":\"") + status.toUtf8() + "\",\"daily_budget\":\"5200\"}", {}, F::None};
        };
        DecisionStore store(db->connection());
        Recommendation pause;
        pause.agent = QStringLiteral("manager");
        pause.decision = QStringLiteral("PAUSE");
        pause.action = Recommendation::Action::Pause;
        pause.campaignId = QStringLiteral("demo-03");
        pause.rationale = QStringLiteral("test");
        pause.createdAt = QDateTime::currentDateTimeUtc();
        pause.expiresAt = pause.createdAt.addDays(1);
        Recommendation create = pause;
        create.decision = QStringLiteral("CREATE");
        create.action = Recommendation::Action::Create;
        create.campaignId.clear();
        create.productId = QStringLiteral("22833");
        create.campaignName = QStringLiteral("New");
        create.proposedBudget = Money::fromMinor(2000);
        auto added = store.add({pause, create});
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().toString()));
        MetaPlatform platform(QUrl(server.baseUrl()), NetworkPolicy{}, "tok");
        QVERIFY(!platform.supports(Recommendation::Action::Create));
        QVERIFY(Approval::approve(store, added->at(0).id, QStringLiteral("ops")).ok());
        QVERIFY(Approval::approve(store, added->at(1).id, QStringLiteral("ops")).ok());
        std::atomic_bool halted{false};
        DispatchReport report = Dispatcher::run(*db, platform, halted, QStringLiteral("ops"));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.failed, 1);
        QVERIFY(report.errors.join(QLatin1Char(' ')).contains(QLatin1String("Ads Manager")));
        QCOMPARE(status, QStringLiteral("PAUSED"));
        int posts = 0, dryRuns = 0;
        for (const auto &s : server.seen()) {
            const bool dryRun = s.query.contains("execution_options");
            posts += s.method == "POST" && !dryRun;
            dryRuns += s.method == "POST" && dryRun;
        }
        QCOMPARE(posts, 1);   // the pause; the create never left
        QCOMPARE(dryRuns, 1);   // the pause's validate_only run before it
        db->closeThreadConnection();
    }

    void credentialsComeFromTheEnvironmentAndAreRequired()
    {
        qputenv("CP_META_ACCESS_TOKEN", "from-env");
        auto meta = Credentials::readAndWait(QStringLiteral("ws-test"), Credentials::Role::Platform, Connection::Kind::Meta);
        QVERIFY(meta.ok());
        QCOMPARE(meta->token, QByteArray("from-env"));
        qunsetenv("CP_META_ACCESS_TOKEN");
        qunsetenv("CP_WC_CONSUMER_KEY");
        auto woo = Credentials::readAndWait(QStringLiteral("ws-test"), Credentials::Role::Store, Connection::Kind::WooCommerce);
        QVERIFY(!woo.ok());
        QVERIFY(woo.error().message.contains(QLatin1String("CP_WC_CONSUMER_KEY")));
        // The seed API may run without a token.
        QVERIFY(Credentials::readAndWait(QStringLiteral("ws-test"), Credentials::Role::Store, Connection::Kind::CampaignPilotApi).ok());
    }
};

QTEST_GUILESS_MAIN(TestLiveFetch)
#include "tst_livefetch.moc"
