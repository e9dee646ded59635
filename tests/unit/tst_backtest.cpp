// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental backtest (Simulator::run: running sums, one pass over the
// recording) against the reference that rebuilds the agents' view from the
// rows every day (Simulator::runFromRows): every day's recommendations, the
// approved-action log, the decision counts and the daily money must be
// identical, on the demo and on a generated recording with awkward data.
// And the report of policies run on threads equals the serial one.
#include "agents/import/recording.h"
#include "agents/simulation/simulationreport.h"
#include "models/database.h"
#include "support/generatedrecording.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
SimulationData demo()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    if (auto s = Recording::load(QStringLiteral("demo"), db->connection()); !s)
        qFatal("the demo did not load: %s", qPrintable(s.error().toString()));
    auto data = SimulationData::fromStore(db->connection());
    db->closeThreadConnection();
    return data.value();
}

// One line per recommendation with everything the agents decided and why.
QString describe(QDate day, const Recommendation &r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|")
               .arg(day.toString(Qt::ISODate), r.agent, r.decision, Recommendation::actionKey(r.action), r.campaignId, r.productId,
                    r.proposedBudget ? r.proposedBudget->toString() : QStringLiteral("-"), r.rule, r.title)
           + r.rationale + QLatin1Char('|') + QString::number(r.risk, 'g', 17) + QLatin1Char('|')
           + QString::fromUtf8(QJsonDocument(r.inputs).toJson(QJsonDocument::Compact)) + QLatin1Char('|') + r.campaignName;
}

struct Traced
{
    PolicyRun run;
    QStringList stream;
};

template<typename Runner>
Traced traced(Runner runner, const SimulationData &data, const SimulationSettings &settings)
{
    Traced t;
    std::atomic_bool cancel{false};
    t.run = runner(data, settings, cancel, {}, [&t](QDate day, const QList<Recommendation> &recs) {
        for (const Recommendation &r : recs)
            t.stream << describe(day, r);
    });
    return t;
}

Policy variant()
{
    Policy p;
    p.name = QStringLiteral("variant");
    p.baselineDays = 9;
    p.currentDays = 4;
    p.learningPeriodDays = 2;
    p.minDaysOfData = 2;
    p.pauseSalesImpactBelow = -25;
    p.emergencyRoasBelow = 0.5;
    p.minStock = 20;
    p.minViewsPerSale = 1.0;
    p.maxNewCampaignsPerCycle = 8;
    return p;
}
} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT
    SimulationData m_demo;
    SimulationData m_awkward;

    void compare(const SimulationData &data, const SimulationSettings &settings)
    {
        const Traced fast = traced(&Simulator::run, data, settings);
        const Traced slow = traced(&Simulator::runFromRows, data, settings);
        QVERIFY(!slow.stream.isEmpty());
        QCOMPARE(fast.stream.size(), slow.stream.size());
        for (qsizetype i = 0; i < slow.stream.size(); ++i)
            QCOMPARE(fast.stream[i], slow.stream[i]);
        sameOutcome(fast.run, slow.run);
        // Unobserved, the run skips the Manager's words: the same outcome.
        std::atomic_bool cancel{false};
        sameOutcome(Simulator::run(data, settings, cancel), slow.run);
    }

    void sameOutcome(const PolicyRun &fast, const PolicyRun &slow)
    {
        QCOMPARE(fast.log, slow.log);
        QCOMPARE(fast.decisions, slow.decisions);
        QCOMPARE(fast.actions, slow.actions);
        QCOMPARE(fast.days.size(), slow.days.size());
        for (qsizetype i = 0; i < slow.days.size(); ++i) {
            const SimulatedDay &a = fast.days[i], &b = slow.days[i];
            QCOMPARE(a.date, b.date);
            QCOMPARE(a.spendMinor, b.spendMinor);
            QCOMPARE(a.revenueMinor, b.revenueMinor);
            QCOMPARE(a.newSpendMinor, b.newSpendMinor);
            QCOMPARE(a.newRevenueMinor, b.newRevenueMinor);
        }
    }

private slots:
    void initTestCase()
    {
        m_demo = demo();
        m_awkward = test::generatedRecording(60, 120, true);
    }

    void demoIdentical_data()
    {
        QTest::addColumn<bool>("seed");
        QTest::addColumn<QString>("approval");
        QTest::addColumn<QDate>("from");
        for (const bool seed : {true, false})
            for (const char *approval : {"all", "none", "PAUSE,EMERGENCY_PAUSE", "NEW_CAMPAIGN,CONTINUE"})
                for (const QDate &from : {QDate(2011, 10, 1), QDate(2011, 11, 10)})
                    QTest::addRow("%s %s %s", seed ? "seed" : "variant", approval, qPrintable(from.toString(Qt::ISODate)))
                        << seed << QString::fromLatin1(approval) << from;
    }
    void demoIdentical()
    {
        QFETCH(bool, seed);
        QFETCH(QString, approval);
        QFETCH(QDate, from);
        const SimulationSettings settings{QStringLiteral("x"), from, QDate(2011, 12, 9), seed ? Policy{} : variant(),
                                          ApprovalMode::parse(approval).value(), {}};
        compare(m_demo, settings);
    }

    void awkwardRecordingIdentical_data()
    {
        QTest::addColumn<bool>("seed");
        QTest::addColumn<QString>("approval");
        for (const bool seed : {true, false})
            for (const char *approval : {"all", "none", "PAUSE,EMERGENCY_PAUSE,NEW_CAMPAIGN"})
                QTest::addRow("%s %s", seed ? "seed" : "variant", approval) << seed << QString::fromLatin1(approval);
    }
    void awkwardRecordingIdentical()
    {
        QFETCH(bool, seed);
        QFETCH(QString, approval);
        const SimulationSettings settings{QStringLiteral("x"), m_awkward.first.addDays(60), m_awkward.last,
                                          seed ? Policy{} : variant(), ApprovalMode::parse(approval).value(), {}};
        compare(m_awkward, settings);
    }

    void awkwardRecordingReachesItsEdges()
    {
        // The generated data does reach the paths it is there for.
        const SimulationSettings settings{QStringLiteral("x"), m_awkward.first.addDays(60), m_awkward.last, Policy{},
                                          ApprovalMode::parse(QStringLiteral("none")).value(), {}};
        const Traced t = traced(&Simulator::run, m_awkward, settings);
        const QString all = t.stream.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("negative product figures")));
        QVERIFY(all.contains(QStringLiteral("negative campaign figures")));
        QVERIFY(all.contains(QStringLiteral("NEW_CAMPAIGN")));
        QVERIFY(all.contains(QStringLiteral("C-orphan")));
    }

    void threadsGiveTheSerialReport()
    {
        Simulation::Request request{QDate(2011, 10, 1), QDate(2011, 12, 9),
                                    {{QStringLiteral("variant"), variant()}, {QStringLiteral("seed again"), Policy{}}},
                                    ApprovalMode{}, {}};
        std::atomic_bool cancel{false};
        request.threads = 1;
        const auto serial = Simulation::simulate(m_demo, request, cancel);
        request.threads = 3;
        int last = 0;
        const auto threaded = Simulation::simulate(m_demo, request, cancel, [&last](int done, int) {
            QVERIFY(done >= last);   // progress only grows
            last = done;
        });
        QVERIFY(serial.ok() && threaded.ok());
        QCOMPARE(threaded->toJson(), serial->toJson());
        // The seed's rules and the shipped default always, and the two asked for.
        QCOMPARE(last, 4 * int(QDate(2011, 10, 1).daysTo(QDate(2011, 12, 9)) + 1));
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
