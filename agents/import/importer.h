// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "models/money.h"
#include "models/result.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace cp {

class TaskContext;

// A column an importer reads, with the header names it is known by.
struct FieldSpec
{
    QString key;
    QString label;        // translated, for the mapping dialog
    QStringList aliases;  // header names matched case-insensitively
    bool required = true;
};

// Importer field key -> column index in the file.
using ColumnMapping = QHash<QString, int>;

enum class OnBadRow { Stop, SkipAndCount };

struct ImportOptions
{
    OnBadRow onBadRow = OnBadRow::Stop;
    std::optional<ColumnMapping> mapping;   // default: mapped by header names
};

// What an import did, for the user and for the import log.
struct ImportReport
{
    QString importer;
    QString file;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;     // bad rows skipped (SkipAndCount)
    QStringList errors;         // "file:line: reason", the first kMaxErrors
    QMap<QString, qint64> written;  // table -> rows written
    QMap<QString, qint64> notes;    // rows deliberately not imported, by reason
    bool cancelled = false;

    static constexpr int kMaxErrors = 100;
    qint64 rowsWritten() const;
    QString summary() const;
};

// One record, read through the column mapping. The typed getters return
// nullopt on bad text and remember the first problem in error().
class RowView
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    RowView(const CsvReader &reader, const ColumnMapping &mapping, const QStringList &headers)
        : m_reader(reader), m_mapping(mapping), m_headers(headers) {}

    bool has(const QString &key) const;
    std::string_view raw(const QString &key) const;
    QString text(const QString &key) const;
    bool isEmpty(const QString &key) const;
    std::optional<qint64> integer(const QString &key) const;
    // Whole numbers written as decimals by some exports ("17850.0").
    std::optional<qint64> integerLenient(const QString &key) const;
    std::optional<Money> money(const QString &key) const;
    // ISO dates (2011-11-01, optionally followed by a time) and the UCI
    // original's US form (12/1/2010 8:26).
    std::optional<QDate> date(const QString &key) const;

    QString error() const { return m_error; }
    void clearError() const { m_error.clear(); }
    void fail(const QString &key, const QString &problem) const;

private:
    const CsvReader &m_reader;
    const ColumnMapping &m_mapping;
    const QStringList &m_headers;
    mutable QString m_error;
};

// Base of the file importers: maps columns by header, reads every record,
// collects bad rows as "file:line: reason", then writes everything in one
// transaction: all of it lands or none.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    virtual ~Importer() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual QList<FieldSpec> fields() const = 0;

    // Maps fields to columns by header name; a missing required column is an
    // Error that lists the file's headers.
    Result<ColumnMapping> autoMap(const QStringList &headers, const QString &where = {}) const;
    // How many of this importer's fields the headers name (for detection).
    int score(const QStringList &headers) const;

    // Reads and writes a whole file in one transaction (logged in import_log).
    Result<ImportReport> run(const QString &path, QSqlDatabase db, const ImportOptions &options = {},
                             TaskContext *context = nullptr);
    Result<ImportReport> run(CsvReader reader, QSqlDatabase db, const ImportOptions &options = {},
                             TaskContext *context = nullptr);

    // The two phases of run(), for callers that write several files in one
    // transaction: read() parses every row and writes nothing; writeTo()
    // writes what read() kept, inside the caller's transaction.
    Result<ImportReport> read(CsvReader &reader, const ImportOptions &options, TaskContext *context);
    Status writeTo(StoreWriter &writer, ImportReport &report, TaskContext *context);

protected:
    virtual void reset() = 0;
    // Reads one record; an error text makes it a bad row.
    virtual std::optional<QString> readRow(const RowView &row, qint64 line) = 0;
    // Writes what was read, inside run()'s transaction.
    virtual Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) = 0;
    // Notes rows that are deliberately not imported (e.g. cancellations).
    void note(const QString &reason, qint64 count = 1) { m_notes[reason] += count; }

private:
    QMap<QString, qint64> m_notes;
};

// The importers this program has, by id: "order-lines", "daily-sales",
// "catalog", "woocommerce-products", "facebook-ads".
QStringList importerIds();
std::unique_ptr<Importer> createImporter(const QString &id);
// The importer whose fields the headers match best (all required ones
// present), or nullptr.
std::unique_ptr<Importer> detectImporter(const QStringList &headers);

} // namespace cp
