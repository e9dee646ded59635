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
        // Every demo campaign running, so that many are judged.
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE campaigns SET status = 'active'"));
        Policy policy;
        policy.baselineDays = baselineDays;
        policy.currentDays = currentDays;
        auto input = CycleSteps::load(db->connection(), asOf, policy);
        QVERIFY(input.ok());
        QVERIFY(input->campaigns.size() > 5);
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
            const CampaignMetrics fast = Rules::measure(s, policy), slow = Rules::measure(reference, policy);
            QCOMPARE(QJsonDocument(fast.toJson()).toJson(), QJsonDocument(slow.toJson()).toJson());
            QCOMPARE(fast.invalid, slow.invalid);
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
};

QTEST_GUILESS_MAIN(TestCycleLoad)
#include "tst_cycleload.moc"
