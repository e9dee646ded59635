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
#include <initializer_list>
#include <memory>
#include <optional>

namespace cp {

class TaskContext;

// A column an importer reads, with the header names it is known by.
struct FieldSpec
{
    QString key;
    QString label;        // translated, for the mapping dialog
    // Header names in order of preference, compared after normalizeHeader()
    // (so "Campaign ID", "campaign_id" and "campaignId" are one name, and
    // "Amount spent (USD)" is "Amount spent").
    QStringList aliases;
    bool required = true;
};

// FieldSpec::aliases from the names as an importer spells them.
inline QStringList headerAliases(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromUtf8(n);
    return out;
}

// A header name reduced to what matters for matching: lower-case letters and
// digits only, without a trailing "(...)" (a currency or unit).
QString normalizeHeader(const QString &header);

// Importer field key -> column index in the file.
using ColumnMapping = QHash<QString, int>;

enum class OnBadRow { Stop, SkipAndCount };

// What an import does with days the store already has figures for (the same
// product-day or campaign-day): Stop refuses the file and names the overlap,
// Add adds the file's figures to the store's, Replace replaces those days.
enum class MergeMode { Stop, Add, Replace };
std::optional<MergeMode> mergeModeFromName(const QString &name);  // "add", "replace", "stop"

// The order of a slash date's numbers (01/11/2011). Auto reads month/day/year,
// the UCI original's and US exports' form, and refuses a file whose slash
// dates could be read either way with nothing in it to tell.
enum class DateOrder { Auto, MonthFirst, DayFirst };
// "mdy", "dmy" (--date-order); nullopt for anything else.
std::optional<DateOrder> dateOrderFromName(const QString &name);

struct ImportOptions
{
    OnBadRow onBadRow = OnBadRow::Stop;
    std::optional<ColumnMapping> mapping = std::nullopt;   // default: mapped by header names
    TextEncoding encoding = TextEncoding::Auto;
    MergeMode merge = MergeMode::Stop;
    // The currency of the file's amounts (ISO 4217), when the user named it.
    // A workspace that has none takes it; one in another currency refuses
    // the file (nothing is written): its sums would add pounds to dollars.
    // Empty: the workspace's currency, or still unknown.
    QString currency = {};
    DateOrder dateOrder = DateOrder::Auto;
};

// Days of a file that the store already has.
struct Overlap
{
    QString what;          // translated: "product-days", "campaign-days"
    qint64 count = 0;
    QDate first, last;
    QString describe() const;
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
    RowView(const CsvReader &reader, const ColumnMapping &mapping, const QStringList &headers, DateOrder dateOrder = DateOrder::Auto)
        : m_reader(reader), m_mapping(mapping), m_headers(headers), m_dateOrder(dateOrder) {}

    bool has(const QString &key) const;
    std::string_view raw(const QString &key) const;
    QString text(const QString &key) const;
    bool isEmpty(const QString &key) const;
    // A whole number in 64 bits; out of range is an error, not a wrap.
    std::optional<qint64> integer(const QString &key) const;
    // Whole numbers written as decimals by some exports ("17850.0").
    std::optional<qint64> integerLenient(const QString &key) const;
    // A count that may hold a fraction ("3.33": Google Ads' data-driven
    // attribution shares a conversion between clicks), in hundredths; more
    // decimals are rounded. Thousands grouped as integer() reads them.
    std::optional<qint64> hundredths(const QString &key) const;
    std::optional<Money> money(const QString &key) const;
    // ISO dates (2011-11-01, optionally followed by a time) and slash dates:
    // the UCI original's US form (12/1/2010 8:26), or day/month/year when the
    // import was told so (DateOrder).
    std::optional<QDate> date(const QString &key) const;
    // A day of figures (sales, spend): as date(), and refused when after
    // tomorrow (this computer's today by Clock, read once per file; a day's slack for a shop in a zone
    // ahead). One such row (2101 for 2021) made the next cycle's day 2101:
    // every campaign "0 days of figures", every pending pause superseded.
    std::optional<QDate> pastDay(const QString &key) const;

