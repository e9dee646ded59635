// SPDX-License-Identifier: GPL-3.0-or-later
// A live workspace judged from its first contact, and right day after day,
// against a loopback server that speaks the Campaign Pilot API the way the
// seed's server does: new figures on every call, totals that sometimes go
// down, a comparison window per product, lifetime metrics per campaign.
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "../support/approvedaction.h"
#include "agents/approval.h"
#include "models/decisionstore.h"
#include "models/liveevidence.h"
#include "agents/cycle/agents.h"
#include "agents/live/livesync.h"
#include "agents/workspace/workspaceopener.h"
#include "models/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cp;
using A = FaultServer::Answer;

namespace {

// The shop behind the server: each product's true running totals grow day by
// day; what the server answers wobbles around them (up to 3 % low, as the
// seed's randomised server does), so that a total can go down between calls.
struct SeedShop
{
    struct Item
    {
        QString id, category;
        double price = 0;
        qint64 stock = 0;
        qint64 views = 0, units = 0;      // true totals
        qint64 viewsPerDay = 0, unitsPerDay = 0;
        double salesChange = 0, viewChange = 0;   // the analytics' window: current vs previous
    };
    struct Ad
    {
        QString id, product;
        double spend = 0, roas = 0;       // lifetime; the seed's ROAS = (revenue - cost) / cost
        qint64 impressions = 0, clicks = 0, conversions = 0;
    };
    QList<Item> items;
    QList<Ad> ads;
    QDate today;
    QRandomGenerator random{20261125};
    QSet<QString> failing;                 // product ids whose analytics fail
    A failure{500, "{\"status\":\"error\"}", {}, FaultServer::Fault::None};
    QHash<QString, qint64> lastUnits;      // what the server last answered, per product

    qint64 wobble(qint64 v) { return v - qint64(double(v) * 0.03 * random.generateDouble()); }

    void nextDay()
    {
        today = today.addDays(1);
        for (Item &i : items) {
            i.views += i.viewsPerDay;
            i.units += i.unitsPerDay;
        }
        for (Ad &a : ads) {
            a.spend += 20;
            a.impressions += 1000;
            a.clicks += 40;
            a.conversions += 4;
        }
    }

    static A ok(const QJsonValue &data)
    {
        QJsonObject root{{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}};
        return A{200, QJsonDocument(root).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None};
    }

