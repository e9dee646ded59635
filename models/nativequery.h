// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cp {

// The sqlite3* behind a connection of Qt's SQLite driver (QSqlDriver::handle()
// documents the cast; Debian's driver links the system libsqlite3, the same
// library cp_models links), or nullptr for another driver.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// A query that reads many rows through SQLite's own API: for the cycle's
// large reads, where Qt's value layer (a QVariant per cell) costs more than
// the query itself. Callers keep a QSqlQuery path for other drivers
// (isNative() false).
class NativeQuery
{
public:
    explicit NativeQuery(const QSqlDatabase &db);
    // On a connection of SQLite's own (a handle opened with sqlite3_open_v2).
    explicit NativeQuery(sqlite3 *handle) : m_db(handle) {}
    ~NativeQuery();
    NativeQuery(const NativeQuery &) = delete;
    NativeQuery &operator=(const NativeQuery &) = delete;

    bool isNative() const { return m_db != nullptr; }
    Status prepare(const char *sql);
    void bind(int index, const QString &text);   // 1-based, as SQLite counts
    void bind(const char *name, const QString &text);   // ":from"
    // A value as Qt's SQLite driver binds it: an invalid QVariant or a null
    // QString as NULL, whole numbers and doubles as such; a QByteArray as
    // UTF-8 text (never a blob, never NULL). Another type, or SQLite's
    // refusal, is error() (checked after next()).
    void bind(int index, const QVariant &value);
    // Ready to run again: stepped back, its bindings cleared.
    void reset();
    // The next row; false at the end or on an error (then error() says which).
    bool next();
    Status error() const { return m_error; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optInteger(int column) const;
    QString text(int column) const;
    int columnCount() const;
    // A column as Qt's driver gives it: NULL invalid, a whole number
    // qlonglong, a real double, anything else text.
    QVariant value(int column) const;
    QByteArrayView bytes(int column) const;
    // An ISO date column ("2024-06-30") as a Julian day; invalid text gives
    // QDate's invalid day, as QDate::fromString would.
    qint64 julianDay(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_error;
    QList<QByteArray> m_bound;   // kept alive while the statement runs
};

} // namespace cp
