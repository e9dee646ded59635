// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/import/csvreader.h"
#include "models/csvwriter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
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
    // open() streams the file in windows of a few MiB: records, quoted line
    // breaks and multi-byte characters across the windows' edges read exactly
    // as the same bytes in memory.
    void streamingReadsLikeMemory_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("utf16");
        QTest::newRow("UTF-8") << QByteArray() << false;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") << false;
        QTest::newRow("UTF-16 LE") << QByteArray() << true;
    }
    void streamingReadsLikeMemory()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(bool, utf16);
        QByteArray text = "id,name,note\n";
        for (int i = 0; text.size() < 13 * 1024 * 1024; ++i)
            text += QByteArray::number(i) + ",Caf\xC3\xA9 \xE2\x82\xAC" + QByteArray::number(i % 7) + ",\"two\nlines, \"\"q\"\"\"\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (utf16) {
                QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
                f.write(le.encode(QString::fromUtf8(text)));
            } else {
                f.write(prefix + text);
            }
        }
        auto streamed = CsvReader::open(path);
        QVERIFY2(streamed.ok(), qPrintable(streamed.ok() ? QString() : streamed.error().toString()));
        CsvReader a = std::move(streamed).value();
        CsvReader b = CsvReader::fromData(text, QStringLiteral("m.csv"));
        qint64 records = 0;
        while (true) {
            const auto ra = a.next();
            const auto rb = b.next();
            QCOMPARE(ra, rb);
            if (ra == CsvReader::Next::End)
                break;
            QCOMPARE(a.line(), b.line());
            QCOMPARE(a.fields().size(), b.fields().size());
            for (size_t i = 0; i < a.fields().size(); ++i)
                QCOMPARE(a.field(int(i)), b.field(int(i)));
            ++records;
        }
        QVERIFY(records > 300000);
        QCOMPARE(a.position(), a.size());
    }
    void invalidByteLateInTheFileFailsWithItsOffset()
    {
        QByteArray bytes = "a,b\n" + QByteArray("1,2\n").repeated(2 * 1024 * 1024);
        const qint64 offset = bytes.size() + 2;
        bytes += "3,\xFF\n4,5\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto opened = CsvReader::open(path);
        QVERIFY(opened.ok());
        CsvReader r = std::move(opened).value();
        CsvReader::Next next;
        while ((next = r.next()) == CsvReader::Next::Record) {
        }
        QCOMPARE(next, CsvReader::Next::Failed);
        QVERIFY2(r.errorString().contains(QStringLiteral("byte 0xff at byte offset %1").arg(offset)), qPrintable(r.errorString()));
        QCOMPARE(r.next(), CsvReader::Next::Failed);
    }
    void overlongRecordIsSkippedToItsLineEnd()
    {
        // The refused record runs over several windows; the reader goes on at the next line.
        QByteArray bytes = "a,b\n1,2\n" + QByteArray(9 * 1024 * 1024, 'x') + ",3\n4,5\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto opened = CsvReader::open(path);
        QVERIFY(opened.ok());
        CsvReader r = std::move(opened).value();
        QCOMPARE(r.next(), CsvReader::Next::Record);
        QCOMPARE(r.next(), CsvReader::Next::Record);
        QCOMPARE(r.next(), CsvReader::Next::BadRecord);
        QCOMPARE(r.line(), qint64(3));
        QVERIFY(r.errorString().contains(QLatin1String("longer than 1048576 bytes")));
        QCOMPARE(r.next(), CsvReader::Next::Record);
        QCOMPARE(r.field(0), QStringLiteral("4"));
        QCOMPARE(r.line(), qint64(4));
        QCOMPARE(r.next(), CsvReader::Next::End);
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