    QString error() const { return m_error; }
    void clearError() const { m_error.clear(); }
    // Amounts whose decimals past the cents were rounded (float noise such
    // as "1.429999948"), and the first line with one: the report says so.
    qint64 roundedAmounts() const { return m_rounded; }
    qint64 firstRoundedLine() const { return m_firstRoundedLine; }
    // Slash dates whose month and day could be either way round (02/12/2010),
    // the first of them and its line, and whether any slash date showed the
    // month comes first (a day above 12): the report says when none did.
    qint64 ambiguousDates() const { return m_ambiguous; }
    QString firstAmbiguousDate() const { return m_firstAmbiguous; }
    QDate firstAmbiguousDay() const { return m_firstAmbiguousDay; }
    qint64 firstAmbiguousLine() const { return m_firstAmbiguousLine; }
    bool monthFirstShown() const { return m_monthFirstShown; }
    void fail(const QString &key, const QString &problem) const;
    // The file's own header of a key's column ("revenue_gbp" for revenue):
    // what a message names, so that the user finds it in the file.
    QString headerOf(const QString &key) const;
    // The file's columns no field is read from (a breakdown such as "Age").
    QStringList unreadHeaders() const;
    // An identifier (a campaign id, a product code) a spreadsheet rewrote in
    // scientific notation ("1.20211E+14": Excel's General format for a
    // 15-digit id): its digits are lost, so two campaigns would become one.
    // The problem, naming the column and the text; empty when it is not one.
    QString roundedIdentifier(const QString &key, const QString &value) const;
    // A negative figure in a key's column, said naming the file's column:
    // 'column "Amount spent": a negative figure (-4.29)'.
    QString negativeFigure(const QString &key, const QString &value) const;

private:
    // The column of a key, cached: readers ask the same few keys on every
    // row, and hashing the name each time was a third of an import's time.
    int column(const QString &key) const;   // kUnmapped: no column for the key
    static constexpr int kUnmapped = INT_MIN;

    const CsvReader &m_reader;
    const ColumnMapping &m_mapping;
    const QStringList &m_headers;
    const DateOrder m_dateOrder;
    // Keys seen, matched by their text's address: a cached key holds its
    // text, so the address cannot be reused by another string meanwhile.
    mutable QList<QPair<QString, int>> m_columns;
    mutable QString m_error;
    mutable qint64 m_rounded = 0;
    mutable qint64 m_firstRoundedLine = 0;
    mutable qint64 m_ambiguous = 0, m_firstAmbiguousLine = 0;
    mutable QString m_firstAmbiguous;
    mutable QDate m_firstAmbiguousDay;
    mutable bool m_monthFirstShown = false;
    mutable QDate m_today;   // pastDay's today, read once
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

    // Maps fields to columns by header name: for each field in order, its
    // aliases in order of preference, each column used once (so a
    // "description" column is the name only when there is no "name").
    // A missing required column is an Error that lists the file's headers.
    Result<ColumnMapping> autoMap(const QStringList &headers, const QString &where = {}) const;
    // The same, best effort: every field that some column names.
    ColumnMapping mapByName(const QStringList &headers) const;
    // What a mapping lacks for this importer to read the file: the required
    // columns, plus what the importer needs besides (see missingEvidence()).
    QStringList missingColumns(const ColumnMapping &mapping) const;
    // How many of this importer's fields the headers name (for detection).
    int score(const QStringList &headers) const;

    // The days the last run() found already in the store: it refused them
    // (MergeMode::Stop) or merged them as asked.
    const std::optional<Overlap> &overlap() const { return m_overlap; }

    // Reads and writes a whole file in one transaction (logged in import_log).
    // A file whose days overlap the store's follows options.merge.
    Result<ImportReport> run(const QString &path, QSqlDatabase db, const ImportOptions &options = {},
                             TaskContext *context = nullptr);
    Result<ImportReport> run(CsvReader reader, QSqlDatabase db, const ImportOptions &options = {},
                             TaskContext *context = nullptr);

