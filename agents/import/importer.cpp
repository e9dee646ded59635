// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"
#include "models/workspace.h"

#include "catalogimporter.h"
#include "dailysalesimporter.h"
#include "facebookadsimporter.h"
#include "models/backgroundtask.h"
#include "orderlinesimporter.h"
#include "woocommerceimporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <charconv>

namespace cp {

namespace {
bool parseDigits(const char *&p, const char *end, int count, int &out)
{
    out = 0;
    for (int i = 0; i < count; ++i, ++p) {
        if (p >= end || *p < '0' || *p > '9')
            return false;
        out = out * 10 + (*p - '0');
    }
    return true;
}

// Reads 1 or 2 digits (US dates: 1/5/2011).
bool parseShort(const char *&p, const char *end, int &out)
{
    out = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9' && digits < 2) {
        out = out * 10 + (*p - '0');
        ++p;
        ++digits;
    }
    return digits > 0;
}
} // namespace

qint64 ImportReport::rowsWritten() const
{
    qint64 total = 0;
    for (qint64 n : written)
        total += n;
    return total;
}

QString ImportReport::summary() const
{
    QStringList parts;
    parts << QCoreApplication::translate("Importer", "%1: %n row(s) read", nullptr, int(rowsRead)).arg(QFileInfo(file).fileName());
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        parts << QCoreApplication::translate("Importer", "%1 %2 written").arg(it.value()).arg(it.key());
    if (rowsSkipped > 0)
        parts << QCoreApplication::translate("Importer", "%n bad row(s) skipped", nullptr, int(rowsSkipped));
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    if (cancelled)
        parts << QCoreApplication::translate("Importer", "cancelled, nothing written");
    return parts.join(QStringLiteral("; "));
}

bool RowView::has(const QString &key) const
{
    return m_mapping.contains(key);
}

