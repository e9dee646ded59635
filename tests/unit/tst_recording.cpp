// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/import/demobuilder.h"
#include "agents/import/recording.h"
#include "models/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
            return false;
    return true;
}
} // namespace

class TestRecording : public QObject
{
    Q_OBJECT
private slots:
    void demoLoadsWithItsManifest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        verifyDemo(db->connection());
        db->closeThreadConnection();
    }

private:
    void verifyDemo(QSqlDatabase c)
    {
        auto report = Recording::load(QStringLiteral("demo"), c);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->manifest.currency, QStringLiteral("GBP"));
        QVERIFY(report->manifest.isModelled(QStringLiteral("product_days.page_views")));
        QVERIFY(report->manifest.isModelled(QStringLiteral("campaign_days")));
        QVERIFY(!report->manifest.isModelled(QStringLiteral("product_days.revenue")));
        QCOMPARE(report->written.value(QStringLiteral("products")), qint64(60));
        QCOMPARE(report->written.value(QStringLiteral("campaigns")), qint64(16));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT product_id) FROM campaigns")), qint64(16));
        QVERIFY(scalar(c, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE status = 'active'")) >= 5);
        // The store remembers which recording it holds.
        auto stored = StoreReader::recording(c);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->id, report->manifest.id);

        // Opening the same recording again writes nothing.
        auto again = Recording::load(QStringLiteral("demo"), c);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyLoaded);
    }

