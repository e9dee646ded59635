// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkrecordings.h"

#include "agents/import/csvreader.h"
#include "agents/import/demobuilder.h"
#include "agents/splitmix.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace cp {

namespace {
struct BenchText
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkRecordings)
};

const QDate kFirst(2010, 12, 1), kLast(2011, 12, 9);   // the public file's days

struct RealProduct
{
    QString id, name;
    qint64 priceMinor = 0;
    qint64 totalUnits = 0;
};

// One CSV of the public data, by column name; every row must parse.
Status readCsv(const QString &path, const QStringList &columns,
               const std::function<Status(const QStringList &, qint64 line)> &row)
{
    auto opened = CsvReader::open(path);
    if (!opened)
        return opened.error();
    CsvReader reader = *opened;   // copies share the file; only this one reads
    QList<int> at;
    if (reader.next() != CsvReader::Next::Record)
        return Error{BenchText::tr("no header line"), path};
    for (const QString &c : columns) {
        int found = -1;
        for (int i = 0; i < int(reader.fields().size()); ++i)
            if (reader.field(i) == c)
                found = i;
        if (found < 0)
            return Error{BenchText::tr("no column \"%1\"").arg(c), path};
        at.append(found);
    }
    for (;;) {
        const CsvReader::Next n = reader.next();
        if (n == CsvReader::Next::End)
            return {};
        if (n != CsvReader::Next::Record)
            return Error{reader.errorString(), QStringLiteral("%1:%2").arg(path).arg(reader.line())};
        QStringList values;
        for (int i : at)
            values.append(i < int(reader.fields().size()) ? reader.field(i) : QString());
        if (Status s = row(values, reader.line()); !s)
            return s;
    }
}

} // namespace

