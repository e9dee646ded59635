// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativequery.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace cp {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Declared in database.h; here beside the other use of SQLite's own API.
bool Database::inTransactionBlock(const QSqlDatabase &db)
{
    if (sqlite3 *handle = nativeHandle(db))
        return sqlite3_get_autocommit(handle) == 0;
    // "statement_timestamp() and transaction_timestamp() return the same
    // value during the first command of a transaction, but might differ
    // during subsequent commands"
    // (https://www.postgresql.org/docs/current/functions-datetime.html).
    QSqlQuery q(db);
    return onPostgres(db) && q.exec(QStringLiteral("SELECT statement_timestamp() <> transaction_timestamp()")) && q.next()
        && q.value(0).toBool();
}

NativeQuery::NativeQuery(const QSqlDatabase &db) : m_db(nativeHandle(db)) {}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_stmt);
}

Status NativeQuery::prepare(const char *sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_bound.clear();
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        return m_error = Error{QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("prepare")};
    return m_error = {};
}

void NativeQuery::bind(int index, const QString &text)
{
    m_bound.append(text.toUtf8());
    sqlite3_bind_text(m_stmt, index, m_bound.last().constData(), int(m_bound.last().size()), SQLITE_STATIC);
}

void NativeQuery::bind(const char *name, const QString &text)
{
    bind(sqlite3_bind_parameter_index(m_stmt, name), text);
}

void NativeQuery::bind(int index, const QVariant &value)
{
    auto text = [this, index](QByteArray utf8) {
        m_bound.append(std::move(utf8));
        // A null pointer binds NULL: "" for an empty text.
        return sqlite3_bind_text(m_stmt, index, m_bound.last().isNull() ? "" : m_bound.last().constData(),
                                 int(m_bound.last().size()), SQLITE_STATIC);
    };
    int rc = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(m_stmt, index);
        break;
    case QMetaType::QString:
        if (const QString &t = *static_cast<const QString *>(value.constData()); t.isNull())
            rc = sqlite3_bind_null(m_stmt, index);
        else
            rc = text(t.toUtf8());
        break;
    case QMetaType::QByteArray:
        rc = text(value.toByteArray());
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    default:
        if (m_error)
            m_error = Error{QCoreApplication::translate("NativeQuery", "a value of type %1 cannot be written").arg(QString::fromLatin1(value.typeName())),
                            QStringLiteral("bind")};
        return;
    }
    if (rc != SQLITE_OK && m_error)
        m_error = Error{QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("bind")};
}

void NativeQuery::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bound.clear();
    m_error = {};
}

bool NativeQuery::next()
{
    if (!m_error)   // a bind that failed: nothing is run
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Error{QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("query")};
    return false;
}

bool NativeQuery::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 NativeQuery::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> NativeQuery::optInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

QByteArrayView NativeQuery::bytes(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QString NativeQuery::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(bytes(column));
}

int NativeQuery::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant NativeQuery::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return qlonglong(integer(column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    default:
        return text(column);
    }
}

qint64 NativeQuery::julianDay(int column) const
{
    const QByteArrayView b = bytes(column);
    const auto digit = [&b](qsizetype i) { return b[i] >= '0' && b[i] <= '9'; };
    if (b.size() == 10 && b[4] == '-' && b[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6)
        && digit(8) && digit(9)) {
        const int y = (b[0] - '0') * 1000 + (b[1] - '0') * 100 + (b[2] - '0') * 10 + (b[3] - '0');
        const int m = (b[5] - '0') * 10 + (b[6] - '0');
        const int d = (b[8] - '0') * 10 + (b[9] - '0');
        return QDate(y, m, d).toJulianDay();   // an impossible date gives the invalid day
    }
    return QDate::fromString(QString::fromUtf8(b), Qt::ISODate).toJulianDay();
}

} // namespace cp
