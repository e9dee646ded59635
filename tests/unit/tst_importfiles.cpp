// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, "importers that never lie": every case users met with real
// exports, on small files the test writes. Each import either lands with the
// rows and sums asserted here, or is refused with the exact reason and the
// store left as it was.
#include "agents/import/importer.h"
#include "models/database.h"

#include <QFile>
#include <QMap>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

// Every data table's rows and money sums: equal before and after a refusal.
QString storeState(QSqlDatabase db)
{
    QStringList parts;
    const char *queries[] = {
        "SELECT count(*), coalesce(sum(price_minor),0), group_concat(id || '=' || name, '|') FROM products",
        "SELECT count(*), coalesce(sum(units_sold),0), coalesce(sum(revenue_minor),0), coalesce(sum(units_returned),0) FROM product_days",
        "SELECT count(*), group_concat(id, '|') FROM campaigns",
        "SELECT count(*), coalesce(sum(spend_minor),0), coalesce(sum(impressions),0) FROM campaign_days",
        "SELECT count(*) FROM ad_totals",
        "SELECT count(*) FROM import_log",
    };
    for (const char *sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return QStringLiteral("query failed: ") + QString::fromLatin1(sql);
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        parts << values.join(QLatin1Char(','));
    }
    return parts.join(QStringLiteral("; "));
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct Fixture
{
    QTemporaryDir dir;
    std::optional<Database> db;
    int files = 0;
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
    QString write(const QByteArray &bytes, const QString &name = {})
    {
        const QString path = dir.filePath(name.isEmpty() ? QStringLiteral("f%1.csv").arg(++files) : name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    // Imports with a named importer; the error text (where: message, the
    // file's path written FILE) or "".
    QString import(const QString &importer, const QByteArray &bytes, ImportOptions options = {})
    {
        const QString path = write(bytes);
        auto report = createImporter(importer)->run(path, conn(), options);
        return report ? QString() : report.error().toString().replace(path, QStringLiteral("FILE"));
    }
};

} // namespace

class TestImportFiles : public QObject
{
    Q_OBJECT
private slots:
    // 1. Numbers: exact minor units, a checked range.
    void moneyPastTheRangeIsAnErrorNamingLineAndColumn()
    {
        Fixture f;
        const QString before = storeState(f.conn());
        const QString error = f.import(QStringLiteral("daily-sales"),
                                       "date,stock_code,units,revenue_gbp\n"
                                       "2024-01-01,A,1,10.00\n"
                                       "2024-01-02,A,1,99999999999999999999.00\n");
        QCOMPARE(error, QStringLiteral("FILE:3: column \"revenue_gbp\": \"99999999999999999999.00\" is out of range "
                                                    "(amounts up to 4611686018427387.90)"));
        QCOMPARE(storeState(f.conn()), before);
    }
    void unitsTimesPriceBeyondTheRangeIsRefused()
    {
        Fixture f;
        const QString before = storeState(f.conn());
        const QString error = f.import(QStringLiteral("order-lines"),
                                       "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                       "1,A,Pot,3,2024-01-01 10:00,2.10\n"
                                       "2,A,Pot,9000000000,2024-01-01 11:00,4000000000.00\n");
        QVERIFY2(error.startsWith(QStringLiteral("FILE:3: column \"UnitPrice\": 4000000000.00 × 9000000000 leaves the "
                                                              "money range")), qPrintable(error));
        QCOMPARE(storeState(f.conn()), before);
    }
    void wholeNumberOutOfRangeIsNotAWrap()
    {
        Fixture f;
        const QString error = f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n"
                                                                      "2024-01-01,A,99999999999999999999,1.00\n");
        QCOMPARE(error, QStringLiteral("FILE:2: column \"units\": \"99999999999999999999\" is out of range for a whole number"));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM product_days")), qint64(0));
    }
    void exactCentsAddUp()
    {
        Fixture f;
        // 0.10 three times is 0.30 exactly (binary floating point would not say so).
        QCOMPARE(f.import(QStringLiteral("order-lines"), "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                                         "1,A,Pot,1,2024-01-01 10:00,0.10\n"
                                                         "2,A,Pot,1,2024-01-01 11:00,0.10\n"
                                                         "3,A,Pot,1,2024-01-01 12:00,0.10\n"),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT revenue_minor FROM product_days")), qint64(30));
    }

    void roundingToCentsIsReported()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("daily-sales"))
                          ->run(f.write("date,stock_code,units,revenue_gbp\n2024-01-01,A,1,1.00\n2024-01-02,A,1,1.429999948\n"
                                        "2024-01-03,A,1,2.005\n"),
                                f.conn());
        QVERIFY(report.ok());
        QCOMPARE(report->notes.value(QStringLiteral("amounts with more than two decimals rounded to cents (first on line 3)")),
                 qint64(2));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(revenue_minor) FROM product_days")), qint64(100 + 143 + 201));
    }

    // 2. Encoding and delimiter.
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("date,stock_code,description,units,revenue_gbp\n2024-01-01,C1,CAFÉ,2,3.50\n"
                                            "2024-01-01,C2,CAFÈ,1,1.25\n");
        QTest::newRow("UTF-8") << text.toUtf8();
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 LE BOM") << QByteArray(le.encode(text));
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 BE BOM") << QByteArray(be.encode(text));
        QTest::newRow("semicolon") << QString(text).replace(QLatin1Char(','), QLatin1Char(';')).toUtf8();
        QTest::newRow("tab") << QString(text).replace(QLatin1Char(','), QLatin1Char('\t')).toUtf8();
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        Fixture f;
        const QString path = f.write(bytes);
        auto reader = CsvReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
        auto headers = reader.value().readHeader();
        QVERIFY(headers.ok());
        auto importer = detectImporter(*headers);
        QVERIFY(importer);
        QCOMPARE(importer->id(), QStringLiteral("daily-sales"));
        auto report = importer->run(path, f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(revenue_minor) FROM product_days")), qint64(475));
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM products ORDER BY id)")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("CAFÉ|CAFÈ"));
    }
    void latin1IsRefusedWithTheByteOffsetUnlessNamed()
    {
        const QByteArray latin1 = QByteArray("date,stock_code,description,units,revenue_gbp\n2024-01-01,C1,CAF\xC9,2,3.50\n"
                                             "2024-01-01,C2,CAF\xC8,1,1.25\n");
        Fixture f;
        const QString before = storeState(f.conn());
        const QString error = f.import(QStringLiteral("daily-sales"), latin1);
        QVERIFY2(error.startsWith(QStringLiteral("FILE: the text is not UTF-8: byte 0xc9 at byte offset 63 is not a "
                                                              "valid UTF-8 sequence.")), qPrintable(error));
        QCOMPARE(storeState(f.conn()), before);

        for (TextEncoding e : {TextEncoding::Latin1, TextEncoding::Windows1252}) {
            Fixture named;
            ImportOptions options;
            options.encoding = e;
            QCOMPARE(named.import(QStringLiteral("daily-sales"), latin1, options), QString());
            QSqlQuery q(named.conn());
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM products ORDER BY id)")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("CAFÉ|CAFÈ"));
        }
    }
    void windows1252PunctuationIsConverted()
    {
        auto reader = CsvReader::decode(QByteArray("a\n\x80 \x93q\x94\n"), QStringLiteral("w.csv"), TextEncoding::Windows1252);
        QVERIFY(reader.ok());
        CsvReader r = std::move(reader).value();
        QCOMPARE(r.next(), CsvReader::Next::Record);
        QCOMPARE(r.next(), CsvReader::Next::Record);
        QCOMPARE(r.field(0), QStringLiteral("€ “q”"));
    }
    void utf16WithoutBomIsNamed()
    {
        QStringEncoder le(QStringEncoder::Utf16LE);
        auto reader = CsvReader::decode(le.encode(QStringLiteral("a,b\n1,2\n")), QStringLiteral("u.csv"));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().toString(), QStringLiteral("u.csv: a NUL byte at byte offset 1: this looks like UTF-16 without a "
                                                           "byte-order mark; save the file as UTF-8 or UTF-16 with a BOM"));
    }
    void emptyAndHeaderOnlyFilesHaveTheirOwnMessages()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("daily-sales"), ""), QStringLiteral("FILE:1: the file is empty"));
        QCOMPARE(f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n"),
                 QStringLiteral("FILE:1: the file has a header but no rows"));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM import_log")), qint64(0));
    }
    void delimiterIsDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b;c\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n") << '\t';
        QTest::newRow("quoted commas do not count") << QByteArray("\"x,y,z\";b\n") << ';';
        QTest::newRow("one column") << QByteArray("a\n") << ',';
    }
    void delimiterIsDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        QCOMPARE(CsvReader::fromData(bytes, QStringLiteral("d.csv")).delimiter(), delimiter);
    }

    // 3. Detection with evidence.
    void detection_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("winner");
        QTest::addColumn<QString>("problem");
        QTest::newRow("Meta Ads Manager daily")
            << "Day,Campaign name,Ad set name,Ad name,Amount spent (USD),Impressions,Link clicks,Purchases,Purchases conversion value"
            << "daily-ads" << "";
        QTest::newRow("Google Ads") << "Day,Campaign,Campaign ID,Impr.,Clicks,Cost,Conversions,Conv. value" << "daily-ads" << "";
        QTest::newRow("generic") << "date,campaign_id,spend" << "daily-ads" << "";
        // export-recording's campaigns.csv, and a platform's list in its own words.
        QTest::newRow("campaign list") << "id,name,product_id,platform,status,daily_budget,start_date,end_date" << "campaigns" << "";
        QTest::newRow("platform campaign list") << "Campaign ID,Campaign name,Delivery status,Budget" << "campaigns" << "";
        QTest::newRow("campaign_days is no list") << "campaign_id,date,impressions,clicks,spend,conversions,revenue" << "daily-ads" << "";
        QTest::newRow("WooCommerce-like catalog") << "SKU,Name,Regular price,Sale price,Categories,Stock" << "catalog" << "";
        QTest::newRow("id and name alone are no catalog")
            << "id,name,image_url,headline" << ""
            << "the columns match no importer; the closest are Product catalog (catalog, missing price, category or stock) and "
               "Campaign list (campaigns, missing status)";
        QTest::newRow("tie")
            << "date,product,units,revenue_gbp,campaign,spend,impressions" << ""
            << "the columns fit two importers equally well: Daily product sales (daily-sales, 4 column(s) matched) and "
               "Ad platform daily report (daily-ads, 4 column(s) matched); choose one";
    }
    void detection()
    {
        QFETCH(QString, header);
        QFETCH(QString, winner);
        QFETCH(QString, problem);
        const Detection d = detectImporters(header.split(QLatin1Char(',')));
        QCOMPARE(d.winner, winner);
        QCOMPARE(d.problem, problem);
    }
    void adCreativeTableIsNotImportedAsProducts()
    {
        // Named explicitly it still needs its own columns; detection refuses it (above).
        Fixture f;
        QVERIFY(!detectImporter({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("body")}));
    }

    // 4. Ad-platform daily exports.
    void dailyAdsSumIntoCampaignDays()
    {
        // A generated file: 3 campaigns × 4 ads × 10 days, figures from a
        // fixed LCG; the expected campaign-day sums are computed here from
        // the same integers, independently of the importer.
        quint64 seed = 12345;
        auto next = [&seed](quint64 mod) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            return (seed >> 33) % mod;
        };
        QByteArray csv = "Day,Campaign ID,Campaign name,Ad ID,Amount spent (EUR),Impressions,Link clicks,Purchases,"
                         "Purchases conversion value\n";
        QMap<QString, std::array<qint64, 5>> expected;  // "campaign day" -> spend, impressions, clicks, purchases, value
        for (int day = 0; day < 10; ++day) {
            const QString date = QDate(2024, 3, 1).addDays(day).toString(Qt::ISODate);
            for (int c = 0; c < 3; ++c) {
                for (int a = 0; a < 4; ++a) {
                    const qint64 spend = qint64(next(100000)), impressions = qint64(next(50000)), clicks = qint64(next(500)),
                                 purchases = qint64(next(20)), value = qint64(next(1000000));
                    csv += QStringLiteral("%1,%2,Campaign %2,%3,%4.%5,%6,%7,%8,%9.%10\n")
                               .arg(date).arg(100 + c).arg(c * 10 + a).arg(spend / 100).arg(spend % 100, 2, 10, QLatin1Char('0'))
                               .arg(impressions).arg(clicks).arg(purchases).arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'))
                               .toUtf8();
                    auto &e = expected[QStringLiteral("%1 %2").arg(100 + c).arg(date)];
                    e[0] += spend;
                    e[1] += impressions;
                    e[2] += clicks;
                    e[3] += purchases;
                    e[4] += value;
                }
            }
        }
        Fixture f;
        const QString path = f.write(csv);
        auto reader = CsvReader::open(path);
        QVERIFY(reader.ok());
        auto headers = reader.value().readHeader();
        QCOMPARE(detectImporters(*headers).winner, QStringLiteral("daily-ads"));
        auto report = createImporter(QStringLiteral("daily-ads"))->run(path, f.conn());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->written.value(QStringLiteral("campaign days")), qint64(30));
        QMap<QString, std::array<qint64, 5>> got;
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT campaign_id, day, spend_minor, impressions, clicks, conversions, revenue_minor "
                                      "FROM campaign_days")));
        while (q.next())
            got[q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()] = {
                q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                q.value(6).toLongLong()};
        QCOMPARE(got, expected);
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaigns WHERE name LIKE 'Campaign 10_'")), qint64(3));
    }
    void dailyAdsNameIsTheIdWithoutAnIdColumn()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "Day,Campaign,Cost,Clicks\n2024-01-01,Spring sale,1.50,3\n"
                                                       "2024-01-01,Spring sale,2.25,4\n2024-01-02,Spring sale,1.00,1\n"),
                 QStringLiteral("FILE:3: campaign Spring sale on 2024-01-01 is already on line 2: a row per ad per day "
                                             "must not repeat"));
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "Day,Campaign,Ad name,Cost,Clicks\n2024-01-01,Spring sale,A,1.50,3\n"
                                                       "2024-01-01,Spring sale,B,2.25,4\n2024-01-02,Spring sale,A,1.00,1\n"),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT spend_minor FROM campaign_days WHERE campaign_id = 'Spring sale' "
                                                 "AND day = '2024-01-01'")), qint64(375));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaigns WHERE id = 'Spring sale' AND name = 'Spring sale'")),
                 qint64(1));
    }
    void perAdTotalsRefuseADailyFile()
    {
        Fixture f;
        const QString before = storeState(f.conn());
        const QString error = f.import(QStringLiteral("facebook-ads"),
                                       "ad_id,fb_campaign_id,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion\n"
                                       "1,10,100,1,1.00,0,0\n2,10,100,1,1.00,0,0\n1,10,120,2,1.50,0,0\n");
        QCOMPARE(error, QStringLiteral("FILE:4: ad 1 is already on line 2: this importer reads one row of lifetime "
                                                    "totals per ad; a file with a row per ad per day is a daily report (import "
                                                    "it with --importer daily-ads)"));
        QCOMPARE(storeState(f.conn()), before);
    }

    // 5. Merging is explicit.
    void overlapStopsAddsOrReplaces()
    {
        const QByteArray first = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                 "1,A,Pot,2,2024-01-01 10:00,1.50\n1,B,Cup,1,2024-01-02 10:00,4.00\n";
        const QByteArray second = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                  "7,A,Pot,3,2024-01-01 12:00,1.50\n8,B,Cup,5,2024-01-02 12:00,4.00\n8,C,Jar,1,2024-01-03 12:00,2.00\n";
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("order-lines"), first), QString());
        const QString before = storeState(f.conn());
        QCOMPARE(f.import(QStringLiteral("order-lines"), second),
                 QStringLiteral("2 product-days of this file are already in the store (2024-01-01 to 2024-01-02); nothing was "
                                "imported. Choose what to do with them: replace those days with the file's figures (--merge "
                                "replace: a report downloaded again), or add the file's figures to the store's (--merge add: only "
                                "for a file of other products or ads on the same days)"));
        QCOMPARE(storeState(f.conn()), before);

        Fixture add;
        QCOMPARE(add.import(QStringLiteral("order-lines"), first), QString());
        ImportOptions adding;
        adding.merge = MergeMode::Add;
        {
            auto report = createImporter(QStringLiteral("order-lines"))->run(add.write(second), add.conn(), adding);
            QVERIFY(report.ok());
            QCOMPARE(report->notes.value(QStringLiteral("product-days added to the store's figures")), qint64(2));
        }
        QCOMPARE(scalar(add.conn(), QStringLiteral("SELECT units_sold * 1000000 + revenue_minor FROM product_days WHERE product_id='A'")),
                 qint64(5 * 1000000 + 750));
        QCOMPARE(scalar(add.conn(), QStringLiteral("SELECT orders FROM product_days WHERE product_id='B'")), qint64(2));
        QCOMPARE(scalar(add.conn(), QStringLiteral("SELECT sum(revenue_minor) FROM product_days")), qint64(300 + 400 + 450 + 2000 + 200));

        Fixture replace;
        QCOMPARE(replace.import(QStringLiteral("order-lines"), first), QString());
        ImportOptions replacing;
        replacing.merge = MergeMode::Replace;
        QCOMPARE(replace.import(QStringLiteral("order-lines"), second, replacing), QString());
        QCOMPARE(scalar(replace.conn(), QStringLiteral("SELECT sum(units_sold) FROM product_days")), qint64(3 + 5 + 1));
    }
    void campaignDayOverlapStopsToo()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "date,campaign_id,spend\n2024-02-01,c1,1.00\n"), QString());
        const QString before = storeState(f.conn());
        QVERIFY(f.import(QStringLiteral("daily-ads"), "date,campaign_id,spend\n2024-02-01,c1,2.00\n2024-02-02,c1,2.00\n")
                    .startsWith(QLatin1String("1 campaign-days of this file are already in the store (2024-02-01 to 2024-02-01)")));
        QCOMPARE(storeState(f.conn()), before);
        ImportOptions adding;
        adding.merge = MergeMode::Add;
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "date,campaign_id,spend\n2024-02-01,c1,2.00\n2024-02-02,c1,2.00\n", adding),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT spend_minor FROM campaign_days WHERE day='2024-02-01'")), qint64(300));
    }
    // --merge add onto days that already hold the file's very figures: the
    // same report again (re-saved, so the file hash differs, or downloaded
    // again with the newest day restated). Refused, nothing written, when at
    // least half the shared days match; a file whose shared days mostly
    // differ (another ad of the same campaign) adds.
    void addingTheSameReportAgainIsRefusedByItsFigures()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "date,campaign_id,spend,impressions\n2024-02-01,c1,1.00,100\n"
                                                       "2024-02-02,c1,2.00,200\n2024-02-03,c1,3.00,300\n"),
                 QString());
        const QString before = storeState(f.conn());
        ImportOptions adding;
        adding.merge = MergeMode::Add;
        // Downloaded again a day later: the 3rd restated, the 4th new.
        const QString refusal = f.import(QStringLiteral("daily-ads"),
                                         "\xEF\xBB\xBF" "date,campaign_id,spend,impressions\r\n2024-02-01,c1,1.00,100\r\n"
                                         "2024-02-02,c1,2.00,200\r\n2024-02-03,c1,3.40,340\r\n2024-02-04,c1,4.00,400\r\n",
                                         adding);
        QVERIFY2(refusal.contains(QLatin1String("2 of the 3 campaign-days this file shares with the store hold exactly the figures "
                                                "the store has for them (the first: c1 on ")),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("Nothing was imported; --merge replace takes the file's figures")), qPrintable(refusal));
        QCOMPARE(storeState(f.conn()), before);
        // Replace takes it: the restated day and the new one.
        ImportOptions replacing;
        replacing.merge = MergeMode::Replace;
        QCOMPARE(f.import(QStringLiteral("daily-ads"),
                          "date,campaign_id,spend,impressions\n2024-02-01,c1,1.00,100\n2024-02-02,c1,2.00,200\n"
                          "2024-02-03,c1,3.40,340\n2024-02-04,c1,4.00,400\n",
                          replacing),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(100 + 200 + 340 + 400));
        // Another ad's figures for the same days: one coincides, two do not; added.
        QCOMPARE(f.import(QStringLiteral("daily-ads"),
                          "date,campaign_id,spend,impressions\n2024-02-01,c1,1.00,100\n2024-02-02,c1,0.50,60\n"
                          "2024-02-03,c1,0.70,90\n",
                          adding),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(200 + 250 + 410 + 400));
        // Downloaded again with every day's purchases restated: the same
        // spend and impressions are the same report.
        Fixture r;
        QCOMPARE(r.import(QStringLiteral("daily-ads"), "date,campaign_id,spend,impressions,purchases\n2024-02-01,c1,1.00,100,1\n"
                                                       "2024-02-02,c1,2.00,200,1\n"),
                 QString());
        QVERIFY(r.import(QStringLiteral("daily-ads"), "date,campaign_id,spend,impressions,purchases\n2024-02-01,c1,1.00,100,2\n"
                                                      "2024-02-02,c1,2.00,200,3\n",
                         adding)
                    .contains(QLatin1String("2 of the 2 campaign-days this file shares with the store hold exactly the figures")));
        QCOMPARE(scalar(r.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(300));
        // Order lines are lines, not day totals: a small shop's second file
        // of other orders on the same days, one unit a day each, adds.
        Fixture o;
        QCOMPARE(o.import(QStringLiteral("order-lines"), "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                                         "1,A,Pot,1,2024-01-01 09:00,1.50\n2,A,Pot,1,2024-01-02 09:00,1.50\n"),
                 QString());
        QCOMPARE(o.import(QStringLiteral("order-lines"), "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                                         "7,A,Pot,1,2024-01-01 15:00,1.50\n8,A,Pot,1,2024-01-02 15:00,1.50\n",
                          adding),
                 QString());
        QCOMPARE(scalar(o.conn(), QStringLiteral("SELECT sum(units_sold) FROM product_days")), qint64(4));
        // Days with nothing on either side say nothing: a file of zero days
        // and one real addition adds.
        Fixture g;
        QCOMPARE(g.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,0,0\n2024-01-02,A,0,0\n"
                                                         "2024-01-03,A,1,2.00\n"),
                 QString());
        QCOMPARE(g.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,0,0\n2024-01-02,A,0,0\n"
                                                         "2024-01-03,A,2,3.00\n",
                          adding),
                 QString());
        QCOMPARE(scalar(g.conn(), QStringLiteral("SELECT sum(units_sold) FROM product_days")), qint64(3));
    }
    // Google Ads' download as it comes: a title and a date range above the
    // header, counts grouped with commas, fractional conversions, "--" for
    // no value, and its own "Total:" rows at the end. Also as "CSV for
    // Excel" (UTF-16, tabs, the title without any tab). Every figure lands
    // as the report says, and what was left out is said.
    void aGoogleAdsDownloadAsItComes()
    {
        const QString text = QStringLiteral(
            "Campaign report\n1 November 2026 - 30 November 2026\n"
            "Day,Campaign,Campaign ID,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value\n"
            "2026-11-01,Brand - Search,19283746,GBP,\"12,268\",274,\"2,141.68\",36.00,\"1,059.80\"\n"
            "2026-11-01,Shopping,19283747,GBP,\"1,029,273\",30,\"1,985.18\",2.33,--\n"
            "2026-11-02,Shopping,19283747,GBP,0,0,--,--,--\n"
            "2026-11-02,Brand - Search,19283746,GBP,900,12,45.00,1.50,20.00\n"
            "Total: Account,,,GBP,\"1,042,441\",316,\"4,171.86\",--,--\n"
            "Total: Campaigns,,,GBP,--,--,\"4,171.86\",--,--\n");
        const QString tabbed = QStringLiteral(
            "Campaign report\n1 November 2026 - 30 November 2026\n"
            "Day\tCampaign\tCampaign ID\tCurrency code\tImpr.\tClicks\tCost\tConversions\tConv. value\n"
            "2026-11-01\tBrand - Search\t19283746\tGBP\t12,268\t274\t2,141.68\t36.00\t1,059.80\n"
            "2026-11-01\tShopping\t19283747\tGBP\t1,029,273\t30\t1,985.18\t2.33\t--\n"
            "2026-11-02\tShopping\t19283747\tGBP\t0\t0\t--\t--\t--\n"
            "2026-11-02\tBrand - Search\t19283746\tGBP\t900\t12\t45.00\t1.50\t20.00\n"
            "Total: Account\t\t\tGBP\t1,042,441\t316\t4,171.86\t--\t--\n"
            "Total: Campaigns\t\t\tGBP\t--\t--\t4,171.86\t--\t--\n");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(tabbed.utf16()), tabbed.size() * 2);
        for (const QByteArray &bytes : {text.toUtf8(), utf16}) {
            Fixture f;
            auto report = createImporter(QStringLiteral("daily-ads"))->run(f.write(bytes), f.conn(), {});
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            QCOMPARE(report->notes.value(QStringLiteral("lines above the header skipped as the report's title (\"Campaign report\", "
                                                        "\"1 November 2026 - 30 November 2026\")")),
                     qint64(2));
            QCOMPARE(report->notes.value(QStringLiteral("total rows (\"Total: …\") not imported: the report's own sums")), qint64(2));
            // Rounded on each campaign's running total: 39.83 in the file, 40 stored.
            QCOMPARE(report->notes.value(QStringLiteral("campaign-days whose conversions had fractions (data-driven attribution): "
                                                        "rounded on each campaign's running total, the file's 39.83 conversions "
                                                        "stored as 40")),
                     qint64(2));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(conversions) FROM campaign_days")), qint64(40));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(214168 + 198518 + 4500));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(impressions) FROM campaign_days")), qint64(12268 + 1029273 + 900));
            // 2.33 and 1.50: each campaign's running total rounded half up.
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id = '19283747' AND day = '2026-11-01'")),
                     qint64(2));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT conversions FROM campaign_days WHERE campaign_id = '19283746' AND day = '2026-11-02'")),
                     qint64(2));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(revenue_minor) FROM campaign_days")), qint64(105980 + 2000));
            QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaign_days")), qint64(4));
        }
        // A header on the first line is read from there, whatever follows;
        // a one-column first line with nothing like a header below stays
        // the header (and the file is refused for its columns).
        Fixture g;
        QCOMPARE(g.import(QStringLiteral("daily-ads"), "date,campaign_id,spend\n2024-02-01,c1,1.00\n"), QString());
        QVERIFY(g.import(QStringLiteral("daily-ads"), "Campaign report\nhello\nworld\n").contains(QLatin1String("required column")));
        // Fractions in a count that must be whole stay refused there.
        QVERIFY(g.import(QStringLiteral("daily-ads"), "date,campaign_id,spend,clicks\n2024-02-02,c1,1.00,2.5\n")
                    .contains(QLatin1String("\"2.5\" is not a whole number")));
    }

    // More of Google's shapes (a newcomer's second pass): a US date range
    // as the title keeps its commas; the total rows' label in the campaign
    // column and "--" as their currency; empty fields after the last column.
    void moreShapesOfAGoogleAdsDownload()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("daily-ads"))
                          ->run(f.write("\"November 1, 2026 - November 2, 2026\",,,,\n"
                                        "Campaign,Day,Currency code,Cost,Conversions\n"
                                        "Brand,2026-11-01,GBP,10.00,1.00,,\n"
                                        "Brand,2026-11-02,GBP,5.00,2.00,,\n"
                                        "Total: Account,,--,15.00,3.00,,\n"
                                        "Total: Search,--,--,15.00,3.00,,\n"),
                                f.conn(), {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->notes.value(QStringLiteral("lines above the header skipped as the report's title "
                                                    "(\"November 1, 2026 - November 2, 2026\")")),
                 qint64(1));
        QCOMPARE(report->notes.value(QStringLiteral("total rows (\"Total: …\") not imported: the report's own sums")), qint64(2));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(1500));
        // Conversions only in "All conv." columns: said, not silently none.
        Fixture g;
        auto all = createImporter(QStringLiteral("daily-ads"))
                       ->run(g.write("Day,Campaign,Cost,All conv.,All conv. value\n2026-11-01,Brand,10.00,3.00,90.00\n"), g.conn(), {});
        QVERIFY(all.ok());
        QCOMPARE(all->notes.value(QStringLiteral("columns about conversions not read (All conv., All conv. value): conversions and "
                                                 "their value are read from Conversions and Conv. value (Meta: Purchases, Purchases "
                                                 "conversion value)")),
                 qint64(2));
        // A field with text beyond the header's columns is still refused.
        QVERIFY(f.import(QStringLiteral("daily-ads"), "Campaign,Day,Cost\nBrand,2026-11-03,1.00,x\n")
                    .contains(QLatin1String("4 fields, but the header has 3")));
    }

    // What a third walkthrough's Google files showed: an unquoted date
    // range alone on the first line (no title above it) was taken for the
    // header; "Nov 1, 2026" days (the US interface) were refused; an INR
    // account's lakh grouping ("1,23,456.50") was refused; the status and
    // budget columns were dropped unsaid; a second export pasted below with
    // its columns in another order was read by the first header's columns
    // with --skip-bad-rows.
    void googleAdsShapesFromAnotherAccount()
    {
        Fixture f;
        auto report = createImporter(QStringLiteral("daily-ads"))
                          ->run(f.write("November 1, 2026 - November 30, 2026\n"
                                        "Day,Campaign,Campaign ID,Campaign status,Budget,Impr.,Clicks,Cost,Conversions\n"
                                        "\"Nov 1, 2026\",Brand,77,Enabled,50.00,\"1,23,456\",56,\"1,23,456.50\",3\n"
                                        "2 Nov 2026,Brand,77,Enabled,50.00,10,1,1.25,0\n"
                                        "\"November 3, 2026\",Brand,77,Enabled,50.00,20,2,\"12,34,567.00\",1\n"),
                                f.conn(), {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->notes.value(QStringLiteral("lines above the header skipped as the report's title "
                                                    "(\"November 1, 2026 - November 30, 2026\")")),
                 qint64(1));
        QCOMPARE(report->notes.value(QStringLiteral("columns not read (Campaign status, Budget): a report's campaigns are stored as "
                                                    "ended, with no budget; their status and daily budget come from a live connection "
                                                    "or a campaign list (the \"Campaign list\" importer)")),
                 qint64(2));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaign_days WHERE campaign_id = '77'")), qint64(3));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT spend_minor FROM campaign_days WHERE day = '2026-11-01'")), qint64(12345650));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT impressions FROM campaign_days WHERE day = '2026-11-01'")), qint64(123456));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT spend_minor FROM campaign_days WHERE day = '2026-11-02'")), qint64(125));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT spend_minor FROM campaign_days WHERE day = '2026-11-03'")), qint64(123456700));

        // Neither a month that is no month nor a lakh group of the wrong size is read.
        Fixture g;
        QVERIFY(g.import(QStringLiteral("daily-ads"), "Day,Campaign,Cost\n\"Nox 1, 2026\",Brand,1.00\n")
                    .contains(QLatin1String("\"Nox 1, 2026\" is not a date (YYYY-MM-DD, M/D/YYYY, or the month by name")));
        QVERIFY(g.import(QStringLiteral("daily-ads"), "Day,Campaign,Cost\n2026-11-01,Brand,\"1,2,456.50\"\n")
                    .contains(QLatin1String("\"1,2,456.50\" is not an amount")));
        // ISO days with a time are still read as before.
        QCOMPARE(g.import(QStringLiteral("daily-ads"), "Day,Campaign,Cost\n2026-11-01T00:00:00,Brand,1.00\n"), QString());

        // A second export pasted below with its columns in another order:
        // refused, even when bad rows are skipped, and nothing is written.
        Fixture h;
        const QString before = storeState(h.conn());
        ImportOptions skipping;
        skipping.onBadRow = OnBadRow::SkipAndCount;
        auto pasted = createImporter(QStringLiteral("daily-ads"))
                          ->run(h.write("Day,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,100,5,1.00\n"
                                        "Day,Campaign,Clicks,Impr.,Cost\n2026-11-02,Brand,6,120,1.10\n"),
                                h.conn(), skipping);
        QVERIFY(!pasted.ok());
        QVERIFY2(pasted.error().message.contains(QLatin1String("this line is another header, its columns in another order")),
                 qPrintable(pasted.error().toString()));
        QVERIFY2(pasted.error().where.endsWith(QLatin1String(":3")), qPrintable(pasted.error().where));
        QCOMPARE(storeState(h.conn()), before);
        // Known by what the columns are, not their spelling (helper-41: a
        // lower-case header, synonyms, non-breaking spaces, one column more
        // got past a comparison of the text and were read swapped or lost).
        const QList<QByteArray> otherHeaders{"day,campaign,clicks,impr.,cost\n2026-11-02,Brand,6,120,1.10\n",
                                             "Date,Campaign,Clicks,Impressions,Cost\n2026-11-02,Brand,6,120,1.10\n",
                                             "Day,Campaign,Clicks,Impr.,Cost\xc2\xa0\n2026-11-02,Brand,6,120,1.10\n",
                                             "Day,Campaign,Campaign status,Impr.,Clicks,Cost\n2026-11-02,Brand,Enabled,120,6,1.10\n",
                                             "Campaign name,Day,Impressions,Amount spent (GBP),Link clicks\nBrand,2026-11-02,120,1.10,6\n",
                                             "Date,Campaign,Impr.,Clicks,Cost\n2026-11-02,Brand,120,6,1.10\n"};
        for (const QByteArray &second : otherHeaders) {
            auto again = createImporter(QStringLiteral("daily-ads"))
                             ->run(h.write("Day,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,100,5,1.00\n" + second), h.conn(), skipping);
            QVERIFY2(!again.ok(), second.constData());
            QVERIFY2(again.error().message.contains(QLatin1String("this line is another header")), qPrintable(again.error().toString()));
            QCOMPARE(storeState(h.conn()), before);
        }
        // The same names in the same order but for case: a repeated header,
        // skipped with its note; both exports' rows land.
        auto same = createImporter(QStringLiteral("daily-ads"))
                        ->run(h.write("Day,Campaign,Impr.,Clicks,Cost\n2026-11-01,Brand,100,5,1.00\n"
                                      "day,campaign,impr.,clicks,cost\n2026-11-02,Brand,120,6,1.10\n"),
                              h.conn(), {});
        QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error().toString()));
        QCOMPARE(same->notes.value(QStringLiteral("lines that repeat the header skipped (exports pasted together?)")), qint64(1));
        QCOMPARE(scalar(h.conn(), QStringLiteral("SELECT sum(impressions) FROM campaign_days")), qint64(220));
        // The same columns in the same order in another currency: another
        // export, refused (its amounts would be read as the first's currency).
        Fixture m;
        auto currencies = createImporter(QStringLiteral("daily-ads"))
                              ->run(m.write("Day,Campaign name,Amount spent (GBP)\n2026-11-01,Brand,1.00\n"
                                            "Day,Campaign name,Amount spent (USD)\n2026-11-02,Brand,1.30\n"),
                                    m.conn(), skipping);
        QVERIFY(!currencies.ok());
        QVERIFY2(currencies.error().message.contains(QLatin1String("this line is another header")), qPrintable(currencies.error().toString()));
    }

    // A campaign report with its ids, then an ad-group report of the same
    // days without them: the names are the workspace's campaigns, so the
    // overlap is seen (it landed as a second campaign, spend doubled); with
    // --merge replace the days are the campaign's. Two campaigns of one
    // name: refused, the file cannot say which.
    void aCampaignNamedWithoutItsIdIsTheWorkspacesCampaign()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "Day,Campaign,Campaign ID,Cost\n2026-11-01,Brand - Search,1928374601,10.00\n"
                                                       "2026-11-02,Brand - Search,1928374601,12.00\n"),
                 QString());
        const QByteArray adGroups = "Day,Campaign,Ad group,Cost\n2026-11-01,Brand - Search,Exact,6.00\n2026-11-01,Brand - Search,Broad,4.00\n"
                                    "2026-11-02,Brand - Search,Exact,12.00\n";
        QVERIFY(f.import(QStringLiteral("daily-ads"), adGroups).contains(QLatin1String("2 campaign-days of this file are already in the store")));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaigns")), qint64(1));
        ImportOptions replacing;
        replacing.merge = MergeMode::Replace;
        auto report = createImporter(QStringLiteral("daily-ads"))->run(f.write(adGroups), f.conn(), replacing);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->notes.value(QStringLiteral("campaigns named without an id matched to the workspace's campaign of that name "
                                                    "(e.g. \"Brand - Search\" → 1928374601)")),
                 qint64(1));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM campaigns")), qint64(1));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days WHERE campaign_id = '1928374601'")),
                 qint64(2200));
        // Two campaigns named alike (two platforms): refused, nothing written.
        QCOMPARE(f.import(QStringLiteral("daily-ads"), "Day,Campaign name,Campaign ID,Amount spent (GBP)\n2026-11-03,Brand - Search,m-77,5.00\n"),
                 QString());
        const QString before = storeState(f.conn());
        QVERIFY(f.import(QStringLiteral("daily-ads"), "Day,Campaign,Cost\n2026-11-04,Brand - Search,1.00\n")
                    .contains(QLatin1String("campaign \"Brand - Search\" is named without an id, and 2 campaigns of the workspace have "
                                            "that name (1928374601, m-77)")));
        QCOMPARE(storeState(f.conn()), before);
    }

    // Messages that point at the cause: a day/month file read month first
    // lands in the future (the date order, not "a mistyped year?"); a
    // repeated header is exports pasted together, skipped and said; a last
    // line without its line end may be cut off, said.
    void messagesThatNameTheCause()
    {
        // Today is 20 November 2026 for this test's clock.
        const qint64 offset = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toSecsSinceEpoch()
                              - QDateTime::currentSecsSinceEpoch();
        qputenv("CP_NOW_OFFSET_SECONDS", QByteArray::number(offset));
        const auto restore = qScopeGuard([] { qunsetenv("CP_NOW_OFFSET_SECONDS"); });
        Fixture f;
        const QString order = f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n12/11/2026,A,1,1.00\n");
        QVERIFY2(order.contains(QLatin1String("\"12/11/2026\" read month first is 2026-12-11, in the future (today is 2026-11-20); "
                                              "read day first it is 2026-11-12: if the file writes day/month/year, import it so "
                                              "(--date-order dmy")),
                 qPrintable(order));
        ImportOptions dayFirst;
        dayFirst.dateOrder = DateOrder::DayFirst;
        QCOMPARE(f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n12/11/2026,A,1,1.00\n", dayFirst), QString());
        // A truly future year keeps its own words.
        QVERIFY(f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n2062-11-01,B,1,1.00\n")
                    .contains(QLatin1String("a mistyped year?")));

        Fixture g;
        auto pasted = createImporter(QStringLiteral("daily-ads"))
                          ->run(g.write("Day,Campaign name,Amount spent (GBP)\n2026-11-01,Summer,1.00\n"
                                        "Day,Campaign name,Amount spent (GBP)\n2026-11-02,Summer,2.00\n2026-11-03,Summer,3.0"),
                                g.conn(), {});
        QVERIFY2(pasted.ok(), qPrintable(pasted.ok() ? QString() : pasted.error().toString()));
        QCOMPARE(pasted->notes.value(QStringLiteral("lines that repeat the header skipped (exports pasted together?)")), qint64(1));
        QCOMPARE(scalar(g.conn(), QStringLiteral("SELECT sum(spend_minor) FROM campaign_days")), qint64(600));
        QCOMPARE(pasted->notes.value(QStringLiteral("last line (5) without a line end: if the file was cut off while downloading, its "
                                                    "last figure may be short; compare it with the source")),
                 qint64(1));
        // A breakdown by age repeats each day: the column is named.
        Fixture k;
        const QString byAge = k.import(QStringLiteral("daily-ads"), "Campaign name,Day,Age,Amount spent (GBP)\n"
                                                                   "Summer,2026-11-01,18-24,4.94\nSummer,2026-11-01,25-34,5.99\n");
        QVERIFY2(byAge.contains(QLatin1String("campaign Summer on 2026-11-01 is already on line 2: a row per ad per day must not "
                                              "repeat. If the rows differ in Age, the report has a breakdown")),
                 qPrintable(byAge));
        // Ended as exporters end it: no such note.
        Fixture h;
        auto ended = createImporter(QStringLiteral("daily-ads"))
                         ->run(h.write("Day,Campaign name,Amount spent (GBP)\n2026-11-01,Summer,1.00\n2026-11-02,Summer,2.00\n"), h.conn(), {});
        QVERIFY(ended.ok());
        QCOMPARE(ended->notes.size(), 0);
    }

    void duplicateProductDayInOneDailyFileNamesBothLines()
    {
        Fixture f;
        const QString before = storeState(f.conn());
        QCOMPARE(f.import(QStringLiteral("daily-sales"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,1,1.00\n"
                                                         "2024-01-02,A,1,1.00\n2024-01-01,A,2,2.00\n"),
                 QStringLiteral("FILE:4: product A on 2024-01-01 is already on line 2: a daily file has one row per "
                                             "product and day"));
        QCOMPARE(storeState(f.conn()), before);
    }
    void orderLinesOfOneDayAddUpInOneFile()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("order-lines"), "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice\n"
                                                         "1,A,Pot,2,2024-01-01 10:00,1.50\n2,A,Pot,3,2024-01-01 18:00,1.50\n"),
                 QString());
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT units_sold * 1000 + orders FROM product_days")), qint64(5002));
    }

    // 6. Catalog columns by name.
    void catalogMapsColumnsByName()
    {
        Fixture f;
        QCOMPARE(f.import(QStringLiteral("catalog"),
                          "description,Regular price,Categories,sku,Stock,Sale price,name\n"
                          "Long text about mugs,12.00,\"Kitchen > Mugs, Gifts\",M1,7,9.50,Blue mug\n"
                          "Plain plate,5.00,Kitchen,P1,,,Plate\n"),
                 QString());
        QSqlQuery q(f.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT id, name, category, price_minor, stock, description FROM products ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("M1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Blue mug"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Kitchen > Mugs"));
        QCOMPARE(q.value(3).toLongLong(), qint64(950));
        QCOMPARE(q.value(4).toLongLong(), qint64(7));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Long text about mugs"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Plate"));
        QCOMPARE(q.value(3).toLongLong(), qint64(500));
        QVERIFY(q.value(4).isNull());
    }

    void catalogRepeatedCodeNamesBothLines()
    {
        Fixture f;
        const QString before = storeState(f.conn());
        QCOMPARE(f.import(QStringLiteral("catalog"), "sku,name,price\nM1,Mug,1.00\nP1,Plate,2.00\nM1,Blue mug,3.00\n"),
                 QStringLiteral("FILE:4: product code M1 is already on line 2: a catalog has one row per product"));
        QCOMPARE(storeState(f.conn()), before);
    }

    // 8. Bounded: a record past the limit is refused quickly, with its line.
    void overlongLineIsRefusedWithItsLine()
    {
        Fixture f;
        QByteArray bytes = "date,stock_code,units,revenue_gbp\n2024-01-01,A,1,1.00\n2024-01-02,";
        bytes += QByteArray(int(CsvReader::kMaxRecordBytes) + 10, 'x');
        bytes += ",1,1.00\n";
        const QString error = f.import(QStringLiteral("daily-sales"), bytes);
        QCOMPARE(error, QStringLiteral("FILE:3: the record starting on line 3 is longer than 1048576 bytes (the limit "
                                                    "for one record)"));
        QCOMPARE(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM product_days")), qint64(0));
    }
    void hugeHeaderIsRefused()
    {
        QByteArray bytes = QByteArray("a,").repeated(600000) + "\n1\n";
        CsvReader r = CsvReader::fromData(bytes, QStringLiteral("h.csv"));
        auto headers = r.readHeader();
        QVERIFY(!headers.ok());
        QCOMPARE(headers.error().toString(), QStringLiteral("h.csv:1: the record starting on line 1 is longer than 1048576 bytes "
                                                            "(the limit for one record)"));
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_importfiles.moc"