private slots:

    void demoIsRebuiltByteForByteFromThePublicData()
    {
        // The bundled demo is what `campaign-pilot make-demo` makes from
        // shared/data/public: same bytes, on any machine.
        QTemporaryDir dir;
        auto content = DemoBuilder::build(QStringLiteral(CP_PUBLIC_DATA_DIR), dir.filePath(QStringLiteral("scratch.sqlite")));
        QVERIFY2(content.ok(), qPrintable(content.ok() ? QString() : content.error().toString()));
        const QString out = dir.filePath(QStringLiteral("demo"));
        QVERIFY(Recording::write(out, *content).ok());
        const QString shipped = QStringLiteral(CP_SOURCE_DIR "/resources/demo");
        for (const char *name : {"manifest.json", "products.csv", "product_days.csv", "campaigns.csv", "campaign_days.csv"}) {
            const QString file = QLatin1String(name);
            QVERIFY2(readAll(out + QLatin1Char('/') + file) == readAll(shipped + QLatin1Char('/') + file),
                     qPrintable(file + QStringLiteral(" differs: run `campaign-pilot make-demo --source ../shared/data/public "
                                                      "--out resources/demo` and commit the result")));
        }
    }

    void writeThenLoadRoundTrips()
    {
        QTemporaryDir dir;
        RecordingContent content;
        content.manifest.id = QStringLiteral("tiny");
        content.manifest.title = QStringLiteral("Tiny, \"quoted\"");
        content.manifest.currency = QStringLiteral("EUR");
        content.manifest.from = QDate(2024, 1, 1);
        content.manifest.to = QDate(2024, 1, 2);
        content.manifest.sources = {{QStringLiteral("hand-made"), {}, QStringLiteral("CC0"), {}}};
        Product p;
        p.id = QStringLiteral("P,1");
        p.name = QStringLiteral("Comma, \"quote\"\nand newline");
        p.price = Money::fromMinor(1999);
        content.products = {p};
        ProductDay d;
        d.productId = p.id;
        d.date = QDate(2024, 1, 1);
        d.unitsSold = 2;
        d.revenue = Money::fromMinor(3998);
        d.pageViews = 40;
        content.productDays = {d};
        QVERIFY(Recording::write(dir.filePath(QStringLiteral("rec")), content).ok());
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        auto loaded = Recording::load(dir.filePath(QStringLiteral("rec")), db->connection());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        auto rows = StoreReader::catalog(db->connection(), QDate(2024, 1, 1), QDate(2024, 1, 2));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().product.name, p.name);
        QCOMPARE(rows->first().revenue.minor(), qint64(3998));
        QCOMPARE(*rows->first().pageViews, qint64(40));
        db->closeThreadConnection();
    }

    void badRecordingLeavesTheStoreAsItWas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("find");
        QTest::addColumn<QByteArray>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("manifest not JSON") << "manifest.json" << QByteArray("{") << QByteArray("[[") << "not a JSON object";
        QTest::newRow("manifest currency") << "manifest.json" << QByteArray("\"GBP\"") << QByteArray("\"POUNDS\"")
                                           << "three-letter";
        QTest::newRow("manifest currency no currency") << "manifest.json" << QByteArray("\"GBP\"") << QByteArray("\"XYZ\"")
                                                       << "\"XYZ\" is not an ISO 4217 currency code";
        QTest::newRow("date not a date") << "campaign_days.csv" << QByteArray(",2011-") << QByteArray(",2011-13-")
                                         << "is not a date";
        QTest::newRow("negative spend names its column")
            << "campaign_days.csv" << QByteArray("\ndemo-08,2011-09-22,10342,2,4.29,") << QByteArray("\ndemo-08,2011-09-22,10342,2,-4.29,")
            << "campaign_days.csv:2: column \"spend\": a negative figure (-4.29)";
        QTest::newRow("unknown status") << "campaigns.csv" << QByteArray(",active,") << QByteArray(",running,")
                                        << "is not active, paused or ended";
        // Refused while reading, with file:line and the id (once a bare "FOREIGN KEY constraint failed").
        QTest::newRow("product day for an unknown product")
            << "product_days.csv" << QByteArray("\n") << QByteArray("\nNO-SUCH-PRODUCT-")
            << "product_days.csv:2: unknown product \"NO-SUCH-PRODUCT-20685\"";
        QTest::newRow("campaign day for an unknown campaign")
            << "campaign_days.csv" << QByteArray("\ndemo-08,") << QByteArray("\nno-such-campaign,")
            << "campaign_days.csv:2: unknown campaign \"no-such-campaign\"";
        // A day outside the manifest's range would move the cycle's "as of" date.
        QTest::newRow("product day after the manifest's range")
            << "product_days.csv" << QByteArray("\n20685,2010-12-01,") << QByteArray("\n20685,2031-12-01,")
            << "product_days.csv:2: the date 2031-12-01 is outside the manifest's range 2010-12-01 to";
        QTest::newRow("campaign day before the manifest's range")
            << "campaign_days.csv" << QByteArray("\ndemo-08,2011-09-22,") << QByteArray("\ndemo-08,2001-09-22,")
            << "campaign_days.csv:2: the date 2001-09-22 is outside";
        QTest::newRow("duplicate product-day")
            << "product_days.csv" << QByteArray("\n20725,2010-12-01,") << QByteArray("\n20685,2010-12-01,")
            << "product_days.csv:3: product-day \"20685 2010-12-01\" is already on line 2";
        QTest::newRow("duplicate campaign")
            << "campaigns.csv" << QByteArray("\ndemo-02,") << QByteArray("\ndemo-01,")
            << "campaigns.csv:3: campaign \"demo-01\" is already on line 2";
    }
    void badRecordingLeavesTheStoreAsItWas()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, find);
        QFETCH(QByteArray, replace);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString rec = dir.filePath(QStringLiteral("rec"));
        QVERIFY(copyFolder(QStringLiteral(":/demo"), rec));
        QFile f(rec + QLatin1Char('/') + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.contains(find));
        bytes.replace(bytes.indexOf(find), find.size(), replace);
        QFile::setPermissions(f.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();

        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        const qint64 before = StoreReader::count(db->connection(), QStringLiteral("product_days"));
        auto report = Recording::load(rec, db->connection());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().toString().contains(expected, Qt::CaseInsensitive), qPrintable(report.error().toString()));
        QVERIFY2(report.error().toString().contains(file), qPrintable(report.error().toString()));
        // The demo that was there is still there, whole.
        QCOMPARE(StoreReader::count(db->connection(), QStringLiteral("product_days")), before);
        auto stored = StoreReader::recording(db->connection());
        QCOMPARE((*stored)->id, QStringLiteral("demo-uci-online-retail-2011"));
        db->closeThreadConnection();
    }

    void missingRecordingIsAClearError()
    {
        auto m = Recording::readManifest(QStringLiteral("/no/such/recording"));
        QVERIFY(!m.ok());
        QVERIFY(m.error().toString().contains(QLatin1String("/no/such/recording")));
    }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
