// SPDX-License-Identifier: GPL-3.0-or-later
// CSV the program writes: exports people open in a spreadsheet cannot run a
// formula; recordings, which the program reads back, keep every cell as it was.
#include "agents/import/csvreader.h"
#include "agents/import/recording.h"
#include "agents/simulation/simulationreport.h"
#include "models/chartdata.h"
#include "models/csvwriter.h"
#include "models/database.h"
#include "models/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
QList<QStringList> records(const QByteArray &csv)
{
    QList<QStringList> out;
    CsvReader reader = CsvReader::fromData(csv, QStringLiteral("export.csv"));
    while (reader.next() == CsvReader::Next::Record) {
        QStringList fields;
        for (size_t i = 0; i < reader.fields().size(); ++i)
            fields << reader.field(int(i));
        out << fields;
    }
    return out;
}
} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("neutralised");
        QTest::newRow("formula") << "=SUM(A1)" << "'=SUM(A1)";
        QTest::newRow("DDE") << "=cmd|' /C calc'!A0" << "'=cmd|' /C calc'!A0";
        QTest::newRow("plus formula") << "+1+cmd|' /C calc'!A0" << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("minus formula") << "-2+3+cmd|' /C calc'!A0" << "'-2+3+cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(1+1)" << "'@SUM(1+1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("carriage return") << "\r=1" << "'\r=1";
        QTest::newRow("negative amount") << "-12.50" << "-12.50";
        QTest::newRow("signed integer") << "+3" << "+3";
        QTest::newRow("exponent") << "-1.5e-05" << "-1.5e-05";
        QTest::newRow("lone dash") << "-" << "-";
        QTest::newRow("dash and text") << "-minus" << "'-minus";
        QTest::newRow("plain text") << "Widget = good" << "Widget = good";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("date") << "2026-11-25" << "2026-11-25";
    }
    void cells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, neutralised);
        QCOMPARE(neutralisedCell(cell), neutralised);
        // Through a whole record and back: neutralised by default, raw on request.
        QCOMPARE(records(csvRecord({cell, QStringLiteral("x")})).value(0), (QStringList{neutralised, QStringLiteral("x")}));
        QCOMPARE(records(csvRecord({cell, QStringLiteral("x")}, CsvCells::Raw)).value(0), (QStringList{cell, QStringLiteral("x")}));
    }

    void chartCsvIsNeutralised()
    {
        ChartData chart;
        chart.kind = QStringLiteral("performance");
        chart.series = {ChartSeries{QStringLiteral("=spend"), QStringLiteral("Spend"), ChartSeries::Unit::Money,
                                    {{QDate(2026, 11, 1), -12.5}, {QDate(2026, 11, 2), 3}}}};
        const QList<QStringList> rows = records(chart.toCsv());
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("date"), QStringLiteral("'=spend")}));
        QCOMPARE(rows.value(1), (QStringList{QStringLiteral("2026-11-01"), QStringLiteral("-12.50")}));   // numbers stay numbers

        ChartData portfolio;
        portfolio.kind = QStringLiteral("portfolio");
        portfolio.scatter = {{QStringLiteral("campaigns"), {ChartPoint{-4, 2.5, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")}}}};
        portfolio.bars = {{QStringLiteral("@cmd"), 3}};
        const QList<QStringList> points = records(portfolio.toCsv());
        QCOMPARE(points.value(1), (QStringList{QStringLiteral("campaigns"), QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"x\")"),
                                               QStringLiteral("-4"), QStringLiteral("2.5")}));
        QCOMPARE(points.value(2).value(1), QStringLiteral("'@cmd"));
    }

    void simulationReportCsvIsNeutralised()
    {
        SimulationReport report;
        PolicyRun run;
        run.name = QStringLiteral("=1+1");
        run.approval = QStringLiteral("all");
        PolicyRun oracle;
        oracle.name = QStringLiteral("oracle");
        oracle.approval = QStringLiteral("-");
        report.runs = {run, oracle};
        const QList<QStringList> rows = records(report.toCsv());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].value(0), QStringLiteral("'=1+1"));
        QCOMPARE(rows[2].value(1), QStringLiteral("hindsight"));   // an oracle approves nothing; "-" read as a formula guard's "'-"
        QCOMPARE(rows[1].value(2), QStringLiteral("0.00"));
    }

    // A recording is data the program reads back: "=SUM(A1)" must come back as exactly that.
    void recordingsKeepCellsExactly()
    {
        QTemporaryDir dir;
        RecordingContent content;
        content.manifest.id = QStringLiteral("formulas");
        content.manifest.title = QStringLiteral("=title");
        content.manifest.currency = QStringLiteral("EUR");
        content.manifest.from = QDate(2024, 1, 1);
        content.manifest.to = QDate(2024, 1, 1);
        content.manifest.sources = {{QStringLiteral("hand-made"), {}, QStringLiteral("CC0"), {}}};
        Product p;
        p.id = QStringLiteral("-P1");
        p.name = QStringLiteral("=SUM(A1)");
        p.category = QStringLiteral("@cat");
        p.description = QStringLiteral("+cmd|' /C calc'!A0");
        p.price = Money::fromMinor(1999);
        content.products = {p};
        ProductDay d;
        d.productId = p.id;
        d.date = QDate(2024, 1, 1);
        d.unitsSold = 2;
        d.revenue = Money::fromMinor(3998);
        content.productDays = {d};
        const QString folder = dir.filePath(QStringLiteral("rec"));
        QVERIFY(Recording::write(folder, content).ok());
        QFile products(folder + QStringLiteral("/products.csv"));
        QVERIFY(products.open(QIODevice::ReadOnly));
        QVERIFY(!products.readAll().contains("'=SUM(A1)"));

        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        auto loaded = Recording::load(folder, db->connection());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        auto rows = StoreReader::catalog(db->connection(), QDate(2024, 1, 1), QDate(2024, 1, 1));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().product.id, p.id);
        QCOMPARE(rows->first().product.name, QStringLiteral("=SUM(A1)"));
        QCOMPARE(rows->first().product.category, p.category);
        QCOMPARE(rows->first().product.description, p.description);
        // And out again: the export of what was loaded is the same bytes.
        auto again = Recording::fromStore(db->connection(), content.manifest);
        QVERIFY(again.ok());
        QCOMPARE(again->products.value(0).name, QStringLiteral("=SUM(A1)"));
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
