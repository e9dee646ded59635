// SPDX-License-Identifier: GPL-3.0-or-later
// The offline simulation: no peeking at the future, determinism, the
// baselines against hand-computed figures, saved runs, the command line.
#include "agents/import/recording.h"
#include "agents/simulation/simulationreport.h"
#include "models/database.h"

#include <QFile>
#include <cmath>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
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

// A copy whose every figure after `cut` is poison: absurd, negative or huge.
SimulationData poisonedAfter(SimulationData data, QDate cut)
{
    for (ProductDay &d : data.productDays)
        if (d.date > cut) {
            d.unitsSold = 1'000'000;
            d.pageViews = -7;
            d.stock = -1;
        }
    for (CampaignDay &d : data.campaignDays)
        if (d.date > cut) {
            d.spend = Money::fromMinor(999'999'999);
            d.revenue = Money();
            d.conversions = 0;
        }
    return data;
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};
Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CP_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT
    SimulationData m_demo;
private slots:
    void aShareOfATinyOracleIsNotAvailable_data()
    {
        QTest::addColumn<qint64>("oracleSpend");
        QTest::addColumn<qint64>("oracleRevenue");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<QString>("why");
        QTest::newRow("a healthy oracle") << qint64(100000) << qint64(150000) << true << QString();
        QTest::newRow("1 % of spend exactly") << qint64(100000) << qint64(101000) << true << QString();
        QTest::newRow("just under 1 % of spend") << qint64(100000) << qint64(100999) << false << QStringLiteral("under 1 %");
        QTest::newRow("no profit") << qint64(100000) << qint64(100000) << false << QStringLiteral("made no profit");
        QTest::newRow("a loss") << qint64(100000) << qint64(90000) << false << QStringLiteral("made no profit");
    }
    void aShareOfATinyOracleIsNotAvailable()
    {
        QFETCH(qint64, oracleSpend);
        QFETCH(qint64, oracleRevenue);
        QFETCH(bool, shown);
        QFETCH(QString, why);
        SimulationReport report;
        report.currency = QStringLiteral("GBP");
        PolicyRun rules{QStringLiteral("Seed rules"), QStringLiteral("PAUSE"), {{QDate(2011, 11, 1), 80000, 95000, 0, 0}}, 3, {}, {}, false};
        PolicyRun oracle{QStringLiteral("Hindsight oracle"), QStringLiteral("-"), {{QDate(2011, 11, 1), oracleSpend, oracleRevenue, 0, 0}}, 0, {}, {}, false};
        report.runs = {rules, oracle};
        QCOMPARE(report.shareOfOracle(rules).has_value(), shown);
        QCOMPARE(report.whyNoShare().isEmpty(), shown);
        if (shown) {
            QCOMPARE(*report.shareOfOracle(rules), 15000.0 / double(oracleRevenue - oracleSpend));
        } else {
            QVERIFY2(report.whyNoShare().contains(why), qPrintable(report.whyNoShare()));
            // Said in every form the report takes.
            QVERIFY(QString::fromUtf8(report.toHtml()).contains(QLatin1String("n/a")));
            QVERIFY(QString::fromUtf8(report.toJson()).contains(why));
            QVERIFY(!QString::fromUtf8(report.toHtml()).contains(QLatin1String("% </td>")));
        }
        // No oracle at all.
        report.runs = {rules};
        QVERIFY(!report.shareOfOracle(rules));
        QVERIFY(report.whyNoShare().contains(QLatin1String("no hindsight oracle")));
    }
    void initTestCase() { m_demo = demo(); }

    void agentsNeverSeeTheFuture()
    {
        const QDate cut(2011, 11, 15);
        const SimulationData poisoned = poisonedAfter(m_demo, cut);
        // What the agents are handed as of `cut` holds no row after it...
        const CycleInput input = Simulator::inputAsOf(poisoned, cut, poisoned.campaigns, {}, {}, Policy{});
        for (const CampaignSnapshot &s : input.campaigns)
            for (const ProductDay &d : s.productDays)
                QVERIFY2(d.date <= cut, qPrintable(d.date.toString(Qt::ISODate)));
        for (const ProductStats &p : input.products)
            QVERIFY(p.units30 < 1'000'000);
        // ...and day by day the decisions up to `cut` are the same whatever the future holds.
        SimulationSettings settings{QStringLiteral("seed"), QDate(2011, 10, 1), cut, Policy{}, ApprovalMode{}, {}};
        std::atomic_bool cancel{false};
        const PolicyRun clean = Simulator::run(m_demo, settings, cancel);
        const PolicyRun dirty = Simulator::run(poisoned, settings, cancel);
        QVERIFY(!clean.log.isEmpty());
        QCOMPARE(dirty.log, clean.log);
        QCOMPARE(dirty.profitMinor(), clean.profitMinor());
    }

    void sameRunTwiceGivesIdenticalReports()
    {
        Simulation::Request request{QDate(2011, 10, 1), QDate(2011, 12, 9), {{QStringLiteral("seed"), Policy{}}}, ApprovalMode{}, {}};
        std::atomic_bool cancel{false};
        auto a = Simulation::simulate(m_demo, request, cancel);
        auto b = Simulation::simulate(m_demo, request, cancel);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->toJson(), b->toJson());
        QCOMPARE(a->toHtml(), b->toHtml());
        QCOMPARE(a->toCsv(), b->toCsv());
    }

    void baselinesOnAHandMadeRecording()
    {
        // One product, one campaign, four days.
        SimulationData data;
        data.recordingId = QStringLiteral("tiny");
        Product p;
        p.id = QStringLiteral("P");
        p.name = QStringLiteral("P");
        p.price = Money::fromMinor(1000);
        data.products = {p};
        Campaign c;
        c.id = QStringLiteral("C");
        c.productId = QStringLiteral("P");
        c.dailyBudget = Money::fromMinor(1000);
        c.startDate = QDate(2024, 1, 1);
        c.endDate = QDate(2024, 1, 4);
        data.campaigns = {c};
        const std::pair<qint64, qint64> figures[] = {{1000, 3000}, {1000, 500}, {1000, 0}, {0, 0}};   // spend, revenue
        for (int i = 0; i < 4; ++i) {
            CampaignDay d;
            d.campaignId = QStringLiteral("C");
            d.date = QDate(2024, 1, 1).addDays(i);
            d.spend = Money::fromMinor(figures[i].first);
            d.revenue = Money::fromMinor(figures[i].second);
            data.campaignDays.append(d);
            ProductDay pd;
            pd.productId = QStringLiteral("P");
            pd.date = d.date;
            data.productDays.append(pd);
        }
        data.first = QDate(2024, 1, 1);
        data.last = QDate(2024, 1, 4);

        // "Do nothing" is the recorded totals.
        const PolicyRun nothing = Simulator::doNothing(data, data.first, data.last);
        QCOMPARE(nothing.spendMinor(), qint64(3000));
        QCOMPARE(nothing.revenueMinor(), qint64(3500));
        QCOMPARE(nothing.profitMinor(), qint64(500));

        // The oracle, by hand (elasticity 0.7, budget factor at most 1.5):
        // day 1: k* = (0.7 x 3000 / 1000)^(1/0.3) = 11.9 -> 1.5; revenue
        //        1.5^0.7 x 3000 = 3984.60 -> 3985, spend 1500;
        // day 2: k* = (0.7 x 500 / 1000)^(1/0.3) = 0.0302; revenue
        //        0.0302^0.7 x 500 = 43.16 -> 43, spend 30.22 -> 30;
        // day 3: no revenue at any budget -> paused; day 4: nothing to gain.
        const PolicyRun best = Simulator::oracle(data, data.first, data.last, CounterfactualModel{});
        QCOMPARE(best.spendMinor(), qint64(1500 + 30));
        QCOMPARE(best.revenueMinor(), qint64(3985 + 43));
        QCOMPARE(best.profitMinor(), qint64(2498));
    }

    void incrementalProfitCountsOnlyWhatTheAdsTrulyAdded()
    {
        // Two campaigns on two products priced 10.00, 30 days each from
        // 2024-01-15 (14 days of history before), spend 10.00 a day, 3
        // attributed conversions a day (revenue 30.00: attributed ROAS 3x).
        // "Real" truly adds 5 units a day (worth 5 x 10.00 x 40 % = 20.00
        // a day: it pays); "Credited" truly adds nothing (the platform
        // credits sales that would have happened anyway: it loses 10.00 a day).
        SimulationData data;
        data.recordingId = QStringLiteral("truth");
        const QDate start(2024, 1, 15);
        for (const char *id : {"Real", "Credited"}) {
            Product p;
            p.id = QString::fromLatin1(id);
            p.name = p.id;
            p.category = QStringLiteral("Things");
            p.price = Money::fromMinor(1000);
            data.products.append(p);
            Campaign c;
            c.id = QStringLiteral("c-") + p.id;
            c.productId = p.id;
            c.dailyBudget = Money::fromMinor(1000);
            c.startDate = start;
            c.endDate = start.addDays(29);
            data.campaigns.append(c);
        }
        for (QDate d = start.addDays(-14); d <= start.addDays(29); d = d.addDays(1)) {
            for (const Product &p : std::as_const(data.products)) {
                ProductDay pd;
                pd.productId = p.id;
                pd.date = d;
                pd.unitsSold = 10 + (d >= start && p.id == u"Real" ? 5 : 0);
                pd.revenue = Money::fromMinor(pd.unitsSold * 1000);
                data.productDays.append(pd);
                if (d < start)
                    continue;
                CampaignDay cd;
                cd.campaignId = QStringLiteral("c-") + p.id;
                cd.date = d;
                cd.impressions = 1000;
                cd.clicks = 30;
                cd.spend = Money::fromMinor(1000);
                cd.conversions = 3;
                cd.revenue = Money::fromMinor(3000);
                cd.trueIncrementalUnits = p.id == u"Real" ? 5 : 0;
                data.campaignDays.append(cd);
            }
        }
        data.first = start.addDays(-14);
        data.last = start.addDays(29);

        const PolicyRun nothing = Simulator::doNothing(data, start, data.last);
        QCOMPARE(nothing.profitMinor(), qint64(2 * 30 * (3000 - 1000)));                     // attributed: both look fine
        QCOMPARE(nothing.incrementalProfitMinor(), qint64(30 * (2000 - 1000) + 30 * (0 - 1000)));   // truly: one pays, one loses
        QVERIFY(nothing.quality.truthKnown);
        QCOMPARE(nothing.quality.payingCampaigns, 1);
        QCOMPARE(nothing.quality.losingCampaigns, 1);
        QCOMPARE(nothing.quality.wrongPauses, 0);
        QCOMPARE(nothing.quality.missedPauses, 1);                    // "Credited" ran to the end
        QCOMPARE(nothing.quality.lateLossMinor, qint64(16 * 1000));   // its loss after its first 14 days

        // The incremental oracle pauses "Credited" every day and raises "Real"
        // to 1.5x: k* = (0.7 x 2000 / 1000)^(1/0.3) = 3.07 -> 1.5.
        const PolicyRun best = Simulator::oracle(data, start, data.last, CounterfactualModel{}, true);
        QCOMPARE(best.spendMinor(), qint64(30 * 1500));
        QCOMPARE(best.incrementalValueMinor(), qint64(30 * qRound64(std::pow(1.5, 0.7) * 2000)));
        // The attributed oracle keeps (and raises) both.
        QCOMPARE(Simulator::oracle(data, start, data.last, CounterfactualModel{}).spendMinor(), qint64(2 * 30 * 1500));

        // Without the ground truth, every attributed conversion counts.
        SimulationData claimed = data;
        for (CampaignDay &d : claimed.campaignDays)
            d.trueIncrementalUnits.reset();
        const PolicyRun claimedNothing = Simulator::doNothing(claimed, start, claimed.last);
        QCOMPARE(claimedNothing.incrementalProfitMinor(), qint64(2 * 30 * (3 * 400 - 1000)));
        QVERIFY(!claimedNothing.quality.truthKnown);

        // A report: both oracles, and shares of each.
        Simulation::Request request;
        request.from = start;
        request.to = data.last;
        request.approval = ApprovalMode{};
        std::atomic_bool cancel{false};
        const auto report = Simulation::simulate(data, request, cancel);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->incrementalOracle());
        QVERIFY(report->whyNoIncrementalShare().isEmpty());
        QCOMPARE(*report->shareOfIncrementalOracle(report->runs.first()),
                 double(nothing.incrementalProfitMinor()) / double(best.incrementalProfitMinor()));
        const auto reread = SimulationReport::fromJson(report->toJson(), QStringLiteral("test"));
        QVERIFY(reread);
        QCOMPARE(reread->runs.first().quality.missedPauses, 1);
        QCOMPARE(reread->runs.first().quality.lateLossMinor, qint64(16 * 1000));
        QCOMPARE(reread->runs.first().incrementalProfitMinor(), nothing.incrementalProfitMinor());
    }

    void savedRunsReopen()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        Simulation::Request request{QDate(2011, 11, 1), QDate(2011, 11, 30), {{QStringLiteral("seed"), Policy{}}}, ApprovalMode{}, {}};
        std::atomic_bool cancel{false};
        auto report = Simulation::simulate(m_demo, request, cancel);
        QVERIFY(report.ok());
        auto id = Simulation::save(db->connection(), *report);
        QVERIFY(id.ok());
        auto runs = Simulation::savedRuns(db->connection());
        QCOMPARE(runs->size(), 1);
        auto back = Simulation::load(db->connection(), *id);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), report->toJson());
        db->closeThreadConnection();
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base{"simulate", "--policy", "seed", "--report", "REPORT"};
        QTest::newRow("missing recording") << (QStringList{"--recording", "/no/such/recording", "--from", "2011-11-01", "--to", "2011-11-30"} + base)
                                           << 2 << "/no/such/recording";
        QTest::newRow("empty date range") << (QStringList{"--recording", "demo", "--from", "2011-11-30", "--to", "2011-11-01"} + base)
                                          << 2 << "is empty";
        QTest::newRow("not a date") << (QStringList{"--recording", "demo", "--from", "yesterday", "--to", "2011-11-01"} + base)
                                    << 2 << "yesterday";
        QTest::newRow("outside the recording") << (QStringList{"--recording", "demo", "--from", "2020-01-01", "--to", "2020-02-01"} + base)
                                               << 2 << "outside the recording";
        // Past the recording's last day (2011-12-09): refused, not simulated as days of no figures.
        QTest::newRow("past the recording") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2030-12-09"} + base)
                                             << 2 << "runs past the recording's days (2010-12-01 – 2011-12-09)";
        QTest::newRow("unknown policy") << QStringList{"simulate", "--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                       "--policy", "cautious", "--report", "REPORT"}
                                        << 2 << "unknown policy";
        QTest::newRow("bad approval mode") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                           "--approve", "SOMETIMES"} + base)
                                           << 2 << "SOMETIMES";
        QTest::newRow("missing --report") << QStringList{"simulate", "--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                         "--policy", "seed"}
                                          << 2 << "--report";
        QTest::newRow("a good run") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30"} + base) << 0
                                    << "Hindsight oracle";
        // A walkthrough's policy file with "simulation_elasticity": 0.5 moved
        // the seed's rules and both oracles without a word: the model is one
        // for the whole report, so it is said whose it is, and two files
        // with different models are refused.
        QTest::newRow("a file's model is said") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                                "--policy", "EL5"} + base)
                                                << 0 << "the simulation's model is el5's (elasticity 0.5";
        QTest::newRow("two models refused") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                            "--policy", "EL5", "--policy", "EL3"} + base)
                                            << 2 << "one report runs every policy under one model";
        QTest::newRow("the same file twice") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30",
                                                            "--policy", "EL5", "--policy", "EL5"} + base)
                                            << 2 << "given twice";
        QTest::newRow("a file named like a built-in run") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to",
                                                                          "2011-11-30", "--policy", "DEFPOL"} + base)
                                                          << 0 << "Default policy (2) (";
        QTest::newRow("oracles read as hindsight") << (QStringList{"--recording", "demo", "--from", "2011-11-01", "--to", "2011-11-30"} + base)
                                                   << 0 << "Hindsight oracle (incremental) (hindsight)";
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r.html"));
        args.replaceInStrings(QStringLiteral("REPORT"), report);
        for (const auto &[token, elasticity] : {std::pair{QStringLiteral("EL5"), 0.5}, std::pair{QStringLiteral("EL3"), 0.3}}) {
            QFile f(dir.filePath(token.toLower() + QStringLiteral(".json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("simulation_elasticity"), elasticity}}).toJson());
            args.replaceInStrings(token, f.fileName());
        }
        {
            QFile f(dir.filePath(QStringLiteral("Default policy.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
            args.replaceInStrings(QStringLiteral("DEFPOL"), f.fileName());
        }
        args << QStringLiteral("--database") << dir.filePath(QStringLiteral("s.sqlite"));
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
        QCOMPARE(QFile::exists(report), exitCode == 0);
        if (exitCode == 0) {
            QFile f(report);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray html = f.readAll();
            QVERIFY(html.contains("<svg"));          // the chart is embedded
            QVERIFY(!html.contains("src=\"http"));   // and nothing is fetched
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