    // The two phases of run(), for callers that write several files in one
    // transaction: read() parses every row and writes nothing; writeTo()
    // writes what read() kept, inside the caller's transaction.
    Result<ImportReport> read(CsvReader &reader, const ImportOptions &options, TaskContext *context);
    Status writeTo(StoreWriter &writer, ImportReport &report, TaskContext *context);
    // ImportOptions::currency, inside the caller's transaction: a workspace
    // without a currency takes `currency`; one with another refuses it.
    static Status adoptCurrency(QSqlDatabase db, const QString &currency);

protected:
    virtual void reset() = 0;
    // Reads one record; an error text makes it a bad row.
    virtual std::optional<QString> readRow(const RowView &row, qint64 line) = 0;
    // Writes what was read, inside run()'s transaction.
    virtual Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) = 0;
    // Notes rows that are deliberately not imported (e.g. cancellations).
    void note(const QString &reason, qint64 count = 1) { m_notes[reason] += count; }
    // Besides the required columns, what this importer needs to tell its
    // shape from others' (translated names); empty when it has enough.
    virtual QStringList missingEvidence(const ColumnMapping &) const { return {}; }
    // True when missingEvidence() names columns the importer cannot read
    // without (daily-ads: a campaign id or name), not just detection evidence.
    virtual bool requiresEvidence() const { return false; }

    // Day-keyed imports: the table the rows go to ("product_days" or
    // "campaign_days"), the first and last day read, and whether a (id, day)
    // was read; run() checks the store's rows in that range against them
    // before writing (asked key by key, so no copy of a million keys).
    using DayKey = QPair<QString, QDate>;
    virtual QString dayTable() const { return {}; }
    virtual std::pair<QDate, QDate> dayRange() const { return {}; }
    virtual bool hasDay(const QString &id, const QDate &day) const { Q_UNUSED(id); Q_UNUSED(day); return false; }
    // Before the overlap check, in run(): an importer may match what it read
    // against the store (daily ads: a campaign named without an id to the
    // workspace's campaign of that name). An error refuses the file.
    virtual Status matchStore(QSqlDatabase db) { Q_UNUSED(db); return {}; }
    // Each row is a day's total (a daily report), not a line of an order:
    // equal totals on the store's days then mean the same report again.
    virtual bool rowsAreDayTotals() const { return false; }
    // In MergeMode::Add, the store's figures for the same day added to d;
    // otherwise d. An error when a sum leaves the money range. It also
    // counts the days whose file figures equal the store's (run() refuses
    // an addition that is mostly such days: the same report again).
    Result<ProductDay> merged(ProductDay d) const;
    Result<CampaignDay> merged(CampaignDay d) const;

private:
    Status checkOverlap(QSqlDatabase db, MergeMode mode);

    QMap<QString, qint64> m_notes;
    std::optional<Overlap> m_overlap;
    MergeMode m_merge = MergeMode::Stop;
    // A currency a mapped column's header names ("Amount spent (USD)"), and
    // that header; empty: none named (read()).
    QString m_headerCurrency, m_headerCurrencyColumn;
    qint64 m_headerLine = 1;   // the header's line (a report's title lines come above it)
    QHash<DayKey, ProductDay> m_existingProductDays;
    QHash<DayKey, CampaignDay> m_existingCampaignDays;
    // MergeMode::Add: of the overlapping days with figures, how many the
    // file states exactly as the store has them, and the first of those.
    struct SameAsStored
    {
        qint64 overlapping = 0, same = 0;
        QString firstId;
        QDate firstDay;
        void count(bool equal, const QString &id, const QDate &day);
    };
    mutable SameAsStored m_sameAsStored;
};

// The importers this program has, by id: "order-lines", "daily-sales",
// "catalog", "woocommerce-products", "facebook-ads", "daily-ads".
QStringList importerIds();
// The currency of a file that is one table of a recording (a manifest.json
// beside it naming one, as `export-recording` writes): imported on its own,
// its amounts are in that currency. Empty otherwise.
QString recordingCurrencyBeside(const QString &file);
std::unique_ptr<Importer> createImporter(const QString &id);

// How well one importer's columns match a header.
struct DetectionCandidate
{
    QString id;
    QString displayName;
    int matched = 0;          // fields the header names
    QStringList missing;      // required columns (and evidence) it lacks
    bool complete() const { return missing.isEmpty(); }
};

// Every importer scored against a header, best first. An import runs only on
// a clear winner: the one complete candidate, or a complete one naming
// strictly more fields than the next complete one. Otherwise `problem` says
// why (a tie, or no importer finds its columns) and names the two best.
struct Detection
{
    QList<DetectionCandidate> ranked;
    QString winner;           // importer id; empty when there is no clear winner
    QString problem;          // translated; empty when there is a winner
};
Detection detectImporters(const QStringList &headers);
// The clear winner of detectImporters(), or nullptr.
std::unique_ptr<Importer> detectImporter(const QStringList &headers);

} // namespace cp
