// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobuilder.h"

#include "agents/splitmix.h"
#include "models/backgroundtask.h"
#include "models/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace cp {

namespace {
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)
};


struct AdCalibration
{
    QString campaignId;
    double ctr = 0;
    Money cpc;
    double conversionRate = 0;
};


Status importInto(const QString &importerId, const QString &path, QSqlDatabase db, TaskContext *context)
{
    auto importer = createImporter(importerId);
    auto report = importer->run(path, db, ImportOptions{OnBadRow::Stop, std::nullopt}, context);
    if (!report)
        return report.error();
    return {};
}

} // namespace

QString DemoBuilder::titleCase(const QString &upper)
{
    QStringList words = upper.simplified().toLower().split(QLatin1Char(' '));
    for (QString &w : words)
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

QString DemoBuilder::categoryFor(const QString &productName)
{
    // First match wins; the order puts specific words before broad ones.
    static const QList<QPair<QString, QStringList>> rules = {
        {QStringLiteral("Christmas"), {QStringLiteral("CHRISTMAS"), QStringLiteral("ANGEL")}},
        {QStringLiteral("Furniture"), {QStringLiteral("CABINET"), QStringLiteral("STOOL"), QStringLiteral("CHEST"),
                                       QStringLiteral("SHELF"), QStringLiteral("SIDEBOARD"), QStringLiteral("DRAWER"),
                                       QStringLiteral("SEAT"), QStringLiteral("CHAIR"), QStringLiteral("DESK"),
                                       QStringLiteral("MIRROR"), QStringLiteral("STORAGE CUBES")}},
        {QStringLiteral("Lighting"), {QStringLiteral("LIGHT"), QStringLiteral("LANTERN"), QStringLiteral("CANDLE"),
                                      QStringLiteral("CHANDELIER")}},
        {QStringLiteral("Bags"), {QStringLiteral("BAG"), QStringLiteral("SHOPPER")}},
        {QStringLiteral("Kitchen"), {QStringLiteral("CAKE"), QStringLiteral("TEA"), QStringLiteral("JAR"),
                                     QStringLiteral("LUNCH"), QStringLiteral("RECIPE"), QStringLiteral("JAM"),
                                     QStringLiteral("CUTLERY"), QStringLiteral("KITCHEN"), QStringLiteral("POPCORN"),
                                     QStringLiteral("TINS")}},
        {QStringLiteral("Home decor"), {QStringLiteral("HEART"), QStringLiteral("SIGN"), QStringLiteral("FRAME"),
                                        QStringLiteral("DOORMAT"), QStringLiteral("CLOCK"), QStringLiteral("BUNTING"),
                                        QStringLiteral("ORNAMENT"), QStringLiteral("BASKET"), QStringLiteral("QUILT"),
                                        QStringLiteral("CHALKBOARD"), QStringLiteral("BLACK BOARD"),
                                        QStringLiteral("HOT WATER BOTTLE")}},
        {QStringLiteral("Toys & crafts"), {QStringLiteral("HARMONICA"), QStringLiteral("PAPER"), QStringLiteral("CRAFT"),
                                           QStringLiteral("SPACEBOY"), QStringLiteral("RABBIT")}},
    };
    const QString upper = productName.toUpper();
    for (const auto &[category, words] : rules)
        for (const QString &w : words)
            if (upper.contains(w))
                return category;
    return QStringLiteral("Gifts");
}

Result<RecordingContent> DemoBuilder::build(const QString &dataDir, const QString &scratchDatabase, TaskContext *context)
{
    QFile::remove(scratchDatabase);
    auto opened = Database::open(scratchDatabase);
    if (!opened)
        return opened.error();
    const Database database = *opened;
    struct Cleanup {
        const Database &db;
        QString path;
        ~Cleanup()
        {
            db.closeThreadConnection();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    } cleanup{database, scratchDatabase};
    QSqlDatabase db = database.connection();

    // 1. The real data, through this program's own importers.
    const QPair<QString, QString> sources[] = {
        {QStringLiteral("catalog"), QStringLiteral("/store/uci_online_retail_products.csv")},
        {QStringLiteral("daily-sales"), QStringLiteral("/store/uci_online_retail_daily_product_sales.csv")},
        {QStringLiteral("facebook-ads"), QStringLiteral("/ads/facebook_ads_conversion_2017.csv")},
    };
    for (const auto &[importer, file] : sources)
        if (Status s = importInto(importer, dataDir + file, db, context); !s)
            return s.error();

    // 2. Which products.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.price_minor, SUM(d.revenue_minor) AS revenue FROM products p "
                               "JOIN product_days d ON d.product_id = p.id WHERE p.price_minor IS NOT NULL "
                               "GROUP BY p.id ORDER BY revenue DESC, p.id")))
        return Error{q.lastError().text(), QStringLiteral("demo: products")};
    QList<Product> bestSellers, premium;
    while (q.next()) {
        Product p;
        p.id = q.value(0).toString();
        if (p.id.isEmpty() || !p.id.at(0).isDigit())
            continue;  // POST, DOT, M, AMAZONFEE...: fees, not merchandise
        p.name = q.value(1).toString().simplified();
        p.price = Money::fromMinor(q.value(2).toLongLong());
        if (bestSellers.size() < 48)
            bestSellers.append(p);
        else if (premium.size() < 12 && p.price->minor() >= 2000)
            premium.append(p);
    }
    QList<Product> products = bestSellers + premium;
    if (products.size() < 60)
        return Error{DemoText::tr("the public data has fewer products than the demo needs"), dataDir};

    RecordingContent content;
    auto &m = content.manifest;
    m.id = QStringLiteral("demo-uci-online-retail-2011");
    m.title = QStringLiteral("Demo: UK online gift shop, Dec 2010 – Dec 2011, with modelled campaigns");
    m.currency = QStringLiteral("GBP");
    m.from = QDate(2010, 12, 1);
    m.to = QDate(2011, 12, 9);
    m.generator = QStringLiteral("campaign-pilot make-demo");
    m.seed = kSeed;
    m.sources = {
        {QStringLiteral("UCI Online Retail, daily product sales"), QStringLiteral("store/uci_online_retail_daily_product_sales.csv"),
         QStringLiteral("CC BY 4.0 (Chen, Sain & Guo 2012, doi:10.1057/dbm.2012.17)"),
         QStringLiteral("databricks/Spark-The-Definitive-Guide @4ba5601, data/retail-data/by-day, aggregated per product per day")},
        {QStringLiteral("UCI Online Retail, product list"), QStringLiteral("store/uci_online_retail_products.csv"),
         QStringLiteral("CC BY 4.0 (Chen, Sain & Guo 2012, doi:10.1057/dbm.2012.17)"),
         QStringLiteral("derived from the same source: median unit price per stock code")},
        {QStringLiteral("Facebook ads conversion data (2017)"), QStringLiteral("ads/facebook_ads_conversion_2017.csv"),
         QStringLiteral("GPL (>= 2), via the CRAN package liver"),
         QStringLiteral("Kaggle clicks-conversion-tracking; cran/liver @ef8db2e data/advertising.RData")},
    };
    m.modelled = {
        {QStringLiteral("products.category"), QStringLiteral("keyword rules over the product name")},
        {QStringLiteral("products.stock"), QStringLiteral("the last modelled daily stock")},
        {QStringLiteral("product_days.page_views"),
         QStringLiteral("orders x a log-normal views-per-order figure per product (median 25) with daily noise, plus ad clicks")},
        {QStringLiteral("product_days.stock"),
         QStringLiteral("starting cover of 20-90 days of average sales, refilled to 60 days under 10 days of cover")},
        {QStringLiteral("campaigns"), QStringLiteral("16 campaigns placed on demo products; dates, budgets and status modelled")},
        {QStringLiteral("campaign_days"),
         QStringLiteral("daily figures from the budget and one real Facebook campaign's CTR, CPC and conversion rate")},
        {QStringLiteral("uplift"),
         QStringLiteral("campaign conversions are added to the product's recorded units, orders and revenue")},
    };

    // 3. Daily figures on a full calendar grid (days without sales are zero).
    QHash<QString, int> index;
    for (int i = 0; i < products.size(); ++i)
        index.insert(products[i].id, i);
    const int dayCount = int(m.from.daysTo(m.to)) + 1;
    QList<ProductDay> grid(products.size() * dayCount);
    for (int i = 0; i < products.size(); ++i)
        for (int d = 0; d < dayCount; ++d) {
            ProductDay &pd = grid[i * dayCount + d];
            pd.productId = products[i].id;
            pd.date = m.from.addDays(d);
        }
    if (!q.exec(QStringLiteral("SELECT product_id, day, units_sold, revenue_minor, orders FROM product_days")))
        return Error{q.lastError().text(), QStringLiteral("demo: product days")};
    while (q.next()) {
        const int i = index.value(q.value(0).toString(), -1);
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (i < 0 || day < m.from || day > m.to)
            continue;
        ProductDay &pd = grid[i * dayCount + int(m.from.daysTo(day))];
        pd.unitsSold = q.value(2).toLongLong();
        pd.revenue = Money::fromMinor(q.value(3).toLongLong());
        pd.orders = q.value(4).toLongLong();
    }

    // 4. Calibration: real Facebook campaigns with enough clicks for stable rates.
    QList<AdCalibration> calibration;
    if (!q.exec(QStringLiteral("SELECT campaign_id, SUM(impressions), SUM(clicks), SUM(spend_minor), SUM(approved_conversions) "
                               "FROM ad_totals GROUP BY campaign_id HAVING SUM(clicks) >= 20 ORDER BY campaign_id")))
        return Error{q.lastError().text(), QStringLiteral("demo: ad totals")};
    while (q.next()) {
        const double clicks = q.value(2).toDouble();
        calibration.append({q.value(0).toString(), clicks / q.value(1).toDouble(),
                            Money::fromMinor(std::max<qint64>(1, qRound64(q.value(3).toDouble() / clicks))),
                            std::min(0.5, q.value(4).toDouble() / clicks)});
    }
    if (calibration.isEmpty())
        return Error{DemoText::tr("no Facebook campaign with 20 clicks or more to calibrate on"), dataDir};
    SeededRandom rng(kSeed);

    // 5. Campaigns: half on premium products, half on best sellers.
    const QDate firstStart(2011, 9, 20);
    const int startSpan = int(firstStart.daysTo(QDate(2011, 11, 25)));
    QSet<int> advertised;   // one campaign a product
    for (int c = 0; c < 16; ++c) {
        const bool onPremium = c % 2 == 0;
        int productIndex = 0;
        do
            productIndex = onPremium ? 48 + rng.integer(0, 11) : rng.integer(0, 47);
        while (advertised.contains(productIndex));
        advertised.insert(productIndex);
        const Product &product = products[productIndex];
        const AdCalibration &cal = calibration[rng.integer(0, int(calibration.size()) - 1)];
        Campaign k;
        k.id = QStringLiteral("demo-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        k.productId = product.id;
        k.platform = QStringLiteral("demo");
        k.startDate = firstStart.addDays(rng.integer(0, startSpan));
        k.endDate = k.startDate.addDays(rng.integer(45, 100) - 1);
        k.name = QStringLiteral("%1 · %2").arg(titleCase(product.name), k.startDate.toString(QStringLiteral("MMM yyyy")));
        const double price = product.price->toDouble();
        k.dailyBudget = Money::fromMinor(100 * qRound64(std::clamp(price * rng.uniform(0.5, 1.0), 5.0, 60.0)));
        QDate last = std::min(k.endDate, m.to);
        if (c == 3 || c == 10) {
            // Two campaigns an operator paused part-way.
            k.status = Campaign::Status::Paused;
            last = k.startDate.addDays(std::max<qint64>(6, k.startDate.daysTo(last) / 2));
        } else {
            k.status = k.endDate >= m.to ? Campaign::Status::Active : Campaign::Status::Ended;
        }
        for (QDate day = k.startDate; day <= last; day = day.addDays(1)) {
            CampaignDay cd;
            cd.campaignId = k.id;
            cd.date = day;
            const double spend = k.dailyBudget->toDouble() * rng.uniform(0.8, 1.0);
            cd.clicks = std::max<qint64>(0, qRound64(spend / cal.cpc.toDouble() * rng.uniform(0.85, 1.15)));
            cd.spend = Money::fromMinor(std::min<qint64>(k.dailyBudget->minor(), qRound64(spend * 100.0)));
            cd.impressions = std::max(cd.clicks, qRound64(double(cd.clicks) / std::max(cal.ctr, 1e-6)));
            cd.conversions = rng.binomial(cd.clicks, cal.conversionRate);
            cd.revenue = *product.price * cd.conversions;
            content.campaignDays.append(cd);
            ProductDay &pd = grid[productIndex * dayCount + int(m.from.daysTo(day))];
            pd.unitsSold += cd.conversions;
            pd.orders += cd.conversions;
            pd.revenue += cd.revenue;
            pd.pageViews = pd.pageViews.value_or(0) + cd.clicks;   // campaign clicks land on the product page
        }
        content.campaigns.append(k);
    }

    // 6. Page views and stock, product by product.
    for (int i = 0; i < products.size(); ++i) {
        const double viewsPerOrder = rng.logNormal(25.0, 0.5);
        qint64 totalUnits = 0;
        for (int d = 0; d < dayCount; ++d)
            totalUnits += grid[i * dayCount + d].unitsSold;
        const double averageDaily = std::max(1.0, double(totalUnits) / dayCount);
        qint64 stock = qRound64(averageDaily * rng.uniform(20, 90));
        bool refill = false;
        for (int d = 0; d < dayCount; ++d) {
            ProductDay &pd = grid[i * dayCount + d];
            const double browsing = double(pd.orders) * viewsPerOrder + rng.uniform(0, 6);
            pd.pageViews = pd.pageViews.value_or(0) + qRound64(browsing * rng.uniform(0.8, 1.2));
            if (refill)
                stock = std::max(stock, qRound64(averageDaily * 60));
            stock = std::max<qint64>(0, stock - pd.unitsSold);
            refill = stock < averageDaily * 10;
            pd.stock = stock;
        }
        products[i].category = categoryFor(products[i].name);
        products[i].stock = stock;
    }
    content.products = products;
    content.productDays = grid;
    return content;
}

} // namespace cp