namespace BenchmarkRecordings {

// One recording's settings (the rest as BenchmarkScenario has them).
static BenchmarkScenario scenario(const char *id, const QString &title, quint64 seed, int skip, double paying, double none, double sigma)
{
    BenchmarkScenario s;
    s.id = QString::fromLatin1(id);
    s.title = title;
    s.seed = seed;
    s.skipTopProducts = skip;
    s.payingShare = paying;
    s.noEffectShare = none;
    s.organicNoiseSigma = sigma;
    return s;
}

QList<BenchmarkScenario> standard()
{
    return {
        scenario("balanced", QStringLiteral("Best sellers; 40 % paying, 30 % no effect, 30 % losing"), 101, 0, 0.4, 0.3, 0.0),
        scenario("mostly-waste", QStringLiteral("Best sellers; 20 % paying, 40 % no effect (over-attributed), 40 % losing"), 202, 0, 0.2, 0.4, 0.0),
        scenario("mostly-paying", QStringLiteral("Best sellers; 60 % paying, 20 % no effect, 20 % losing"), 303, 0, 0.6, 0.2, 0.0),
        scenario("low-volume", QStringLiteral("Products ranked 200-320 by units; 40 / 30 / 30"), 404, 200, 0.4, 0.3, 0.0),
        scenario("noisy", QStringLiteral("Best sellers with extra daily noise (log-normal sigma 0.5); 40 / 30 / 30"), 505, 0, 0.4, 0.3, 0.5),
        scenario("balanced-2", QStringLiteral("Best sellers, another draw; 40 / 30 / 30"), 606, 0, 0.4, 0.3, 0.0),
    };
}

QList<BenchmarkScenario> heldOut()
{
    const auto held = [](const char *id, quint64 seed, int skip, double paying, double none, double sigma) {
        const QString title = QStringLiteral("Held out (seed %1): %2 %3 % paying, %4 % no effect%5")
                                  .arg(seed)
                                  .arg(skip > 0 ? QStringLiteral("products ranked %1 on;").arg(skip) : QStringLiteral("best sellers;"))
                                  .arg(qRound(paying * 100))
                                  .arg(qRound(none * 100))
                                  .arg(sigma > 0 ? QStringLiteral(", extra daily noise (sigma %1)").arg(sigma) : QString());
        return scenario(id, title, seed, skip, paying, none, sigma);
    };
    return {
        held("held-balanced-a", 1101, 0, 0.4, 0.3, 0.0), held("held-balanced-b", 1202, 0, 0.4, 0.3, 0.0),
        held("held-balanced-c", 1303, 0, 0.4, 0.3, 0.0), held("held-mostly-paying", 1404, 0, 0.6, 0.2, 0.0),
        held("held-low-volume", 1505, 200, 0.4, 0.3, 0.0), held("held-noisy-a", 1606, 0, 0.4, 0.3, 0.5),
        held("held-noisy-b", 1707, 0, 0.4, 0.3, 0.5), held("held-mostly-waste", 1808, 0, 0.2, 0.4, 0.0),
    };
}

BenchmarkScenario small()
{
    BenchmarkScenario s;
    s.id = QStringLiteral("small");
    s.title = QStringLiteral("Test: 40 best sellers, 10 campaigns; 40 / 30 / 30");
    s.seed = 707;
    s.products = 40;
    s.campaigns = 10;
    s.from = QDate(2011, 8, 1);
    return s;
}

Result<RecordingContent> generate(const QString &publicDataDir, const BenchmarkScenario &sc)
{
    if (sc.campaigns <= 0 || sc.products < sc.campaigns || sc.payingShare < 0 || sc.noEffectShare < 0
        || sc.payingShare + sc.noEffectShare > 1.0 || !sc.from.isValid() || !sc.to.isValid() || sc.from >= sc.to
        || sc.from < kFirst.addDays(60) || sc.to > kLast || sc.marginPct <= 0)
        return Error{BenchText::tr("the scenario's numbers do not make a recording"), sc.id};
    const QString productsCsv = QDir(publicDataDir).filePath(QStringLiteral("store/uci_online_retail_products.csv"));
    const QString salesCsv = QDir(publicDataDir).filePath(QStringLiteral("store/uci_online_retail_daily_product_sales.csv"));

    // 1. The real products and their median prices; merchandise only (POST,
    //    DOT, M... are fees).
    QHash<QString, RealProduct> real;
    Status read = readCsv(productsCsv, {QStringLiteral("stock_code"), QStringLiteral("description"), QStringLiteral("median_unit_price_gbp")},
                          [&](const QStringList &v, qint64 line) -> Status {
                              if (v[0].isEmpty() || !v[0].at(0).isDigit())
                                  return {};
                              const auto price = Money::parse(v[2]);
                              if (!price)
                                  return Error{BenchText::tr("not a price: \"%1\"").arg(v[2]), QStringLiteral("%1:%2").arg(productsCsv).arg(line)};
                              if (price->minor() > 0)
                                  real.insert(v[0], RealProduct{v[0], v[1].simplified(), price->minor(), 0});
                              return {};
                          });
    if (!read)
        return read.error();
    struct Sale { int product; int day; qint64 units, revenueMinor, orders; };
    QList<Sale> sales;
    QHash<QString, int> order;   // product id -> index into `ids`
    QStringList ids;
    read = readCsv(salesCsv, {QStringLiteral("date"), QStringLiteral("stock_code"), QStringLiteral("units"), QStringLiteral("revenue_gbp"),
                              QStringLiteral("orders")},
                   [&](const QStringList &v, qint64 line) -> Status {
                       auto it = real.find(v[1]);
                       if (it == real.end())
                           return {};
                       const QDate day = QDate::fromString(v[0], Qt::ISODate);
                       bool unitsOk = false, ordersOk = false;
                       const qint64 units = v[2].toLongLong(&unitsOk), orders = v[4].toLongLong(&ordersOk);
                       const auto revenue = Money::parse(v[3]);
                       if (!day.isValid() || !unitsOk || !ordersOk || !revenue)
                           return Error{BenchText::tr("not a daily sales row"), QStringLiteral("%1:%2").arg(salesCsv).arg(line)};
                       if (day < kFirst || day > kLast || units <= 0)
                           return {};   // returns and cancellations: the shop's own figures are not the point here
                       int &index = order[v[1]];
                       if (index == 0) {
                           ids.append(v[1]);
                           index = int(ids.size());
                       }
                       if (day < sc.from)
                           it->totalUnits += units;   // ranked on the days before the range only: not on the future
                       sales.append({index - 1, int(kFirst.daysTo(day)), units, revenue->minor(), orders});
                       return {};
                   });
    if (!read)
        return read.error();

    // 2. The products: by units sold before the range, below the top
    //    `skipTopProducts` (chosen on the future, they would be the ones whose
    //    sales grew: a bias no estimator could see).
    QList<RealProduct> ranked;
    for (const QString &id : ids)
        ranked.append(real.value(id));
    std::sort(ranked.begin(), ranked.end(), [](const RealProduct &a, const RealProduct &b) {
        return a.totalUnits != b.totalUnits ? a.totalUnits > b.totalUnits : a.id < b.id;
    });
    if (ranked.size() < sc.skipTopProducts + sc.products)
        return Error{BenchText::tr("the public data has fewer products than the scenario needs"), salesCsv};
    ranked = ranked.mid(sc.skipTopProducts, sc.products);
    QHash<QString, int> slot;
    for (int i = 0; i < ranked.size(); ++i)
        slot.insert(ranked[i].id, i);

    RecordingContent content;
    RecordingManifest &m = content.manifest;
    m.id = QStringLiteral("benchmark-%1").arg(sc.id);
    m.title = QStringLiteral("Decision benchmark: %1").arg(sc.title);
    m.currency = QStringLiteral("GBP");
    m.from = kFirst;
    m.to = sc.to;
    m.generator = QStringLiteral("bench_decisions (BenchmarkRecordings::generate)");
    m.seed = sc.seed;
    m.sources = {{QStringLiteral("UCI Online Retail, daily product sales"), QStringLiteral("store/uci_online_retail_daily_product_sales.csv"),
                  QStringLiteral("CC BY 4.0 (Chen, Sain & Guo 2012, doi:10.1057/dbm.2012.17)"),
                  QStringLiteral("databricks/Spark-The-Definitive-Guide @4ba5601, data/retail-data/by-day, aggregated per product per day")},
                 {QStringLiteral("UCI Online Retail, product list"), QStringLiteral("store/uci_online_retail_products.csv"),
                  QStringLiteral("CC BY 4.0 (Chen, Sain & Guo 2012, doi:10.1057/dbm.2012.17)"),
                  QStringLiteral("derived from the same source: median unit price per stock code")}};
    m.modelled = {
        {QStringLiteral("products.category"), QStringLiteral("keyword rules over the product name")},
        {QStringLiteral("products.stock"), QStringLiteral("ample: a year of average sales")},
        {QStringLiteral("product_days.page_views"), QStringLiteral("orders x a log-normal views-per-order figure (median 25) with daily noise, plus ad clicks")},
        {QStringLiteral("product_days.units_sold"),
         sc.organicNoiseSigma > 0 ? QStringLiteral("the real units x log-normal(0, %1) noise, plus the campaign's truly added units").arg(sc.organicNoiseSigma)
                                  : QStringLiteral("the real units plus the campaign's truly added units")},
        {QStringLiteral("campaigns"), QStringLiteral("%1 campaigns with set true effects (paying / no effect / losing)").arg(sc.campaigns)},
        {QStringLiteral("campaign_days"), QStringLiteral("spend from the budget; conversions = truly added units + credited organic units")},
        {QStringLiteral("campaign_days.true_incremental_units"), QStringLiteral("the generator's truth")},
    };

    // 3. The real days on a full calendar grid.
    SeededRandom rng(splitMix64(sc.seed));
    const int dayCount = int(kFirst.daysTo(sc.to)) + 1;
    const int n = int(ranked.size());
    QList<ProductDay> grid(qsizetype(n) * dayCount);
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < dayCount; ++d) {
            ProductDay &pd = grid[qsizetype(i) * dayCount + d];
            pd.productId = ranked[i].id;
            pd.date = kFirst.addDays(d);
        }
    for (const Sale &s : sales) {
        const int i = slot.value(ids[s.product], -1);
        if (i < 0 || s.day >= dayCount)
            continue;
        ProductDay &pd = grid[qsizetype(i) * dayCount + s.day];
        pd.unitsSold += s.units;
        pd.revenue += Money::fromMinor(s.revenueMinor);
        pd.orders += s.orders;
    }
    if (sc.organicNoiseSigma > 0)
        for (ProductDay &pd : grid) {
            if (pd.unitsSold <= 0)
                continue;
            const double f = std::exp(sc.organicNoiseSigma * rng.normal() - sc.organicNoiseSigma * sc.organicNoiseSigma / 2);
            const qint64 units = std::llround(double(pd.unitsSold) * f);
            pd.revenue = Money::fromMinor(std::llround(double(pd.revenue.minor()) * double(units) / double(pd.unitsSold)));
            pd.orders = std::min(pd.orders, units);
            pd.unitsSold = units;
        }

