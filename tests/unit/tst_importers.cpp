// SPDX-License-Identifier: GPL-3.0-or-later
// Importers on the real public files. The expected figures were computed
// independently of this program, with Python's csv and decimal modules over
// the same files (exact decimal arithmetic, prices rounded half-up to pence);
// see tests/data/README.md for the script.
#include "agents/import/csvreader.h"
#include "agents/import/importer.h"
#include "agents/import/recording.h"
#include "models/workspace.h"
#include "models/backgroundtask.h"
#include "models/database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
const QString kData = QStringLiteral(CP_PUBLIC_DATA_DIR);

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A small CSV written whole; false when the file could not be.
bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
}

// The first `rows` lines of a real file, with `badLine` (1-based line number
// in the new file) replaced by `badText`.
QString withBadRow(const QTemporaryDir &dir, const QString &source, int rows, int badLine, const QByteArray &badText)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    for (int line = 1; line <= rows && !in.atEnd(); ++line) {
        const QByteArray l = in.readLine();
        out += line == badLine ? badText + '\n' : l;
    }
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    return writeFile(path, out) ? path : QString();
}

// Every product-day and product, one text per row, in key order.
QStringList tableRows(QSqlDatabase db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    const int columns = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QString integrity(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("PRAGMA integrity_check failed");
    return q.value(0).toString();
}

struct Fixture
{
    QTemporaryDir dir;
    std::optional<Database> db;
    Fixture()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
        if (opened)
            db = *opened;
    }
    ~Fixture()
    {
        if (db)
            db->closeThreadConnection();
    }
    QSqlDatabase conn() { return db->connection(); }
};
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(kData + QStringLiteral("/store/uci_online_retail_products.csv")))
            QFAIL(qPrintable(QStringLiteral("the public data is missing at %1 (shared/data/public beside the checkout)").arg(kData)));
    }

    void detectsEachRealFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("importer");
        QTest::newRow("order lines") << "/store/uci_online_retail_order_lines_2011-11.csv" << "order-lines";
        QTest::newRow("daily sales") << "/store/uci_online_retail_daily_product_sales.csv" << "daily-sales";
        QTest::newRow("daily top 50") << "/store/uci_online_retail_daily_top50.csv" << "daily-sales";
        QTest::newRow("catalog") << "/store/uci_online_retail_products.csv" << "catalog";
        QTest::newRow("woocommerce") << "/store/woocommerce_sample_products.csv" << "woocommerce-products";
        QTest::newRow("facebook") << "/ads/facebook_ads_conversion_2017.csv" << "facebook-ads";
    }
    void detectsEachRealFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, importer);
        auto reader = CsvReader::open(kData + file);
        QVERIFY(reader.ok());
        auto headers = reader.value().readHeader();
        QVERIFY(headers.ok());
        auto detected = detectImporter(*headers);
        QVERIFY(detected);
        QCOMPARE(detected->id(), importer);
    }

    void orderLinesNovember2011()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("order-lines"))
                          ->run(kData + QStringLiteral("/store/uci_online_retail_order_lines_2011-11.csv"), f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->rowsRead, qint64(84711));
        QCOMPARE(report->rowsSkipped, qint64(0));
        QCOMPARE(report->written.value(QStringLiteral("products")), qint64(2948));
        QCOMPARE(report->written.value(QStringLiteral("product days")), qint64(34912));
        QSqlDatabase c = f.conn();
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(units_sold) FROM product_days")), qint64(754507));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(revenue_minor) FROM product_days")), qint64(150949633));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(units_returned) FROM product_days")), qint64(12621));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(returned_minor) FROM product_days")), qint64(4774008));
        // Nothing is skipped silently: every line not imported is counted by reason.
        qint64 noted = 0;
        for (qint64 n : report->notes)
            noted += n;
        QCOMPARE(noted, qint64(1076 + 137 + 129));
        QCOMPARE(scalar(c, QStringLiteral("SELECT rows_read FROM import_log")), qint64(84711));
        // Loaded into an empty table, the day index is made after the rows
        // (StoreWriter::beginProductDayBulk()): it is there and agrees with them.
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'product_days_by_day'")),
                 qint64(1));
        QSqlQuery check(c);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void orderLinesAgreeWithThePublishedDailyFile()
    {
        // Two files, two importers: November's order lines aggregated by this
        // program must give the published daily file's November sales exactly.
        Fixture lines, daily;
        QVERIFY(createImporter(QStringLiteral("order-lines"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_order_lines_2011-11.csv"), lines.conn()).ok());
        QVERIFY(createImporter(QStringLiteral("daily-sales"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv"), daily.conn()).ok());
        const QString sales = QStringLiteral(
            "SELECT COUNT(*), SUM(units_sold), SUM(revenue_minor), SUM(orders) FROM product_days "
            "WHERE day BETWEEN '2011-11-01' AND '2011-11-30' AND units_sold > 0");
        QSqlQuery a(lines.conn()), b(daily.conn());
        QVERIFY(a.exec(sales) && a.next());
        QVERIFY(b.exec(sales) && b.next());
        QCOMPARE(a.value(0).toLongLong(), qint64(34683));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(a.value(i).toLongLong(), b.value(i).toLongLong());
    }

    void dailySalesWholeYear()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("daily-sales"))
                          ->run(kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv"), f.conn());
        QVERIFY(report.ok());
        QCOMPARE(report->rowsRead, qint64(276148));
        QCOMPARE(report->written.value(QStringLiteral("product days")), qint64(276148));
        QCOMPARE(report->written.value(QStringLiteral("products")), qint64(3922));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT SUM(units_sold) FROM product_days")), qint64(5588376));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT SUM(revenue_minor) FROM product_days")), qint64(1066668454));
        // Every product got a derived price.
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT COUNT(*) FROM products WHERE price_minor IS NULL")), qint64(0));
    }

    void catalogKeepsItsPricesOverDerivedOnes()
    {
        Fixture f;
        QVERIFY(createImporter(QStringLiteral("catalog"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_products.csv"), f.conn()).ok());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT COUNT(*) FROM products")), qint64(3922));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT price_minor FROM products WHERE id = '22423'")), qint64(1275));
        QVERIFY(createImporter(QStringLiteral("daily-sales"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_daily_top50.csv"), f.conn()).ok());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT price_minor FROM products WHERE id = '22423'")), qint64(1275));
    }

    void aFileWithoutNamesKeepsTheCatalogsNames()
    {
        // The daily figures as `export-recording` writes them (no name
        // column) after the catalog: the products keep their names (seen:
        // every name replaced by its id, and the ad copy read "22423 for £12.75").
        Fixture f;
        QVERIFY(createImporter(QStringLiteral("catalog"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_products.csv"), f.conn()).ok());
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM products WHERE id = '22423'")) && q.next());
        const QString name = q.value(0).toString();
        QVERIFY(!name.isEmpty() && name != u"22423");
        q.finish();   // no statement open while the import drops and makes the day index
        const QString path = f.dir.filePath(QStringLiteral("product_days.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("product_id,date,page_views,units_sold,revenue,orders,units_returned,returned_revenue,stock\n"
                   "22423,2011-12-01,10,2,25.50,1,0,0.00,5\n"
                   "NEW1,2011-12-01,4,1,3.00,1,0,0.00,9\n");
        file.close();
        const auto report = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM products WHERE id = '22423'")) && q.next());
        QCOMPARE(q.value(0).toString(), name);
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT units_sold FROM product_days WHERE product_id = '22423' AND day = '2011-12-01'")), qint64(2));
        // A product the catalog does not have is named by its id.
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM products WHERE id = 'NEW1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("NEW1"));
    }

    void anExportSaysWhatARecordingCannotHoldAndWhenItIsChanged()
    {
        // A walkthrough: an ad export's lifetime totals were left out of the
        // recording without a word, and a demo whose pause was sent exported
        // under the demo's own id and title.
        Fixture replay;
        QVERIFY(Recording::load(QStringLiteral("demo"), replay.conn()).ok());
        const auto manifest = Recording::readManifest(QStringLiteral("demo"));
        QVERIFY(manifest.ok());
        QSqlQuery q(replay.conn());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO recommendations (cycle_id, created_at, expires_at, agent, decision, action, "
                                       "campaign_id, title, rule, rationale, policy_version, status) VALUES ('c1', "
                                       "'2011-12-09T00:00:00Z', '2011-12-10T00:00:00Z', 'manager', 'PAUSE', 'pause', 'demo-09', "
                                       "'Pause', 'pause', 'r', 1, 'approved')")),
                 qPrintable(q.lastError().text()));
        const qint64 rec = q.lastInsertId().toLongLong();
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO outbox (recommendation_id, idempotency_key, action_json, state, created_at, updated_at) "
                                       "VALUES (%1, 'k1', '{}', 'done', '2011-12-09T00:00:00Z', '2011-12-09T00:00:00Z')").arg(rec)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO ad_totals (ad_id, campaign_id, impressions, clicks, spend_minor, conversions, "
                                       "approved_conversions) VALUES ('ad-1', 'demo-09', 100, 5, 1234, 1, 1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaign_days WHERE campaign_id = 'demo-09'")));
        QStringList leftOut;
        const auto written = Recording::exportStore(replay.conn(), replay.dir.filePath(QStringLiteral("export")), *manifest, &leftOut);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QVERIFY2(written->id.startsWith(manifest->id + QStringLiteral("-changed-")), qPrintable(written->id));
        QVERIFY2(written->title.contains(QStringLiteral("1 action")) && written->title.contains(QStringLiteral("applied in replay")),
                 qPrintable(written->title));
        QVERIFY2(written->generator.contains(manifest->id), qPrintable(written->generator));
        QCOMPARE(leftOut.size(), 1);
        QVERIFY2(leftOut.first().contains(QStringLiteral("1 campaign")) && leftOut.first().contains(QStringLiteral("12.34")),
                 qPrintable(leftOut.first()));
        const auto back = Recording::readManifest(replay.dir.filePath(QStringLiteral("export")));
        QVERIFY(back.ok());
        QCOMPARE(back->id, written->id);
    }

    void anExportedRecordingImportsBackIntoALiveWorkspace()
    {
        // A workspace moved elsewhere (to a team server) through
        // `export-recording`: its four files, each detected by its header
        // and imported on its own, give back the same catalog, campaigns
        // (names, states, budgets, products, dates) and figures, in the
        // recording's currency (seen: campaigns.csv "matches no importer",
        // and the daily report then made every campaign "ended" and named
        // by its id; the money shown in the locale's currency).
        Fixture replay;
        QVERIFY(Recording::load(QStringLiteral("demo"), replay.conn()).ok());
        const auto manifest = Recording::readManifest(QStringLiteral("demo"));
        QVERIFY(manifest.ok());
        const QString folder = replay.dir.filePath(QStringLiteral("export"));
        const auto written = Recording::exportStore(replay.conn(), folder, *manifest);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));

        Fixture live;
        QVERIFY(Workspaces::read(live.conn(), live.db->path())->currency.isEmpty());
        // The report before the list, as well as after it: the order a user imports in is theirs.
        for (const QString &name : {QStringLiteral("products"), QStringLiteral("product_days"), QStringLiteral("campaign_days"),
                                   QStringLiteral("campaigns"), QStringLiteral("campaign_days")}) {
            const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".csv");
            auto reader = CsvReader::open(path);
            QVERIFY(reader.ok());
            auto headers = reader.value().readHeader();
            QVERIFY(headers.ok());
            auto importer = detectImporter(*headers);
            QVERIFY2(importer, qPrintable(name + QStringLiteral(": ") + detectImporters(*headers).problem));
            // The report's second time: its days replaced (the campaigns stay as the list has them).
            ImportOptions options;
            options.merge = importer->id() == u"daily-ads" && scalar(live.conn(), QStringLiteral("SELECT count(*) FROM campaign_days")) > 0
                                ? MergeMode::Replace
                                : MergeMode::Stop;
            const auto report = importer->run(path, live.conn(), options);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        }
        QCOMPARE(Workspaces::read(live.conn(), live.db->path())->currency, manifest->currency);
        for (const QString &sql : {QStringLiteral("SELECT id, name, product_id, platform, status, daily_budget_minor, start_day, end_day "
                                                 "FROM campaigns ORDER BY id"),
                                  QStringLiteral("SELECT id, name, category, price_minor FROM products ORDER BY id"),
                                  QStringLiteral("SELECT campaign_id, day, impressions, clicks, spend_minor, conversions, revenue_minor "
                                                 "FROM campaign_days ORDER BY campaign_id, day"),
                                  QStringLiteral("SELECT product_id, day, units_sold, revenue_minor FROM product_days "
                                                 "ORDER BY product_id, day")}) {
            const QStringList expected = tableRows(replay.conn(), sql);
            QVERIFY(expected.size() > 10);
            QCOMPARE(tableRows(live.conn(), sql), expected);
        }

        // A file in another currency than the workspace's is refused whole.
        ImportOptions euros;
        euros.currency = QStringLiteral("EUR");
        const auto refused = createImporter(QStringLiteral("campaigns"))->run(folder + QStringLiteral("/campaigns.csv"), live.conn(), euros);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(QLatin1String("EUR")) && refused.error().toString().contains(QLatin1String("GBP")),
                 qPrintable(refused.error().toString()));
        // A code that is no currency is said as such (ZZZ was taken).
        for (const char *code : {"ZZZ", "XXX"}) {
            ImportOptions bogus;
            bogus.currency = QLatin1String(code);
            const auto noCurrency = createImporter(QStringLiteral("campaigns"))->run(folder + QStringLiteral("/campaigns.csv"), live.conn(), bogus);
            QVERIFY(!noCurrency);
            QVERIFY2(noCurrency.error().message.contains(QLatin1String("is not a currency code")), qPrintable(noCurrency.error().toString()));
        }
    }

    void aCurrencyInAHeaderIsTheFilesCurrency()
    {
        // "Amount spent (USD)": the amounts are dollars. Before, the suffix
        // was dropped and the dollars were stored as the workspace's pounds.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ads.csv"));
        const auto write = [](const QString &file, const QByteArray &header) {
            return writeFile(file, header + "\n2011-12-01,Summer [20685],10.00,100,5,1,20.00\n");
        };
        QVERIFY(write(path, "Day,Campaign name,Amount spent (USD),Impressions,Link clicks,Purchases,Purchases conversion value"));
        {
            Fixture fresh;   // no currency yet: takes the file's
            const auto r = createImporter(QStringLiteral("daily-ads"))->run(path, fresh.conn(), ImportOptions{});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QCOMPARE(Workspaces::read(fresh.conn(), fresh.db->path())->currency, QStringLiteral("USD"));
        }
        {
            Fixture pounds;
            QVERIFY(Workspaces::setCurrency(pounds.conn(), QStringLiteral("GBP")).ok());
            const auto r = createImporter(QStringLiteral("daily-ads"))->run(path, pounds.conn(), ImportOptions{});
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("USD")) && r.error().message.contains(QLatin1String("GBP")),
                     qPrintable(r.error().toString()));
            QVERIFY2(r.error().where.contains(QLatin1String("Amount spent (USD)")), qPrintable(r.error().toString()));
            QCOMPARE(StoreReader::count(pounds.conn(), QStringLiteral("campaign_days")), qint64(0));
            // Told another currency than the header's: refused, both named.
            ImportOptions euros;
            euros.currency = QStringLiteral("EUR");
            const auto told = createImporter(QStringLiteral("daily-ads"))->run(path, pounds.conn(), euros);
            QVERIFY(!told.ok());
            QVERIFY2(told.error().message.contains(QLatin1String("USD")) && told.error().message.contains(QLatin1String("EUR")),
                     qPrintable(told.error().toString()));
        }
        // "(UTC)" or "(in)" name no currency; two currencies in one file are refused.
        QVERIFY(write(path, "Day (UTC),Campaign name,Amount spent,Impressions,Link clicks,Purchases,Purchases conversion value"));
        {
            Fixture f;
            QVERIFY(Workspaces::setCurrency(f.conn(), QStringLiteral("GBP")).ok());
            const auto r = createImporter(QStringLiteral("daily-ads"))->run(path, f.conn(), ImportOptions{});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        }
        QVERIFY(write(path, "Day,Campaign name,Amount spent (USD),Impressions,Link clicks,Purchases,Purchases conversion value (EUR)"));
        {
            Fixture f;
            const auto r = createImporter(QStringLiteral("daily-ads"))->run(path, f.conn(), ImportOptions{});
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("one file holds one currency")), qPrintable(r.error().toString()));
        }
        // "revenue_eur", "revenue_gbp" (the public UCI file's header) name
        // their currency too: euros went into a pound workspace as pounds, and
        // a file in pounds left the workspace without a currency, so that a
        // later report in dollars made those pounds dollars.
        const QString sales = dir.filePath(QStringLiteral("sales.csv"));
        QVERIFY(writeFile(sales, "date,stock_code,description,units,revenue_eur,orders\n2011-11-01,A1,Tea,2,29.50,1\n"));
        {
            Fixture pounds;
            QVERIFY(Workspaces::setCurrency(pounds.conn(), QStringLiteral("GBP")).ok());
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(sales, pounds.conn(), ImportOptions{});
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("EUR")) && r.error().where.contains(QLatin1String("revenue_eur")),
                     qPrintable(r.error().toString()));
            QCOMPARE(StoreReader::count(pounds.conn(), QStringLiteral("product_days")), qint64(0));
        }
        {
            Fixture uci;
            QVERIFY(createImporter(QStringLiteral("catalog"))->run(kData + QStringLiteral("/store/uci_online_retail_products.csv"), uci.conn()).ok());
            QCOMPARE(Workspaces::read(uci.conn(), uci.db->path())->currency, QStringLiteral("GBP"));   // median_unit_price_gbp
            QVERIFY(write(path, "Day,Campaign name,Amount spent (USD),Impressions,Link clicks,Purchases,Purchases conversion value"));
            const auto dollars = createImporter(QStringLiteral("daily-ads"))->run(path, uci.conn(), ImportOptions{});
            QVERIFY(!dollars.ok());
            QVERIFY2(dollars.error().message.contains(QLatin1String("USD")) && dollars.error().message.contains(QLatin1String("GBP")),
                     qPrintable(dollars.error().toString()));
        }
    }

    // Ad reports as real tools write them, each once read wrong without a
    // word (found by a walkthrough): a currency column (Google Ads'
    // "Currency code"), a range per row (Ads Manager without a breakdown by
    // day), Meta's "Results" counting link clicks, one ad name in two ad sets.
    void adReportsAsToolsWriteThem_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("refusal");   // empty: imported
        QTest::addColumn<qint64>("spendMinor"); // then the campaign-day's spend
        const QByteArray google = "Day,Campaign,Cost,Currency code,Impressions\n";
        QTest::newRow("a currency column in another currency")
            << google + "2011-11-01,Summer,100.00,EUR,1000\n" << QStringLiteral("the file's amounts are in EUR and this workspace's in GBP")
            << qint64(0);
        QTest::newRow("a currency column in the workspace's") << google + "2011-11-01,Summer,100.00,GBP,1000\n" << QString() << qint64(10000);
        QTest::newRow("a currency column saying XXX (no currency)")
            << google + "2011-11-01,Summer,100.00,XXX,1000\n" << QStringLiteral("column \"Currency code\": \"XXX\" is not a currency code")
            << qint64(0);
        QTest::newRow("two currencies in one file")
            << google + "2011-11-01,Summer,100.00,GBP,1000\n2011-11-02,Summer,100.00,USD,1000\n"
            << QStringLiteral("column \"Currency code\" says USD where column \"Currency code\" says GBP: one file holds one currency")
            << qint64(0);
        QTest::newRow("a week on one row")
            << QByteArray("Reporting starts,Reporting ends,Campaign name,Amount spent (GBP),Impressions\n"
                          "2011-11-01,2011-11-07,Summer,146.68,7000\n")
            << QStringLiteral("the row covers 2011-11-01 to 2011-11-07 (7 day") << qint64(0);
        QTest::newRow("a day on one row, with its range")
            << QByteArray("Day,Reporting starts,Reporting ends,Campaign name,Amount spent (GBP),Impressions\n"
                          "2011-11-01,2011-11-01,2011-11-01,Summer,14.66,700\n")
            << QString() << qint64(1466);
        QTest::newRow("results that are link clicks")
            << QByteArray("Day,Campaign name,Amount spent (GBP),Results,Result indicator\n2011-11-01,Summer,10.00,58,actions:link_click\n")
            << QStringLiteral("column \"Results\" counts actions:link_click here, not purchases") << qint64(0);
        QTest::newRow("results that are purchases")
            << QByteArray("Day,Campaign name,Amount spent (GBP),Results,Result indicator\n"
                          "2011-11-01,Summer,10.00,3,actions:offsite_conversion.fb_pixel_purchase\n")
            << QString() << qint64(1000);
        // A walkthrough's files (silently wrong before):
        QTest::newRow("results without their indicator")   // a traffic campaign's link clicks read as purchases
            << QByteArray("Campaign name,Day,Results,Cost per result (GBP),Amount spent (GBP)\nTraffic Nov,2011-11-01,140,0.09,12.40\n")
            << QStringLiteral("no \"Result indicator\" column") << qint64(0);
        QTest::newRow("ids rounded by a spreadsheet")   // two campaigns became one
            << QByteArray("Campaign ID,Campaign name,Day,Amount spent (GBP)\n1.20211E+14,Summer picnic,2011-11-01,40.00\n"
                          "1.20211E+14,Xmas lights,2011-11-01,25.00\n")
            << QStringLiteral("column \"Campaign ID\": \"1.20211E+14\" is an id a spreadsheet rewrote in scientific notation") << qint64(0);
        QTest::newRow("one id naming two campaigns")
            << QByteArray("Campaign ID,Campaign name,Day,Amount spent (GBP)\n120211,Summer picnic,2011-11-01,40.00\n"
                          "120211,Xmas lights,2011-11-01,25.00\n")
            << QStringLiteral("campaign id 120211 is \"Xmas lights\" here but \"Summer picnic\" on line 2") << qint64(0);
        QTest::newRow("a thousands point in a semicolon file")   // €1,234 stored as €1.23
            << QByteArray("Campaign name;Day;Amount spent (GBP)\nWinter sale;2011-11-01;3.266\n")
            << QStringLiteral("\"3.266\" reads two ways: 3266 with a thousands point") << qint64(0);
        QTest::newRow("three decimals in a comma file (float noise, rounded)")
            << QByteArray("Campaign name,Day,Amount spent (GBP)\nWinter sale,2011-11-01,3.266\n") << QString() << qint64(327);
        QTest::newRow("a decimal comma")
            << QByteArray("Campaign name;Day;Amount spent (GBP)\nWinter sale;2011-11-01;54,55\n")
            << QStringLiteral("\"54,55\" is not an amount: a decimal comma?") << qint64(0);
        QTest::newRow("one ad name in two ad sets")
            << QByteArray("Day,Campaign name,Ad set name,Ad name,Amount spent (GBP)\n"
                          "2011-11-01,Summer,Women,Carousel v2,4.00\n2011-11-01,Summer,Men,Carousel v2,6.00\n")
            << QString() << qint64(1000);
    }
    void adReportsAsToolsWriteThem()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, refusal);
        QFETCH(qint64, spendMinor);
        Fixture f;
        QVERIFY(Workspaces::setCurrency(f.conn(), QStringLiteral("GBP")).ok());
        const QString file = f.dir.filePath(QStringLiteral("ads.csv"));
        QVERIFY(writeFile(file, csv));
        auto report = createImporter(QStringLiteral("daily-ads"))->run(file, f.conn());
        if (!refusal.isEmpty()) {
            QVERIFY(!report.ok());
            QVERIFY2(report.error().message.contains(refusal), qPrintable(report.error().toString()));
            QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("campaign_days")), qint64(0));
            return;
        }
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT spend_minor FROM campaign_days WHERE day = '2011-11-01'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), spendMinor);
    }

    // Amounts grouped by thousands with commas ("1,232.52") are read; a file
    // whose every row is bad is refused, even when bad rows are skipped.
    void groupedThousandsAndAFileOfBadRows()
    {
        Fixture f;
        const QString grouped = f.dir.filePath(QStringLiteral("grouped.csv"));
        QVERIFY(writeFile(grouped, "date,stock_code,description,units,revenue_gbp,orders\n"
                                   "2011-11-01,10002,GLOBE,1200,\"1,232.52\",3\n2011-11-01,10003,CUP,1,\"1,232\",1\n"));
        auto read = createImporter(QStringLiteral("daily-sales"))->run(grouped, f.conn(), ImportOptions{.onBadRow = OnBadRow::SkipAndCount});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->rowsSkipped, qint64(1));   // "1,232": a decimal comma or a thousand? Refused.
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT revenue_minor FROM product_days WHERE product_id = '10002'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(123252));

        Fixture g;
        const QString commas = g.dir.filePath(QStringLiteral("commas.csv"));
        QVERIFY(writeFile(commas, "date;stock_code;description;units;revenue_gbp;orders\n"
                                  "2011-11-01;10002;GLOBE;12;79,05;3\n2011-11-02;10002;GLOBE;1;7,90;1\n"));
        auto none = createImporter(QStringLiteral("daily-sales"))->run(commas, g.conn(), ImportOptions{.onBadRow = OnBadRow::SkipAndCount});
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QLatin1String("every one of its 2 rows is bad")), qPrintable(none.error().toString()));
        QCOMPARE(StoreReader::count(g.conn(), QStringLiteral("import_log")), qint64(0));
    }

    // --merge add of a file already imported would count it twice: refused,
    // naming when; a file with other content adds; replace re-imports.
    void addingTheSameFileTwiceIsRefused()
    {
        Fixture f;
        const QString day = f.dir.filePath(QStringLiteral("day.csv"));
        QVERIFY(writeFile(day, "date,stock_code,description,units,revenue_gbp,orders\n2011-11-01,10002,GLOBE,12,24.00,3\n"));
        QVERIFY(createImporter(QStringLiteral("daily-sales"))->run(day, f.conn()).ok());
        ImportOptions add;
        add.merge = MergeMode::Add;
        auto again = createImporter(QStringLiteral("daily-sales"))->run(day, f.conn(), add);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("this file's content was imported already (as day.csv on")),
                 qPrintable(again.error().toString()));
        auto units = [&] {
            QSqlQuery q(f.conn());
            return q.exec(QStringLiteral("SELECT units_sold FROM product_days WHERE product_id = '10002'")) && q.next()
                       ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(units(), qint64(12));
        // Another file (a later export's rows for the same day) adds.
        const QString more = f.dir.filePath(QStringLiteral("more.csv"));
        QVERIFY(writeFile(more, "date,stock_code,description,units,revenue_gbp,orders\n2011-11-01,10002,GLOBE,3,6.00,1\n"));
        QVERIFY(createImporter(QStringLiteral("daily-sales"))->run(more, f.conn(), add).ok());
        QCOMPARE(units(), qint64(15));
        ImportOptions replace;
        replace.merge = MergeMode::Replace;
        QVERIFY(createImporter(QStringLiteral("daily-sales"))->run(day, f.conn(), replace).ok());
        QCOMPARE(units(), qint64(12));
    }

    // WooCommerce's export: the sale price while its sale runs, else the regular one.
    void aWooCommerceSalePriceCountsWhileTheSaleRuns()
    {
        Fixture f;
        const QString file = f.dir.filePath(QStringLiteral("woo.csv"));
        QVERIFY(writeFile(file, "ID,Type,Name,Regular price,Sale price,Date sale price starts,Date sale price ends\n"
                                "1,simple,Later,20,15,2099-01-01,2099-02-01\n"
                                "2,simple,Over,20,15,2000-01-01,2000-02-01\n"
                                "3,simple,Always,20,15,,\n"
                                "4,simple,None,20,,,\n"));
        auto report = createImporter(QStringLiteral("woocommerce-products"))->run(file, f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT id, price_minor FROM products ORDER BY id")));
        QList<qint64> prices;
        while (q.next())
            prices << q.value(1).toLongLong();
        QCOMPARE(prices, (QList<qint64>{2000, 2000, 1500, 2000}));
    }

    void slashDatesThatCouldBeEitherWayAreSaid()
    {
        // A day/month export of a month's first twelve days would read
        // without an error, each day misplaced (02/12/2010 as 12 February):
        // refused (a walkthrough found a note was not enough: exit 0, days
        // wrong), naming the first such date, its line and what to do.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sales.csv"));
        const auto write = [&path](const QByteArray &rows) {
            return writeFile(path, "date,stock_code,description,units,revenue_gbp,orders\n" + rows);
        };
        QVERIFY(write("12/12/2010,10002,GLOBE,1,0.85,1\n02/12/2010,10002,GLOBE,6,5.10,2\n03/12/2010,10002,GLOBE,4,3.40,1\n"));
        {
            Fixture f;
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), ImportOptions{});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().where, path + QStringLiteral(":3"));   // 12/12 reads the same either way
            QVERIFY2(r.error().message.contains(QLatin1String("dates such as 02/12/2010 could be month/day"))
                         && r.error().message.contains(QLatin1String("--date-order mdy or dmy")),
                     qPrintable(r.error().toString()));
            QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("product_days")), qint64(0));
        }
        // Told the order, the same file imports, each day where it belongs.
        for (const auto &[order, december2] : {std::pair{DateOrder::DayFirst, true}, std::pair{DateOrder::MonthFirst, false}}) {
            Fixture f;
            ImportOptions o;
            o.dateOrder = order;
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), o);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            QSqlQuery q(f.conn());
            QVERIFY(q.exec(QStringLiteral("SELECT units_sold FROM product_days WHERE day = '%1'").arg(december2 ? "2010-12-02" : "2010-02-12")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(6));
            QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("product_days")), qint64(3));
        }
        // A day above 12 shows the month comes first: imported.
        QVERIFY(write("02/12/2010,10002,GLOBE,6,5.10,2\n02/13/2010,10002,GLOBE,4,3.40,1\n"));
        {
            Fixture f;
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), ImportOptions{});
            QVERIFY(r.ok());
            QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("product_days")), qint64(2));
        }
        // A day/month date that cannot be month/day: the error says why.
        QVERIFY(write("13/12/2010,10002,GLOBE,6,5.10,2\n"));
        {
            Fixture f;
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), ImportOptions{});
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("read month/day/year, and 13 is no month"))
                         && r.error().message.contains(QLatin1String("--date-order dmy")),
                     qPrintable(r.error().toString()));
        }
        {
            Fixture f;
            ImportOptions o;
            o.dateOrder = DateOrder::DayFirst;
            QVERIFY(createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), o).ok());
            o.dateOrder = DateOrder::MonthFirst;
            const auto r = createImporter(QStringLiteral("daily-sales"))->run(path, f.conn(), o);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("\"13/12/2010\" is not a date read as month/day/year")),
                     qPrintable(r.error().toString()));
        }
    }

    void campaignListRefusesWhatItCannotStore()
    {
        Fixture f;
        QVERIFY(createImporter(QStringLiteral("catalog"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_products.csv"), f.conn()).ok());
        auto write = [&](const QByteArray &text) {
            const QString path = f.dir.filePath(QStringLiteral("campaigns.csv"));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(text);
            return path;
        };
        const QByteArray header = "Campaign ID,Campaign name,Status,Product ID,Daily budget,Start date,End date\n";
        // An ad platform's upper-case states; ARCHIVED is an ended campaign.
        auto ok = createImporter(QStringLiteral("campaigns"))
                      ->run(write(header + "c1,Cubes,ACTIVE,22423,12.50,2011-11-01,\nc2,Old,ARCHIVED,,,,\n"), f.conn());
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toString()));
        QCOMPARE(tableRows(f.conn(), QStringLiteral("SELECT id, name, product_id, status, daily_budget_minor, start_day, end_day "
                                                     "FROM campaigns ORDER BY id")),
                 (QStringList{QStringLiteral("c1|Cubes|22423|active|1250|2011-11-01|NULL"),
                              QStringLiteral("c2|Old|NULL|ended|NULL|NULL|NULL")}));
        struct Bad
        {
            QByteArray rows;
            QString says;
        };
        for (const Bad &bad : {Bad{"c3,New,active,NOPE,1.00,,\n", QStringLiteral("product NOPE")},
                               Bad{"c3,New,active,,1.00,,\nc3,Again,paused,,,,\n", QStringLiteral("already on line 2")},
                               Bad{"c3,New,running,,,,\n", QStringLiteral("\"running\"")},
                               Bad{"c3,New,active,,-1.00,,\n", QStringLiteral("negative")},
                               Bad{"c3,New,active,,,2011-12-01,2011-11-01\n", QStringLiteral("before it starts")}}) {
            const auto report = createImporter(QStringLiteral("campaigns"))->run(write(header + bad.rows), f.conn());
            QVERIFY(!report);
            QVERIFY2(report.error().toString().contains(bad.says), qPrintable(report.error().toString()));
            QVERIFY2(report.error().toString().contains(QLatin1String("campaigns.csv:")), qPrintable(report.error().toString()));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaigns")), qint64(2));   // nothing written
        }
        // Ads Manager's Budget with its Budget type: a lifetime budget is no
        // daily budget (it was stored as £1,500 a day), and Meta's "Using ad
        // set budget" is a place, not a bad amount (it stopped the file).
        auto meta = createImporter(QStringLiteral("campaigns"))
                        ->run(write("Campaign ID,Campaign name,Delivery status,Budget,Budget type\n"
                                    "m1,Summer picnic,ACTIVE,25.00,Daily\nm2,Black Friday push,ACTIVE,1500.00,Lifetime\n"
                                    "m3,Retargeting,ACTIVE,Using ad set budget,\n"),
                              f.conn());
        QVERIFY2(meta.ok(), meta.ok() ? "" : qPrintable(meta.error().toString()));
        QCOMPARE(tableRows(f.conn(), QStringLiteral("SELECT id, daily_budget_minor, budget_location FROM campaigns WHERE id LIKE 'm%' ORDER BY id")),
                 (QStringList{QStringLiteral("m1|2500|campaign_daily"), QStringLiteral("m2|NULL|campaign_lifetime"),
                              QStringLiteral("m3|NULL|ad_set")}));
        const auto weekly = createImporter(QStringLiteral("campaigns"))
                                ->run(write("Campaign ID,Campaign name,Delivery status,Budget,Budget type\nm4,X,ACTIVE,10.00,Weekly\n"), f.conn());
        QVERIFY(!weekly);
        QVERIFY2(weekly.error().message.contains(QLatin1String("\"Weekly\" is not a budget type")), qPrintable(weekly.error().toString()));
    }

    // A walkthrough's WooCommerce export: an ID on two rows kept the last
    // one without a word; a draft became a product the agents advertise; an
    // escaped comma cut a category's name ("Food\").
    void wooCommerceDuplicatesDraftsAndEscapedCommas()
    {
        Fixture f;
        const QString path = f.dir.filePath(QStringLiteral("woo.csv"));
        const QByteArray header = "ID,Type,SKU,Name,Published,Regular price,Categories,Stock,Parent\n";
        QVERIFY(writeFile(path, header + "111,simple,T1,Tea,1,4.50,\"Food\\, Drink > Tea\",10,\n"
                                         "112,variable,M1,Mug,-1,9.99,Kitchen,,\n"
                                         "120,variation,M1-L,Mug large,1,12.00,,3,id:112\n"
                                         "113,simple,P1,Poster,0,15.00,Decor,5,\n"));
        auto report = createImporter(QStringLiteral("woocommerce-products"))->run(path, f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(tableRows(f.conn(), QStringLiteral("SELECT id, name, category FROM products ORDER BY id")),
                 QStringList{QStringLiteral("111|Tea|Food, Drink")});
        QCOMPARE(report->notes.value(QStringLiteral("drafts and private products (Published not 1), not imported")), qint64(2));
        QVERIFY(!report->notes.contains(QStringLiteral("variations whose parent is not in the file (not imported)")));
        Fixture again;
        QVERIFY(writeFile(path, header + "113,simple,P1,Poster,1,15.00,Decor,5,\n113,simple,P2,Poster (large),1,25.00,Decor,2,\n"));
        const auto twice = createImporter(QStringLiteral("woocommerce-products"))->run(path, again.conn());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QLatin1String("product ID 113 is already on line 2")), qPrintable(twice.error().toString()));
        QCOMPARE(StoreReader::count(again.conn(), QStringLiteral("products")), qint64(0));
    }

    // A German shop's export: WooCommerce writes prices with the shop's
    // decimal separator and no thousands separator ("12,99"); read as
    // 12.99, not refused. Three decimals after a comma stay refused. (A
    // walkthrough's German shop could not import its catalog at all.)
    void wooCommercePricesWithTheShopsDecimalComma()
    {
        Fixture f;
        const QString path = f.dir.filePath(QStringLiteral("woo_de.csv"));
        QVERIFY(writeFile(path, "ID,Type,SKU,Name,Published,Sale price,Regular price,Categories,Stock\n"
                                "301,simple,tasse,Tasse,1,,\"12,99\",Küche,4\n"
                                "302,simple,poster,Poster,1,\"19,5\",25,Deko,2\n"
                                "304,simple,tshirt,'-Sale- Shirt,1,,\"9,00\",Mode,'-2\n"));
        auto report = createImporter(QStringLiteral("woocommerce-products"))->run(path, f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        // The exporter's apostrophe before a leading "-" is taken off: a
        // backordered product's stock, a name.
        QCOMPARE(tableRows(f.conn(), QStringLiteral("SELECT id, name, price_minor, stock FROM products ORDER BY id")),
                 (QStringList{QStringLiteral("301|Tasse|1299|4"), QStringLiteral("302|Poster|1950|2"),
                              QStringLiteral("304|-Sale- Shirt|900|-2")}));
        Fixture g;
        QVERIFY(writeFile(path, "ID,Type,SKU,Name,Published,Regular price,Categories,Stock\n303,simple,x,X,1,\"1,299\",Deko,1\n"));
        const auto twoWays = createImporter(QStringLiteral("woocommerce-products"))->run(path, g.conn());
        QVERIFY(!twoWays.ok());
        QVERIFY2(twoWays.error().toString().contains(QLatin1String("\"1,299\" reads two ways: 1299 with a thousands comma, or 1.299 with a "
                                                                   "decimal comma")),
                 qPrintable(twoWays.error().toString()));
    }

    void wooCommerceSampleExport()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("woocommerce-products"))
                          ->run(kData + QStringLiteral("/store/woocommerce_sample_products.csv"), f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->rowsRead, qint64(25));
        QCOMPARE(report->written.value(QStringLiteral("products")), qint64(18));   // 25 rows less 7 variations
        QCOMPARE(report->notes.value(QStringLiteral("variations folded into their parent product")), qint64(7));
        auto rows = StoreReader::catalog(f.conn(), QDate(2000, 1, 1), QDate(2100, 1, 1));
        QVERIFY(rows.ok());
        QHash<QString, CatalogRow> byId;
        for (const CatalogRow &r : *rows)
            byId.insert(r.product.id, r);
        QCOMPARE(byId.value(QStringLiteral("44")).product.name, QStringLiteral("V-Neck T-Shirt"));
        QCOMPARE(byId.value(QStringLiteral("44")).product.category, QStringLiteral("Clothing"));
        QCOMPARE(byId.value(QStringLiteral("44")).product.price->minor(), qint64(1500));  // cheapest variation
        // The price customers pay: the sale price (no sale dates: always on),
        // not the regular one (Belt 65 → 55; a hoodie variation 45 → 42).
        QCOMPARE(byId.value(QStringLiteral("45")).product.price->minor(), qint64(4200));
        QCOMPARE(byId.value(QStringLiteral("58")).product.price->minor(), qint64(5500));
        QCOMPARE(byId.value(QStringLiteral("75")).product.price->minor(), qint64(200));
        QCOMPARE(byId.value(QStringLiteral("89")).product.price->minor(), qint64(1105));
        QCOMPARE(byId.value(QStringLiteral("73")).product.category, QStringLiteral("Music"));
        QVERIFY(!byId.value(QStringLiteral("47")).product.stock.has_value());   // Stock is empty in the export
    }

    void facebookAdsExport()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("facebook-ads"))
                          ->run(kData + QStringLiteral("/ads/facebook_ads_conversion_2017.csv"), f.conn());
        QVERIFY(report.ok());
        QCOMPARE(report->rowsRead, qint64(1143));
        QCOMPARE(report->written.value(QStringLiteral("ads")), qint64(1143));
        QCOMPARE(report->written.value(QStringLiteral("campaigns")), qint64(691));
        QSqlDatabase c = f.conn();
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(spend_minor) FROM ad_totals")), qint64(5870523));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(clicks) FROM ad_totals")), qint64(38165));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(impressions) FROM ad_totals")), qint64(213434828));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(approved_conversions) FROM ad_totals")), qint64(1079));
        auto campaigns = StoreReader::campaigns(c);
        QVERIFY(campaigns.ok());
        qint64 spend = 0;
        for (const CampaignRow &r : *campaigns) {
            spend += r.spend.minor();
            QVERIFY(!r.hasRevenue);   // the export has no revenue: shown as unknown, not zero
        }
        QCOMPARE(spend, qint64(5870523));
    }

    // A bad row in each importer's real file shape: the error names the file
    // and line; in Stop mode nothing lands; in Skip mode the rest lands and
    // the row is counted.
    void badRow_data()
    {
        QTest::addColumn<QString>("importer");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("order lines: quantity")
            << "order-lines" << "/store/uci_online_retail_order_lines_2011-11.csv"
            << QByteArray("573744,21314,SMALL GLASS HEART TRINKET POT,eight,2011-11-01 08:16:00,2.1,17733.0,United Kingdom")
            << "\"eight\" is not a whole number";
        QTest::newRow("daily sales: date")
            << "daily-sales" << "/store/uci_online_retail_daily_product_sales.csv"
            << QByteArray("2010-13-45,10002,INFLATABLE POLITICAL GLOBE,60,51.00,2") << "is not a date";
        // A mistyped year: refused, not the workspace's newest day (a
        // cycle would judge every campaign on that day: no figures, no pause).
        QTest::newRow("daily sales: a day in the future")
            << "daily-sales" << "/store/uci_online_retail_daily_product_sales.csv"
            << QByteArray("2101-12-09,10002,INFLATABLE POLITICAL GLOBE,60,51.00,2") << "2101-12-09 lies in the future";
        // The file's header is named, not the key it maps to ("revenue").
        QTest::newRow("daily sales: negative revenue")
            << "daily-sales" << "/store/uci_online_retail_daily_product_sales.csv"
            << QByteArray("2010-12-09,10002,INFLATABLE POLITICAL GLOBE,60,-51.00,2") << "column \"revenue_gbp\": negative revenue (-51.00)";
        QTest::newRow("daily sales: negative orders")
            << "daily-sales" << "/store/uci_online_retail_daily_product_sales.csv"
            << QByteArray("2010-12-09,10002,INFLATABLE POLITICAL GLOBE,60,51.00,-2") << "column \"orders\": negative orders (-2)";
        QTest::newRow("catalog: negative price")
            << "catalog" << "/store/uci_online_retail_products.csv" << QByteArray("10002,INFLATABLE POLITICAL GLOBE,-0.85,71")
            << "column \"median_unit_price_gbp\": a negative price (-0.85)";
        QTest::newRow("order lines: a day in the future")
            << "order-lines" << "/store/uci_online_retail_order_lines_2011-11.csv"
            << QByteArray("573744,21314,SMALL GLASS HEART TRINKET POT,8,2101-11-01 08:16:00,2.1,17733.0,United Kingdom")
            << "lies in the future";
        QTest::newRow("catalog: price")
            << "catalog" << "/store/uci_online_retail_products.csv" << QByteArray("10002,INFLATABLE POLITICAL GLOBE,cheap,71")
            << "\"cheap\" is not an amount";
        QTest::newRow("woocommerce: field count")
            << "woocommerce-products" << "/store/woocommerce_sample_products.csv" << QByteArray("47,simple,woo-tshirt,T-Shirt")
            << "fields, but the header has";
        QTest::newRow("facebook: clicks above impressions")
            << "facebook-ads" << "/ads/facebook_ads_conversion_2017.csv"
            << QByteArray("708746,916,103916,30-34,M,15,10,11,1.43,2,1") << "more clicks (11) than impressions (10)";
        QTest::newRow("facebook: broken quoting")
            << "facebook-ads" << "/ads/facebook_ads_conversion_2017.csv"
            << QByteArray("708746,916,103916,30-34,M,15,7350,1,1.4\"3,2,1") << "quote inside unquoted";
    }
    void badRow()
    {
        QFETCH(QString, importer);
        QFETCH(QString, source);
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = withBadRow(dir, kData + source, 8, 4, bad);
        QVERIFY(!path.isEmpty());

        Fixture stop;
        auto failed = createImporter(importer)->run(path, stop.conn(), ImportOptions{.onBadRow = OnBadRow::Stop});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().where, path + QStringLiteral(":4"));
        QVERIFY2(failed.error().message.contains(reason), qPrintable(failed.error().message));
        for (const char *table : {"products", "product_days", "campaigns", "ad_totals", "import_log"})
            QCOMPARE(StoreReader::count(stop.conn(), QLatin1String(table)), qint64(0));

        Fixture skip;
        auto skipped = createImporter(importer)->run(path, skip.conn(), ImportOptions{.onBadRow = OnBadRow::SkipAndCount});
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->rowsRead, qint64(7));
        QCOMPARE(skipped->rowsSkipped, qint64(1));
        QCOMPARE(skipped->errors.size(), 1);
        QVERIFY(skipped->errors.first().startsWith(path + QStringLiteral(":4: ")));
        QVERIFY(skipped->rowsWritten() > 0);
        QCOMPARE(StoreReader::count(skip.conn(), QStringLiteral("import_log")), qint64(1));
    }

    // "Today" is the program's clock (the cycle's), not a second reading of
    // this machine's: a clock moved ahead (CP_NOW_OFFSET_SECONDS, as the
    // tests move the cycle's) takes the days up to its today.
    void theFutureIsCountedFromTheProgramsClock()
    {
        QTemporaryDir dir;
        const QDate ahead = QDate::currentDate().addDays(10);
        const QString path = withBadRow(dir, kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv"), 8, 4,
                                        ahead.toString(Qt::ISODate).toUtf8() + ",10002,INFLATABLE POLITICAL GLOBE,60,51.00,2");
        QVERIFY(!path.isEmpty());
        {
            Fixture now;
            auto refused = createImporter(QStringLiteral("daily-sales"))->run(path, now.conn(), ImportOptions{.onBadRow = OnBadRow::Stop});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("lies in the future")), qPrintable(refused.error().message));
        }
        qputenv("CP_NOW_OFFSET_SECONDS", QByteArray::number(20 * 24 * 3600));
        Fixture later;
        auto taken = createImporter(QStringLiteral("daily-sales"))->run(path, later.conn(), ImportOptions{.onBadRow = OnBadRow::Stop});
        qunsetenv("CP_NOW_OFFSET_SECONDS");
        QVERIFY2(taken.ok(), taken ? "" : qPrintable(taken.error().toString()));
        QCOMPARE(StoreReader::count(later.conn(), QStringLiteral("product_days")), qint64(7));
    }

    void missingRequiredColumnListsTheHeaders()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("facebook-ads"))
                          ->run(kData + QStringLiteral("/store/uci_online_retail_products.csv"), f.conn());
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QLatin1String("ad_id")));
        QVERIFY(report.error().message.contains(QLatin1String("stock_code, description")));
        QVERIFY(report.error().where.endsWith(QLatin1String(":1")));
    }

    void explicitMappingOverridesHeaders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code;x,title,cost\nA1;,First,2.50\nB2;,Second,10\n");
        file.close();
        Fixture f;
        ImportOptions options;
        options.mapping = ColumnMapping{{QStringLiteral("id"), 0}, {QStringLiteral("name"), 1}, {QStringLiteral("price"), 2}};
        auto report = createImporter(QStringLiteral("catalog"))->run(path, f.conn(), options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT SUM(price_minor) FROM products")), qint64(1250));
    }

    // The daily-sales importer loads an empty product_days in bulk (the day
    // index dropped, then made again after the rows:
    // StoreWriter::beginProductDayBulk()); into a table with rows it inserts
    // row by row with the index in place. Both give the same rows, and the
    // index is there afterwards either way.
    void dailySalesBulkLoadEqualsRowByRow()
    {
        const QString file = kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv");
        Fixture empty, nonEmpty;
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        QVERIFY(writeFile(first, "date,stock_code,description,units,revenue_gbp,orders\n2009-06-01,TESTONLY,TEST PRODUCT,1,1.00,1\n"));
        QVERIFY(createImporter(QStringLiteral("daily-sales"))->run(first, nonEmpty.conn()).ok());
        QCOMPARE(StoreReader::count(nonEmpty.conn(), QStringLiteral("product_days")), qint64(1));

        for (Fixture *store : {&empty, &nonEmpty}) {
            auto report = createImporter(QStringLiteral("daily-sales"))->run(file, store->conn());
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            QCOMPARE(report->written.value(QStringLiteral("product days")), qint64(276148));
            QCOMPARE(scalar(store->conn(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                                          "AND name = 'product_days_by_day'")),
                     qint64(1));
            QCOMPARE(integrity(store->conn()), QStringLiteral("ok"));
        }
        const QString days = QStringLiteral("SELECT * FROM product_days WHERE product_id <> 'TESTONLY' ORDER BY product_id, day");
        const QString products = QStringLiteral("SELECT * FROM products WHERE id <> 'TESTONLY' ORDER BY id");
        const QStringList a = tableRows(empty.conn(), days);
        QCOMPARE(a.size(), 276148);
        QCOMPARE(a, tableRows(nonEmpty.conn(), days));
        QCOMPARE(tableRows(empty.conn(), products), tableRows(nonEmpty.conn(), products));
        // The query planner still finds the day index (it is a real index, not just a name).
        QVERIFY(tableRows(empty.conn(), QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM product_days WHERE day = '2011-12-09'"))
                    .join(QLatin1Char(' ')).contains(QLatin1String("product_days_by_day")));
    }

    // A bulk load that fails at its last row (a trigger refuses it with
    // RAISE(ABORT), which fails that statement:
    // https://www.sqlite.org/lang_createtrigger.html#raise) leaves the store
    // as it was: no rows, no log entry, the day index back.
    void failedBulkLoadRollsBackTheIndexDrop()
    {
        Fixture f;
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE INSERT ON product_days "
                                      "WHEN NEW.product_id = 'POST' AND NEW.day = '2011-12-09' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        auto report = createImporter(QStringLiteral("daily-sales"))
                          ->run(kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv"), f.conn());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QLatin1String("refused by the test")), qPrintable(report.error().toString()));
        for (const char *table : {"products", "product_days", "import_log"})
            QCOMPARE(StoreReader::count(f.conn(), QLatin1String(table)), qint64(0));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'product_days_by_day'")),
                 qint64(1));
        QCOMPARE(integrity(f.conn()), QStringLiteral("ok"));
        // The writer is usable again: the same file without the trigger lands whole.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_last")));
        QVERIFY(createImporter(QStringLiteral("daily-sales"))
                    ->run(kData + QStringLiteral("/store/uci_online_retail_daily_product_sales.csv"), f.conn()).ok());
        QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("product_days")), qint64(276148));
        QCOMPARE(integrity(f.conn()), QStringLiteral("ok"));
    }

    // A product-day twice in one file is refused, naming both lines, and a
    // row that fails after its key was taken still counts as the first.
    void dailySalesDuplicateDayNamesTheFirstLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dup.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,stock_code,description,units,revenue_gbp,orders\n"
                   "2011-01-02,A1,First,1,1.00,x\n"
                   "2011-01-03,A1,First,1,1.00,1\n"
                   "2011-01-02,A1,First,2,2.00,1\n");
        file.close();
        Fixture skip;
        auto skipped = createImporter(QStringLiteral("daily-sales"))
                           ->run(path, skip.conn(), ImportOptions{.onBadRow = OnBadRow::SkipAndCount});
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->rowsSkipped, qint64(2));
        QCOMPARE(skipped->errors.size(), 2);
        QCOMPARE(skipped->errors.at(0), path + QStringLiteral(":2: column \"orders\": \"x\" is not a whole number"));
        QCOMPARE(skipped->errors.at(1), path + QStringLiteral(":4: product A1 on 2011-01-02 is already on line 2: a daily "
                                                               "file has one row per product and day"));
        QCOMPARE(tableRows(skip.conn(), QStringLiteral("SELECT product_id, day, units_sold FROM product_days")),
                 QStringList{QStringLiteral("A1|2011-01-03|1")});
    }

    void cancelledImportWritesNothing()
    {
        Fixture f;
        TaskContext context;
        context.cancel();
        auto report = createImporter(QStringLiteral("daily-sales"))
                          ->run(kData + QStringLiteral("/store/uci_online_retail_daily_top50.csv"), f.conn(), {}, &context);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("product_days")), qint64(0));
        QCOMPARE(StoreReader::count(f.conn(), QStringLiteral("import_log")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
