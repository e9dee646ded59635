// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-quality benchmark on its small recording (issue 16): the
// semi-synthetic generator's truth, and the shipped policy judged on the
// profit the ads truly added. The whole benchmark (six recordings) is
// tests/bench/bench_decisions; its figures are in BENCHMARKS.md.
#include "agents/simulation/benchmarkrecordings.h"
#include "agents/simulation/simulationreport.h"
#include "models/database.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
const PolicyRun *runNamed(const SimulationReport &r, const QString &name)
{
    for (const PolicyRun &run : r.runs)
        if (run.name == name)
            return &run;
    return nullptr;
}
} // namespace

class TestDecisionBench : public QObject
{
    Q_OBJECT
private slots:
    void theGeneratorKeepsTheRealSalesAndStatesItsTruth()
    {
        const BenchmarkScenario sc = BenchmarkRecordings::small();
        auto content = BenchmarkRecordings::generate(QStringLiteral(CP_PUBLIC_DATA_DIR), sc);
        QVERIFY2(content.ok(), content.ok() ? "" : qPrintable(content.error().toString()));
        QCOMPARE(content->products.size(), sc.products);
        QCOMPARE(content->campaigns.size(), sc.campaigns);
        // Seeded: the same bytes again.
        auto again = BenchmarkRecordings::generate(QStringLiteral(CP_PUBLIC_DATA_DIR), sc);
        QVERIFY(again.ok());
        QCOMPARE(again->campaignDays.size(), content->campaignDays.size());
        for (qsizetype i = 0; i < content->campaignDays.size(); ++i) {
            QCOMPARE(again->campaignDays[i].conversions, content->campaignDays[i].conversions);
            QCOMPARE(again->campaignDays[i].trueIncrementalUnits, content->campaignDays[i].trueIncrementalUnits);
        }
        // Every campaign day states its truth; the platform credits at least
        // that (it over-attributes, never under-counts, in this model).
        QHash<QString, QString> productOf;
        for (const Campaign &c : content->campaigns)
            productOf.insert(c.id, c.productId);
        QHash<QPair<QString, QDate>, qint64> added;
        for (const CampaignDay &d : content->campaignDays) {
            QVERIFY(d.trueIncrementalUnits.has_value());
            QVERIFY(*d.trueIncrementalUnits >= 0 && *d.trueIncrementalUnits <= d.conversions);
            added[{productOf.value(d.campaignId), d.date}] += *d.trueIncrementalUnits;
        }
        // A product's day is its real units plus what its campaign truly
        // added: a day without a campaign is the public file's own figure.
        // (Spot-check: units never below the truly added units.)
        for (const ProductDay &d : content->productDays)
            QVERIFY(d.unitsSold >= added.value({d.productId, d.date}));
        // The three kinds are there: truly paying, no effect at all, losing.
        QHash<QString, std::pair<double, double>> valueAndSpend;
        QHash<QString, double> price;
        for (const Product &p : content->products)
            price.insert(p.id, p.price->toDouble());
        for (const CampaignDay &d : content->campaignDays) {
            auto &v = valueAndSpend[d.campaignId];
            v.first += double(*d.trueIncrementalUnits) * price.value(productOf.value(d.campaignId)) * sc.marginPct / 100.0;
            v.second += d.spend.toDouble();
        }
        int paying = 0, nothing = 0, losing = 0;
        for (const auto &[value, spend] : std::as_const(valueAndSpend)) {
            if (value == 0)
                ++nothing;
            else if (value > spend)
                ++paying;
            else
                ++losing;
        }
        QVERIFY2(paying > 0 && nothing > 0 && losing > 0, qPrintable(QStringLiteral("%1/%2/%3").arg(paying).arg(nothing).arg(losing)));
        // It is a recording like any other: written and read back whole.
        QTemporaryDir dir;
        QVERIFY(Recording::write(dir.path(), *content).ok());
        auto manifest = Recording::readManifest(dir.path());
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->id, QStringLiteral("benchmark-small"));
        QVERIFY(manifest->isModelled(QStringLiteral("campaign_days.true_incremental_units")));
    }

    void aScenarioThatCannotBeMadeIsRefused()
    {
        BenchmarkScenario sc = BenchmarkRecordings::small();
        sc.payingShare = 0.8;
        sc.noEffectShare = 0.5;   // more than all campaigns
        auto content = BenchmarkRecordings::generate(QStringLiteral(CP_PUBLIC_DATA_DIR), sc);
        QVERIFY(!content.ok());
        QVERIFY(content.error().toString().contains(QLatin1String("small")));
        auto missing = BenchmarkRecordings::generate(QStringLiteral("/nonexistent"), BenchmarkRecordings::small());
        QVERIFY(!missing.ok());
    }

    // The shipped policy, approving everything it proposes, on the profit
    // the ads truly added: it beats doing nothing and the seed's rules,
    // pauses no campaign that truly paid, lets no losing one run on, and no
    // run beats the hindsight oracle (it is a bound).
    void theDefaultPolicyBeatsDoingNothingAndTheSeedOnTheTruth()
    {
        const BenchmarkScenario sc = BenchmarkRecordings::small();
        auto content = BenchmarkRecordings::generate(QStringLiteral(CP_PUBLIC_DATA_DIR), sc);
        QVERIFY(content.ok());
        const SimulationData data = BenchmarkRecordings::toSimulationData(*content);
        Simulation::Request request;
        request.from = sc.from;
        request.to = sc.to;
        std::atomic_bool cancel{false};
        auto report = Simulation::simulate(data, request, cancel);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        const PolicyRun *nothing = runNamed(*report, QStringLiteral("Do nothing"));
        const PolicyRun *seed = runNamed(*report, QStringLiteral("Seed rules"));
        const PolicyRun *byDefault = runNamed(*report, QStringLiteral("Default policy"));
        QVERIFY(nothing && seed && byDefault && report->incrementalOracle());
        QVERIFY(byDefault->quality.truthKnown);
        QVERIFY2(byDefault->recordedIncrementalProfitMinor() > nothing->recordedIncrementalProfitMinor(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(byDefault->recordedIncrementalProfitMinor()).arg(nothing->recordedIncrementalProfitMinor())));
        QVERIFY(byDefault->recordedIncrementalProfitMinor() > seed->recordedIncrementalProfitMinor());
        QCOMPARE(byDefault->quality.wrongPauses, 0);
        QCOMPARE(byDefault->quality.missedPauses, 0);
        QVERIFY(nothing->quality.missedPauses > 0);   // the losing campaigns exist
        const auto share = report->shareOfIncrementalOracle(*byDefault);
        QVERIFY(share.has_value());
        qInfo("default policy: %.1f %% of the incremental oracle", *share * 100);
        for (const PolicyRun &r : report->runs)
            if (const auto s = report->shareOfIncrementalOracle(r))
                QVERIFY2(*s <= 1.0 + 1e-9, qPrintable(r.name + QStringLiteral(": ") + QString::number(*s)));

        // Written as a recording and opened in a workspace, it replays the
        // same: the truth survives the files and the store.
        QTemporaryDir dir;
        QVERIFY(Recording::write(dir.filePath(QStringLiteral("rec")), *content).ok());
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(Recording::load(dir.filePath(QStringLiteral("rec")), db->connection()).ok());
        auto stored = SimulationData::fromStore(db->connection());
        QVERIFY(stored.ok());
        auto replayed = Simulation::simulate(*stored, request, cancel);
        QVERIFY(replayed.ok());
        const PolicyRun *again = runNamed(*replayed, QStringLiteral("Default policy"));
        QVERIFY(again);
        QCOMPARE(again->incrementalProfitMinor(), byDefault->incrementalProfitMinor());
        QCOMPARE(again->log, byDefault->log);
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestDecisionBench)
#include "tst_decisionbench.moc"
