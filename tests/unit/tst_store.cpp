// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/program.h"
#include "models/database.h"
#include "models/store.h"
#include "models/decisionstore.h"
#include "support/teststore.h"

#include <QSqlQuery>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace cp;
using cp::test::freshStore;
using cp::test::onPostgres;

namespace {
using test::scalar;
Product product(const QString &id, qint64 priceMinor)
{
    Product p;
    p.id = id;
    p.name = QStringLiteral("Product ") + id;
    p.price = Money::fromMinor(priceMinor);
    return p;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE(db->version(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 2);
        QSqlDatabase c = db->connection();
        for (const char *table : {"products", "product_days", "campaigns", "campaign_days", "ad_totals", "recording", "import_log"})
            QVERIFY2(c.tables().contains(QLatin1String(table)), table);
        if (!onPostgres()) {
            QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            // FULL (2): each commit's log is on the disk before it returns,
            // so a power cut cannot roll back an outbox claim that was sent.
            QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        }
        db->closeThreadConnection();
        // Every connection of the store is opened so, a worker thread's too.
        int workerSynchronous = -1;
        std::thread worker([&] {
            QSqlDatabase w = db->connection();
            workerSynchronous = scalar(w, QStringLiteral("PRAGMA synchronous")).toInt();
            db->closeThreadConnection();
        });
        worker.join();
        if (!onPostgres())
            QCOMPARE(workerSynchronous, 2);
    }

    void migratesFromThePreviousVersionKeepingData()
    {
        QTemporaryDir dir;
        const QString path = freshStore(dir, QStringLiteral("old.sqlite"));
        {
            auto v1 = Database::open(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE(v1->version(), 1);
            QVERIFY(!v1->connection().tables().contains(QStringLiteral("import_log")));
            StoreWriter w(v1->connection());
            QVERIFY(w.begin().ok());
            QVERIFY(w.upsertProduct(product(QStringLiteral("A1"), 1999)).ok());
            QVERIFY(w.commit().ok());
            v1->closeThreadConnection();
        }
        auto latest = Database::open(path);
        QVERIFY(latest.ok());
        QCOMPARE(latest->version(), Database::latestVersion());
        QSqlDatabase c = latest->connection();
        QVERIFY(c.tables().contains(QStringLiteral("import_log")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT price_minor FROM products WHERE id = 'A1'")).toLongLong(), qint64(1999));
        latest->closeThreadConnection();
    }

    void refusesAStoreFromANewerProgram()
    {
        QTemporaryDir dir;
        const QString path = freshStore(dir, QStringLiteral("new.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = db->connection();
            QVERIFY(execSql(c, (onPostgres() ? QStringLiteral("UPDATE cp_schema_version SET version = %1")
                                             : QStringLiteral("PRAGMA user_version=%1"))
                                   .arg(Database::latestVersion() + 5)).ok());
            db->closeThreadConnection();
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1String("newer")));
        QVERIFY(db.error().where.contains(path));
    }

    void refusesAFileThatIsNotADatabase()
    {
        CP_SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().where.contains(path));
    }

    void moneyIsStoredAsIntegers()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("m.sqlite")));
        QVERIFY(db.ok());
        StoreWriter w(db->connection());
        QVERIFY(w.begin().ok());
        QVERIFY(w.upsertProduct(product(QStringLiteral("P"), 1)).ok());
        ProductDay d;
        d.productId = QStringLiteral("P");
        d.date = QDate(2011, 11, 1);
        d.unitsSold = 3;
        d.revenue = *Money::parse(u"0.30");
        QVERIFY(w.upsertProductDay(d).ok());
        QVERIFY(w.commit().ok());
        QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, onPostgres() ? QStringLiteral("SELECT pg_typeof(revenue_minor)::text FROM product_days")
                                        : QStringLiteral("SELECT typeof(revenue_minor) FROM product_days")).toString(),
                 onPostgres() ? QStringLiteral("bigint") : QStringLiteral("integer"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT revenue_minor FROM product_days")).toLongLong(), qint64(30));
        db->closeThreadConnection();
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("fk.sqlite")));
        QVERIFY(db.ok());
        StoreWriter w(db->connection());
        QVERIFY(w.begin().ok());
        ProductDay orphan;
        orphan.productId = QStringLiteral("nobody");
        orphan.date = QDate(2011, 1, 1);
        QVERIFY(!w.upsertProductDay(orphan).ok());
        w.rollback();
        db->closeThreadConnection();
    }

    void rollbackLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("rb.sqlite")));
        QVERIFY(db.ok());
        {
            StoreWriter w(db->connection());
            QVERIFY(w.begin().ok());
            QVERIFY(w.upsertProduct(product(QStringLiteral("X"), 100)).ok());
            // Destroyed without commit: rolled back.
        }
        QCOMPARE(StoreReader::count(db->connection(), QStringLiteral("products")), qint64(0));
        db->closeThreadConnection();
    }

    // A bulk load into an empty product_days drops the day index and makes it
    // again: after a commit it is back with its own text and holds every
    // row; a rollback brings it back; a table with rows keeps it throughout.
    void bulkLoadMakesTheDayIndexAgain()
    {
        CP_SQLITE_ONLY();
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("bulk.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        const QString indexSql =
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'product_days_by_day'");
        const QString original = scalar(c, indexSql).toString();
        QVERIFY2(original.startsWith(QStringLiteral("CREATE INDEX")), qPrintable(original));
        auto day = [](int d) {
            ProductDay pd;
            pd.productId = QStringLiteral("B");
            pd.date = QDate(2011, 3, d);
            pd.unitsSold = d;
            return pd;
        };
        {
            StoreWriter w(c);
            QVERIFY(w.begin().ok());
            QVERIFY(w.upsertProduct(product(QStringLiteral("B"), 100)).ok());
            QVERIFY(w.beginProductDayBulk().ok());
            QVERIFY(!scalar(c, indexSql).isValid());   // gone inside the transaction
            QVERIFY(w.upsertProductDay(day(1)).ok());
            w.rollback();
        }
        QCOMPARE(scalar(c, indexSql).toString(), original);
        QCOMPARE(StoreReader::count(c, QStringLiteral("product_days")), qint64(0));
        {
            StoreWriter w(c);
            QVERIFY(w.begin().ok());
            QVERIFY(w.upsertProduct(product(QStringLiteral("B"), 100)).ok());
            QVERIFY(w.beginProductDayBulk().ok());
            QVERIFY(!scalar(c, indexSql).isValid());
            for (int d = 3; d >= 1; --d)
                QVERIFY(w.upsertProductDay(day(d)).ok());
            QVERIFY(w.commit().ok());   // without endProductDayBulk(): commit() makes the index
        }
        QCOMPARE(scalar(c, indexSql).toString(), original);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT SUM(units_sold) FROM product_days INDEXED BY product_days_by_day "
                                          "WHERE day BETWEEN '2011-03-02' AND '2011-03-31'")).toInt(), 5);
        {
            StoreWriter w(c);
            QVERIFY(w.begin().ok());
            QVERIFY(w.beginProductDayBulk().ok());
            QCOMPARE(scalar(c, indexSql).toString(), original);   // the table has rows: kept
            QVERIFY(w.upsertProductDay(day(4)).ok());
            QVERIFY(w.endProductDayBulk().ok());
            QVERIFY(w.commit().ok());
        }
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM product_days INDEXED BY product_days_by_day "
                                          "WHERE day >= '2011-03-01'")).toInt(), 4);
        db->closeThreadConnection();
    }

    void knownFieldsOverwriteUnknownKeep()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("up.sqlite")));
        QVERIFY(db.ok());
        StoreWriter w(db->connection());
        QVERIFY(w.begin().ok());
        Product full = product(QStringLiteral("K"), 2500);
        full.category = QStringLiteral("Kitchen");
        QVERIFY(w.upsertProduct(full).ok());
        Product partial;
        partial.id = QStringLiteral("K");
        partial.name = QStringLiteral("Renamed");
        QVERIFY(w.upsertProduct(partial).ok());
        QVERIFY(w.fillMissingPrice(QStringLiteral("K"), Money::fromMinor(1)).ok());
        QVERIFY(w.commit().ok());
        auto rows = StoreReader::catalog(db->connection(), QDate(2000, 1, 1), QDate(2100, 1, 1));
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().toString()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().product.name, QStringLiteral("Renamed"));
        QCOMPARE(rows->first().product.category, QStringLiteral("Kitchen"));
        QCOMPARE(rows->first().product.price->minor(), qint64(2500));
        // A file without names (daily sales, order lines) names a product by
        // its id: that stands in for a new product's name and never
        // overwrites a name the store has.
        QVERIFY(w.begin().ok());
        Product byId;
        byId.id = byId.name = QStringLiteral("K");
        QVERIFY(w.upsertProduct(byId).ok());
        Product fresh;
        fresh.id = fresh.name = QStringLiteral("N");
        QVERIFY(w.upsertProduct(fresh).ok());
        QVERIFY(w.commit().ok());
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT name FROM products WHERE id = 'K'")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT name FROM products WHERE id = 'N'")).toString(), QStringLiteral("N"));
        db->closeThreadConnection();
    }

    // A cycle saves its portfolio and its policy each time: saved again
    // unchanged, nothing is written (no row version, no commit to disk, no
    // change announced); changed, it is.
    void aSettingOrPolicySavedAgainUnchangedWritesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        DecisionStore store(c);
        // What changes when a row is written: SQLite counts the rows this
        // connection changed; PostgreSQL gives the row a new version (xmin).
        const auto written = [&](const QString &table, const QString &where) {
            return onPostgres() ? scalar(c, QStringLiteral("SELECT xmin::text FROM %1 WHERE %2").arg(table, where)).toString()
                                : scalar(c, QStringLiteral("SELECT total_changes()")).toString();
        };
        QVERIFY(store.setSetting(QStringLiteral("portfolio_json"), QStringLiteral("{\"a\":1}")));
        const QString first = written(QStringLiteral("settings"), QStringLiteral("key = 'portfolio_json'"));
        QVERIFY(store.setSetting(QStringLiteral("portfolio_json"), QStringLiteral("{\"a\":1}")));
        QCOMPARE(written(QStringLiteral("settings"), QStringLiteral("key = 'portfolio_json'")), first);
        QVERIFY(store.setSetting(QStringLiteral("portfolio_json"), QStringLiteral("{\"a\":2}")));
        QVERIFY(written(QStringLiteral("settings"), QStringLiteral("key = 'portfolio_json'")) != first);
        QCOMPARE(scalar(c, QStringLiteral("SELECT value FROM settings WHERE key = 'portfolio_json'")).toString(), QStringLiteral("{\"a\":2}"));

        QVERIFY(store.savePolicy(7, QStringLiteral("p"), QByteArrayLiteral("{\"x\":1}")));
        const QString policy = written(QStringLiteral("policy_versions"), QStringLiteral("version = 7"));
        const QString created = scalar(c, QStringLiteral("SELECT created_at FROM policy_versions WHERE version = 7")).toString();
        QVERIFY(store.savePolicy(7, QStringLiteral("p"), QByteArrayLiteral("{\"x\":1}")));
        QCOMPARE(written(QStringLiteral("policy_versions"), QStringLiteral("version = 7")), policy);
        QVERIFY(store.savePolicy(7, QStringLiteral("q"), QByteArrayLiteral("{\"x\":1}")));
        QVERIFY(written(QStringLiteral("policy_versions"), QStringLiteral("version = 7")) != policy);
        QCOMPARE(scalar(c, QStringLiteral("SELECT name FROM policy_versions WHERE version = 7")).toString(), QStringLiteral("q"));
        QVERIFY(!created.isEmpty());
        db->closeThreadConnection();
    }

    void aCyclesPolicyNeverOverwritesAStoredVersion()
    {
        // `cycle --policy FILE` (the file says version 1) rewrote the stored
        // version 1 in place, without an audit entry.
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        DecisionStore store(c);
        const auto policy = [](const char *what) {
            return [what](int version) { return QStringLiteral("{\"version\":%1,\"x\":\"%2\"}").arg(version).arg(QLatin1String(what)).toUtf8(); };
        };
        auto v = store.savePolicyForCycle(1, QStringLiteral("default"), policy("a"), QStringLiteral("agents"));
        QVERIFY(v);
        QCOMPARE(*v, 1);   // none stored: its own number
        v = store.savePolicyForCycle(1, QStringLiteral("default"), policy("a"), QStringLiteral("agents"));
        QCOMPARE(*v, 1);   // the same text: the same version
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'policy'")).toInt(), 0);
        v = store.savePolicyForCycle(1, QStringLiteral("file"), policy("b"), QStringLiteral("agents"));
        QCOMPARE(*v, 2);   // another text under 1: a new version, audited
        QCOMPARE(scalar(c, QStringLiteral("SELECT json FROM policy_versions WHERE version = 1")).toString(),
                 QStringLiteral("{\"version\":1,\"x\":\"a\"}"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT json FROM policy_versions WHERE version = 2")).toString(),
                 QStringLiteral("{\"version\":2,\"x\":\"b\"}"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'policy'")).toInt(), 1);
        v = store.savePolicyForCycle(1, QStringLiteral("file"), policy("b"), QStringLiteral("agents"));
        QCOMPARE(*v, 2);   // the next cycle with the same file: no third version
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM policy_versions")).toInt(), 2);
        db->closeThreadConnection();
    }

    void aPolicySavedByAnOperatorIsANewVersionWithItsAuditEntry()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        DecisionStore store(c);
        const auto jsonOf = [](int version) { return QStringLiteral("{\"version\":%1}").arg(version).toUtf8(); };
        // Never over a version stored meanwhile: the one after the newest.
        QVERIFY(store.savePolicy(4, QStringLiteral("approved update"), QByteArrayLiteral("{\"x\":4}")));
        auto v = store.savePolicyAs(QStringLiteral("mine"), jsonOf, QStringLiteral("Ana"), 2);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(*v, 5);
        QCOMPARE(scalar(c, QStringLiteral("SELECT json FROM policy_versions WHERE version = 4")).toString(), QStringLiteral("{\"x\":4}"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT name FROM policy_versions WHERE version = 5")).toString(), QStringLiteral("mine"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT json FROM policy_versions WHERE version = 5")).toString(), QStringLiteral("{\"version\":5}"));
        // At least the version asked for.
        v = store.savePolicyAs(QStringLiteral("later"), jsonOf, QStringLiteral("Ana"), 9);
        QVERIFY(v);
        QCOMPARE(*v, 9);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'policy' AND operator = 'Ana'")).toInt(), 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT details FROM audit_log WHERE event = 'policy' ORDER BY id DESC LIMIT 1")).toString(),
                 QStringLiteral("version 9 (later)"));
        db->closeThreadConnection();
    }

    void aPolicyWhoseAuditEntryFailsIsNotSaved()
    {
        // Both or neither: the audit entry refused, no new version stays.
        CP_SQLITE_ONLY();
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        DecisionStore store(c);
        const auto jsonOf = [](int version) { return QStringLiteral("{\"version\":%1}").arg(version).toUtf8(); };
        QVERIFY(execSql(c, QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON audit_log WHEN NEW.event = 'policy' "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")).ok());
        const int versions = scalar(c, QStringLiteral("SELECT COUNT(*) FROM policy_versions")).toInt();
        auto v = store.savePolicyAs(QStringLiteral("mine"), jsonOf, QStringLiteral("Ana"), 2);
        QVERIFY(!v);
        QVERIFY2(v.error().toString().contains(QLatin1String("refused by the test")), qPrintable(v.error().toString()));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM policy_versions")).toInt(), versions);
        db->closeThreadConnection();
    }

    // The content hash a recommendation is stored with (schema 24) stays
    // what it was: a cycle keeps a pending recommendation only when its new
    // judgement hashes the same, so a changed hash would rewrite every
    // pending row of every workspace once. Pinned on one recommendation
    // (text outside ASCII in the JSON, a budget, a fractional risk).
    void aRecommendationsContentHashStaysTheSame()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = db->connection();
        Recommendation r;
        r.cycleId = QStringLiteral("cy");
        r.createdAt = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        r.expiresAt = r.createdAt.addDays(1);
        r.agent = QStringLiteral("manager");
        r.decision = QStringLiteral("MONITOR");
        r.campaignId = QStringLiteral("c1");
        r.productId = QStringLiteral("p1");
        r.title = QStringLiteral("MONITOR: Été");
        r.previousBudget = Money::fromMinor(1200);
        r.inputs = QJsonObject{{QStringLiteral("roas"), 1.0666666666666667}, {QStringLiteral("evidence"), QStringLiteral("café ✓")}};
        r.thresholds = QJsonObject{{QStringLiteral("min_roas"), 2}};
        r.rule = QStringLiteral("mixed");
        r.rationale = QStringLiteral("No change; look again next cycle.");
        r.risk = 21.43010752688172;
        r.policyVersion = 3;
        DecisionStore store(c);
        auto added = store.add({r});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(scalar(c, QStringLiteral("SELECT content_hash FROM recommendations WHERE id = %1").arg(added->first().id)).toString(),
                 QStringLiteral("427b2eb4a058809b6122c1428fef862f13d59dacc98e056a4c1fffe3fc5d80ac"));
        db->closeThreadConnection();
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        const QString mine = db->connection().connectionName();
        QString theirs;
        bool wrote = false;
        QThread *worker = QThread::create([&] {
            QSqlDatabase c = db->connection();
            theirs = c.connectionName();
            StoreWriter w(c);
            wrote = w.begin().ok() && w.upsertProduct(product(QStringLiteral("T"), 5)).ok() && w.commit().ok();
            db->closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(wrote);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        // The worker's commit is visible to this thread's connection.
        QCOMPARE(StoreReader::count(db->connection(), QStringLiteral("products")), qint64(1));
        db->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
