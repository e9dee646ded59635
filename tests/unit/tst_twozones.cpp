// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: one time zone per source, read from the platform. A WooCommerce
// shop (its site's timezone_string) and a Meta ad account (its
// timezone_name) in different time zones, refreshed together: each source's
// days are stored in that source's own zone, and each is read up to its own
// today — neither borrows the other's calendar nor this computer's.
#include "../support/faultserver.h"
#include "../support/fakemeta.h"
#include "../support/fakewoocommerce.h"
#include "agents/cycle/agents.h"
#include "agents/live/livesync.h"
#include "agents/workspace/workspaceopener.h"
#include "models/database.h"
#include "models/clock.h"
#include "models/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>
#include <optional>

using namespace cp;
using namespace cp::test;

namespace {
const QByteArray kToken = "EAAB-test-access-token-0123456789";

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

// A live workspace with two loopback sources: a WooCommerce shop (products
// 11 and 12) and a Meta ad account (act_42, campaign 601), both in USD.
struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<Shop> shop = std::make_shared<Shop>();
    std::shared_ptr<Graph> graph = std::make_shared<Graph>();
    FaultServer shopServer, graphServer;
    std::optional<OpenedWorkspace> opened;
    QSqlDatabase db;
    Connections connections;

    Fixture()
    {
        shop->products = {product(11), product(12)};
        shopServer.handler = [s = shop](const FaultServer::Seen &seen) { return (*s)(seen); };
        graph->campaigns = {{QStringLiteral("601")}};
        graphServer.handler = [g = graph](const FaultServer::Seen &seen) { return (*g)(seen); };
        auto o = WorkspaceOpener::open({dir.filePath(QStringLiteral("twozones.sqlite")), {}, {}, false});
        if (o.ok()) {
            opened.emplace(std::move(*o));
            db = opened->database->connection();
        }
        connections.store.kind = Connection::Kind::WooCommerce;
        connections.store.url = QUrl(shopServer.baseUrl());
        connections.platform.kind = Connection::Kind::Meta;
        connections.platform.url = QUrl(graphServer.baseUrl());
        connections.platform.account = QStringLiteral("42");
        connections.platform.policy.backoffBaseMs = 5;
        connections.platform.policy.backoffMaxMs = 20;
    }
    ~Fixture()
    {
        db = QSqlDatabase();
        if (opened)
            opened->database->closeThreadConnection();
    }
    // Both sources in one refresh at the instant `now` (Meta's today is taken
    // at cp::Clock::now(), which setNow() moves to the same instant).
    Result<LiveSync::Refresh> refresh(const QDateTime &now)
    {
        setNow(now);
        return LiveSync::refresh(db, connections, Secrets{{}, "ck", "cs"}, Secrets{kToken, {}, {}}, now);
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? (q.value(0).isNull() ? -2 : q.value(0).toLongLong()) : -1;
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
};

QString joined(const QStringList &l)
{
    return l.join(QLatin1String(" | "));
}
} // namespace