    QJsonObject product(const Item &i)
    {
        const qint64 units = wobble(i.units);
        lastUnits.insert(i.id, units);
        return QJsonObject{{QStringLiteral("id"), i.id.toInt()},
                           {QStringLiteral("name"), QStringLiteral("Product ") + i.id},
                           {QStringLiteral("category"), i.category},
                           {QStringLiteral("price"), i.price},
                           {QStringLiteral("description"), QStringLiteral("A product")},
                           {QStringLiteral("image_url"), QString()},
                           {QStringLiteral("stock"), i.stock},
                           {QStringLiteral("page_views"), wobble(i.views)},
                           {QStringLiteral("sales"), units},
                           {QStringLiteral("revenue"), double(units) * i.price}};
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        const QString path = QString::fromUtf8(s.path);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (path == u"/api/store/products") {
            QJsonArray all;
            for (const Item &i : items)
                all.append(product(i));
            return ok(all);
        }
        if (parts.size() >= 4 && parts[1] == u"store") {
            for (const Item &i : items) {
                if (i.id != parts[3])
                    continue;
                if (parts.size() == 4)
                    return ok(product(i));
                if (failing.contains(i.id))
                    return failure;
                // The last 7 days against the 7 before, with the day's noise.
                const double noise = 1.0 + (random.generateDouble() - 0.5) * 0.02;
                const qint64 previousUnits = i.unitsPerDay * 7, previousViews = i.viewsPerDay * 7;
                const qint64 units = qRound64(double(previousUnits) * (1 + i.salesChange / 100) * noise);
                const qint64 views = qRound64(double(previousViews) * (1 + i.viewChange / 100) * noise);
                auto window = [](qint64 current, qint64 previous) {
                    return QJsonObject{{QStringLiteral("current"), current}, {QStringLiteral("previous"), previous},
                                       {QStringLiteral("change_percent"), previous ? 100.0 * double(current - previous) / double(previous) : 0.0}};
                };
                return ok(QJsonObject{{QStringLiteral("product_id"), i.id.toInt()},
                                      {QStringLiteral("time_range"), QStringLiteral("last_7_days")},
                                      {QStringLiteral("page_views"), window(views, previousViews)},
                                      {QStringLiteral("sales"), window(units, previousUnits)},
                                      {QStringLiteral("revenue"), QJsonObject{{QStringLiteral("current"), double(units) * i.price},
                                                                              {QStringLiteral("previous"), double(previousUnits) * i.price}}},
                                      {QStringLiteral("conversion_rate"), 2.5},
                                      {QStringLiteral("bounce_rate"), 40.0},
                                      {QStringLiteral("avg_session_duration"), 95.0}});
            }
        }
        if (path == u"/api/impact/campaigns") {
            QJsonArray all;
            for (const Ad &a : ads)
                all.append(QJsonObject{{QStringLiteral("campaign_id"), a.id},
                                       {QStringLiteral("product_id"), a.product.toInt()},
                                       {QStringLiteral("campaign_name"), QStringLiteral("Campaign ") + a.id},
                                       {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("budget"), 25.0},
                                       {QStringLiteral("start_date"), today.addDays(-20).toString(Qt::ISODate)},
                                       {QStringLiteral("metrics"),
                                        QJsonObject{{QStringLiteral("impressions"), a.impressions},
                                                    {QStringLiteral("clicks"), a.clicks},
                                                    {QStringLiteral("conversions"), a.conversions},
                                                    {QStringLiteral("spend"), a.spend},
                                                    {QStringLiteral("ctr"), 4.0},
                                                    {QStringLiteral("cpc"), 0.5},
                                                    {QStringLiteral("roas"), a.roas}}}});
            return ok(all);
        }
        return A{404, "{\"status\":\"error\",\"message\":\"Not found\"}", {}, FaultServer::Fault::None};
    }

    // Eight products: four advertised (losing money, working, falling, modest), four not.
    static std::shared_ptr<SeedShop> make(QDate day)
    {
        auto shop = std::make_shared<SeedShop>();
        shop->today = day;
        const struct { const char *category; double price, salesChange, viewChange; } spec[] = {
            {"Electronics", 45, 20, 15}, {"Electronics", 60, 30, 20}, {"Fitness", 35, -25, -10}, {"Clothing", 50, 8, 3},
            {"Electronics", 80, 0, 0},   {"Fitness", 40, 0, 0},       {"Clothing", 55, 0, 0},    {"Books", 12, 0, 0}};
        for (int n = 0; n < 8; ++n) {
            Item i;
            i.id = QString::number(n + 1);
            i.category = QLatin1String(spec[n].category);
            i.price = spec[n].price;
            i.stock = 200;
            i.views = 50000 + 1000 * n;
            i.units = 2000 + 100 * n;
            i.viewsPerDay = 400;
            i.unitsPerDay = 20;
            i.salesChange = spec[n].salesChange;
            i.viewChange = spec[n].viewChange;
            shop->items << i;
        }
        // c1 loses money (ROAS below 0 in the seed's terms); the others pay.
        shop->ads << Ad{QStringLiteral("c1"), QStringLiteral("1"), 300, -0.5, 30000, 1200, 90}
                  << Ad{QStringLiteral("c2"), QStringLiteral("2"), 300, 1.5, 30000, 1200, 90}
                  << Ad{QStringLiteral("c3"), QStringLiteral("3"), 300, 1.2, 30000, 1200, 90}
                  << Ad{QStringLiteral("c4"), QStringLiteral("4"), 300, 1.1, 30000, 1200, 90};
        return shop;
    }
};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// One product's stored rows, as text: to compare before and after.
QString rowsOf(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT day, page_views, units_sold, revenue_minor FROM product_days WHERE product_id = '%1' ORDER BY day").arg(id));
    QString out;
    while (q.next())
        out += QStringLiteral("%1 %2 %3 %4;").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.exec(QStringLiteral("SELECT day, units FROM live_product_totals WHERE product_id = '%1' ORDER BY day").arg(id));
    while (q.next())
        out += QStringLiteral("T%1 %2;").arg(q.value(0).toString(), q.value(1).toString());
    q.exec(QStringLiteral("SELECT as_of, units FROM source_windows WHERE product_id = '%1' ORDER BY as_of").arg(id));
    while (q.next())
        out += QStringLiteral("W%1 %2;").arg(q.value(0).toString(), q.value(1).toString());
    return out;
}

QList<Recommendation> cycle(QSqlDatabase db, QDate asOf)
{
    std::atomic_bool never{false};
    auto input = CycleSteps::load(db, asOf);
    if (!input)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Recommendation> recs = CycleSteps::create(*input, Policy{}, TemplateCopyWriter{}, QStringLiteral("t"), now, never);
    recs += CycleSteps::manage(CycleSteps::analyse(*input, Policy{}, never), Policy{}, QStringLiteral("t"), now, never);
    return recs;
}

Connections connectionsTo(const FaultServer &server)
{
    Connections c;
    c.store.kind = c.platform.kind = Connection::Kind::CampaignPilotApi;
    c.store.url = c.platform.url = QUrl(server.baseUrl());
    return c;
}

} // namespace

