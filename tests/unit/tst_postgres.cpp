// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace on PostgreSQL (issue 18), against a server of the test's
// own (tests/support/pgserver.h: initdb into a temporary folder, 127.0.0.1
// and a socket, stopped at the end): the same schema and forward
// migrations as the SQLite file; addresses that are not one, and a database
// that is someone else's, refused; the settings and the audit log round-trip.
// (The rest of the store's SQL on PostgreSQL: not yet, see README.)
#include "agents/workspace/workspaceopener.h"
#include "models/auditchain.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "support/pgserver.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cp;

class TestPostgres : public QObject
{
    Q_OBJECT
    test::PgServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql; .ci/setup installs it)");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theSchemaMigratesOnPostgres()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        const QString url = m_server.url(QStringLiteral("team"));
        QVERIFY(Database::isPostgresUrl(url));
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QVERIFY(db->isPostgres());
        QCOMPARE(db->version(), Database::latestVersion());
        {
            QSqlDatabase conn = db->connection();
            QCOMPARE(conn.driverName(), QStringLiteral("QPSQL"));
            // The tables the SQLite file has, with PostgreSQL's types: money
            // and milliseconds as 64-bit integers, ids as identity columns.
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'outbox' "
                                          "AND column_name = 'lease_until_ms'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("bigint"));
            for (const char *table : {"products", "product_days", "campaigns", "campaign_days", "recommendations", "outbox",
                                      "audit_log", "policy_versions", "evaluations", "policy_proposals", "workspace"}) {
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = '%1'")
                                   .arg(QLatin1String(table))));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 1, table);
            }
            // The workspace row the migrations write, its id 32 hex digits.
            QVERIFY(q.exec(QStringLiteral("SELECT workspace_id, kind FROM workspace")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString().size(), 32);
            QCOMPARE(q.value(1).toString(), QStringLiteral("live"));
            // The session runs without JIT compilation (short queries pay
            // more for compiling than they save), named as the program.
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('jit'), current_setting('application_name')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("off"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("campaign-pilot"));
        }
        db->closeThreadConnection();

        // Opened again: already at the newest version, nothing run twice.
        auto again = Database::open(url);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again->version(), Database::latestVersion());
        again->closeThreadConnection();
    }

    void settingsAndTheAuditLogRoundTrip()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("roundtrip"), &error), qPrintable(error));
        auto db = Database::open(m_server.url(QStringLiteral("roundtrip")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        {
            DecisionStore store(db->connection());
            QVERIFY(store.setSetting(QStringLiteral("emergency_stop"), QStringLiteral("1")));
            QVERIFY(store.setSetting(QStringLiteral("emergency_stop"), QStringLiteral("0")));
            QCOMPARE(*store.setting(QStringLiteral("emergency_stop")), QStringLiteral("0"));
            QVERIFY(store.audit(QStringLiteral("ana"), QStringLiteral("emergency_stop"), 0, QStringLiteral("halted")));
            QVERIFY(store.audit(QStringLiteral("ben"), QStringLiteral("resumed"), 0, QStringLiteral("checked")));
            auto log = store.auditLog();
            QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().toString()));
            QCOMPARE(log->size(), 2);
            QStringList who;
            for (const AuditEntry &e : *log)
                who << e.operatorName;
            who.sort();
            QCOMPARE(who, (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));

            // The chain holds on this engine too, and the log is append-only.
            QSqlDatabase connection = db->connection();
            auto verified = AuditChain::verify(connection);
            QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().toString()));
            QVERIFY(verified->intact);
            QCOMPARE(verified->verified, qint64(2));
            QSqlQuery q(connection);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE operator = 'ana'")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            // Someone who drops the trigger and edits is what verify names.
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = 'edited' WHERE operator = 'ben'")));
            verified = AuditChain::verify(connection);
            QVERIFY(verified.ok());
            QVERIFY(!verified->intact);
            QCOMPARE(verified->brokenEvent, QStringLiteral("resumed"));
        }
        db->closeThreadConnection();
    }

    // --database postgresql://… opens a team workspace on the server: live,
    // named, and no file made anywhere for the address.
    void aTeamWorkspaceOpensOnTheServerAndIsLive()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("teamopen"), &error), qPrintable(error));
        const QString url = m_server.url(QStringLiteral("teamopen"));
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        auto opened = WorkspaceOpener::open({url, {}, QStringLiteral("Shop team"), false});
        QDir::setCurrent(before);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QVERIFY(opened->created);
        QVERIFY(opened->workspace.isLive());
        QCOMPARE(opened->workspace.name, QStringLiteral("Shop team"));
        QVERIFY(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        opened->database->closeThreadConnection();
        // Again: the same workspace, not a new one.
        auto again = WorkspaceOpener::open({url, {}, {}, true});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QVERIFY(!again->created);
        QCOMPARE(again->workspace.id, opened->workspace.id);
        again->database->closeThreadConnection();
        // A recording is never loaded into it.
        auto replay = WorkspaceOpener::open({url, QStringLiteral("demo"), {}, false});
        QVERIFY(!replay.ok());
        QVERIFY(replay.error().message.contains(QStringLiteral("always live")));
    }

    void theAddressNamesHowTheConnectionIsSecured()
    {
        // libpq's TLS settings in the address reach libpq (seen: "?sslmode=require"
        // ignored, and the workspace called "team?sslmode=disable").
        const QString url = m_server.url(QStringLiteral("team"));
        {
            auto plain = Database::open(url + QStringLiteral("?sslmode=disable"));
            QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().toString()));
            plain->closeThreadConnection();
        }
        // This server speaks no TLS: asked for, the connection is refused, saying so.
        auto secured = Database::open(url + QStringLiteral("?sslmode=require"));
        QVERIFY(!secured.ok());
        QVERIFY2(secured.error().toString().contains(QStringLiteral("SSL")), qPrintable(secured.error().toString()));
        Workspace w;
        w.path = url + QStringLiteral("?sslmode=disable");
        QCOMPARE(w.displayName(), QStringLiteral("team"));
        // Anything else in the query is refused, not dropped.
        for (const QString &query : {QStringLiteral("?foo=bar"), QStringLiteral("?sslmode=disable;options=-c%20x"),
                                     QStringLiteral("?sslmode=")}) {
            auto refused = Database::open(url + query);
            QVERIFY2(!refused.ok(), qPrintable(query));
            QVERIFY2(refused.error().message.contains(QStringLiteral("sslmode")), qPrintable(refused.error().toString()));
        }
        // Named, the parameter that is refused (a walkthrough: "?foo=1" refused without naming foo).
        auto foo = Database::open(url + QStringLiteral("?foo=bar"));
        QVERIFY(!foo.ok());
        QVERIFY2(foo.error().message.contains(QStringLiteral("(\"foo\" is not a parameter this program passes on)")),
                 qPrintable(foo.error().toString()));
    }

    void whatIsNotAWorkspaceIsRefused()
    {
        // Not an address of a database.
        for (const QString &bad : {QStringLiteral("postgresql://127.0.0.1"), QStringLiteral("postgresql:///team"),
                                   QStringLiteral("postgresql://127.0.0.1:5432/a/b")}) {
            auto db = Database::open(bad);
            QVERIFY2(!db.ok(), qPrintable(bad));
            QVERIFY(db.error().message.contains(QStringLiteral("postgresql://")));
        }
        // A password in the address is refused, and not repeated anywhere.
        {
            auto db = Database::open(m_server.url(QStringLiteral("team")).replace(QLatin1String("cp@"), QLatin1String("cp:s3cret-pw@")));
            QVERIFY(!db.ok());
            QVERIFY2(db.error().message.contains(QStringLiteral("never the address")), qPrintable(db.error().toString()));
            QVERIFY2(!db.error().toString().contains(QStringLiteral("s3cret-pw")), qPrintable(db.error().toString()));
        }
        // Someone else's database: tables, but not ours; left untouched.
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("theirs"), &error), qPrintable(error));
        const QString url = m_server.url(QStringLiteral("theirs"));
        const Database handle = Database::attach(url);
        {
            QSqlQuery q(handle.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT)")));
        }
        handle.closeThreadConnection();
        auto db = Database::open(url);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("other tables")), qPrintable(db.error().toString()));
        {
            QSqlQuery q(handle.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = 'recommendations'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        handle.closeThreadConnection();
        // No server at that port: a clear error, not a hang.
        auto none = Database::open(QStringLiteral("postgresql://cp@127.0.0.1:1/none"));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("cannot open the store")));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
