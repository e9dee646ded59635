// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "models/clock.h"
#include "models/manifest.h"
#include "models/workspace.h"

#include "catalogimporter.h"
#include "dailyadsimporter.h"
#include "campaignlistimporter.h"
#include "dailysalesimporter.h"
#include "facebookadsimporter.h"
#include "models/backgroundtask.h"
#include "orderlinesimporter.h"
#include "woocommerceimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>
#include <algorithm>
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

// An English month's name or its abbreviation ("Nov", "Nov.", "November",
// "Sept"), any case: 1-12, or 0.
int monthByName(std::string_view word)
{
    while (!word.empty() && word.back() == '.')
        word.remove_suffix(1);
    if (word.size() < 3)
        return 0;
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    for (int m = 0; m < 12; ++m) {
        const std::string_view name(names[m]);
        if (word.size() > name.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < word.size() && same; ++i)
            same = char(word[i] | 0x20) == name[i];
        if (same && (word.size() == 3 || word.size() == name.size() || (m == 8 && word.size() == 4)))
            return m + 1;
    }
    return 0;
}

// A date with its month by name, as ad platforms' English interfaces write
// a day: "Nov 1, 2026" (Google Ads, US), "1 Nov 2026" or "1 November 2026"
// (UK). One reading only: the month is named.
QDate namedMonthDate(std::string_view v)
{
    auto trim = [](std::string_view t) {
        while (!t.empty() && t.front() == ' ')
            t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ')
            t.remove_suffix(1);
        return t;
    };
    v = trim(v);
    // Three words, the comma after the day optional.
    std::string_view words[3];
    int n = 0;
    while (!v.empty() && n < 3) {
        const size_t cut = v.find_first_of(" ,");
        words[n++] = v.substr(0, cut);
        v = cut == std::string_view::npos ? std::string_view() : trim(v.substr(cut + 1));
        if (!v.empty() && v.front() == ',')
            v = trim(v.substr(1));
    }
    if (n != 3 || !v.empty())
        return {};
    // The day: one or two digits; the year: four (parseShort, parseDigits).
    auto whole = [](std::string_view word, auto parse) {
        const char *p = word.data();
        const char *end = p + word.size();
        return parse(p, end) && p == end;
    };
    int d = 0, y = 0;
    int m = monthByName(words[0]);   // Nov 1, 2026
    int dayWord = 1;
    if (m == 0) {
        m = monthByName(words[1]);   // 1 Nov 2026
        dayWord = 0;
    }
    if (m == 0 || !whole(words[dayWord], [&d](const char *&p, const char *end) { return parseShort(p, end, d); })
        || !whole(words[2], [&y](const char *&p, const char *end) { return parseDigits(p, end, 4, y); }))
        return {};
    return QDate(y, m, d);
}
} // namespace

QString normalizeHeader(const QString &header)
{
    QString h = header.trimmed();
    // "Amount spent (USD)": the currency says nothing about which column it is.
    if (h.endsWith(QLatin1Char(')'))) {
        if (const qsizetype open = h.lastIndexOf(QLatin1Char('(')); open > 0)
            h.truncate(open);
    }
    QString out;
    out.reserve(h.size());
    for (const QChar c : std::as_const(h)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

namespace {
// A file's content as BLAKE2b-256 in hex (empty when it cannot be read).
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!hash.addData(&f))
        return {};
    return hash.result().toHex();
}

// The ISO 4217 codes a workspace's money can be in (models/money.h).
const QSet<QString> &knownCurrencies()
{
    return knownCurrencyCodes();
}

// The currency a header names in a trailing "(XXX)" or "_xxx"
// ("revenue_gbp", "median_unit_price_gbp": the public UCI files' own
// headers), or empty. Before, "_eur" was read as no currency, and euros
// landed in a pound workspace as pounds.
QString headerCurrency(const QString &header)
{
    const QString h = header.trimmed();
    if (h.size() > 4 && h.at(h.size() - 4) == u'_') {
        const QString code = h.right(3).toUpper();
        if (knownCurrencies().contains(code))
            return code;
    }
    if (!h.endsWith(QLatin1Char(')')))
        return {};
    const qsizetype open = h.lastIndexOf(QLatin1Char('('));
    if (open < 0)
        return {};
    const QString code = h.mid(open + 1, h.size() - open - 2).trimmed().toUpper();
    return knownCurrencies().contains(code) ? code : QString();
}
} // namespace

std::optional<DateOrder> dateOrderFromName(const QString &name)
{
    if (name == u"mdy")
        return DateOrder::MonthFirst;
    if (name == u"dmy")
        return DateOrder::DayFirst;
    return std::nullopt;
}

std::optional<MergeMode> mergeModeFromName(const QString &name)
{
    if (name == u"add")
        return MergeMode::Add;
    if (name == u"replace")
        return MergeMode::Replace;
    if (name == u"stop")
        return MergeMode::Stop;
    return std::nullopt;
}