    // 4. The campaigns: kinds dealt out, products drawn without repeats.
    enum Kind { Paying, NoEffect, Losing };
    const int paying = int(std::lround(sc.campaigns * sc.payingShare));
    const int none = std::min(sc.campaigns - paying, int(std::lround(sc.campaigns * sc.noEffectShare)));
    QList<Kind> kinds;
    for (int c = 0; c < sc.campaigns; ++c)
        kinds.append(c < paying ? Paying : c < paying + none ? NoEffect : Losing);
    for (int c = int(kinds.size()) - 1; c > 0; --c)
        std::swap(kinds[c], kinds[rng.integer(0, c)]);
    QList<int> pool;
    for (int i = 0; i < n; ++i)
        pool.append(i);
    const double margin = sc.marginPct / 100.0;
    const int startSpan = std::max(1, int(sc.from.daysTo(sc.to)) - 60);
    for (int c = 0; c < sc.campaigns; ++c) {
        const int pick = rng.integer(0, int(pool.size()) - 1);
        const int p = pool.takeAt(pick);
        const RealProduct &product = ranked[p];
        const double price = double(product.priceMinor);
        Campaign k;
        k.id = QStringLiteral("%1-%2").arg(sc.id).arg(c + 1, 2, 10, QLatin1Char('0'));
        k.productId = product.id;
        k.platform = QStringLiteral("benchmark");
        k.startDate = sc.from.addDays(rng.integer(0, startSpan));
        k.endDate = k.startDate.addDays(rng.integer(60, 150) - 1);
        k.status = k.endDate >= sc.to ? Campaign::Status::Active : Campaign::Status::Ended;
        k.name = QStringLiteral("%1 · %2").arg(DemoBuilder::titleCase(product.name), k.startDate.toString(QStringLiteral("MMM yyyy")));
        // The budget: a share of the product's revenue over the 60 days before.
        const int startDay = int(kFirst.daysTo(k.startDate));
        double revenue60 = 0;
        for (int d = std::max(0, startDay - 60); d < startDay; ++d)
            revenue60 += double(grid[qsizetype(p) * dayCount + d].revenue.minor());
        const double share = rng.uniform(0.03, 0.2);
        const qint64 budgetMinor = 50 * std::clamp<qint64>(std::llround(share * revenue60 / 60.0 / 50.0), 6, 300);   // GBP 3-150
        k.dailyBudget = Money::fromMinor(budgetMinor);
        const Kind kind = kinds[c];
        const double iroas = kind == Paying ? rng.uniform(1.3, 3.0) : kind == Losing ? rng.uniform(0.15, 0.7) : 0.0;
        // Credited revenue from sales that happened anyway, per unit of spend.
        const double credited = kind == NoEffect ? rng.uniform(1.4, 2.3) : rng.uniform(0.0, 0.8);
        const double cpc = std::max(5.0, rng.logNormal(60.0, 0.4));   // minor units
        const double ctr = std::clamp(rng.logNormal(0.015, 0.3), 0.002, 0.1);
        const double organicDaily = std::max(1.0, revenue60 / 60.0 / price);
        const double creditShare = std::min(0.6, credited * double(budgetMinor) * 0.9 / price / organicDaily);
        const QDate last = std::min(k.endDate, sc.to);
        for (QDate day = k.startDate; day <= last; day = day.addDays(1)) {
            ProductDay &pd = grid[qsizetype(p) * dayCount + int(kFirst.daysTo(day))];
            CampaignDay cd;
            cd.campaignId = k.id;
            cd.date = day;
            const double spend = double(budgetMinor) * rng.uniform(0.8, 1.0);
            cd.spend = Money::fromMinor(std::llround(spend));
            cd.clicks = std::max<qint64>(0, std::llround(spend / cpc * rng.uniform(0.9, 1.1)));
            cd.impressions = std::max(cd.clicks, std::llround(double(cd.clicks) / ctr));
            const qint64 added = rng.poisson(iroas * spend / (price * margin));
            const qint64 creditedUnits = rng.binomial(pd.unitsSold, creditShare);
            cd.trueIncrementalUnits = added;
            cd.conversions = added + creditedUnits;
            cd.revenue = Money::fromMinor(product.priceMinor * cd.conversions);
            pd.unitsSold += added;
            pd.orders += added;
            pd.revenue += Money::fromMinor(product.priceMinor * added);
            pd.pageViews = pd.pageViews.value_or(0) + cd.clicks;
            content.campaignDays.append(cd);
        }
        content.campaigns.append(k);
    }

