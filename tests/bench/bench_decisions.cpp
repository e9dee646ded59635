// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-quality benchmark (issue 16): semi-synthetic recordings (the
// public shop's real daily sales, campaigns whose true effect the generator
// sets: agents/simulation/benchmarkrecordings.h), each replayed with "do
// nothing", the seed's rules and the shipped default policy, every
// recommendation approved (an operator who trusts the tool). Per run: the
// share of the incremental oracle's profit, incremental profit, wrong pauses,
// missed pauses and money lost to late decisions.
// Usage: bench_decisions [--write DIR] [--log] [scenario-id ...]
//   --log: the default policy's decisions, day by day.
//   --write DIR: also write each recording to DIR/<id>/ (File > Open
//   recording, or `campaign-pilot simulate --recording DIR/<id>`).
#include "agents/simulation/benchmarkrecordings.h"
#include "agents/simulation/simulationreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>

using namespace cp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString writeTo;
    const bool showLog = args.removeAll(QStringLiteral("--log")) > 0;
    if (const int at = int(args.indexOf(QStringLiteral("--write"))); at >= 0 && at + 1 < args.size()) {
        writeTo = args.at(at + 1);
        args.remove(at, 2);
    }
    QList<BenchmarkScenario> scenarios;
    for (const BenchmarkScenario &s : BenchmarkRecordings::standard() + QList<BenchmarkScenario>{BenchmarkRecordings::small()})
        if (args.isEmpty() ? s.id != u"small" : args.contains(s.id))
            scenarios.append(s);
    if (scenarios.isEmpty()) {
        std::fprintf(stderr, "no such scenario\n");
        return 2;
    }
    const QString dataDir = QStringLiteral(CP_PUBLIC_DATA_DIR);
    int failures = 0;
    std::printf("%-14s %-16s %9s %14s %9s %6s %6s %6s %12s %8s\n", "recording", "run", "incr.share", "incr.profit",
                "attr.share", "wrongP", "missP", "actions", "late loss", "paying/losing");
    for (const BenchmarkScenario &sc : scenarios) {
        QElapsedTimer t;
        t.start();
        auto content = BenchmarkRecordings::generate(dataDir, sc);
        if (!content) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(content.error().message));
            return 1;
        }
        if (!writeTo.isEmpty())
            if (Status s = Recording::write(QDir(writeTo).filePath(sc.id), *content); !s) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(s.error().message));
                return 1;
            }
        const SimulationData data = BenchmarkRecordings::toSimulationData(*content);
        Simulation::Request request;
        request.from = sc.from;
        request.to = sc.to;
        std::atomic_bool cancel{false};
        const auto report = Simulation::simulate(data, request, cancel);
        if (!report) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(report.error().message));
            return 1;
        }
        const PolicyRun *byDefault = nullptr, *seed = nullptr, *nothing = nullptr;
        for (const PolicyRun &r : report->runs) {
            if (r.approval == u"-")
                continue;   // the attributed oracle: shown by its share
            const auto share = report->shareOfIncrementalOracle(r);
            const auto attributed = report->shareOfOracle(r);
            const DecisionQuality &q = r.quality;
            std::printf("%-14s %-16s %9s %14.2f %9s %6d %6d %6d %12.2f %4d/%d\n", qPrintable(sc.id), qPrintable(r.name.left(16)),
                        share ? qPrintable(QString::number(*share * 100, 'f', 1) + QLatin1Char('%')) : "n/a",
                        double(r.incrementalProfitMinor()) / 100.0,
                        attributed ? qPrintable(QString::number(*attributed * 100, 'f', 1) + QLatin1Char('%')) : "n/a",
                        q.wrongPauses, q.missedPauses, r.actions, double(q.lateLossMinor) / 100.0, q.payingCampaigns,
                        q.losingCampaigns);
            if (showLog && r.name == u"Default policy") {
                for (auto it = r.decisions.begin(); it != r.decisions.end(); ++it)
                    std::printf("    %s: %d\n", qPrintable(it.key()), it.value());
                for (const QString &line : r.log)
                    std::printf("    %s\n", qPrintable(line));
            }
            if (r.approval == u"-incremental")
                continue;
            if (r.name == u"Default policy")
                byDefault = &r;
            else if (r.name == u"Seed rules")
                seed = &r;
            else if (r.approval == u"none")
                nothing = &r;
        }
        if (!byDefault || !seed || !nothing) {
            std::printf("%s: a run is missing\n", qPrintable(sc.id));
            return 1;
        }
        const auto share = report->shareOfIncrementalOracle(*byDefault);
        const bool ok = share && *share >= 0.8 && byDefault->recordedIncrementalProfitMinor() > nothing->recordedIncrementalProfitMinor()
                        && byDefault->recordedIncrementalProfitMinor() > seed->recordedIncrementalProfitMinor();
        failures += ok ? 0 : 1;
        std::printf("%-14s default: %s (>= 80 %% of the incremental oracle, beats do nothing and the seed's rules)  [%lld ms]\n",
                    qPrintable(sc.id), ok ? "MEETS" : "FAILS", static_cast<long long>(t.elapsed()));
    }
    std::printf("%d of %lld recordings where the default policy falls short\n", failures, static_cast<long long>(scenarios.size()));
    return 0;
}