std::string_view RowView::raw(const QString &key) const
{
    const int column = m_mapping.value(key, -1);
    const auto &fields = m_reader.fields();
    if (column < 0 || size_t(column) >= fields.size())
        return {};
    std::string_view v = fields[size_t(column)];
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

QString RowView::text(const QString &key) const
{
    const std::string_view v = raw(key);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool RowView::isEmpty(const QString &key) const
{
    return raw(key).empty();
}

void RowView::fail(const QString &key, const QString &problem) const
{
    if (!m_error.isEmpty())
        return;
    const int column = m_mapping.value(key, -1);
    const QString name = column >= 0 && column < m_headers.size() ? m_headers.at(column) : key;
    m_error = tr("column \"%1\": %2").arg(name, problem);
}

std::optional<qint64> RowView::integer(const QString &key) const
{
    const std::string_view v = raw(key);
    qint64 value = 0;
    const char *begin = v.data();
    if (!v.empty() && *begin == '+')
        ++begin;
    const auto [end, ec] = std::from_chars(begin, v.data() + v.size(), value);
    if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
        fail(key, tr("\"%1\" is not a whole number").arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RowView::integerLenient(const QString &key) const
{
    std::string_view v = raw(key);
    if (const size_t dot = v.find('.'); dot != std::string_view::npos) {
        const std::string_view decimals = v.substr(dot + 1);
        if (decimals.find_first_not_of('0') == std::string_view::npos)
            v = v.substr(0, dot);
    }
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
        fail(key, tr("\"%1\" is not a whole number").arg(text(key)));
        return std::nullopt;
    }
    return value;
}

std::optional<Money> RowView::money(const QString &key) const
{
    const std::string_view v = raw(key);
    auto m = Money::parse(v.data(), v.data() + v.size());
    if (!m)
        fail(key, tr("\"%1\" is not an amount (digits with an optional decimal point)")
                      .arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
    return m;
}

std::optional<QDate> RowView::date(const QString &key) const
{
    const std::string_view v = raw(key);
    const char *p = v.data();
    const char *end = p + v.size();
    int y = 0, m = 0, d = 0;
    bool ok = false;
    if (v.size() >= 10 && v[4] == '-') {
        ok = parseDigits(p, end, 4, y) && p < end && *p++ == '-' && parseDigits(p, end, 2, m) && p < end && *p++ == '-'
            && parseDigits(p, end, 2, d) && (p == end || *p == ' ' || *p == 'T');
    } else {
        ok = parseShort(p, end, m) && p < end && *p++ == '/' && parseShort(p, end, d) && p < end && *p++ == '/'
            && parseDigits(p, end, 4, y) && (p == end || *p == ' ');
    }
    const QDate date = ok ? QDate(y, m, d) : QDate();
    if (!date.isValid()) {
        fail(key, tr("\"%1\" is not a date (YYYY-MM-DD or M/D/YYYY)").arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        return std::nullopt;
    }
    return date;
}

Result<ColumnMapping> Importer::autoMap(const QStringList &headers, const QString &where) const
{
    ColumnMapping mapping;
    QStringList missing;
    for (const FieldSpec &f : fields()) {
        int found = -1;
        for (int c = 0; c < headers.size() && found < 0; ++c) {
            for (const QString &alias : f.aliases) {
                if (headers.at(c).compare(alias, Qt::CaseInsensitive) == 0) {
                    found = c;
                    break;
                }
            }
        }
        if (found >= 0)
            mapping.insert(f.key, found);
        else if (f.required)
            missing << f.aliases.value(0, f.key);
    }
    if (!missing.isEmpty())
        return Error{tr("required column(s) %1 not found for %2; the file's columns are: %3")
                         .arg(missing.join(QStringLiteral(", ")), displayName(), headers.join(QStringLiteral(", "))),
                     where};
    return mapping;
}

int Importer::score(const QStringList &headers) const
{
    auto mapping = autoMap(headers);
    return mapping ? int(mapping->size()) : 0;
}

Result<ImportReport> Importer::run(const QString &path, QSqlDatabase db, const ImportOptions &options, TaskContext *context)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return run(std::move(reader).value(), std::move(db), options, context);
}

Result<ImportReport> Importer::run(CsvReader reader, QSqlDatabase db, const ImportOptions &options, TaskContext *context)
{
    // Imports are live data: a replay workspace holds one recording and nothing else.
    if (auto workspace = Workspaces::read(db, db.databaseName()); workspace && workspace->isReplay())
        return Error{QCoreApplication::translate("Importer", "this is a replay workspace (a copy of one recording): import "
                                                             "into a live workspace (File ▸ New live workspace)"),
                     db.databaseName()};
    auto read = this->read(reader, options, context);
    if (!read || read->cancelled)
        return read;
    ImportReport report = std::move(read).value();
    StoreWriter writer(db);
    if (Status s = writer.begin(); !s)
        return s.error();
    if (Status s = writeTo(writer, report, context); !s) {
        writer.rollback();
        return s.error();
    }
    if (report.cancelled) {
        writer.rollback();
        return report;
    }
    if (Status s = writer.logImport({report.importer, QFileInfo(report.file).fileName(), report.rowsRead,
                                     report.rowsWritten(), report.rowsSkipped, report.errors.mid(0, 20)});
        !s) {
        writer.rollback();
        return s.error();
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return report;
}

Status Importer::writeTo(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    if (Status s = write(writer, report, context); !s)
        return s;
    if (context && context->isCancelled()) {
        report.written.clear();
        report.cancelled = true;
        return {};
    }
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        report.notes[it.key()] += it.value();
    return {};
}

Result<ImportReport> Importer::read(CsvReader &reader, const ImportOptions &options, TaskContext *context)
{
    const QString file = reader.fileName();
    auto headers = reader.readHeader();
    if (!headers)
        return headers.error();
    ColumnMapping mapping;
    if (options.mapping) {
        mapping = *options.mapping;
        for (const FieldSpec &f : fields()) {
            const int column = mapping.value(f.key, -1);
            if (column >= headers->size())
                return Error{tr("field \"%1\" is mapped to column %2, but the file has %3 columns")
                                 .arg(f.label).arg(column + 1).arg(headers->size()), file};
            if (column < 0 && f.required)
                return Error{tr("required field \"%1\" is not mapped to a column").arg(f.label), file};
            if (column < 0)
                mapping.remove(f.key);
        }
    } else {
        auto mapped = autoMap(*headers, file + QStringLiteral(":1"));
        if (!mapped)
            return mapped.error();
        mapping = *mapped;
    }

    ImportReport report;
    report.importer = id();
    report.file = file;
    reset();
    m_notes.clear();
    const RowView row(reader, mapping, *headers);
    const size_t expectedFields = size_t(headers->size());

    auto badRow = [&](const QString &reason) -> std::optional<Error> {
        const Error error{reason, QStringLiteral("%1:%2").arg(file).arg(reader.line())};
        if (options.onBadRow == OnBadRow::Stop)
            return error;
        ++report.rowsSkipped;
        if (report.errors.size() < ImportReport::kMaxErrors)
            report.errors << error.toString();
        return std::nullopt;
    };

    for (bool more = true; more;) {
        switch (reader.next()) {
        case CsvReader::Next::End:
            more = false;
            break;
        case CsvReader::Next::BadRecord:
            ++report.rowsRead;
            if (auto stop = badRow(reader.errorString()))
                return *stop;
            break;
        case CsvReader::Next::Record: {
            ++report.rowsRead;
            row.clearError();
            std::optional<QString> problem;
            if (reader.fields().size() != expectedFields)
                problem = tr("%1 fields, but the header has %2").arg(reader.fields().size()).arg(expectedFields);
            else
                problem = readRow(row, reader.line());
            if (problem) {
                if (auto stop = badRow(*problem))
                    return *stop;
            }
            break;
        }
        }
        if (context && (report.rowsRead & 0xFFF) == 0) {
            if (context->isCancelled()) {
                report.cancelled = true;
                return report;
            }
            context->report(reader.position(), reader.size(), tr("Reading %1").arg(QFileInfo(file).fileName()));
        }
    }
    return report;
}

QStringList importerIds()
{
    return {QStringLiteral("order-lines"), QStringLiteral("daily-sales"), QStringLiteral("catalog"),
            QStringLiteral("woocommerce-products"), QStringLiteral("facebook-ads")};
}

std::unique_ptr<Importer> createImporter(const QString &id)
{
    if (id == u"order-lines")
        return std::make_unique<OrderLinesImporter>();
    if (id == u"daily-sales")
        return std::make_unique<DailySalesImporter>();
    if (id == u"catalog")
        return std::make_unique<CatalogImporter>();
    if (id == u"woocommerce-products")
        return std::make_unique<WooCommerceImporter>();
    if (id == u"facebook-ads")
        return std::make_unique<FacebookAdsImporter>();
    return nullptr;
}

std::unique_ptr<Importer> detectImporter(const QStringList &headers)
{
    std::unique_ptr<Importer> best;
    int bestScore = 0;
    for (const QString &id : importerIds()) {
        auto importer = createImporter(id);
        // Ties go to the importer with more fields matched of its own.
        const int s = importer->score(headers);
        if (s > bestScore) {
            bestScore = s;
            best = std::move(importer);
        }
    }
    return best;
}

} // namespace cp
