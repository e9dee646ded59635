// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "auditchain.h"

#include <atomic>
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace cp {

namespace {
// Forward migrations, in order; migration N brings the store to version N.
const QStringList &migrationFiles()
{
    static const QStringList files = [] {
        QStringList names = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (QString &n : names)
            n.prepend(QStringLiteral(":/sql/"));
        return names;
    }();
    return files;
}

// Splits a migration file into statements. Our schema files keep one
// statement per ';'-terminated block and no ';' inside literals or triggers.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}
} // namespace

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{q.lastError().text(), sql.left(80)};
    return {};
}

int Database::latestVersion()
{
    return int(migrationFiles().size());
}

QString Database::defaultPath()
{
    return Workspaces::defaultLivePath();
}

Result<Database> Database::open(const QString &path, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const QFileInfo info(path);
    // A new store and the folders made for it are readable by the user only.
    if (Status s = Workspaces::prepareFile(path); !s)
        return s.error();

    Database db(info.absoluteFilePath());
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen())
        return Error{QCoreApplication::translate("Database", "cannot open the store: %1").arg(conn.lastError().text()), path};
    const int current = userVersion(conn);
    if (current < 0)
        return Error{QCoreApplication::translate("Database", "not a Campaign Pilot store (not an SQLite database)"), path};
    if (current > latestVersion())
        return Error{QCoreApplication::translate("Database", "the store has schema version %1, newer than this program's %2; "
                                                             "use a newer Campaign Pilot").arg(current).arg(latestVersion()), path};
    if (Status s = migrate(conn, targetVersion); !s)
        return Error{s.error().message, path + QStringLiteral(" (") + s.error().where + QLatin1Char(')')};
    return db;
}

int Database::version() const
{
    QSqlDatabase conn = connection();
    return userVersion(conn);
}

QString Database::connectionName() const
{
    // Per thread, never reused: a thread's id (pthread_t) is handed to a new
    // thread once the old one has ended, which then found the old thread's
    // connection under its name if that one was not closed, and Qt refuses a
    // connection from another thread (seen: a second Orchestrator's cycle
    // read an "empty" store). A counter taken once per thread cannot repeat.
    static std::atomic<quint64> next{0};
    thread_local const quint64 tag = ++next;
    return QStringLiteral("cp:%1:%2").arg(m_path).arg(tag);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    conn.setDatabaseName(m_path);
    // Writers from other threads wait up to 10 s for the lock instead of failing at once.
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!conn.open())
        return conn;
    // WAL lets the GUI thread read while a worker writes; foreign keys are
    // per connection in SQLite and off unless switched on.
    execSql(conn, QStringLiteral("PRAGMA journal_mode=WAL"));
    execSql(conn, QStringLiteral("PRAGMA synchronous=NORMAL"));
    execSql(conn, QStringLiteral("PRAGMA foreign_keys=ON"));
    // A 64 MiB page cache (default 2 MiB): an import is one transaction, and
    // a cache that spills mid-transaction turns it into page I/O.
    execSql(conn, QStringLiteral("PRAGMA cache_size=-65536"));
    return conn;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        if (conn.isValid())
            conn.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::migrate(QSqlDatabase &db, int targetVersion)
{
    const QStringList &files = migrationFiles();
    for (int version = userVersion(db) + 1; version <= targetVersion && version <= files.size(); ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("Database", "missing migration"), file.fileName()};
        if (!db.transaction())
            return Error{db.lastError().text(), QStringLiteral("BEGIN")};
        for (const QString &sql : statements(QString::fromUtf8(file.readAll()))) {
            if (Status s = execSql(db, sql); !s) {
                db.rollback();
                return Error{QCoreApplication::translate("Database", "migration to version %1 failed: %2")
                                 .arg(version).arg(s.error().message), file.fileName()};
            }
        }
        // What SQL cannot do (SQLite has no SHA-256), in the same transaction.
        if (QFileInfo(file.fileName()).fileName() == u"018_audit_chain.sql") {
            if (Status s = AuditChain::chainUnchained(db); !s) {
                db.rollback();
                return Error{QCoreApplication::translate("Database", "migration to version %1 failed: %2")
                                 .arg(version).arg(s.error().message), file.fileName()};
            }
        }
        // user_version lives in the file header and is covered by the transaction.
        if (Status s = execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(version)); !s) {
            db.rollback();
            return s;
        }
        if (!db.commit())
            return Error{db.lastError().text(), QStringLiteral("COMMIT")};
    }
    return {};
}

} // namespace cp
