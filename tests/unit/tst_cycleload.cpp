// SPDX-License-Identifier: GPL-3.0-or-later
// The cycle reads each campaign's daily figures straight into window sums
// (CycleSteps::load, SQLite's own API). Against a plain reference — the
// campaign's product days and own days read with QSqlQuery into the
// snapshot's daily lists — every campaign's metrics must be identical.
#include "agents/cycle/agents.h"
#include "agents/import/recording.h"
#include "models/database.h"
#include "models/store.h"

#include "support/teststore.h"
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        for (const QDate &d : {QDate(2011, 10, 20), QDate(2011, 11, 15), QDate(2011, 12, 9)})
            for (const auto &[b, c] : {std::pair{14, 7}, std::pair{5, 3}, std::pair{30, 14}})
                QTest::addRow("%s %d/%d", qPrintable(d.toString(Qt::ISODate)), b, c) << d << b << c;
    }
    void sumsEqualTheDailyLists()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, baselineDays);
        QFETCH(int, currentDays);
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
        Policy policy;
        policy.baselineDays = baselineDays;
        policy.currentDays = currentDays;
        auto input = CycleSteps::load(db->connection(), asOf, policy);
        QVERIFY(input.ok());
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
};

QTEST_GUILESS_MAIN(TestCycleLoad)
#include "tst_cycleload.moc"
