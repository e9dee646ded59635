// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/import/recording.h"
#include "simulator.h"

namespace cp {

// The decision-quality benchmark's recordings (issue 16): semi-synthetic.
// What is real: every product's daily sales (units, revenue, orders) from the
// UCI Online Retail shop (shared/data/public/store/
// uci_online_retail_daily_product_sales.csv), with its Christmas season and
// its weekday pattern; the price is the median unit price of the product's
// sale lines. What the generator sets (seeded, the same bytes on every
// machine), and so knows the truth of:
//
// - Campaigns on some of the products, each of one of three kinds:
//   * paying: its ads truly add units worth 1.3-3.0x its spend at the
//     margin (incremental ROAS at margin);
//   * no effect: it adds nothing, yet the platform credits it with sales the
//     product would have made anyway (attributed ROAS 1.4-2.3x on revenue:
//     the over-attributed campaigns the issue saw);
//   * losing: it adds units worth 0.15-0.7x its spend at the margin.
//   Paying and losing campaigns are over-attributed too, by up to 0.8x of
//   their spend in credited revenue.
// - Daily: spend = budget x a pacing of 80-100 %; clicks = spend / CPC (a
//   log-normal CPC per campaign); truly added units ~ Poisson(incremental
//   ROAS x spend / (price x margin)); credited organic units ~ Binomial(the
//   product's real units that day, a per-campaign share); attributed
//   conversions = both; the product's units, orders and revenue gain the
//   truly added units only. `true_incremental_units` holds the truth.
// - Page views: orders x a per-product views-per-order figure (log-normal,
//   median 25) with daily noise, plus the campaign's clicks. Stock: ample
//   (a year of average sales), so the Creator's stock rule never binds.
// - `organicNoiseSigma` > 0 multiplies each real day's units by a
//   log-normal(0, sigma) factor: noisier sales than the shop's own.
struct BenchmarkScenario
{
    QString id;
    QString title;
    quint64 seed = 1;
    int products = 120;        // merchandise products, by units sold before `from`
    int skipTopProducts = 0;   // start below the best sellers (lower volume)
    int campaigns = 24;
    double payingShare = 0.4, noEffectShare = 0.3;   // the rest lose money
    double organicNoiseSigma = 0.0;
    QDate from = QDate(2011, 6, 1), to = QDate(2011, 12, 9);   // campaigns start and run in here
    double marginPct = 40.0;   // the margin the truth is set at (the model's)
};

namespace BenchmarkRecordings {

// The benchmark's recordings: volume, mix of kinds and noise varied.
QList<BenchmarkScenario> standard();
// Eight more draws of the same kinds (other seeds), never used to choose a
// policy's defaults: a default tuned on standard() is checked on these
// (bench_decisions --held-out).
QList<BenchmarkScenario> heldOut();
// A small one for the test suite.
BenchmarkScenario small();

// `publicDataDir`: shared/data/public (the daily product sales and the
// product list are read from its store/ folder).
Result<RecordingContent> generate(const QString &publicDataDir, const BenchmarkScenario &scenario);
// The same content as the simulation reads it from a store.
SimulationData toSimulationData(const RecordingContent &content);

} // namespace BenchmarkRecordings
} // namespace cp