QString Overlap::describe() const
{
    return QCoreApplication::translate("Importer", "%1 %2 of this file are already in the store (%3 to %4)")
        .arg(count).arg(what, first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

qint64 ImportReport::rowsWritten() const
{
    qint64 total = 0;
    for (qint64 n : written)
        total += n;
    return total;
}

namespace {
// The keys of ImportReport::written are identifiers (tests and the import log
// use them); the summary shows them in the user's language.
// "3 product days written", in the plural the count asks for.
QString writtenText(const QString &key, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (key == u"products")
        return QCoreApplication::translate("Importer", "%n product(s) written", nullptr, n);
    if (key == u"product days")
        return QCoreApplication::translate("Importer", "%n product day(s) written", nullptr, n);
    if (key == u"campaigns")
        return QCoreApplication::translate("Importer", "%n campaign(s) written", nullptr, n);
    if (key == u"campaign days")
        return QCoreApplication::translate("Importer", "%n campaign day(s) written", nullptr, n);
    if (key == u"ads")
        return QCoreApplication::translate("Importer", "%n ad(s) written", nullptr, n);
    return QCoreApplication::translate("Importer", "%1 %2 written").arg(count).arg(key);
}
} // namespace

QString ImportReport::summary() const
{
    QStringList parts;
    parts << QCoreApplication::translate("Importer", "%1: %n row(s) read", nullptr, int(rowsRead)).arg(QFileInfo(file).fileName());
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        parts << writtenText(it.key(), it.value());
    if (rowsSkipped > 0)
        parts << QCoreApplication::translate("Importer", "%n bad row(s) skipped", nullptr, int(rowsSkipped));
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    if (cancelled)
        parts << QCoreApplication::translate("Importer", "cancelled, nothing written");
    return parts.join(QStringLiteral("; "));
}

int RowView::column(const QString &key) const
{
    for (const auto &[cached, column] : std::as_const(m_columns))
        if (cached.constData() == key.constData() && cached.size() == key.size())
            return column;
    const auto it = m_mapping.constFind(key);
    const int column = it == m_mapping.constEnd() ? kUnmapped : *it;
    if (m_columns.size() < 64)
        m_columns.append({key, column});
    return column;
}

bool RowView::has(const QString &key) const
{
    return column(key) != kUnmapped;
}

std::string_view RowView::raw(const QString &key) const
{
    const int column = this->column(key);
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

QStringList RowView::unreadHeaders() const
{
    QSet<int> read;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        read.insert(it.value());
    QStringList out;
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        if (!read.contains(int(i)) && !m_headers.at(i).trimmed().isEmpty())
            out << m_headers.at(i);
    return out;
}

QString RowView::headerOf(const QString &key) const
{
    const int index = m_mapping.value(key, -1);
    return index >= 0 && index < m_headers.size() ? m_headers.at(index) : key;
}

QString RowView::roundedIdentifier(const QString &key, const QString &value) const
{
    static const QRegularExpression scientific(QStringLiteral("^\\s*[0-9](?:[.,][0-9]+)?[eE]\\+?[0-9]+\\s*$"));
    if (!scientific.match(value).hasMatch())
        return {};
    return tr("column \"%1\": \"%2\" is an id a spreadsheet rewrote in scientific notation, so its digits are lost and two "
              "different ones could read as one: export the file again, or format the column as text before saving it")
        .arg(headerOf(key), value.trimmed());
}

QString RowView::negativeFigure(const QString &key, const QString &value) const
{
    return tr("column \"%1\": a negative figure (%2)").arg(headerOf(key), value);
}

void RowView::fail(const QString &key, const QString &problem) const
{
    if (!m_error.isEmpty())
        return;
    m_error = tr("column \"%1\": %2").arg(headerOf(key), problem);
}

namespace {
// "12,268" (as Google Ads and spreadsheets write counts) without its
// grouping commas: three-digit groups only, maybe ".00" after them, and not
// in a semicolon-separated file, whose spreadsheets write a decimal comma.
// Empty when `v` is not so grouped.
// `pointRequired`: only with a decimal point after the groups (money: "1,232"
// alone could be a decimal comma).
std::string withoutGroupingCommas(std::string_view v, bool pointRequired)
{
    if (v.find(',') == std::string_view::npos)
        return {};
    // Thousands ("1,234,567") or the Indian lakh and crore ("12,34,567",
    // as Google Ads writes an INR account's figures: two digits a group but
    // the last three). Both read one way only: a decimal comma has one comma.
    static const QString groups = QStringLiteral("^-?(\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})+,\\d{3})");
    static const QRegularExpression grouped(groups + QStringLiteral("(\\.\\d+)?$"));
    static const QRegularExpression groupedWithPoint(groups + QStringLiteral("\\.\\d+$"));
    const QString text = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
    if (!(pointRequired ? groupedWithPoint : grouped).match(text).hasMatch())
        return {};
    return QString(text).remove(u',').toStdString();
}

// A count's grouping, read outside semicolon files.
std::string withoutGrouping(std::string_view v, char delimiter)
{
    return delimiter == ';' ? std::string() : withoutGroupingCommas(v, false);
}
} // namespace

std::optional<qint64> RowView::integer(const QString &key) const
{
    const std::string plain = withoutGrouping(raw(key), m_reader.delimiter());
    const std::string_view v = plain.empty() ? raw(key) : std::string_view(plain);
    qint64 value = 0;
    const char *begin = v.data();
    if (!v.empty() && *begin == '+')
        ++begin;
    const auto [end, ec] = std::from_chars(begin, v.data() + v.size(), value);
    if (ec == std::errc::result_out_of_range) {
        fail(key, tr("\"%1\" is out of range for a whole number").arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        return std::nullopt;
    }
    if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
        fail(key, tr("\"%1\" is not a whole number").arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RowView::integerLenient(const QString &key) const
{
    const std::string plain = withoutGrouping(raw(key), m_reader.delimiter());
    std::string_view v = plain.empty() ? raw(key) : std::string_view(plain);
    if (const size_t dot = v.find('.'); dot != std::string_view::npos) {
        const std::string_view decimals = v.substr(dot + 1);
        if (decimals.find_first_not_of('0') == std::string_view::npos)
            v = v.substr(0, dot);
    }
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec == std::errc::result_out_of_range) {
        fail(key, tr("\"%1\" is out of range for a whole number").arg(text(key)));
        return std::nullopt;
    }
    if (v.empty() || ec != std::errc() || end != v.data() + v.size()) {
        fail(key, tr("\"%1\" is not a whole number").arg(text(key)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RowView::hundredths(const QString &key) const
{
    const std::string plain = withoutGrouping(raw(key), m_reader.delimiter());
    const std::string_view v = plain.empty() ? raw(key) : std::string_view(plain);
    bool outOfRange = false;
    const auto m = Money::parse(v.data(), v.data() + v.size(), &outOfRange);
    if (!m) {
        fail(key, outOfRange ? tr("\"%1\" is out of range").arg(text(key))
                             : tr("\"%1\" is not a number (digits with an optional decimal point)").arg(text(key)));
        return std::nullopt;
    }
    return m->minor();
}

std::optional<Money> RowView::money(const QString &key) const
{
    const std::string_view v = raw(key);
    bool outOfRange = false;
    bool rounded = false;
    auto m = Money::parse(v.data(), v.data() + v.size(), &outOfRange, &rounded);
    if (!m && !outOfRange) {
        // Thousands grouped with commas and a decimal point ("1,232.52", as
        // spreadsheets and ad platforms write big amounts): unambiguous, so
        // read. Grouped without a decimal point ("1,232") could be a decimal
        // comma, and stays refused.
        if (const std::string plain = withoutGroupingCommas(v, true); !plain.empty())
            m = Money::parse(plain.data(), plain.data() + plain.size(), &outOfRange, &rounded);
    }
    // "1.234" in a semicolon-separated file: the field separator of the
    // spreadsheets that write a decimal comma, which group thousands with a
    // point (German Excel's #.##0). Read as a decimal point it was €1.23
    // where the report said €1,234, with only a "rounded" note. Refused as
    // reading two ways, as "1,232" is.
    if (m && m_reader.delimiter() == ';') {
        static const QRegularExpression pointGrouped(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+$"));
        const QString text = QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
        if (pointGrouped.match(text).hasMatch()) {
            fail(key, tr("\"%1\" reads two ways: %2 with a thousands point (this file separates its fields with semicolons, "
                         "as spreadsheets that write a decimal comma do) or %3; save the amounts without thousands separators")
                          .arg(text, QString(text).remove(u'.'), text));
            return std::nullopt;
        }
    }
    if (m && rounded && m_rounded++ == 0)
        m_firstRoundedLine = m_reader.line();
    if (!m && outOfRange)
        fail(key, tr("\"%1\" is out of range (amounts up to %2)")
                      .arg(QString::fromUtf8(v.data(), qsizetype(v.size())), Money::fromMinor(Money::kMaxMinor).toString()));
    else if (!m) {
        static const QRegularExpression decimalComma(QStringLiteral("^-?\\d+,\\d{1,2}$"));
        const QString text = QString::fromUtf8(v.data(), qsizetype(v.size()));
        fail(key, decimalComma.match(text.trimmed()).hasMatch()
                      ? tr("\"%1\" is not an amount: a decimal comma? Amounts are read with a decimal point (%2): save the file "
                           "with a decimal point")
                            .arg(text, QString(text.trimmed()).replace(u',', u'.'))
                      : tr("\"%1\" is not an amount (digits with an optional decimal point)").arg(text));
    }
    return m;
}

std::optional<QDate> RowView::date(const QString &key) const
{
    const std::string_view v = raw(key);
    const char *p = v.data();
    const char *end = p + v.size();
    int y = 0, m = 0, d = 0;
    bool ok = false;
    // "Nov 1, 2026", "1 Nov 2026": the month by name, one reading.
    // (Its first word is letters, or one or two digits and then a word of
    // letters: not "2026-11-01T10:00", whose T follows a dash.)
    auto isLetter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    const size_t first = v.find_first_not_of(' ');
    const size_t afterDigits = first == std::string_view::npos ? first : v.find_first_not_of("0123456789", first);
    if (first != std::string_view::npos
        && (isLetter(v[first])
            || (afterDigits != first && afterDigits != std::string_view::npos && afterDigits - first <= 2 && v[afterDigits] == ' '
                && afterDigits + 1 < v.size() && isLetter(v[afterDigits + 1])))) {
        if (const QDate named = namedMonthDate(v); named.isValid())
            return named;
        fail(key, tr("\"%1\" is not a date (YYYY-MM-DD, M/D/YYYY, or the month by name: Nov 1, 2026 or 1 Nov 2026)")
                      .arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        return std::nullopt;
    }
    const bool iso = v.size() >= 10 && v[4] == '-';   // else a slash date
    if (iso) {
        ok = parseDigits(p, end, 4, y) && p < end && *p++ == '-' && parseDigits(p, end, 2, m) && p < end && *p++ == '-'
            && parseDigits(p, end, 2, d) && (p == end || *p == ' ' || *p == 'T');
    } else {
        int first = 0, second = 0;
        ok = parseShort(p, end, first) && p < end && *p++ == '/' && parseShort(p, end, second) && p < end && *p++ == '/'
            && parseDigits(p, end, 4, y) && (p == end || *p == ' ');
        m = m_dateOrder == DateOrder::DayFirst ? second : first;
        d = m_dateOrder == DateOrder::DayFirst ? first : second;
    }
    const QDate date = ok ? QDate(y, m, d) : QDate();
    if (!date.isValid()) {
        const QString text = QString::fromUtf8(v.data(), qsizetype(v.size()));
        if (ok && !iso && m_dateOrder == DateOrder::Auto && m > 12 && m <= 31 && d >= 1 && d <= 12)
            fail(key, tr("\"%1\" is not a date: dates with a slash are read month/day/year, and %2 is no month; for a file whose "
                         "dates are day/month/year, import with --date-order dmy (the import window's \"Dates\")")
                          .arg(text)
                          .arg(m));
        else if (ok && !iso && m_dateOrder == DateOrder::DayFirst)
            fail(key, tr("\"%1\" is not a date read as day/month/year").arg(text));
        else if (ok && !iso && m_dateOrder == DateOrder::MonthFirst)
            fail(key, tr("\"%1\" is not a date read as month/day/year").arg(text));
        else
            fail(key, tr("\"%1\" is not a date (YYYY-MM-DD or M/D/YYYY)").arg(text));
        return std::nullopt;
    }
    if (!iso && m_dateOrder == DateOrder::Auto) {
        if (d > 12) {
            m_monthFirstShown = true;
        } else if (m != d) {
            if (m_ambiguous++ == 0) {
                m_firstAmbiguous = QString::fromUtf8(v.data(), qsizetype(v.size()));
                m_firstAmbiguousLine = m_reader.line();
                m_firstAmbiguousDay = date;
            }
        }
    }
    return date;
}

std::optional<QDate> RowView::pastDay(const QString &key) const
{
    const auto day = date(key);
    if (!day)
        return std::nullopt;
    // This computer's today by the program's clock (Clock: the one the
    // cycle's today reads, and the one tests move), read once per file.
    if (!m_today.isValid())
        m_today = Clock::now().toLocalTime().date();
    const QDate &today = m_today;
    const QDate tomorrow = today.addDays(1);
    if (*day > tomorrow) {
        // A slash date read month first ("12/11/2026": 11 December) that is
        // past read day first (12 November): the date order, not the year
        // (a walkthrough's day/month file stopped at "a mistyped year?").
        static const QRegularExpression slash(QStringLiteral("^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})"));
        const QRegularExpressionMatch m = slash.match(text(key));
        if (m.hasMatch() && m_dateOrder != DateOrder::DayFirst) {
            const QDate dayFirst(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (dayFirst.isValid() && dayFirst <= tomorrow) {
                fail(key, tr("\"%1\" read month first is %2, in the future (today is %3); read day first it is %4: if the "
                             "file writes day/month/year, import it so (--date-order dmy; in the window, Dates: Day/month/year)")
                              .arg(text(key).trimmed(), day->toString(Qt::ISODate), today.toString(Qt::ISODate),
                                   dayFirst.toString(Qt::ISODate)));
                return std::nullopt;
            }
        }
        fail(key, tr("%1 lies in the future (today is %2): a mistyped year? Figures are for days that have passed")
                      .arg(day->toString(Qt::ISODate), today.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return day;
}

ColumnMapping Importer::mapByName(const QStringList &headers) const
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized << normalizeHeader(h);
    ColumnMapping mapping;
    QSet<int> used;
    for (const FieldSpec &f : fields()) {
        for (const QString &alias : f.aliases) {
            const QString a = normalizeHeader(alias);
            int found = -1;
            for (int c = 0; c < normalized.size() && found < 0; ++c) {
                if (!used.contains(c) && normalized.at(c) == a)
                    found = c;
            }
            if (found >= 0) {
                mapping.insert(f.key, found);
                used.insert(found);
                break;
            }
        }
    }
    return mapping;
}

QStringList Importer::missingColumns(const ColumnMapping &mapping) const
{
    QStringList missing;
    for (const FieldSpec &f : fields()) {
        if (f.required && !mapping.contains(f.key))
            missing << f.aliases.value(0, f.key);
    }
    return missing + missingEvidence(mapping);
}

Result<ColumnMapping> Importer::autoMap(const QStringList &headers, const QString &where) const
{
    const ColumnMapping mapping = mapByName(headers);
    // Evidence only decides detection: a user who names the importer gets it
    // with its required columns (an id-and-name list is a catalog when they say so).
    QStringList missing;
    for (const FieldSpec &f : fields()) {
        if (f.required && !mapping.contains(f.key))
            missing << f.aliases.value(0, f.key);
    }
    if (const QStringList either = missingEvidence(mapping); !either.isEmpty() && requiresEvidence())
        missing += either;
    if (!missing.isEmpty())
        return Error{tr("required column(s) %1 not found for %2; the file's columns are: %3")
                         .arg(missing.join(QStringLiteral(", ")), displayName(), headers.join(QStringLiteral(", "))),
                     where};
    return mapping;
}

int Importer::score(const QStringList &headers) const
{
    const ColumnMapping mapping = mapByName(headers);
    return missingColumns(mapping).isEmpty() ? int(mapping.size()) : 0;
}

Result<ImportReport> Importer::run(const QString &path, QSqlDatabase db, const ImportOptions &options, TaskContext *context)
{
    auto reader = CsvReader::open(path, options.encoding);
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
    // A user's file with only a header is a mistake worth its own words (a
    // recording's empty table, read through read() directly, is not).
    if (read->rowsRead == 0)
        return Error{tr("the file has a header but no rows"), QStringLiteral("%1:%2").arg(reader.fileName()).arg(m_headerLine)};
    // Every row skipped as bad is a file not understood, not an import of
    // nothing: refused (it said "0 written; 139 bad rows skipped" and exited 0).
    if (read->rowsSkipped == read->rowsRead)
        return Error{tr("every one of its %1 rows is bad, so nothing was imported; the first: %2")
                         .arg(read->rowsRead)
                         .arg(read->errors.value(0)),
                     reader.fileName()};
    ImportReport report = std::move(read).value();
    if (Status s = matchStore(db); !s)
        return Error{s.error().message, s.error().where.isEmpty() ? reader.fileName() : s.error().where};
    // Read before the write transaction begins: hashing the file holds no lock.
    const QByteArray contentHash = fileHash(reader.fileName());
    StoreWriter writer(db);
    if (Status s = writer.begin(); !s)
        return s.error();
    if (Status s = checkOverlap(db, options.merge); !s) {
        writer.rollback();
        return s.error();
    }
    // The same file added a second time would count every figure twice
    // (a walkthrough doubled a day's 2,938 units so): refused, saying when
    // it came. Replace re-imports it; a file with other content adds.
    if (options.merge == MergeMode::Add && m_overlap && !contentHash.isEmpty()) {
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("SELECT imported_at, file FROM import_log WHERE content_hash = ? ORDER BY id LIMIT 1"));
        seen.addBindValue(QString::fromLatin1(contentHash));
        if (!seen.exec()) {
            writer.rollback();
            return Error{seen.lastError().text(), QStringLiteral("import_log")};
        }
        if (seen.next()) {
            writer.rollback();
            return Error{tr("this file's content was imported already (as %1 on %2): adding it again would count its %3 twice. "
                            "Nothing was imported; --merge replace imports it again")
                             .arg(seen.value(1).toString(),
                                  QLocale().toString(QDateTime::fromString(seen.value(0).toString(), Qt::ISODate).toLocalTime(),
                                                     QLocale::ShortFormat),
                                  m_overlap->what),
                         reader.fileName()};
        }
    }
    // A currency the user names must be one (knownCurrencies()): ZZZ was
    // taken as the workspace's.
    const QString named = options.currency.trimmed().toUpper();
    if (!named.isEmpty() && !knownCurrencies().contains(named)) {
        writer.rollback();
        return Error{tr("\"%1\" is not a currency code (ISO 4217, e.g. GBP, EUR, USD)").arg(options.currency), QStringLiteral("--currency")};
    }
    if (!m_headerCurrency.isEmpty() && !named.isEmpty() && named != m_headerCurrency) {
        writer.rollback();
        return Error{tr("column \"%1\" says its amounts are in %2, and the import was told %3").arg(m_headerCurrencyColumn, m_headerCurrency,
                                                                                                    named),
                     QStringLiteral("%1:%2").arg(reader.fileName()).arg(m_headerLine)};
    }
    const QString currency = !options.currency.isEmpty() ? options.currency
                             : !m_headerCurrency.isEmpty() ? m_headerCurrency
                                                           : recordingCurrencyBeside(reader.fileName());
    if (Status s = adoptCurrency(db, currency); !s) {
        writer.rollback();
        return Error{s.error().message, m_headerCurrency.isEmpty() || !options.currency.isEmpty()
                                            ? s.error().where
                                            : QStringLiteral("%1:%2 (column \"%3\")").arg(reader.fileName()).arg(m_headerLine).arg(m_headerCurrencyColumn)};
    }
    if (Status s = writeTo(writer, report, context); !s) {
        writer.rollback();
        return s.error();
    }
    // Added onto days that already hold exactly these figures: the same
    // report again, re-saved (Excel's BOM and CRLF, UTF-16: other bytes than
    // the file hash knows) or downloaded again over the same days. A
    // walkthrough's re-saved Meta report doubled every figure so. Refused
    // when at least half of the overlapping days with figures match: two
    // sources of one product's sales on one day rarely agree to the cent
    // on most days. Only for files whose rows are day totals (daily sales,
    // daily ad reports): a small shop's order lines split in two files sum
    // to the same one unit a day on every shared day, and were refused.
    if (options.merge == MergeMode::Add && rowsAreDayTotals() && m_sameAsStored.same > 0
        && m_sameAsStored.same * 2 >= m_sameAsStored.overlapping) {
        writer.rollback();
        return Error{tr("%1 of the %2 %3 this file shares with the store hold exactly the figures the store has for them "
                        "(the first: %4 on %5): this is the same report imported before (saved again or downloaded again), "
                        "and adding it would count them twice. Nothing was imported; --merge replace takes the file's "
                        "figures for those days")
                         .arg(m_sameAsStored.same)
                         .arg(m_sameAsStored.overlapping)
                         .arg(m_overlap ? m_overlap->what : tr("days"), m_sameAsStored.firstId,
                              QLocale().toString(m_sameAsStored.firstDay, QLocale::ShortFormat)),
                     reader.fileName()};
    }
    if (report.cancelled) {
        writer.rollback();
        return report;
    }
    // The report says what the merge did, not only what was written.
    if (m_overlap)
        report.notes[options.merge == MergeMode::Add ? tr("%1 added to the store's figures").arg(m_overlap->what)
                                                     : tr("%1 replaced").arg(m_overlap->what)] = m_overlap->count;
    if (Status s = writer.logImport({report.importer, QFileInfo(report.file).fileName(), report.rowsRead,
                                     report.rowsWritten(), report.rowsSkipped, report.errors.mid(0, 20), contentHash});
        !s) {
        writer.rollback();
        return s.error();
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    return report;
}

Status Importer::adoptCurrency(QSqlDatabase db, const QString &currency)
{
    if (currency.isEmpty())
        return {};
    const QString code = currency.trimmed().toUpper();
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (workspace->currency.isEmpty())
        return Workspaces::setCurrency(db, code);   // checks it is three letters
    if (workspace->currency != code)
        return Error{tr("the file's amounts are in %1 and this workspace's in %2: import it into a workspace of its own "
                        "(its sums would add %1 to %2)")
                         .arg(code, workspace->currency),
                     QStringLiteral("currency")};
    return {};
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
    m_overlap.reset();
    m_existingProductDays.clear();
    m_existingCampaignDays.clear();
    m_sameAsStored = {};
    m_merge = options.merge;
    auto headers = reader.readHeader();
    if (!headers)
        return headers.error();
    m_headerLine = reader.line();   // below a report's title lines, not always 1
    const QString headerAt = QStringLiteral("%1:%2").arg(file).arg(m_headerLine);
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
        auto mapped = autoMap(*headers, headerAt);
        if (!mapped)
            return mapped.error();
        mapping = *mapped;
    }

    // A currency the file's own headers name ("Amount spent (USD)"): the
    // amounts are in it (before, the suffix was dropped and dollars were
    // stored as the workspace's pounds). Two different ones: refused.
    m_headerCurrency.clear();
    m_headerCurrencyColumn.clear();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString header = it.value() >= 0 && it.value() < headers->size() ? headers->at(it.value()) : QString();
        const QString code = headerCurrency(header);
        if (code.isEmpty())
            continue;
        if (!m_headerCurrency.isEmpty() && m_headerCurrency != code)
            return Error{tr("column \"%1\" is in %2 and column \"%3\" in %4: one file holds one currency")
                             .arg(m_headerCurrencyColumn, m_headerCurrency, header, code),
                         headerAt};
        m_headerCurrency = code;
        m_headerCurrencyColumn = header;
    }

    // A column that states the amounts' currency row by row (Google Ads'
    // "Currency code", Meta's "Currency"): the file's currency as a header's
    // "(USD)" is, and every row must state the same one. Before, it was not
    // read, and euros went into a pound workspace as pounds.
    int currencyColumn = -1;
    for (qsizetype i = 0; i < headers->size() && currencyColumn < 0; ++i) {
        static const QSet<QString> names{QStringLiteral("currency"), QStringLiteral("currencycode"), QStringLiteral("accountcurrency"),
                                         QStringLiteral("customercurrencycode"), QStringLiteral("ordercurrency")};
        if (names.contains(normalizeHeader(headers->at(i))))
            currencyColumn = int(i);
    }
    auto rowCurrency = [&](const QString &code) -> std::optional<QString> {
        if (code.isEmpty() || code == u"--")   // Google Ads' "no value" (its total rows)
            return std::nullopt;
        const QString header = headers->at(currencyColumn);
        if (!knownCurrencies().contains(code))
            return tr("column \"%1\": \"%2\" is not a currency code").arg(header, code);
        if (m_headerCurrency.isEmpty()) {
            m_headerCurrency = code;
            m_headerCurrencyColumn = header;
        } else if (code != m_headerCurrency) {
            return tr("column \"%1\" says %2 where column \"%3\" says %4: one file holds one currency")
                .arg(header, code, m_headerCurrencyColumn, m_headerCurrency);
        }
        return std::nullopt;
    };

    ImportReport report;
    report.importer = id();
    report.file = file;
    reset();
    m_notes.clear();
    // Said, not silent: what was above the header (CsvReader::detectDelimiter).
    if (reader.linesAboveHeader() > 0)
        note(reader.titleLines().isEmpty()
                 ? tr("blank lines above the header skipped")
                 : tr("lines above the header skipped as the report's title (\"%1\")").arg(reader.titleLines().join(QStringLiteral("\", \""))),
             reader.linesAboveHeader());
    const RowView row(reader, mapping, *headers, options.dateOrder);
    const size_t expectedFields = size_t(headers->size());

    // Asked of every row: its first field's bytes are compared before any
    // text is made (the header names are trimmed, so is the field).
    const QByteArray firstHeader = headers->value(0).toUtf8();
    auto repeatsHeader = [&reader, &headers, &firstHeader]() {
        const std::vector<std::string_view> &fields = reader.fields();
        if (fields.empty())
            return false;
        std::string_view first = fields[0];
        while (!first.empty() && (first.front() == ' ' || first.front() == '\t'))
            first.remove_prefix(1);
        while (!first.empty() && (first.back() == ' ' || first.back() == '\t'))
            first.remove_suffix(1);
        if (first != std::string_view(firstHeader.constData(), size_t(firstHeader.size())))
            return false;
        for (size_t i = 1; i < fields.size(); ++i)
            if (reader.field(int(i)).trimmed() != headers->value(qsizetype(i)))
                return false;
        return true;
    };
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
        case CsvReader::Next::Failed:
            // Never a bad row to skip: the rest of the file would be lost unsaid.
            return Error{reader.errorString(), file};
        case CsvReader::Next::BadRecord:
            ++report.rowsRead;
            if (auto stop = badRow(reader.errorString()))
                return *stop;
            break;
        case CsvReader::Next::Record: {
            ++report.rowsRead;
            row.clearError();
            std::optional<QString> problem;
            // Empty fields after the last column (a spreadsheet's once-used
            // columns to the right: "…,12.00,,") are nothing to read.
            const auto &fields = reader.fields();
            const bool emptyBeyond = fields.size() > expectedFields
                                     && std::all_of(fields.begin() + qsizetype(expectedFields), fields.end(),
                                                    [](std::string_view f) { return f.find_first_not_of(" \t") == std::string_view::npos; });
            if (fields.size() != expectedFields && !emptyBeyond) {
                problem = tr("%1 fields, but the header has %2").arg(fields.size()).arg(expectedFields);
            } else if (repeatsHeader()) {
                // Two exports pasted into one file: the second's header is
                // not a row ("\"Day\" is not a date" said nothing useful).
                note(tr("lines that repeat the header skipped (exports pasted together?)"));
                break;
            } else {
                if (currencyColumn >= 0)
                    problem = rowCurrency(reader.field(currencyColumn).trimmed().toUpper());
                if (!problem)
                    problem = readRow(row, reader.line());
            }
            if (problem) {
                // Another export's header (exports pasted into one file),
                // known by what its columns are, not by their spelling: a
                // line whose fields name this importer's required columns
                // (lower case, "Date" for "Day", non-breaking spaces, one
                // column more: a walkthrough's pasted exports got past a
                // comparison of the spelling). Unless it repeats this header,
                // it stops the import even with --skip-bad-rows: the lines
                // below it would be read by this header's columns (its
                // clicks as impressions).
                {
                    QStringList these;
                    for (size_t i = 0; i < fields.size(); ++i)
                        these << reader.field(int(i)).trimmed();
                    const ColumnMapping theirs = mapByName(these);
                    if (theirs.size() >= 2 && missingColumns(theirs).isEmpty()) {
                        // The same names in the same order, but for case and
                        // spacing: a repeated header. Not when a name differs
                        // otherwise: "Amount spent (USD)" below "(GBP)" is
                        // another currency, "Date" below "Day" another export.
                        auto spelled = [](const QStringList &names) {
                            QStringList out;
                            for (const QString &n : names)
                                out << n.simplified().toLower();
                            return out;
                        };
                        if (theirs == mapping && fields.size() == expectedFields && spelled(these) == spelled(*headers)) {
                            note(tr("lines that repeat the header skipped (exports pasted together?)"));
                            break;
                        }
                        return Error{tr("this line is another header, its columns in another order or other columns (exports "
                                        "pasted together?): import each export on its own; nothing was imported"),
                                     QStringLiteral("%1:%2").arg(file).arg(reader.line())};
                    }
                }
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
    // Slash dates with nothing in the file to show whether the month or the
    // day comes first: a day/month export of a month's first twelve days
    // would read without an error, each day misplaced (01/11/2011 as 11
    // January). Refused, with what to do; a note was not enough (the import
    // exited 0 with the days wrong).
    if (row.ambiguousDates() > 0 && !row.monthFirstShown())
        return Error{tr("dates such as %1 could be month/day (%2) or day/month, and no date in the file shows which comes first: "
                        "say which with --date-order mdy or dmy (the import window's \"Dates\") and import again. Nothing was imported")
                         .arg(row.firstAmbiguousDate(), QLocale().toString(row.firstAmbiguousDay(), QLocale::LongFormat)),
                     QStringLiteral("%1:%2").arg(file).arg(row.firstAmbiguousLine())};
    // Rounding float noise to cents is deliberate, but never silent.
    if (row.roundedAmounts() > 0)
        note(tr("amounts with more than two decimals rounded to cents (first on line %1)").arg(row.firstRoundedLine()),
             row.roundedAmounts());
    // The exporters end every line; a file whose last one has no end may
    // have been cut off inside its last field ("38.25" stored as 38).
    if (reader.lastRecordUnterminated() && report.rowsRead > 1)
        note(tr("last line (%1) without a line end: if the file was cut off while downloading, its last figure may be "
                "short; compare it with the source")
                 .arg(reader.unterminatedLine()));
    return report;
}

Status Importer::checkOverlap(QSqlDatabase db, MergeMode mode)
{
    const QString table = dayTable();
    if (table.isEmpty())
        return {};
    const auto [from, to] = dayRange();
    if (!from.isValid())
        return {};
    const bool products = table == u"product_days";
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE day BETWEEN ? AND ?")
                  .arg(QLatin1String(products ? StoreReader::kProductDayColumnsWithReturns : StoreReader::kCampaignDayColumns),
                       table));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Error{q.lastError().text(), table};
    Overlap overlap;
    overlap.what = products ? tr("product-days") : tr("campaign-days");
    while (q.next()) {
        const DayKey key(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
        if (!hasDay(key.first, key.second))
            continue;
        ++overlap.count;
        overlap.first = overlap.first.isValid() ? std::min(overlap.first, key.second) : key.second;
        overlap.last = overlap.last.isValid() ? std::max(overlap.last, key.second) : key.second;
        if (mode == MergeMode::Add) {
            if (products)
                m_existingProductDays.insert(key, StoreReader::productDayWithReturns(q));
            else
                m_existingCampaignDays.insert(key, StoreReader::campaignDay(q));
        }
    }
    if (overlap.count == 0)
        return {};
    m_overlap = overlap;
    if (mode != MergeMode::Stop)
        return {};
    // Replace first: a file that overlaps the store is mostly a report
    // downloaded again ("the last 14 days"), which a platform restates; adding
    // it counted the shared days twice (a walkthrough's £5,664 became £7,563).
    return Error{tr("%1; nothing was imported. Choose what to do with them: replace those days with the file's figures "
                    "(--merge replace: a report downloaded again), or add the file's figures to the store's (--merge add: "
                    "only for a file of other products or ads on the same days)").arg(overlap.describe()),
                 QString()};
}

void Importer::SameAsStored::count(bool equal, const QString &id, const QDate &day)
{
    ++overlapping;
    if (!equal)
        return;
    // The earliest such day (the rows come in the importer's hash order).
    if (same++ == 0 || day < firstDay || (day == firstDay && id < firstId)) {
        firstId = id;
        firstDay = day;
    }
}

Result<ProductDay> Importer::merged(ProductDay d) const
{
    if (m_merge != MergeMode::Add)
        return d;
    const auto it = m_existingProductDays.constFind({d.productId, d.date});
    if (it == m_existingProductDays.cend())
        return d;
    // A day with no sales on either side says nothing about a repeat.
    if (d.unitsSold != 0 || d.revenue.minor() != 0 || it->unitsSold != 0 || it->revenue.minor() != 0)
        m_sameAsStored.count(d.unitsSold == it->unitsSold && d.revenue == it->revenue && d.orders == it->orders
                                 && d.unitsReturned == it->unitsReturned && d.returnedRevenue == it->returnedRevenue
                                 && (!d.pageViews || !it->pageViews || *d.pageViews == *it->pageViews),
                             d.productId, d.date);
    const auto revenue = d.revenue.checkedAdd(it->revenue);
    const auto returned = d.returnedRevenue.checkedAdd(it->returnedRevenue);
    if (!revenue || !returned)
        return Error{tr("adding to the store's figures leaves the money range"),
                     QStringLiteral("%1 %2").arg(d.productId, d.date.toString(Qt::ISODate))};
    d.revenue = *revenue;
    d.returnedRevenue = *returned;
    d.unitsSold += it->unitsSold;
    d.orders += it->orders;
    d.unitsReturned += it->unitsReturned;
    if (d.pageViews && it->pageViews)
        d.pageViews = *d.pageViews + *it->pageViews;
    // Stock is a level, not a flow: the newest figure stands (upsert keeps the store's when absent).
    return d;
}

Result<CampaignDay> Importer::merged(CampaignDay d) const
{
    if (m_merge != MergeMode::Add)
        return d;
    const auto it = m_existingCampaignDays.constFind({d.campaignId, d.date});
    if (it == m_existingCampaignDays.cend())
        return d;
    // The delivery figures: a platform restates conversions and their value
    // for weeks (a re-download with every day's purchases revised doubled
    // the spend), never what was spent and shown.
    if (d.spend.minor() != 0 || d.impressions != 0 || it->spend.minor() != 0 || it->impressions != 0)
        m_sameAsStored.count(d.spend == it->spend && d.impressions == it->impressions && d.clicks == it->clicks, d.campaignId, d.date);
    const auto spend = d.spend.checkedAdd(it->spend);
    const auto revenue = d.revenue.checkedAdd(it->revenue);
    if (!spend || !revenue)
        return Error{tr("adding to the store's figures leaves the money range"),
                     QStringLiteral("%1 %2").arg(d.campaignId, d.date.toString(Qt::ISODate))};
    d.spend = *spend;
    d.revenue = *revenue;
    d.impressions += it->impressions;
    d.clicks += it->clicks;
    d.conversions += it->conversions;
    return d;
}

QString recordingCurrencyBeside(const QString &file)
{
    if (file.isEmpty())
        return {};
    QFile manifest(QFileInfo(file).absoluteDir().filePath(QStringLiteral("manifest.json")));
    if (manifest.size() > 1024 * 1024 || !manifest.open(QIODevice::ReadOnly))
        return {};
    auto m = RecordingManifest::fromJson(manifest.readAll(), manifest.fileName());
    if (!m)
        return {};
    return m->currency;
}

QStringList importerIds()
{
    return {QStringLiteral("order-lines"), QStringLiteral("daily-sales"), QStringLiteral("catalog"),
            QStringLiteral("woocommerce-products"), QStringLiteral("facebook-ads"), QStringLiteral("daily-ads"),
            QStringLiteral("campaigns")};
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
    if (id == u"daily-ads")
        return std::make_unique<DailyAdsImporter>();
    if (id == u"campaigns")
        return std::make_unique<CampaignListImporter>();
    return nullptr;
}

Detection detectImporters(const QStringList &headers)
{
    Detection d;
    for (const QString &id : importerIds()) {
        auto importer = createImporter(id);
        const ColumnMapping mapping = importer->mapByName(headers);
        d.ranked.append({id, importer->displayName(), int(mapping.size()), importer->missingColumns(mapping)});
    }
    // Complete candidates first, then by fields matched, then by fewest missing.
    std::stable_sort(d.ranked.begin(), d.ranked.end(), [](const DetectionCandidate &a, const DetectionCandidate &b) {
        if (a.complete() != b.complete())
            return a.complete();
        if (a.matched != b.matched)
            return a.matched > b.matched;
        return a.missing.size() < b.missing.size();
    });
    const DetectionCandidate &best = d.ranked.at(0);
    const DetectionCandidate &second = d.ranked.at(1);
    auto describe = [](const DetectionCandidate &c) {
        return c.complete()
            ? QCoreApplication::translate("Importer", "%1 (%2, %n column(s) matched)", nullptr, c.matched).arg(c.displayName, c.id)
            : QCoreApplication::translate("Importer", "%1 (%2, missing %3)").arg(c.displayName, c.id, c.missing.join(QStringLiteral(", ")));
    };
    if (best.complete() && (!second.complete() || best.matched > second.matched)) {
        d.winner = best.id;
    } else if (best.complete()) {
        d.problem = QCoreApplication::translate("Importer", "the columns fit two importers equally well: %1 and %2; choose one")
                        .arg(describe(best), describe(second));
    } else {
        d.problem = QCoreApplication::translate("Importer", "the columns match no importer; the closest are %1 and %2")
                        .arg(describe(best), describe(second));
    }
    return d;
}

std::unique_ptr<Importer> detectImporter(const QStringList &headers)
{
    const Detection d = detectImporters(headers);
    return d.winner.isEmpty() ? nullptr : createImporter(d.winner);
}

} // namespace cp