    // 5. Page views and (ample) stock.
    for (int i = 0; i < n; ++i) {
        const double viewsPerOrder = rng.logNormal(25.0, 0.5);
        qint64 total = 0;
        for (int d = 0; d < dayCount; ++d)
            total += grid[qsizetype(i) * dayCount + d].unitsSold;
        const qint64 stock = std::max<qint64>(1000, total);
        for (int d = 0; d < dayCount; ++d) {
            ProductDay &pd = grid[qsizetype(i) * dayCount + d];
            const double browsing = double(pd.orders) * viewsPerOrder + rng.uniform(0, 6);
            pd.pageViews = pd.pageViews.value_or(0) + std::llround(browsing * rng.uniform(0.8, 1.2));
            pd.stock = stock;
        }
        Product product;
        product.id = ranked[i].id;
        product.name = DemoBuilder::titleCase(ranked[i].name);
        product.category = DemoBuilder::categoryFor(ranked[i].name);
        product.price = Money::fromMinor(ranked[i].priceMinor);
        product.stock = stock;
        content.products.append(product);
    }
    content.productDays = grid;
    std::stable_sort(content.campaignDays.begin(), content.campaignDays.end(),
                     [](const CampaignDay &a, const CampaignDay &b) { return a.date < b.date; });
    return content;
}

SimulationData toSimulationData(const RecordingContent &content)
{
    SimulationData data;
    data.recordingId = content.manifest.id;
    data.currency = content.manifest.currency;
    data.products = content.products;
    data.productDays = content.productDays;
    data.campaigns = content.campaigns;
    data.campaignDays = content.campaignDays;
    std::stable_sort(data.productDays.begin(), data.productDays.end(),
                     [](const ProductDay &a, const ProductDay &b) { return a.date < b.date; });
    std::stable_sort(data.campaignDays.begin(), data.campaignDays.end(),
                     [](const CampaignDay &a, const CampaignDay &b) { return a.date < b.date; });
    data.first = content.manifest.from;
    data.last = content.manifest.to;
    return data;
}

} // namespace BenchmarkRecordings
} // namespace cp
