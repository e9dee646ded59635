// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace cp {

// The store of record: an SQLite file, or a PostgreSQL database (a team
// workspace). One Database object names the file; every
// thread that touches it gets its own connection (Qt Sql connections must
// not cross threads), named after the file and the thread.
class Database
{
public:
    // The newest schema this program knows (the count of resources/sql/*.sql).
    static int latestVersion();
    // <AppDataLocation>/campaign-pilot.sqlite, the folder created if needed.
    static QString defaultPath();

    // Opens the file (creating it), switches on WAL and foreign keys and
    // migrates it forward to `targetVersion` (default: the newest). A store
    // written by a newer program is refused, not touched.
    static Result<Database> open(const QString &path, int targetVersion = -1);

    // A handle on a store that open() has already migrated, without touching
    // the disk (for objects created on the GUI thread).
    static Database attach(const QString &openedPath) { return Database(openedPath); }

    // A team workspace on a PostgreSQL server (issue 18): `path` is
    // postgresql://[USER@]HOST[:PORT]/DATABASE; the same schema and forward
    // migrations as the SQLite file (written for SQLite, rewritten to
    // PostgreSQL's types where they differ).
    static bool isPostgresUrl(const QString &path);
    // A path that begins with a scheme other than postgresql:// is refused
    // (a mistyped address), before any folder or file is made for it.
    static Status checkAddress(const QString &path);
    bool isPostgres() const { return isPostgresUrl(m_path); }
    // Whether a connection talks to PostgreSQL (the SQL that differs asks).
    static bool onPostgres(const QSqlDatabase &db) { return db.driverName() == u"QPSQL"; }
    // Whether the connection is inside a transaction a caller opened (so a
    // step that needs its own works in a savepoint instead, and commits
    // nothing of the caller's). SQLite: not in autocommit mode; PostgreSQL:
    // the statement is not its transaction's first.
    static bool inTransactionBlock(const QSqlDatabase &db);

    QString path() const { return m_path; }
    int version() const;

    // The calling thread's connection, opened on first use. A worker thread
    // calls closeThreadConnection() before it ends.
    QSqlDatabase connection() const;
    void closeThreadConnection() const;

private:
    explicit Database(QString path) : m_path(std::move(path)) {}
    QString connectionName() const;
    static Status migrate(QSqlDatabase &db, int targetVersion);

    QString m_path;
};

// Runs a statement and turns a failure into an Error naming the statement.
Status execSql(QSqlDatabase &db, const QString &sql);

} // namespace cp