class TestFirstContact : public QObject
{
    Q_OBJECT
private slots:
    void firstCycleOnAFreshLiveWorkspaceDecides()
    {
        // The real program, as a new user runs it: one command, exit 0, every campaign judged.
        QTemporaryDir dir;
        FaultServer server;
        auto shop = SeedShop::make(QDate::currentDate());
        server.handler = [shop](const FaultServer::Seen &s) { return (*shop)(s); };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("cycle"), QStringLiteral("--json"), QStringLiteral("--database"),
                                            dir.filePath(QStringLiteral("shop.sqlite")), QStringLiteral("--store"),
                                            QStringLiteral("campaign-pilot-api"), QStringLiteral("--store-url"), server.baseUrl(),
                                            QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"),
                                            QStringLiteral("--platform-url"), server.baseUrl()});
        QVERIFY(done.wait(120000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray all = QJsonDocument::fromJson(out).array();
        QMap<QString, QString> byCampaign, rationale;
        QSet<QString> kinds;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            rationale.insert(o.value(QStringLiteral("campaign_id")).toString(), o.value(QStringLiteral("rationale")).toString());
            kinds.insert(o.value(QStringLiteral("decision")).toString());
            byCampaign.insert(o.value(QStringLiteral("campaign_id")).toString(), o.value(QStringLiteral("decision")).toString());
            if (!o.value(QStringLiteral("campaign_id")).toString().isEmpty())
                QVERIFY2(o.value(QStringLiteral("rationale")).toString().contains(QLatin1String("the store reports sales")),
                         qPrintable(o.value(QStringLiteral("rationale")).toString()));
        }
        QVERIFY2(kinds.size() >= 3, qPrintable(QStringList(kinds.values()).join(u',')));
        QVERIFY(kinds.contains(QStringLiteral("NEW_CAMPAIGN")));
        // Losing money is stopped at once; the rest is judged, and the shipped
        // policy's gate says a week of 20 sales a day does not settle the
        // seed's word yet (issue 16), naming it.
        QCOMPARE(byCampaign.value(QStringLiteral("c1")), QStringLiteral("EMERGENCY_PAUSE"));   // ROAS below 0: losing money
        const QHash<QString, QString> seedWord{{QStringLiteral("c2"), QStringLiteral("CONTINUE")},   // sales +30 %, views +20 %
                                               {QStringLiteral("c3"), QStringLiteral("PAUSE")}};     // sales -25 %
        // c4 (sales +8 %; the seed's rules: OPTIMIZE) earns 2.1x its spend by
        // the platform's own count, at most about 2.46x at the gate's end of
        // its 90 conversions: below the 2.5x a 40 % margin needs, beyond doubt.
        QCOMPARE(byCampaign.value(QStringLiteral("c4")), QStringLiteral("PAUSE"));
        QVERIFY2(rationale.value(QStringLiteral("c4")).startsWith(QLatin1String("Below break-even beyond doubt")),
                 qPrintable(rationale.value(QStringLiteral("c4"))));
        for (auto it = seedWord.cbegin(); it != seedWord.cend(); ++it) {
            QCOMPARE(byCampaign.value(it.key()), QStringLiteral("MONITOR"));
            QVERIFY2(rationale.value(it.key()).contains(QStringLiteral("the seed's rules would say %1").arg(it.value())),
                     qPrintable(rationale.value(it.key())));
        }
    }

    void fiveDaysStayRight()
    {
        QTemporaryDir dir;
        FaultServer server;
        const QDate day1(2026, 11, 2);
        auto shop = SeedShop::make(day1);
        server.handler = [shop](const FaultServer::Seen &s) { return (*shop)(s); };
        auto opened = WorkspaceOpener::open({dir.filePath(QStringLiteral("shop.sqlite")), {}, {}, false});
        QVERIFY(opened.ok());
        QSqlDatabase db = opened->database->connection();
        const Connections connections = connectionsTo(server);

        QHash<QString, qint64> firstTotal;   // units the server reported at the end of the first day
        int restated = 0;
        for (int day = 0; day < 6; ++day) {
            const QDate today = shop->today;
            // Two snapshots a day, as an operator refreshing would take: the newest wins.
            for (int call = 0; call < 2; ++call) {
                auto refreshed = LiveSync::refresh(db, connections, {}, {}, today);
                QVERIFY2(refreshed.ok(), refreshed ? "" : qPrintable(refreshed.error().toString()));
                QVERIFY(refreshed->failures.isEmpty());
                restated += refreshed->report.notes.join(u' ').contains(QLatin1String("restated")) ? 1 : 0;
            }
            // The first day's last snapshot is the starting point: days are counted after it.
            if (day == 0)
                for (const SeedShop::Item &i : shop->items)
                    firstTotal.insert(i.id, shop->lastUnits.value(i.id));
            // The store equals the server's newest truth: the days since the first snapshot add up to the
            // newest total less the first (never more: nothing multiplied; never negative).
            for (const SeedShop::Item &i : shop->items) {
                const qint64 newest = scalar(db, QStringLiteral("SELECT units FROM live_product_totals WHERE product_id='%1' AND day='%2'")
                                                     .arg(i.id, today.toString(Qt::ISODate)));
                QCOMPARE(newest, shop->lastUnits.value(i.id));
                const qint64 stored = scalar(db, QStringLiteral("SELECT COALESCE(SUM(units_sold), 0) FROM product_days WHERE product_id='%1'")
                                                     .arg(i.id));
                QCOMPARE(stored, std::max<qint64>(0, newest - firstTotal.value(i.id)));
                QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM product_days WHERE units_sold < 0 OR revenue_minor < 0")), 0);
            }
            // Every day's cycle judges: the first one included, from the windows and lifetime totals.
            const QList<Recommendation> recs = cycle(db, today);
            QSet<QString> kinds;
            for (const Recommendation &r : recs)
                kinds.insert(r.decision);
            QVERIFY2(kinds.size() >= 3, qPrintable(QStringLiteral("day %1: ").arg(day) + QStringList(kinds.values()).join(u',')));
            shop->nextDay();
        }
        QVERIFY2(restated > 0, "the server's wobble never made a total go down: the test did not exercise restatements");
        db = QSqlDatabase();
        opened->database->closeThreadConnection();
    }

    void oneProductsFailedAnalyticsLeaveItsFiguresAlone_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("500") << 500 << int(FaultServer::Fault::None) << QByteArray("{\"status\":\"error\"}");
        QTest::newRow("timeout") << 200 << int(FaultServer::Fault::Stall) << QByteArray("{}");
        QTest::newRow("truncated") << 200 << int(FaultServer::Fault::Truncated) << QByteArray("{\"status\":\"success\",\"data\":{}}");
        QTest::newRow("wrong product") << 200 << int(FaultServer::Fault::None)
                                       << QByteArray("{\"status\":\"success\",\"data\":{\"product_id\":7,\"time_range\":\"7d\","
                                                     "\"page_views\":{\"current\":0,\"previous\":0,\"change_percent\":0},"
                                                     "\"sales\":{\"current\":0,\"previous\":0,\"change_percent\":0},"
                                                     "\"revenue\":{\"current\":0,\"previous\":0},\"conversion_rate\":0,"
                                                     "\"bounce_rate\":0,\"avg_session_duration\":0}}");
    }

    void oneProductsFailedAnalyticsLeaveItsFiguresAlone()
    {
        QFETCH(int, status);
        QFETCH(int, fault);
        QFETCH(QByteArray, body);
        QTemporaryDir dir;
        FaultServer server;
        auto shop = SeedShop::make(QDate(2026, 11, 2));
        server.handler = [shop](const FaultServer::Seen &s) { return (*shop)(s); };
        auto opened = WorkspaceOpener::open({dir.filePath(QStringLiteral("shop.sqlite")), {}, {}, false});
        QVERIFY(opened.ok());
        QSqlDatabase db = opened->database->connection();
        Connections connections = connectionsTo(server);
        connections.store.policy.transferTimeoutMs = 1000;   // the stall ends as a timeout, soon
        for (int day = 0; day < 2; ++day) {
            QVERIFY(LiveSync::refresh(db, connections, {}, {}, shop->today).ok());
            shop->nextDay();
        }
        const QString before = rowsOf(db, QStringLiteral("2"));
        const QString otherBefore = rowsOf(db, QStringLiteral("5"));
        QVERIFY(before.contains(QLatin1String("W")));
        shop->failing.insert(QStringLiteral("2"));
        shop->failure = A{status, body, {}, FaultServer::Fault(fault)};
        auto refreshed = LiveSync::refresh(db, connections, {}, {}, shop->today);
        QVERIFY2(refreshed.ok(), refreshed ? "" : qPrintable(refreshed.error().toString()));
        QCOMPARE(refreshed->failures.size(), 1);
        QVERIFY(refreshed->failures.first().startsWith(QLatin1String("product 2")));
        QVERIFY(refreshed->report.notes.join(u' ').contains(QLatin1String("kept their earlier figures")));
        QCOMPARE(rowsOf(db, QStringLiteral("2")), before);          // not zeroed, not half-saved
        QVERIFY(rowsOf(db, QStringLiteral("5")) != otherBefore);    // the others moved on
        db = QSqlDatabase();
        opened->database->closeThreadConnection();
    }

    void wooCommerceRestatesAPastDay()
    {
        QTemporaryDir dir;
        auto opened = WorkspaceOpener::open({dir.filePath(QStringLiteral("woo.sqlite")), {}, {}, false});
        QVERIFY(opened.ok());
        QSqlDatabase db = opened->database->connection();
        FaultServer server;
        server.script("/wp-json/wc/v3/products",
                      {A{200, "[{\"id\":11,\"name\":\"Lamp\",\"price\":\"40.00\",\"stock_quantity\":70},"
                              "{\"id\":12,\"name\":\"Mat\",\"price\":\"25.00\",\"stock_quantity\":9}]",
                         {{"X-WP-Total", "2"}, {"X-WP-TotalPages", "1"}}, FaultServer::Fault::None}});
        // Day 1: two orders on the 20th. Day 3: one of them refunded, the other's lamp now 3 (a late edit),
        // and the mat's only order cancelled.
        QByteArray orders = "[{\"id\":1,\"status\":\"completed\",\"date_created\":\"2026-11-20T10:00:00\",\"line_items\":["
                            "{\"product_id\":11,\"quantity\":2,\"total\":\"80.00\"}]},"
                            "{\"id\":2,\"status\":\"processing\",\"date_created\":\"2026-11-20T12:00:00\",\"line_items\":["
                            "{\"product_id\":12,\"quantity\":1,\"total\":\"25.00\"}]}]";
        QList<QUrlQuery> asked;
        server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path != "/wp-json/wc/v3/orders")
                return std::nullopt;
            asked << QUrlQuery(QString::fromUtf8(s.query));
            return A{200, orders, {{"X-WP-TotalPages", "1"}}, FaultServer::Fault::None};
        };
        Connection woo;
        woo.kind = Connection::Kind::WooCommerce;
        woo.url = QUrl(server.baseUrl());
        const Secrets keys{{}, "ck", "cs"};
        QVERIFY(LiveSync::refresh(db, {woo, {}}, keys, {}, QDate(2026, 11, 21)).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='11' AND day='2026-11-20'")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='12' AND day='2026-11-20'")), 1);
        orders = "[{\"id\":1,\"status\":\"completed\",\"date_created\":\"2026-11-20T10:00:00\",\"line_items\":["
                 "{\"product_id\":11,\"quantity\":3,\"total\":\"120.00\"}]},"
                 "{\"id\":2,\"status\":\"cancelled\",\"date_created\":\"2026-11-20T12:00:00\",\"line_items\":["
                 "{\"product_id\":12,\"quantity\":1,\"total\":\"25.00\"}]}]";
        asked.clear();
        auto again = LiveSync::refresh(db, {woo, {}}, keys, {}, QDate(2026, 11, 23));
        QVERIFY(again.ok());
        // The past day was re-read (the re-read window reaches back past it) and the newest figures won.
        QVERIFY(!asked.isEmpty());
        QVERIFY2(asked.first().queryItemValue(QStringLiteral("after")) <= QStringLiteral("2026-11-20T00:00:00"),
                 qPrintable(asked.first().queryItemValue(QStringLiteral("after"))));
        QCOMPARE(scalar(db, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='11' AND day='2026-11-20'")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id='11' AND day='2026-11-20'")), 12000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='12' AND day='2026-11-20'")), 0);
        QVERIFY(again->report.notes.join(u' ').contains(QLatin1String("no longer have orders")));
        db = QSqlDatabase();
        opened->database->closeThreadConnection();
    }

    void metaRestatesAPastDay()
    {
        QTemporaryDir dir;
        auto opened = WorkspaceOpener::open({dir.filePath(QStringLiteral("meta.sqlite")), {}, {}, false});
        QVERIFY(opened.ok());
        QSqlDatabase db = opened->database->connection();
        FaultServer server;
        const QByteArray v = "/" + QByteArray(kMetaDefaultVersion);
        server.script(v + "/act_42", {A{200, "{\"id\":\"act_42\",\"currency\":\"USD\",\"timezone_name\":\"UTC\"}", {}, FaultServer::Fault::None}});
        server.script(v + "/act_42/campaigns", {A{200, "{\"data\":[{\"id\":\"601\",\"name\":\"Lamps\",\"status\":\"ACTIVE\",\"daily_budget\":\"2500\"}]}",
                                                  {}, FaultServer::Fault::None}});
        // Purchases for the 20th keep arriving (attribution): 1, then 3 a day later, then 4.
        int purchases = 1;
        server.handler = [&](const FaultServer::Seen &s) -> std::optional<A> {
            if (!s.path.endsWith("/insights"))
                return std::nullopt;
            const QByteArray body = "{\"data\":[{\"campaign_id\":\"601\",\"date_start\":\"2026-11-20\",\"date_stop\":\"2026-11-20\",\"impressions\":\"1000\","
                                    "\"clicks\":\"40\",\"spend\":\"20.00\",\"actions\":[{\"action_type\":\"purchase\",\"value\":\""
                                    + QByteArray::number(purchases) + "\"}],\"action_values\":[{\"action_type\":\"purchase\",\"value\":\""
                                    + QByteArray::number(purchases * 30) + ".00\"}]}]}";
            return A{200, body, {}, FaultServer::Fault::None};
        };
        Connection meta;
        meta.kind = Connection::Kind::Meta;
        meta.url = QUrl(server.baseUrl());
        meta.account = QStringLiteral("42");
        const Secrets token{"t", {}, {}};
        for (const auto &[day, bought] : {std::pair{21, 1}, std::pair{22, 3}, std::pair{23, 4}}) {
            purchases = bought;
            // The ad account's today (cp::Clock, an account in UTC) is the refresh's.
            qputenv("CP_NOW_OFFSET_SECONDS", QByteArray::number(QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch()
                                                                - QDateTime::currentSecsSinceEpoch()));
            QVERIFY(LiveSync::refresh(db, {{}, meta}, {}, token, QDate(2026, 11, day)).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id='601' AND day='2026-11-20'")), bought);
            QCOMPARE(scalar(db, QStringLiteral("SELECT revenue_minor FROM campaign_days WHERE campaign_id='601' AND day='2026-11-20'")),
                     bought * 3000);
            QCOMPARE(scalar(db, QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='601' AND day='2026-11-20'")), 2000);
        }
        qunsetenv("CP_NOW_OFFSET_SECONDS");
        db = QSqlDatabase();
        opened->database->closeThreadConnection();
    }

    void aCapabilityLearntInOneProcessIsHonouredInTheNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();   // no budget endpoint: PATCH answers 405, as the seed's server
        for (const char *id : {"c1", "c2"})
            api->campaigns.insert(QLatin1String(id), QJsonObject{{QStringLiteral("campaign_id"), QLatin1String(id)},
                                                                 {QStringLiteral("status"), QStringLiteral("active")},
                                                                 {QStringLiteral("budget"), 20.0}});
        server.handler = [api](const FaultServer::Seen &s) { return (*api)(s); };
        QVERIFY(WorkspaceOpener::open({path, {}, {}, false}).ok());
        auto approveBudget = [&](const QString &campaign) {
            return approveAction(path, Recommendation::Action::SetBudget, campaign, Money::fromMinor(2200));
        };
        auto send = [&] {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
            p.setProcessEnvironment(env);
            QSignalSpy done(&p, &QProcess::finished);
            p.start(QStringLiteral(CP_BINARY), {QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), path,
                                                QStringLiteral("--platform"), QStringLiteral("campaign-pilot-api"),
                                                QStringLiteral("--platform-url"), server.baseUrl()});
            done.wait(60000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        auto patches = [&] {
            return int(std::count_if(server.seen().begin(), server.seen().end(), [](const auto &s) { return s.method == "PATCH"; }));
        };
        QVERIFY(approveBudget(QStringLiteral("c1")));
        const QString first = send();
        QCOMPARE(patches(), 1);   // learnt: 405
        {
            auto db = Database::open(path);
            const QString key = QStringLiteral("campaign-pilot-api ") + QUrl(server.baseUrl()).authority();
            auto missing = LiveEvidence::missingCapabilities(db->connection(), key);
            QVERIFY(missing.ok());
            QCOMPARE(*missing, QStringList{QStringLiteral("set_budget")});
            db->closeThreadConnection();
        }
        // Another process, another budget change: refused from memory, without a request.
        QVERIFY(approveBudget(QStringLiteral("c2")));
        const QString second = send();
        QCOMPARE(patches(), 1);
        QVERIFY2(second.contains(QLatin1String("budget")), qPrintable(second));
    }

    void windowLengthsTheSeedServerNames_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("days");
        QTest::newRow("7d") << "7d" << 7;
        QTest::newRow("last_7_days") << "last_7_days" << 7;
        QTest::newRow("30_days") << "30_days" << 30;
        QTest::newRow("24h") << "24h" << 1;
        QTest::newRow("last_48_hours") << "last_48_hours" << 2;
        QTest::newRow("today") << "today" << 1;
        QTest::newRow("week") << "week" << 7;
        QTest::newRow("unknown") << "forever" << 0;
        QTest::newRow("0d") << "0d" << 0;
        QTest::newRow("36h") << "36h" << 0;
    }

    void windowLengthsTheSeedServerNames()
    {
        QFETCH(QString, range);
        QFETCH(int, days);
        QCOMPARE(LiveFetch::windowDays(range).value_or(0), days);
    }
};

QTEST_GUILESS_MAIN(TestFirstContact)
#include "tst_firstcontact.moc"
