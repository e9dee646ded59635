// SPDX-License-Identifier: GPL-3.0-or-later
// One full agent cycle (read the store, Creator, Analyst, Manager, save) on
// the demo recording and on a generated store of 100,000 products and
// 10,000 running campaigns, run through the Orchestrator as the window runs
// it. While each cycle runs, the main thread's event loop ticks every
// millisecond; the largest gap between ticks is the GUI-thread stall.
#include "agents/cycle/orchestrator.h"
#include "agents/import/recording.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace cp;

namespace {
// The generator stops at the first failed write: a benchmark of half a store measures nothing.
template<typename S>
void must(const S &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.error().toString()));
}

struct Measure
{
    qint64 ms = 0;
    qint64 maxGapMs = 0;
    int recommendations = 0;
};

Measure cycle(const Database &db)
{
    Orchestrator orchestrator(db);
    QEventLoop loop;
    QElapsedTimer total, sinceTick;
    qint64 maxGap = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 g = sinceTick.restart();
        if (g > 10)
            std::printf("  gap %lld ms ending at %lld ms\n", static_cast<long long>(g), static_cast<long long>(total.elapsed()));
        maxGap = std::max(maxGap, g);
    });
    Measure m;
    QObject::connect(&orchestrator, &Orchestrator::cycleFinished, &loop, [&](const CycleResult &r) {
        m.recommendations = int(r.recommendations.size());
        loop.quit();
    });
    QObject::connect(&orchestrator, &Orchestrator::stepStarted, [&](const QString &step) {
        std::printf("  %-8s starts at %lld ms\n", qPrintable(step), static_cast<long long>(total.elapsed()));
    });
    total.start();
    sinceTick.start();
    tick.start();
    orchestrator.runCycle();
    loop.exec();
    m.ms = total.elapsed();
    m.maxGapMs = maxGap;
    return m;
}

// 100,000 products with 30 days of figures each (more for the advertised
// ones, so baselines exist), 10,000 active campaigns.
void generate(const Database &db, int products, int campaigns)
{
    StoreWriter w(db.connection());
    must(w.begin());
    const QDate last(2024, 6, 30);
    for (int i = 0; i < products; ++i) {
        Product p;
        p.id = QStringLiteral("P%1").arg(i, 6, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Product %1").arg(i);
        p.category = QStringLiteral("Cat %1").arg(i % 40);
        p.price = Money::fromMinor(500 + (i * 37) % 20000);
        p.stock = 20 + (i * 13) % 500;
        must(w.upsertProduct(p));
        const bool advertised = i < campaigns;
        const int days = advertised ? 60 : 30;
        for (int d = 0; d < days; ++d) {
            ProductDay pd;
            pd.productId = p.id;
            pd.date = last.addDays(-d);
            pd.unitsSold = (i + d) % 7;
            pd.revenue = *p.price * pd.unitsSold;
            pd.orders = pd.unitsSold;
            pd.pageViews = 10 + (i * 3 + d) % 50;
            must(w.upsertProductDay(pd));
        }
        if (advertised) {
            Campaign c;
            c.id = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Campaign %1").arg(i);
            c.productId = p.id;
            c.status = Campaign::Status::Active;
            c.dailyBudget = Money::fromMinor(1000 + (i % 50) * 100);
            c.startDate = last.addDays(-20);
            must(w.upsertCampaign(c));
            for (int d = 0; d <= 20; ++d) {
                CampaignDay cd;
                cd.campaignId = c.id;
                cd.date = c.startDate.addDays(d);
                cd.clicks = 10 + (i + d) % 30;
                cd.impressions = cd.clicks * 100;
                cd.spend = Money::fromMinor(800 + (i % 40) * 10);
                cd.conversions = (i + d) % 4;
                cd.revenue = *p.price * cd.conversions;
                must(w.upsertCampaignDay(cd));
            }
        }
    }
    must(w.commit());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    // CP_BENCH_DIR keeps the generated stores for a look with sqlite3.
    const QDir dir(qEnvironmentVariableIsSet("CP_BENCH_DIR") ? qEnvironmentVariable("CP_BENCH_DIR") : temp.path());
    {
        auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        must(Recording::load(QStringLiteral("demo"), db->connection()));
        cycle(*db);   // warm-up
        const Measure m = cycle(*db);
        std::printf("demo: cycle_ms %lld, gui_max_gap_ms %lld, recommendations %d\n", static_cast<long long>(m.ms),
                    static_cast<long long>(m.maxGapMs), m.recommendations);
        db->closeThreadConnection();
    }
    {
        // CP_BENCH_REUSE=1 with CP_BENCH_DIR: reuse a store generated before.
        const bool reuse = qEnvironmentVariableIsSet("CP_BENCH_REUSE") && QFile::exists(dir.filePath(QStringLiteral("scaled.sqlite")));
        auto db = Database::open(dir.filePath(QStringLiteral("scaled.sqlite")));
        QElapsedTimer t;
        t.start();
        if (!reuse) {
            generate(*db, argc > 1 ? atoi(argv[1]) : 100000, argc > 2 ? atoi(argv[2]) : 10000);
            std::printf("scaled store generated in %lld ms\n", static_cast<long long>(t.elapsed()));
        }
        const Measure m = cycle(*db);
        std::printf("scaled (100k products, 10k campaigns): cycle_ms %lld, gui_max_gap_ms %lld, recommendations %d\n",
                    static_cast<long long>(m.ms), static_cast<long long>(m.maxGapMs), m.recommendations);
        db->closeThreadConnection();
    }
    return 0;
}