class TestTwoZones : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("CP_NOW_OFFSET_SECONDS"); }

    // At 2026-11-25 12:00 UTC it is the 26th, 01:00 in Auckland (UTC+13) and
    // the 25th, 04:00 in Los Angeles (UTC-8). The shop's two orders fall on
    // either side of its midnight; the account has figures for its yesterday,
    // its today and (in the fake) the day after, which it has not reached.
    void eachSourceKeepsItsOwnZone_data()
    {
        QTest::addColumn<QString>("shopZone");
        QTest::addColumn<QString>("accountZone");
        QTest::addColumn<QDateTime>("lateOrder");    // product 11: the shop's day before its today
        QTest::addColumn<QDateTime>("todayOrder");   // product 12: the shop's today
        QTest::addColumn<QDate>("shopToday");
        QTest::addColumn<QDate>("accountToday");
        // 10:30 UTC is 23:30 on the 25th in Auckland; 11:30 UTC, 00:30 on the 26th.
        QTest::newRow("shop in Auckland, ad account in Los Angeles")
            << QStringLiteral("Pacific/Auckland") << QStringLiteral("America/Los_Angeles") << utc(25, 10, 30) << utc(25, 11, 30)
            << QDate(2026, 11, 26) << QDate(2026, 11, 25);
        // 07:30 UTC is 23:30 on the 24th in Los Angeles; 08:30 UTC, 00:30 on the 25th.
        QTest::newRow("shop in Los Angeles, ad account in Auckland")
            << QStringLiteral("America/Los_Angeles") << QStringLiteral("Pacific/Auckland") << utc(25, 7, 30) << utc(25, 8, 30)
            << QDate(2026, 11, 25) << QDate(2026, 11, 26);
    }

    void eachSourceKeepsItsOwnZone()
    {
        QFETCH(QString, shopZone);
        QFETCH(QString, accountZone);
        QFETCH(QDateTime, lateOrder);
        QFETCH(QDateTime, todayOrder);
        QFETCH(QDate, shopToday);
        QFETCH(QDate, accountToday);
        const QDateTime now = utc(25, 12);
        const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };

        Fixture f;
        QVERIFY(f.db.isValid());
        f.shop->zone = QTimeZone(shopZone.toUtf8());
        QVERIFY(f.shop->zone.isValid());
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), lateOrder, {{11, 1, 3000}}},
                          ShopOrder{2, QStringLiteral("completed"), todayOrder, {{12, 2, 5000}}}};
        f.graph->timeZone = accountZone;
        f.graph->days[QStringLiteral("601")][accountToday.addDays(-1)] = Graph::Day{200, 8, QStringLiteral("2.00")};
        f.graph->days[QStringLiteral("601")][accountToday] = Graph::Day{300, 9, QStringLiteral("3.10")};
        f.graph->days[QStringLiteral("601")][accountToday.addDays(1)] = Graph::Day{999, 99, QStringLiteral("9.99")};

        auto r = f.refresh(now);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(r->failures.isEmpty(), qPrintable(joined(r->failures)));
        QCOMPARE(f.text(QStringLiteral("SELECT currency FROM workspace")), QStringLiteral("USD"));

        // The shop's orders on the shop's days, up to the shop's today.
        QCOMPARE(f.scalar(QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='11' AND day='%1'").arg(iso(shopToday.addDays(-1)))),
                 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT units_sold FROM product_days WHERE product_id='12' AND day='%1'").arg(iso(shopToday))), 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id='12' AND day='%1'").arg(iso(shopToday))),
                 5000);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COALESCE(SUM(units_sold), 0) FROM product_days")), 3);
        QCOMPARE(f.text(QStringLiteral("SELECT MAX(day) FROM product_days")), iso(shopToday));
        bool reachedShopToday = false, pastShopToday = false;
        const QString shopTomorrow = iso(shopToday.addDays(1)) + QStringLiteral("T00:00:00");
        for (const QUrlQuery &q : std::as_const(f.shop->orderQueries)) {
            const QString before = q.queryItemValue(QStringLiteral("before"));
            reachedShopToday |= before == shopTomorrow;
            pastShopToday |= before > shopTomorrow;
        }
        QVERIFY(!f.shop->orderQueries.isEmpty());
        QVERIFY(reachedShopToday);   // in the shop's own midnights
        QVERIFY(!pastShopToday);

        // The account's insights on the account's days, up to the account's today.
        QVERIFY(!f.graph->until.isEmpty());
        for (const QDate &until : std::as_const(f.graph->until))
            QCOMPARE(until, accountToday);   // never the shop's today, nor this computer's
        QCOMPARE(f.scalar(QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='601' AND day='%1'").arg(iso(accountToday))),
                 300);
        QCOMPARE(f.scalar(QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id='601' AND day='%1'").arg(iso(accountToday))),
                 310);
        QCOMPARE(f.scalar(QStringLiteral("SELECT impressions FROM campaign_days WHERE campaign_id='601' AND day='%1'")
                              .arg(iso(accountToday.addDays(-1)))),
                 200);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_days WHERE day > '%1'").arg(iso(accountToday))), 0);
        QCOMPARE(f.text(QStringLiteral("SELECT MAX(day) FROM campaign_days")), iso(accountToday));

        // The notes name both zones and each source's today there.
        const QString notes = joined(r->report.notes);
        QVERIFY2(notes.contains(QStringLiteral("the shop's time zone is %1").arg(shopZone)), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("its today is %1").arg(iso(shopToday))), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("time zone %1").arg(accountZone)), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("to %1 were read in that time zone").arg(iso(accountToday))), qPrintable(notes));

        // The workspace's today is the shop's (the overview counts back from it).
        const auto workspace = Workspaces::read(f.db, QStringLiteral("ws"));
        QVERIFY(workspace.ok());
        QCOMPARE(workspace->timeZone, shopZone);
        QCOMPARE(workspace->today(), shopToday);
    }

    // The shop in Auckland is a day ahead of the ad account in Los Angeles.
    // A cycle judges as of the last day both sources were read whole (the
    // account's today), says which and why, and keeps to that rule from one
    // refresh to the next — not the shop's newest order's day one time and
    // the account's the next. A refresh where Meta failed holds it back.
    void theCycleJudgesAsOfTheLastDayBothWereRead()
    {
        Fixture f;
        f.shop->zone = QTimeZone("Pacific/Auckland");
        f.graph->timeZone = QStringLiteral("America/Los_Angeles");
        // 11:30 UTC on the 25th: 00:30 on the 26th in Auckland.
        f.shop->orders = {ShopOrder{1, QStringLiteral("completed"), utc(25, 11, 30), {{12, 2, 5000}}}};
        f.graph->days[QStringLiteral("601")][QDate(2026, 11, 24)] = Graph::Day{200, 8, QStringLiteral("2.00")};
        f.graph->days[QStringLiteral("601")][QDate(2026, 11, 25)] = Graph::Day{300, 9, QStringLiteral("3.10")};
        auto r = f.refresh(utc(25, 12));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(f.text(QStringLiteral("SELECT MAX(day) FROM product_days")), QStringLiteral("2026-11-26"));
        CycleSteps::AsOf as = CycleSteps::asOf(f.db);
        QCOMPARE(as.day, QDate(2026, 11, 25));
        QVERIFY2(as.why.contains(QLatin1String("both sources were read whole: the shop through 2026-11-26, the ad account through 2026-11-25")),
                 qPrintable(as.why));
        auto input = CycleSteps::load(f.db);
        QVERIFY2(input.ok(), input ? "" : qPrintable(input.error().toString()));
        QCOMPARE(input->asOf, QDate(2026, 11, 25));
        QCOMPARE(input->asOfWhy, as.why);

        // A day later, and no new order: the same rule, the account's today.
        QVERIFY(f.refresh(utc(26, 12)).ok());
        QCOMPARE(CycleSteps::asOf(f.db).day, QDate(2026, 11, 26));

        // Meta refused (an expired token) while the shop was read: the day
        // stays the last one the account was read whole.
        f.graph->expiredToken = true;
        auto failed = f.refresh(utc(27, 12));
        QVERIFY2(failed.ok(), failed ? "" : qPrintable(failed.error().toString()));
        QVERIFY(!failed->failures.isEmpty());
        as = CycleSteps::asOf(f.db);
        QCOMPARE(as.day, QDate(2026, 11, 26));
        QVERIFY2(as.why.contains(QLatin1String("the shop through 2026-11-28, the ad account through 2026-11-26")), qPrintable(as.why));
    }

    // A zone Qt does not know is refused; without a zone today is this computer's.
    void anUnknownZoneIsRefused()
    {
        QTemporaryDir dir;
        auto opened = WorkspaceOpener::open({dir.filePath(QStringLiteral("z.sqlite")), {}, {}, false});
        QVERIFY(opened.ok());
        QSqlDatabase db = opened->database->connection();
        QVERIFY(!Workspaces::setTimeZone(db, QStringLiteral("Mars/Olympus_Mons")).ok());
        const auto w = Workspaces::read(db, QStringLiteral("z"));
        QVERIFY(w.ok());
        QVERIFY(w->timeZone.isEmpty());
        QCOMPARE(w->today(), Clock::now().toLocalTime().date());
        db = QSqlDatabase();
        opened->database->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestTwoZones)
#include "tst_twozones.moc"
