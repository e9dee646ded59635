// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: an audit log that cannot be edited unnoticed. Each entry carries
// the hash of the one before; the table refuses UPDATE and DELETE; entries
// written before the chain existed are chained by the migration.
#include "../support/program.h"
#include "models/auditchain.h"
#include "models/database.h"
#include "models/decisionstore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {
using test::scalar;

// The schema version that introduced the chain, whatever number merges give it.
int chainVersion()
{
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (int i = 0; i < files.size(); ++i)
        if (files.at(i).endsWith(QLatin1String("_audit_chain.sql")))
            return i + 1;
    return -1;
}
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryIsChainedAndVerifies()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            QVERIFY(store.audit(QStringLiteral("ana"), QStringLiteral("emergency_stop"), 0, {}).ok());
            QVERIFY(store.audit(QStringLiteral("bob"), QStringLiteral("resumed"), 0, QStringLiteral("all clear")).ok());
            QVERIFY(store.audit(QStringLiteral("ana"), QStringLiteral("policy"), 0, QStringLiteral("version 2")).ok());
            // Each entry links to the one before; the first to the start ('').
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id")));
            QString previous;
            int n = 0;
            while (q.next()) {
                QCOMPARE(q.value(0).toString(), previous);
                QCOMPARE(q.value(1).toString().size(), 64);
                previous = q.value(1).toString();
                ++n;
            }
            QCOMPARE(n, 3);
            auto v = AuditChain::verify(c);
            QVERIFY(v.ok());
            QVERIFY(v->intact);
            QCOMPARE(v->verified, 3);
            QCOMPARE(v->head, previous);
        }
        db->closeThreadConnection();
    }

    void theHashCoversEveryField_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QStringLiteral("field %1").arg(i))) << i;
    }
    void theHashCoversEveryField()
    {
        QFETCH(int, field);
        QStringList f{QStringLiteral("2026-12-05T10:00:00.000Z"), QStringLiteral("ana"), QStringLiteral("approved"),
                      QStringLiteral("12"), QStringLiteral("{}"), QStringLiteral("abc")};
        auto hash = [](const QStringList &v) { return AuditChain::hashOf(v[0], v[1], v[2], v[3].toLongLong(), v[4], v[5]); };
        const QString before = hash(f);
        f[field] += field == 3 ? QStringLiteral("3") : QStringLiteral("x");
        QVERIFY(hash(f) != before);
        // Length-prefixed: moving a character from one field into the next changes it too.
        QVERIFY(AuditChain::hashOf(QStringLiteral("a"), QStringLiteral("bc"), {}, 0, {}, {})
                != AuditChain::hashOf(QStringLiteral("ab"), QStringLiteral("c"), {}, 0, {}, {}));
    }

    void updateAndDeleteAreRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        {
            QSqlDatabase c = db->connection();
            QVERIFY(DecisionStore(c).audit(QStringLiteral("ana"), QStringLiteral("emergency_stop"), 0, {}).ok());
            QSqlQuery q(c);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET operator = 'mallory'")));
            QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET hash = NULL")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
            QCOMPARE(scalar(c, QStringLiteral("SELECT operator FROM audit_log")).toString(), QStringLiteral("ana"));
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
        }
        db->closeThreadConnection();
    }

    void aChangedEntryIsNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("named");
        QTest::addColumn<QString>("why");
        QTest::newRow("details changed") << QStringLiteral("UPDATE audit_log SET details = 'nothing to see' WHERE id = 2") << qint64(2)
                                         << QStringLiteral("does not match its hash");
        QTest::newRow("operator changed") << QStringLiteral("UPDATE audit_log SET operator = 'bob' WHERE id = 3") << qint64(3)
                                          << QStringLiteral("does not match its hash");
        QTest::newRow("entry removed") << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3)
                                       << QStringLiteral("does not follow entry 1");
        QTest::newRow("first entry removed") << QStringLiteral("DELETE FROM audit_log WHERE id = 1") << qint64(2)
                                             << QStringLiteral("earlier entries were removed");
        // Rewriting one entry's hash too breaks the next entry's link.
        QTest::newRow("entry and its hash rewritten")
            << QStringLiteral("UPDATE audit_log SET details = 'x', hash = 'f00' WHERE id = 2") << qint64(2)
            << QStringLiteral("does not match its hash");
    }
    void aChangedEntryIsNamed()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, named);
        QFETCH(QString, why);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        {
            QSqlDatabase c = db->connection();
            DecisionStore store(c);
            for (const char *event : {"emergency_stop", "resumed", "policy", "emergency_stop"})
                QVERIFY(store.audit(QStringLiteral("ana"), QLatin1String(event), 0, QStringLiteral("d")).ok());
            QSqlQuery q(c);
            // Someone with the file and sqlite3: the triggers go first.
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY2(q.exec(tamper), qPrintable(q.lastError().text()));
            auto v = AuditChain::verify(c);
            QVERIFY(v.ok());
            QVERIFY(!v->intact);
            QCOMPARE(v->brokenId, named);
            QVERIFY2(v->why.contains(why), qPrintable(v->why));
            QCOMPARE(v->brokenEvent, scalar(c, QStringLiteral("SELECT event FROM audit_log WHERE id = %1").arg(named)).toString());
            QCOMPARE(v->brokenAt, scalar(c, QStringLiteral("SELECT at FROM audit_log WHERE id = %1").arg(named)).toString());
            QCOMPARE(v->verified, named - 1 - (tamper.contains(QLatin1String("DELETE")) ? 1 : 0));
        }
        db->closeThreadConnection();
    }

    void theMigrationChainsEarlierEntries()
    {
        const int version = chainVersion();
        QVERIFY(version > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::open(path, version - 1);
            QVERIFY(old.ok());
            {
                QSqlDatabase c = old->connection();
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, operator, event, recommendation_id, details) VALUES "
                                              "('2026-11-01T00:00:00.000Z', 'ana', 'approved', 7, '{\"action\":\"pause\"}'), "
                                              "('2026-11-01T00:01:00.000Z', 'bob', 'rejected', 8, 'too early'), "
                                              "('2026-11-01T00:02:00.000Z', 'ana', 'emergency_stop', NULL, '')")));
            }
            old->closeThreadConnection();
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().toString()));
        {
            QSqlDatabase c = db->connection();
            QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL")).toInt(), 0);
            // Unchanged, and the first links to the start.
            QCOMPARE(scalar(c, QStringLiteral("SELECT details FROM audit_log WHERE id = 2")).toString(), QStringLiteral("too early"));
            QCOMPARE(scalar(c, QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")).toString(), QString());
            // New entries chain on.
            QVERIFY(DecisionStore(c).audit(QStringLiteral("ana"), QStringLiteral("resumed"), 0, {}).ok());
            auto v = AuditChain::verify(c);
            QVERIFY(v.ok());
            QVERIFY(v->intact);
            QCOMPARE(v->verified, 4);
            // Chained once: the triggers hold for them from now on.
            QSqlQuery q(c);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE id = 1")));
        }
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
