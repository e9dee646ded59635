// SPDX-License-Identifier: GPL-3.0-or-later
// The cycle reads each campaign's daily figures straight into window sums
// (CycleSteps::load, SQLite's own API). Against a plain reference — the
// campaign's product days and own days read with QSqlQuery into the
// snapshot's daily lists — every campaign's metrics must be identical.
#include "agents/cycle/agents.h"
#include "agents/import/recording.h"
#include "models/database.h"
#include "models/productwindows.h"
#include "models/store.h"

#include "support/teststore.h"
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace cp;

class TestCycleLoad : public QObject
{
    Q_OBJECT
private slots:
    void sumsEqualTheDailyLists_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("baselineDays");
        QTest::addColumn<int>("currentDays");
        // A caller's open transaction leaves load on its one connection; else
        // a second connection reads the daily figures meanwhile.
        QTest::addColumn<bool>("oneConnection");
        for (const QDate &d : {QDate(2011, 10, 20), QDate(2011, 11, 15), QDate(2011, 12, 9)})
            for (const auto &[b, c] : {std::pair{14, 7}, std::pair{5, 3}, std::pair{30, 14}})
                for (bool one : {false, true})
                    QTest::addRow("%s %d/%d%s", qPrintable(d.toString(Qt::ISODate)), b, c, one ? " one connection" : "") << d << b << c << one;
    }
    void sumsEqualTheDailyLists()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, baselineDays);
        QFETCH(int, currentDays);
        QFETCH(bool, oneConnection);
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        // Every demo campaign running, so that many are judged, but for
        // two of each category whose products then count as comparable
        // products with days of spend of their own (left out of the sums).
        QSqlQuery(db->connection())
            .exec(QStringLiteral("UPDATE campaigns SET status = CASE WHEN id IN ('demo-07', 'demo-11', 'demo-04', 'demo-15', "
                                 "'demo-08', 'demo-14') THEN 'paused' ELSE 'active' END"));
        // A product and its campaign whose ids hold what an array literal or
        // a packed list must escape (PostgreSQL's sums get the ids as text
        // arrays), with the days of demo-05's product: judged like any other.
        {
            QSqlQuery w(db->connection());
            const QString product = QStringLiteral("odd \"id\\, {x} NULL"), campaign = QStringLiteral("c\"\\,{} ");
            w.prepare(QStringLiteral("INSERT INTO products (id, name, category, price_minor, stock) "
                                     "SELECT ?, name, category, price_minor, stock FROM products WHERE id = '22782'"));
            w.addBindValue(product);
            QVERIFY2(w.exec(), qPrintable(w.lastError().text()));
            w.prepare(QStringLiteral("INSERT INTO product_days (product_id, day, page_views, units_sold, revenue_minor, orders, stock) "
                                     "SELECT ?, day, page_views, units_sold, revenue_minor, orders, stock FROM product_days WHERE product_id = '22782'"));
            w.addBindValue(product);
            QVERIFY2(w.exec(), qPrintable(w.lastError().text()));
            w.prepare(QStringLiteral("INSERT INTO campaigns (id, name, product_id, platform, status, daily_budget_minor, start_day) "
                                     "SELECT ?, name, ?, platform, 'active', daily_budget_minor, start_day FROM campaigns WHERE id = 'demo-05'"));
            w.addBindValue(campaign);
            w.addBindValue(product);
            QVERIFY2(w.exec(), qPrintable(w.lastError().text()));
            w.prepare(QStringLiteral("INSERT INTO campaign_days (campaign_id, day, impressions, clicks, spend_minor, conversions, revenue_minor) "
                                     "SELECT ?, day, impressions, clicks, spend_minor, conversions, revenue_minor FROM campaign_days "
                                     "WHERE campaign_id = 'demo-05'"));
            w.addBindValue(campaign);
            QVERIFY2(w.exec(), qPrintable(w.lastError().text()));
        }
        Policy policy;
        policy.baselineDays = baselineDays;
        policy.currentDays = currentDays;
        QSqlDatabase conn = db->connection();
        if (oneConnection)
            QVERIFY(conn.transaction());
        // The hook runs where the second connection is opened: never in a
        // caller's transaction, always otherwise (both engines).
        int twins = 0;
        CycleSteps::setBetweenSnapshotsHookForTests([&twins] { ++twins; });
        auto input = CycleSteps::load(conn, asOf, policy);
        CycleSteps::setBetweenSnapshotsHookForTests({});
        QVERIFY(input.ok());
        QCOMPARE(twins, oneConnection ? 0 : 1);
        // Loading's transaction is over (the caller's is not).
        const auto inTransaction = [&conn] {
            QSqlQuery t(conn);
            if (cp::test::onPostgres())
                return !(t.exec(QStringLiteral("SELECT statement_timestamp() = transaction_timestamp()")) && t.next() && t.value(0).toBool());
            // SQLite refuses a BEGIN inside a transaction.
            const bool free = t.exec(QStringLiteral("BEGIN"));
            if (free)
                t.exec(QStringLiteral("ROLLBACK"));
            return !free;
        };
        QCOMPARE(inTransaction(), oneConnection);
        // The catalog's kept sums were brought to the cycle's day, inside a
        // caller's transaction too (a savepoint: on PostgreSQL a COMMIT of
        // its own would have ended the caller's, on SQLite a BEGIN failed).
        QVERIFY(ProductWindows::isCurrent(conn, asOf));
        QVERIFY(input->campaigns.size() >= 4);
        int withControls = 0;
        for (const CampaignSnapshot &s : input->campaigns) {
            QVERIFY(s.sums.has_value());
            QVERIFY(s.productDays.isEmpty());
            CampaignSnapshot reference = s;
            reference.sums.reset();
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT %1 FROM product_days WHERE product_id = ? AND day <= ? ORDER BY day")
                          .arg(QLatin1String(StoreReader::kProductDayColumns)));
            q.addBindValue(s.campaign.productId);
            q.addBindValue(asOf.toString(Qt::ISODate));
            QVERIFY(q.exec());
            while (q.next())
                reference.productDays.append(StoreReader::productDay(q));
            q.prepare(QStringLiteral("SELECT %1 FROM campaign_days WHERE campaign_id = ? AND day <= ? ORDER BY day")
                          .arg(QLatin1String(StoreReader::kCampaignDayColumns)));
            q.addBindValue(s.campaign.id);
            q.addBindValue(asOf.toString(Qt::ISODate));
            QVERIFY(q.exec());
            while (q.next())
                reference.campaignDays.append(StoreReader::campaignDay(q));
            // The comparable products' sums (the demo's categories are small:
            // every product of the category without a running campaign), each
            // window summed with a plain query: units on days without spend
            // by a campaign of theirs, and how many such product-days.
            const auto controlSum = [&](qint64 from, qint64 to) {
                QSqlQuery c(db->connection());
                c.prepare(QStringLiteral(
                    "SELECT COALESCE(SUM(CASE WHEN d.units_sold > 0 THEN d.units_sold ELSE 0 END), 0), COUNT(*) "
                    "FROM product_days d JOIN products p ON p.id = d.product_id "
                    "WHERE p.category = ? AND d.day BETWEEN ? AND ? "
                    "AND NOT EXISTS (SELECT 1 FROM campaigns a WHERE a.product_id = d.product_id AND a.status = 'active') "
                    "AND NOT EXISTS (SELECT 1 FROM campaigns x JOIN campaign_days xd ON xd.campaign_id = x.id "
                    "                WHERE x.product_id = d.product_id AND xd.day = d.day AND xd.spend_minor > 0)"));
                c.addBindValue(s.product.category);
                c.addBindValue(QDate::fromJulianDay(from).toString(Qt::ISODate));
                c.addBindValue(QDate::fromJulianDay(to).toString(Qt::ISODate));
                return c.exec() && c.next() ? std::pair<qint64, qint64>{c.value(0).toLongLong(), c.value(1).toLongLong()}
                                            : std::pair<qint64, qint64>{-1, -1};
            };
            const qint64 start = s.campaign.startDate.toJulianDay(), day = asOf.toJulianDay();
            const auto base = controlSum(start - baselineDays, start - 1);
            const auto up = controlSum(std::max(start, day - (policy.upliftWindowDays - 1)), day);
            const auto pre = controlSum(start - 2 * baselineDays, start - baselineDays - 1);
            QCOMPARE(s.controls.baseUnits, base.first);
            QCOMPARE(s.controls.baseProductDays, base.second);
            QCOMPARE(s.controls.upUnits, up.first);
            QCOMPARE(s.controls.upProductDays, up.second);
            QCOMPARE(s.controls.preUnits, pre.first);
            QCOMPARE(s.controls.preProductDays, pre.second);
            withControls += base.first > 0 && up.first > 0 ? 1 : 0;
            const CampaignMetrics fast = Rules::measure(s, policy), slow = Rules::measure(reference, policy);
            QCOMPARE(QJsonDocument(fast.toJson()).toJson(), QJsonDocument(slow.toJson()).toJson());
            QCOMPARE(fast.invalid, slow.invalid);
        }
        QVERIFY2(withControls > 0, "some campaigns have comparable products with sales");
        // The odd ids' campaign was judged, on the same days as demo-05.
        const auto judged = [&input](const QString &id) -> const CampaignSnapshot * {
            for (const CampaignSnapshot &s : input->campaigns)
                if (s.campaign.id == id)
                    return &s;
            return nullptr;
        };
        const CampaignSnapshot *odd = judged(QStringLiteral("c\"\\,{} ")), *twin = judged(QStringLiteral("demo-05"));
        QVERIFY(odd && twin);
        QVERIFY(odd->sums->baseRows + odd->sums->curRows > 0);
        QCOMPARE(QJsonDocument(Rules::measure(*odd, policy).toJson()).toJson(), QJsonDocument(Rules::measure(*twin, policy).toJson()).toJson());
        if (oneConnection)
            QVERIFY(conn.rollback());
        conn = QSqlDatabase();   // no handle left open when the connection is closed
        db->closeThreadConnection();
    }

    // Another connection commits while load opens its two snapshots: load
    // must not read the catalog in one state and the campaign's days in the
    // other. SQLite (the daily figures' connection has begun, load's own not
    // yet): once, it opens both again; every time, it reads on one
    // connection; either way it reads the store as it is after the write.
    // PostgreSQL (load's snapshot exported, not yet imported): both read
    // the store as it was before the write.
    void aWriteBetweenTheTwoSnapshotsIsNotHalfSeen_data()
    {
        QTest::addColumn<int>("writes");
        QTest::newRow("once") << 1;
        QTest::newRow("every time") << 5;
    }
    void aWriteBetweenTheTwoSnapshotsIsNotHalfSeen()
    {
        QFETCH(int, writes);
        QTemporaryDir dir;
        const QString path = cp::test::freshStore(dir, QStringLiteral("s.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET status = 'active'")));
        const QDate asOf(2011, 12, 9);
        QVERIFY(q.exec(QStringLiteral("SELECT c.id, c.product_id FROM campaigns c JOIN product_days d ON d.product_id = c.product_id "
                                      "AND d.day = '2011-12-08' ORDER BY c.id LIMIT 1")) && q.next());
        const QString campaignId = q.value(0).toString(), productId = q.value(1).toString();
        q.finish();
        int written = 0;
        CycleSteps::setBetweenSnapshotsHookForTests([&] {
            if (written >= writes)
                return;
            ++written;
            bool ok = false;
            std::thread writer([&] {   // another connection: the store's on another thread
                auto w = Database::open(path);
                if (!w.ok())
                    return;
                ok = QSqlQuery(w->connection()).exec(QStringLiteral("UPDATE product_days SET units_sold = units_sold + 1000 "
                                                                    "WHERE product_id = '%1' AND day = '2011-12-08'").arg(productId));
                w->closeThreadConnection();
            });
            writer.join();
            QVERIFY(ok);
        });
        const auto cleanup = qScopeGuard([] { CycleSteps::setBetweenSnapshotsHookForTests({}); });
        auto input = CycleSteps::load(db->connection(), asOf, Policy{});
        QVERIFY(input.ok());
        QVERIFY(written >= 1);
        // The catalog's 30 days and the campaign's product days, against the
        // store as it is now.
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(units_sold) FROM product_days WHERE product_id = '%1' "
                                      "AND day BETWEEN '2011-11-10' AND '2011-12-09'").arg(productId)) && q.next());
        // PostgreSQL's load read the snapshot from before the write.
        const qint64 before = cp::test::onPostgres() ? 1000 * written : 0;
        const qint64 units30 = q.value(0).toLongLong() - before;
        bool sawProduct = false, sawCampaign = false;
        for (const ProductStats &p : input->products)
            if (p.product.id == productId) {
                QCOMPARE(p.units30, units30);
                sawProduct = true;
            }
        for (const CampaignSnapshot &s : input->campaigns) {
            if (s.campaign.id != campaignId)
                continue;
            sawCampaign = true;
            CampaignSnapshot reference = s;
            reference.sums.reset();
            q.prepare(QStringLiteral("SELECT %1 FROM product_days WHERE product_id = ? AND day <= ? ORDER BY day")
                          .arg(QLatin1String(StoreReader::kProductDayColumns)));
            q.addBindValue(productId);
            q.addBindValue(asOf.toString(Qt::ISODate));
            QVERIFY(q.exec());
            while (q.next()) {
                ProductDay d = StoreReader::productDay(q);
                if (d.date == QDate(2011, 12, 8))
                    d.unitsSold -= before;
                reference.productDays.append(d);
            }
            q.prepare(QStringLiteral("SELECT %1 FROM campaign_days WHERE campaign_id = ? AND day <= ? ORDER BY day")
                          .arg(QLatin1String(StoreReader::kCampaignDayColumns)));
            q.addBindValue(campaignId);
            q.addBindValue(asOf.toString(Qt::ISODate));
            QVERIFY(q.exec());
            while (q.next())
                reference.campaignDays.append(StoreReader::campaignDay(q));
            QCOMPARE(s.sums->recent, [&] {
                qint64 sum = 0;
                for (const ProductDay &d : reference.productDays)
                    sum += asOf.toJulianDay() - d.date.toJulianDay() < 30 ? d.unitsSold : 0;
                return sum;
            }());
            const CampaignMetrics fast = Rules::measure(s, Policy{}), slow = Rules::measure(reference, Policy{});
            QCOMPARE(QJsonDocument(fast.toJson()).toJson(), QJsonDocument(slow.toJson()).toJson());
        }
        QVERIFY(sawProduct && sawCampaign);
        db->closeThreadConnection();
    }

    // A product has a running campaign exactly when SQL says so, also when
    // that campaign has no name (the cycle once asked the catalog for the
    // running campaign's name, and an empty one read as none).
    void productsWithARunningCampaignAreThoseSqlNames()
    {
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET status = CASE WHEN id IN ('demo-07', 'demo-11') THEN 'paused' ELSE 'active' END")));
        QVERIFY(q.exec(QStringLiteral("UPDATE campaigns SET name = '' WHERE id = 'demo-01'")));
        QVERIFY(q.exec(QStringLiteral("SELECT product_id FROM campaigns WHERE id = 'demo-01'")) && q.next());
        const QString unnamed = q.value(0).toString();
        QVERIFY(!unnamed.isEmpty());
        QSet<QString> expected;
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT product_id FROM campaigns WHERE status = 'active' AND product_id IS NOT NULL")));
        while (q.next())
            expected.insert(q.value(0).toString());
        QVERIFY(expected.contains(unnamed));
        auto input = CycleSteps::load(db->connection(), QDate(2011, 12, 9), Policy{});
        QVERIFY(input.ok());
        QSet<QString> advertised;
        for (const ProductStats &p : input->products)
            if (p.hasActiveCampaign)
                advertised.insert(p.product.id);
        QCOMPARE(advertised, expected);
        db->closeThreadConnection();
    }

    // The Creator takes the first maxNewCampaignsPerCycle eligible products
    // by score, then product id: the same as a full stable sort, with many
    // ties and products in no particular order.
    void theCreatorTakesTheBestByScoreThenId()
    {
        CycleInput input;
        input.asOf = QDate(2024, 6, 30);
        for (int i = 0; i < 400; ++i) {
            const int n = (i * 7919) % 400;   // ids out of order
            ProductStats s;
            s.product.id = QStringLiteral("P%1").arg(n, 3, 10, QLatin1Char('0'));
            s.product.category = n % 3 == 0 ? QStringLiteral("Garden") : QStringLiteral("Kitchen");
            s.product.price = Money::fromMinor(2500 + 500 * (n % 4));
            s.product.stock = n % 11 == 0 ? 10 : 100;   // some not eligible
            s.units30 = 30 + 15 * (n % 5);              // few distinct scores: ties
            s.views30 = s.units30 * (n % 2 == 0 ? 3 : 9);
            s.hasViews = true;
            s.hasActiveCampaign = n % 13 == 0;
            input.products.append(s);
        }
        std::vector<std::pair<double, QString>> reference;
        Policy policy;
        for (const ProductStats &s : input.products)
            if (Rules::isEligible(s, policy))
                reference.emplace_back(Rules::scoreProduct(s, policy).score, s.product.id);
        std::stable_sort(reference.begin(), reference.end(),
                         [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        QVERIFY(reference.size() > 200);
        QVERIFY(reference[0].first == reference[1].first);   // ties at the top
        std::atomic_bool never{false};
        for (int k : {0, 1, 7, 60, int(reference.size()), int(reference.size()) + 5}) {
            policy.maxNewCampaignsPerCycle = k;
            const QList<Recommendation> recs =
                CycleSteps::create(input, policy, TemplateCopyWriter{}, QStringLiteral("c"), QDateTime::currentDateTimeUtc(), never);
            QCOMPARE(recs.size(), std::min<qsizetype>(k, qsizetype(reference.size())));
            for (qsizetype i = 0; i < recs.size(); ++i)
                QCOMPARE(recs[i].productId, reference[size_t(i)].second);
        }
    }

    // Loading fails after the daily figures' thread has started (the
    // comparable products' temporary table cannot be written: a view holds
    // its name): the error is returned, the thread is joined, and the
    // connection is left in no transaction, so the next cycle runs.
    void aLoadThatFailsMidwayLeavesNoTransactionOpen()
    {
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        {
            QSqlDatabase conn = db->connection();
            QVERIFY(Recording::load(QStringLiteral("demo"), conn).ok());
            QVERIFY(QSqlQuery(conn).exec(QStringLiteral("UPDATE campaigns SET status = 'active'")));
            int twins = 0;
            CycleSteps::setBetweenSnapshotsHookForTests([&] {
                ++twins;
                QSqlQuery q(conn);
                q.exec(QStringLiteral("DROP TABLE IF EXISTS cp_comparable"));
                QVERIFY2(q.exec(QStringLiteral("CREATE TEMP VIEW cp_comparable AS SELECT 'x' AS product_id")), qPrintable(q.lastError().text()));
            });
            auto failed = CycleSteps::load(conn, QDate(2011, 12, 9), Policy{});
            CycleSteps::setBetweenSnapshotsHookForTests({});
            QCOMPARE(twins, 1);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().toString().contains(QStringLiteral("comparable")), qPrintable(failed.error().toString()));
            QSqlQuery q(conn);
            if (cp::test::onPostgres()) {
                QVERIFY(q.exec(QStringLiteral("SELECT statement_timestamp() = transaction_timestamp()")) && q.next());
                QVERIFY2(q.value(0).toBool(), "a transaction was left open");
            } else {
                QVERIFY2(q.exec(QStringLiteral("BEGIN")), "a transaction was left open");
                QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        q.exec(QStringLiteral("DROP VIEW IF EXISTS cp_comparable"));   // PostgreSQL's went with the rollback
        auto again = CycleSteps::load(conn, QDate(2011, 12, 9), Policy{});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY(!again->campaigns.isEmpty());
        }
        db->closeThreadConnection();
    }

    void sumsForAnotherPolicyAreRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE campaigns SET status = 'active'"));
        auto input = CycleSteps::load(db->connection(), QDate(2011, 12, 9), Policy{});
        QVERIFY(input.ok() && !input->campaigns.isEmpty());
        Policy other;
        other.baselineDays = 21;
        const CampaignMetrics m = Rules::measure(input->campaigns.first(), other);
        QVERIFY(!m.invalid.isEmpty());
        QCOMPARE(Rules::decide(m, Money::fromMinor(1000), other).rule, QStringLiteral("invalid-input"));
        db->closeThreadConnection();
    }

    void aStoreThatCannotBeReadIsNotAnEmptyOne()
    {
        // After a team's server restarted, a cycle on the dead connection said
        // "the store has no figures to judge yet". A connection that is closed
        // stands for it here.
        QTemporaryDir dir;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
            c.setDatabaseName(dir.filePath(QStringLiteral("s.sqlite")));
            auto input = CycleSteps::load(c, {}, Policy{});   // never opened
            QVERIFY(!input.ok());
            QVERIFY2(input.error().message.startsWith(QLatin1String("the store cannot be read")), qPrintable(input.error().toString()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
        // An empty store that can be read still says what to do.
        auto db = Database::open(cp::test::freshStore(dir, QStringLiteral("e.sqlite")));
        QVERIFY(db.ok());
        auto empty = CycleSteps::load(db->connection(), {}, Policy{});
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.contains(QLatin1String("has no figures to judge yet")), qPrintable(empty.error().toString()));
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestCycleLoad)
#include "tst_cycleload.moc"
