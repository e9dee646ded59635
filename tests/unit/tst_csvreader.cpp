// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/import/csvreader.h"
#include "models/csvwriter.h"

#include <QTest>

using cp::CsvReader;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << QList<QStringList>{{"id", "name"}, {"1", "x"}}
                                   << QList<qint64>{1, 2};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{"a,b", "c"}} << QList<qint64>{1};
        QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{{"say \"hi\"", "x"}}
                                        << QList<qint64>{1};
        QTest::newRow("embedded newline keeps line numbers")
            << QByteArray("h1,h2\n\"line1\nline2\",x\nnext,y\n")
            << QList<QStringList>{{"h1", "h2"}, {"line1\nline2", "x"}, {"next", "y"}} << QList<qint64>{1, 2, 4};
        QTest::newRow("embedded CRLF") << QByteArray("\"a\r\nb\",c\r\n") << QList<QStringList>{{"a\r\nb", "c"}} << QList<qint64>{1};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}} << QList<qint64>{1};
        QTest::newRow("trailing empty field") << QByteArray("a,\n") << QList<QStringList>{{"a", ""}} << QList<qint64>{1};
        QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}} << QList<qint64>{1};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QList<QStringList>{{"a"}, {"b"}} << QList<qint64>{1, 4};
        QTest::newRow("UTF-8 text") << QByteArray("Gift Voucher £100.00,Größe\n")
                                    << QList<QStringList>{{QString::fromUtf8("Gift Voucher £100.00"), QString::fromUtf8("Größe")}}
                                    << QList<qint64>{1};
        QTest::newRow("many escaped fields") << QByteArray(QByteArray("\"a\"\"\",").repeated(100) + "x\n")
                                             << QList<QStringList>{QStringList(100, "a\"") << "x"} << QList<qint64>{1};
    }
    void records()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        CsvReader reader = CsvReader::fromData(data, QStringLiteral("t.csv"));
        QList<QStringList> got;
        QList<qint64> gotLines;
        while (true) {
            const auto r = reader.next();
            if (r == CsvReader::Next::End)
                break;
            QCOMPARE(r, CsvReader::Next::Record);
            QStringList row;
            for (size_t i = 0; i < reader.fields().size(); ++i)
                row << reader.field(int(i));
            got << row;
            gotLines << reader.line();
        }
        QCOMPARE(got, expected);
        QCOMPARE(gotLines, lines);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<QStringList>("nextRecord");
        QTest::newRow("stray quote") << QByteArray("ab\"c,d\nok,1\n") << "quote inside unquoted" << QStringList{"ok", "1"};
        QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\nok,1\n") << "after the closing quote"
                                                  << QStringList{"ok", "1"};
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, errorPart);
        QFETCH(QStringList, nextRecord);
        CsvReader reader = CsvReader::fromData(data, QStringLiteral("t.csv"));
        QCOMPARE(reader.next(), CsvReader::Next::BadRecord);
        QVERIFY2(reader.errorString().contains(errorPart), qPrintable(reader.errorString()));
        QCOMPARE(reader.line(), qint64(1));
        // The reader recovers at the next line.
        QCOMPARE(reader.next(), CsvReader::Next::Record);
        QCOMPARE(reader.field(0), nextRecord.at(0));
        QCOMPARE(reader.line(), qint64(2));
    }
    void unterminatedQuoteNamesItsLine()
    {
        CsvReader reader = CsvReader::fromData("a,b\n1,\"never closed\n2,3\n", QStringLiteral("t.csv"));
        QCOMPARE(reader.next(), CsvReader::Next::Record);
        QCOMPARE(reader.next(), CsvReader::Next::BadRecord);
        QVERIFY(reader.errorString().contains(QLatin1String("line 2")));
        QCOMPARE(reader.next(), CsvReader::Next::End);
    }
    void missingFileIsAnError()
    {
        auto r = CsvReader::open(QStringLiteral("/nonexistent/file.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().startsWith(QLatin1String("/nonexistent/file.csv")));
    }
    void writerRoundTrips()
    {
        const QStringList fields{"plain", "with,comma", "with \"quote\"", "two\nlines", ""};
        CsvReader reader = CsvReader::fromData(cp::csvRecord(fields), QStringLiteral("w.csv"));
        QCOMPARE(reader.next(), CsvReader::Next::Record);
        QStringList got;
        for (size_t i = 0; i < reader.fields().size(); ++i)
            got << reader.field(int(i));
        QCOMPARE(got, fields);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
