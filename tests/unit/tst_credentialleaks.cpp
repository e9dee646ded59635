// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the real binary: a store server that quotes the
// credentials it was sent back in its errors. The credentials must appear in
// neither the program's output nor the bytes of the store it wrote.
#include "../support/faultserver.h"
#include "../support/seedapi.h"
#include "models/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using A = FaultServer::Answer;

class TestCredentialLeaks : public QObject
{
    Q_OBJECT
private slots:
    void echoedCredentialsReachNoOutputAndNoFile_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QStringList>("environment");   // NAME=value
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<bool>("logged");   // the snapshot landed and its import log keeps the server's words
        QTest::newRow("campaign-pilot-api, bearer token")
            << QStringLiteral("campaign-pilot-api") << QStringList{QStringLiteral("CP_STORE_TOKEN=cp-e2e-T0KEN-9f8e7d")}
            << QStringList{QStringLiteral("cp-e2e-T0KEN-9f8e7d")} << true;
        QTest::newRow("woocommerce, basic key and secret")
            << QStringLiteral("woocommerce")
            << QStringList{QStringLiteral("CP_WC_CONSUMER_KEY=ck_e2eKEY4711"), QStringLiteral("CP_WC_CONSUMER_SECRET=cs_e2eSECRET0815")}
            << QStringList{QStringLiteral("ck_e2eKEY4711"), QStringLiteral("cs_e2eSECRET0815"),
                           QString::fromLatin1(QByteArray("ck_e2eKEY4711:cs_e2eSECRET0815").toBase64())}
            << false;
    }
    void echoedCredentialsReachNoOutputAndNoFile()
    {
        QFETCH(QString, store);
        QFETCH(QStringList, environment);
        QFETCH(QStringList, secrets);
        QFETCH(bool, logged);
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("live.sqlite"));
        FaultServer server;
        auto api = std::make_shared<SeedApi>();
        for (int i = 1; i <= 2; ++i)
            api->products.insert(QString::number(i), SeedApi::product(QString::number(i), 40.0 + i, 120, 4000, 100, 4000.0 + 100 * i));
        // The list answers; every product's details (400) and analytics (500,
        // retried) quote the request back, so the failures the snapshot keeps
        // in the store, and the command prints, carry the server's words.
        // WooCommerce's product list quotes it back at once (401).
        server.handler = [api](const FaultServer::Seen &s) -> std::optional<A> {
            if (s.path.startsWith("/api/store/products/"))
                return FaultServer::echo(s, s.path.endsWith("/analytics") ? 500 : 400);
            if (s.path.startsWith("/wp-json/"))
                return FaultServer::echo(s, 401);
            return (*api)(s);
        };
        QProcess cycle;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &e : environment)
            env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
        cycle.setProcessEnvironment(env);
        QSignalSpy done(&cycle, &QProcess::finished);   // the test's event loop keeps the server answering
        cycle.start(QStringLiteral(CP_BINARY), {QStringLiteral("cycle"), QStringLiteral("--database"), dbPath, QStringLiteral("--store"), store,
                                                QStringLiteral("--store-url"), server.baseUrl()});
        QVERIFY(done.wait(120000));
        const QByteArray output = cycle.readAllStandardOutput() + cycle.readAllStandardError();
        // The credentials did travel, and the server's echo was reported...
        QVERIFY(!server.seen().isEmpty());
        QVERIFY(server.seen().last().headers.contains("authorization"));
        QVERIFY2(output.contains("you sent Authorization"), output.constData());
        QVERIFY2(output.contains("[redacted]"), output.constData());
        // ...without them.
        for (const QString &secret : secrets)
            QVERIFY2(!output.contains(secret.toUtf8()), qPrintable(secret + QStringLiteral(" printed: ") + QString::fromUtf8(output)));
        if (logged) {
            auto db = cp::Database::open(dbPath);
            QVERIFY(db.ok());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(first_errors, ' ') FROM import_log")) && q.next());
            const QString log = q.value(0).toString();
            QVERIFY2(log.contains(QLatin1String("you sent Authorization: [redacted]")), qPrintable(log));
            db->closeThreadConnection();
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("live.sqlite")), qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &name : files) {   // the store, its -wal and -shm
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &secret : secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret + QStringLiteral(" in ") + name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialLeaks)
#include "tst_credentialleaks.moc"
