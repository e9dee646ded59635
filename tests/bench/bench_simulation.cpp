// SPDX-License-Identifier: GPL-3.0-or-later
// A year of days replayed through the three agents with 1,000 campaigns on
// 1,000 products (generated), the seed's rules, approving everything; plus
// the do-nothing and oracle baselines. Each round runs, interleaved, the
// incremental run (Simulator::run) and the reference that rebuilds the
// agents' view from the rows every day (Simulator::runFromRows), checks they
// agree, then five policies one after the other and on parallel threads.
// Usage: bench_simulation [campaigns] [days] [rounds] [--no-reference | --one]
// (--one: only the incremental run of one policy, for a profiler)
#include "agents/simulation/simulationreport.h"
#include "../support/generatedrecording.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace cp;

namespace {
struct Figures
{
    QList<qint64> ms;
    void add(qint64 v) { ms.append(v); }
    qint64 best() const { return *std::min_element(ms.begin(), ms.end()); }
    qint64 median() const
    {
        QList<qint64> s = ms;
        std::sort(s.begin(), s.end());
        return s[s.size() / 2];
    }
};

QList<QPair<QString, Policy>> fivePolicies()
{
    QList<QPair<QString, Policy>> out;
    for (int i = 0; i < 4; ++i) {   // plus the seed's rules and the shipped default, which every report runs
        Policy p = Policy::seedRules();
        p.name = QStringLiteral("variant %1").arg(i + 1);
        p.baselineDays = 7 + 7 * i;
        p.currentDays = 3 + 2 * i;
        p.pauseSalesImpactBelow = -5.0 - 5.0 * i;
        out.append({p.name, p});
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int campaigns = argc > 1 ? atoi(argv[1]) : 1000;
    const int days = argc > 2 ? atoi(argv[2]) : 365;
    const int rounds = argc > 3 ? atoi(argv[3]) : 3;
    const bool one = argc > 4 && std::strcmp(argv[4], "--one") == 0;
    const bool reference = !one && !(argc > 4 && std::strcmp(argv[4], "--no-reference") == 0);
    const SimulationData data = test::generatedRecording(campaigns, days);
    const QDate from = data.first.addDays(60), to = data.last;
    std::printf("generated %lld product days, %lld campaign days\n", static_cast<long long>(data.productDays.size()),
                static_cast<long long>(data.campaignDays.size()));
    std::atomic_bool cancel{false};
    // The seed's rules: the run measured since issue 6 (the shipped default
    // is measured beside it below).
    const SimulationSettings settings{QStringLiteral("seed"), from, to, Policy::seedRules(), ApprovalMode{}, {}};
    Simulation::Request request{from, to, fivePolicies(), ApprovalMode{}, {}};
    SimulationSettings shipped = settings;
    shipped.name = QStringLiteral("default");
    shipped.policy = Policy{};
    Figures incremental, gated, rows, serial, parallel;
    QElapsedTimer t;
    for (int round = 0; round < rounds; ++round) {
        t.start();
        const PolicyRun fast = Simulator::run(data, settings, cancel);
        incremental.add(t.elapsed());
        t.restart();
        const PolicyRun byDefault = Simulator::run(data, shipped, cancel);
        gated.add(t.elapsed());
        std::printf("round %d: the shipped default %lld ms (%d actions)\n", round + 1, static_cast<long long>(gated.ms.last()),
                    byDefault.actions);
        if (one) {
            std::printf("round %d: one policy %lld ms (%d actions)\n", round + 1, static_cast<long long>(incremental.ms.last()), fast.actions);
            continue;
        }
        if (reference) {
            t.restart();
            const PolicyRun slow = Simulator::runFromRows(data, settings, cancel);
            rows.add(t.elapsed());
            if (fast.log != slow.log || fast.decisions != slow.decisions || fast.profitMinor() != slow.profitMinor()) {
                std::printf("MISMATCH between the incremental run and the reference\n");
                return 1;
            }
        }
        request.threads = 1;
        t.restart();
        const auto one = Simulation::simulate(data, request, cancel);
        serial.add(t.elapsed());
        request.threads = 0;
        t.restart();
        const auto all = Simulation::simulate(data, request, cancel);
        parallel.add(t.elapsed());
        if (!one || !all || one->toJson() != all->toJson()) {
            std::printf("MISMATCH between the serial and the parallel report\n");
            return 1;
        }
        std::printf("round %d: one policy %lld ms (%d actions)%s; six policies %lld ms serial, %lld ms on threads\n", round + 1,
                    static_cast<long long>(incremental.ms.last()), fast.actions,
                    reference ? qPrintable(QStringLiteral(", rebuilt from rows %1 ms").arg(rows.ms.last())) : "",
                    static_cast<long long>(serial.ms.last()), static_cast<long long>(parallel.ms.last()));
    }
    t.restart();
    Simulator::doNothing(data, from, to);
    Simulator::oracle(data, from, to, {});
    const qint64 baselines = t.elapsed();
    std::printf("%d days x %d campaigns, %d rounds (best / median):\n", days, campaigns, rounds);
    std::printf("  one policy, incremental:           %lld / %lld ms\n", static_cast<long long>(incremental.best()),
                static_cast<long long>(incremental.median()));
    std::printf("  the shipped default, incremental:  %lld / %lld ms\n", static_cast<long long>(gated.best()),
                static_cast<long long>(gated.median()));
    if (reference)
        std::printf("  one policy, rebuilt from rows:     %lld / %lld ms  (ratio %.1fx by best)\n", static_cast<long long>(rows.best()),
                    static_cast<long long>(rows.median()), double(rows.best()) / double(std::max<qint64>(1, incremental.best())));
    if (one)
        return 0;
    std::printf("  six policies + baselines, serial:  %lld / %lld ms\n", static_cast<long long>(serial.best()),
                static_cast<long long>(serial.median()));
    std::printf("  six policies + baselines, threads: %lld / %lld ms\n", static_cast<long long>(parallel.best()),
                static_cast<long long>(parallel.median()));
    std::printf("  do nothing + oracle: %lld ms\n", static_cast<long long>(baselines));
    return 0;
}
