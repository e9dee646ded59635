// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <array>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cp {

namespace {
// Offset of the first byte that does not start or continue a well-formed
// UTF-8 sequence (overlongs, surrogates and code points past U+10FFFF are
// invalid too), or -1. A sequence cut by the end counts only when !truncated.
qint64 firstInvalidUtf8(const QByteArray &data, bool truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qint64 n = data.size();
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return truncated ? -1 : i;
            const unsigned char d = p[i + k];
            if (d < (k == 1 ? low : 0x80) || d > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

// Windows-1252's 0x80..0x9F (the rest is Latin-1); 0 marks the five unused bytes.
constexpr char16_t kWindows1252[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                       0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
} // namespace

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"latin1" || n == u"latin-1" || n == u"iso-8859-1" || n == u"iso8859-1")
        return TextEncoding::Latin1;
    if (n == u"windows-1252" || n == u"cp1252" || n == u"windows1252")
        return TextEncoding::Windows1252;
    if (n == u"utf-8" || n == u"utf8" || n == u"auto")
        return TextEncoding::Auto;
    return std::nullopt;
}

namespace {
// The reader keeps this much decoded text ahead of the record it parses:
// more than the longest record allowed, so a record never straddles a refill.
constexpr size_t kWindow = CsvReader::kMaxRecordBytes + (64 << 10);
constexpr qint64 kChunk = 4 << 20;

// Where an incomplete UTF-8 sequence at the end of `data` starts (data.size() when none).
qsizetype completeUtf8Prefix(const QByteArray &data)
{
    const qsizetype n = data.size();
    for (qsizetype k = 1; k <= std::min<qsizetype>(3, n); ++k) {
        const auto c = static_cast<unsigned char>(data[n - k]);
        if ((c & 0xC0) == 0x80)
            continue;
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > k ? n - k : n;
    }
    return n;
}
} // namespace

Result<CsvReader> CsvReader::open(const QString &path, TextEncoding encoding)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{tr("cannot open the file: %1").arg(file->errorString()), path};
    const qint64 size = file->size();
    QByteArray first = file->read(kChunk);
    if (first.isEmpty() && !file->atEnd())
        return Error{tr("cannot read the file: %1").arg(file->errorString()), path};
    auto reader = start(std::move(first), path, encoding, file->atEnd());
    if (!reader)
        return reader;
    CsvReader r = std::move(reader).value();
    r.m_size = size;
    if (!file->atEnd()) {
        r.m_device = std::move(file);
        if (Status s = r.refill(); !s)
            return s.error();
        r.detectDelimiter();
    }
    return r;
}

Result<CsvReader> CsvReader::decode(QByteArray data, const QString &name, TextEncoding encoding, bool truncated)
{
    auto reader = start(std::move(data), name, encoding, !truncated);
    if (!reader)
        return reader;
    CsvReader r = std::move(reader).value();
    // The head of a longer file (the dialog's preview): a cut sequence is not an error.
    r.m_carry.clear();
    return r;
}

Result<CsvReader> CsvReader::start(QByteArray data, const QString &name, TextEncoding encoding, bool last)
{
    CsvReader reader(QByteArray(), name);
    reader.m_size = data.size();
    qsizetype bom = 0;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool le = data.startsWith("\xFF\xFE");
        reader.m_source = le ? Source::Utf16LE : Source::Utf16BE;
        reader.m_encodingName = le ? QStringLiteral("UTF-16 LE") : QStringLiteral("UTF-16 BE");
        reader.m_utf16 = std::make_shared<QStringDecoder>(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        bom = 2;
    } else if (data.startsWith("\xEF\xBB\xBF")) {
        reader.m_encodingName = QStringLiteral("UTF-8 (BOM)");
        bom = 3;
    } else if (encoding == TextEncoding::Latin1) {
        reader.m_source = Source::Latin1;
        reader.m_encodingName = QStringLiteral("Latin-1");
    } else if (encoding == TextEncoding::Windows1252) {
        reader.m_source = Source::Windows1252;
        reader.m_encodingName = QStringLiteral("Windows-1252");
    }
    data.remove(0, bom);
    reader.m_rawRead = bom;
    if (Status s = reader.appendDecoded(std::move(data), last); !s)
        return s.error();
    reader.detectDelimiter();
    return reader;
}

Status CsvReader::appendDecoded(QByteArray raw, bool last)
{
    const qint64 chunkStart = m_rawRead - m_carry.size();
    m_rawRead += raw.size();
    switch (m_source) {
    case Source::Utf8: {
        QByteArray data = m_carry.isEmpty() ? std::move(raw) : m_carry + raw;
        m_carry.clear();
        if (const qint64 bad = firstInvalidUtf8(data, !last); bad >= 0)
            return Error{tr("the text is not UTF-8: byte 0x%1 at byte offset %2 is not a valid UTF-8 sequence. If the "
                            "file is Latin-1 or Windows-1252, name the encoding (--encoding latin1 or windows-1252, or "
                            "Encoding in the import dialog); nothing is replaced silently")
                             .arg(int(static_cast<unsigned char>(data[bad])), 2, 16, QLatin1Char('0'))
                             .arg(chunkStart + bad),
                         m_name};
        // NUL bytes are valid UTF-8 but no CSV export has them: UTF-16 without a BOM does.
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
            return Error{tr("a NUL byte at byte offset %1: this looks like UTF-16 without a byte-order mark; "
                            "save the file as UTF-8 or UTF-16 with a BOM").arg(chunkStart + nul),
                         m_name};
        const qsizetype complete = last ? data.size() : completeUtf8Prefix(data);
        m_carry = data.mid(complete);
        data.truncate(complete);
        m_data += data;
        return {};
    }
    case Source::Utf16LE:
    case Source::Utf16BE: {
        const QString text = m_utf16->decode(raw);
        if (m_utf16->hasError())
            return Error{tr("the file starts with a UTF-16 byte-order mark but is not valid UTF-16 (near byte offset %1)")
                             .arg(chunkStart), m_name};
        m_data += text.toUtf8();
        return {};
    }
    case Source::Latin1:
    case Source::Windows1252: {
        QString text;
        text.resize(raw.size());
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const auto c = static_cast<unsigned char>(raw[i]);
            char16_t u = c;
            if (m_source == Source::Windows1252 && c >= 0x80 && c <= 0x9F) {
                u = kWindows1252[c - 0x80];
                if (u == 0)
                    return Error{tr("byte 0x%1 at byte offset %2 is not a Windows-1252 character")
                                     .arg(int(c), 2, 16, QLatin1Char('0')).arg(chunkStart + i), m_name};
            }
            out[i] = u;
        }
        m_data += text.toUtf8();
        return {};
    }
    }
    return {};
}

Status CsvReader::refill()
{
    while (m_device && size_t(m_data.size()) - m_pos < kWindow) {
        if (m_pos > 0) {
            m_data.remove(0, qsizetype(m_pos));
            m_pos = 0;
        }
        const QByteArray raw = m_device->read(kChunk);
        if (raw.isEmpty() && !m_device->atEnd())
            return Error{tr("cannot read the file: %1").arg(m_device->errorString()), m_name};
        const bool last = m_device->atEnd();
        if (Status s = appendDecoded(raw, last); !s)
            return s;
        if (last)
            m_device.reset();
    }
    return {};
}

qint64 CsvReader::position() const
{
    return std::max<qint64>(0, m_rawRead - (qint64(m_data.size()) - qint64(m_pos)));
}

CsvReader CsvReader::fromData(QByteArray data, const QString &name)
{
    return CsvReader(std::move(data), name);
}

CsvReader::CsvReader(QByteArray data, QString name) : m_data(std::move(data)), m_name(std::move(name))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_size = m_data.size();
    m_rawRead = m_data.size();
    m_fields.reserve(64);
    detectDelimiter();
}

namespace {
// One record of a file's first lines, as detectDelimiter() sees it: where it
// starts, and per candidate delimiter (comma, semicolon, tab) how many it
// holds outside quotes and how many of the fields they make have text.
struct ScannedRecord
{
    qsizetype start = 0;
    qint64 line = 1;
    std::array<int, 3> count{};
    std::array<int, 3> filled{};
    QByteArray text;   // its first 80 bytes, for a note
    int best() const { return std::max({count[0], count[1], count[2]}); }
    // The most frequent delimiter (comma on a tie or none: a one-column file).
    char delimiter() const
    {
        if (count[1] > count[0] && count[1] >= count[2])
            return ';';
        if (count[2] > count[0] && count[2] > count[1])
            return '\t';
        return ',';
    }
    int filledFor(char d) const { return filled[d == ',' ? 0 : d == ';' ? 1 : 2]; }
};

std::vector<ScannedRecord> scanRecords(const QByteArray &data, qsizetype from, qint64 line, int maxRecords, size_t maxBytes)
{
    static constexpr char kDelimiters[3] = {',', ';', '\t'};
    std::vector<ScannedRecord> out;
    const qsizetype end = std::min<qsizetype>(data.size(), qsizetype(from + qsizetype(maxBytes)));
    qsizetype i = from;
    while (i < end && int(out.size()) < maxRecords) {
        ScannedRecord r;
        r.start = i;
        r.line = line;
        std::array<bool, 3> content{};
        bool quoted = false;
        for (; i < end; ++i) {
            const char c = data.at(i);
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (!quoted && (c == '\n' || c == '\r'))
                break;
            if (c == '\n')
                ++line;
            for (int k = 0; k < 3; ++k) {
                if (!quoted && c == kDelimiters[k]) {
                    ++r.count[k];
                    r.filled[k] += content[k] ? 1 : 0;
                    content[k] = false;
                } else if (c != ' ' && c != '\t') {
                    content[k] = true;
                }
            }
        }
        for (int k = 0; k < 3; ++k)
            r.filled[k] += content[k] ? 1 : 0;
        r.text = data.mid(r.start, std::min<qsizetype>(i - r.start, 80));
        out.push_back(r);
        if (i >= end)
            break;
        if (data.at(i) == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
            ++i;
        ++i;
        ++line;
    }
    return out;
}
} // namespace

namespace {
// A line's text without its quotes and the delimiters that pad its end
// ("Campaign report,,,,"); a comma inside it stays ("November 1, 2026 -
// November 30, 2026").
QByteArray unpadded(QByteArray cells)
{
    cells.replace('"', QByteArray());
    while (!cells.isEmpty() && QByteArrayView(",;\t \r\n").contains(cells.back()))
        cells.chop(1);
    return cells;
}

// A line that is a date range and nothing else: a report's period
// ("November 1, 2026 - November 30, 2026", "1 Nov 2026 – 30 Nov 2026",
// "2026-11-01 - 2026-11-30", "11/1/2026 to 11/30/2026"), quoted or not,
// padded with delimiters or not. No header reads so.
bool isDateRangeLine(const QByteArray &text)
{
    static const QString date = QStringLiteral("(?:[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Za-z]{3,9}\\.?,? \\d{4}"
                                               "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})");
    static const QRegularExpression range(QStringLiteral("^") + date + QStringLiteral("\\s*(?:-|–|to)\\s*") + date + QStringLiteral("$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return range.match(QString::fromUtf8(unpadded(text)).trimmed()).hasMatch();
}
} // namespace

void CsvReader::detectDelimiter()
{
    // The first record's delimiters outside quotes: the most frequent of
    // comma, semicolon and tab (comma on a tie or none: a one-column file).
    const std::vector<ScannedRecord> records = scanRecords(m_data, qsizetype(m_pos), m_line, 12, kMaxRecordBytes);
    if (records.empty())
        return;
    m_delimiter = records.front().delimiter();
    // A report's title above its header: Google Ads' downloads start with
    // the report's name and its date range on lines of their own
    // ("Campaign report", "1 November 2026 - 30 November 2026"), a
    // spreadsheet's saved copy with them padded with delimiters, and the
    // "CSV for Excel" form is tab-separated below a title that has none. A
    // first line with at most one field of text is a title (no importer
    // reads a one-column file): the header is the first line below it, in
    // the next five, with two or more fields of text and at least half as
    // many delimiters as the widest of the first lines. A file whose first
    // line has two fields or more is read from its first line, as always.
    // A date range alone on the first line is a title too, whatever commas
    // it holds ("November 1, 2026 - November 30, 2026" unquoted, with no
    // report name above it: three fields of text, taken for the header).
    if ((records.front().filledFor(m_delimiter) > 1 && !isDateRangeLine(records.front().text)) || records.size() < 2)
        return;
    int widest = 0;
    for (const ScannedRecord &r : records)
        widest = std::max(widest, r.best());
    if (widest < 1)
        return;
    for (size_t h = 1; h < records.size() && h <= 5; ++h) {
        const ScannedRecord &r = records[h];
        if (r.filledFor(r.delimiter()) < 2 || r.best() * 2 < widest)
            continue;
        for (size_t t = 0; t < h; ++t) {
            // The title's text, its padding before it off too.
            QByteArray cells = unpadded(records[t].text);
            while (!cells.isEmpty() && QByteArrayView(",;\t ").contains(cells.front()))
                cells.remove(0, 1);
            if (!cells.simplified().isEmpty())
                m_titleLines << QString::fromUtf8(cells.simplified());
        }
        m_linesAboveHeader = int(r.line - m_line);
        m_delimiter = r.delimiter();
        m_pos = size_t(r.start);
        m_line = r.line;
        m_recordLine = r.line;
        return;
    }
}

QString CsvReader::delimiterName() const
{
    switch (m_delimiter) {
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    default:
        return tr("comma");
    }
}

QString CsvReader::field(int i) const
{
    if (i < 0 || size_t(i) >= m_fields.size())
        return {};
    const std::string_view f = m_fields[size_t(i)];
    return QString::fromUtf8(f.data(), qsizetype(f.size()));
}

CsvReader::Next CsvReader::next()
{
    m_fields.clear();
    m_scratch.clear();
    if (m_failed)
        return Next::Failed;
    m_error.clear();
    // Blank lines between records, and the rest of a refused record's line,
    // are skipped across as many windows as they take.
    while (true) {
        if (Status s = refill(); !s) {
            m_failed = true;
            m_error = s.error().message;
            return Next::Failed;
        }
        const char *const data = m_data.constData();
        const size_t n = size_t(m_data.size());
        if (m_skipRest) {
            while (m_pos < n && data[m_pos] != '\n')
                ++m_pos;
            if (m_pos >= n && m_device)
                continue;
            m_skipRest = false;
            if (m_pos < n) {
                ++m_pos;
                ++m_line;
            }
        }
        while (m_pos < n && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
            if (data[m_pos] == '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_pos < n)
            break;
        if (!m_device)
            return Next::End;
    }
    const char *const data = m_data.constData();
    const size_t n = size_t(m_data.size());
    m_recordLine = m_line;
    const size_t recordStart = m_pos;
    const char delimiter = m_delimiter;
    auto tooLong = [&](size_t at) {
        if (at - recordStart <= kMaxRecordBytes)
            return false;
        m_error = tr("the record starting on line %1 is longer than %2 bytes (the limit for one record)")
                      .arg(m_recordLine).arg(kMaxRecordBytes);
        return true;
    };

    auto skipToLineEnd = [&] {
        while (m_pos < n && data[m_pos] != '\n')
            ++m_pos;
        if (m_pos < n) {
            ++m_pos;
            ++m_line;
        } else if (m_device) {
            m_skipRest = true;   // the line goes on in the next window
        }
    };

    while (true) {
        if (m_pos < n && data[m_pos] == '"') {
            // Quoted field.
            const qint64 startLine = m_line;
            size_t i = m_pos + 1;
            size_t chunkStart = i;
            bool escaped = false;
            std::string unescaped;
            while (true) {
                if (i >= n) {
                    m_error = tr("a quoted field opened on line %1 is never closed").arg(startLine);
                    m_pos = n;
                    return Next::BadRecord;
                }
                if ((i & 0xFFF) == 0 && tooLong(i)) {
                    m_pos = i;
                    skipToLineEnd();
                    return Next::BadRecord;
                }
                const char c = data[i];
                if (c == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                            unescaped.reserve(i - chunkStart + 16);
                        }
                        unescaped.append(data + chunkStart, i - chunkStart + 1);
                        i += 2;
                        chunkStart = i;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                ++i;
            }
            if (escaped) {
                unescaped.append(data + chunkStart, i - chunkStart);
                m_scratch.push_back(std::move(unescaped));
                m_fields.emplace_back(m_scratch.back());
            } else {
                m_fields.emplace_back(data + m_pos + 1, i - m_pos - 1);
            }
            m_pos = i + 1;
            // After the closing quote: a comma, a line end, or the end.
            if (m_pos < n && data[m_pos] == '\r' && m_pos + 1 < n && data[m_pos + 1] == '\n')
                ++m_pos;
            if (m_pos >= n)
                return endOfFileRecord();
            if (data[m_pos] == delimiter) {
                ++m_pos;
                if (m_pos >= n || data[m_pos] == '\n' || data[m_pos] == '\r') {
                    m_fields.emplace_back();
                    if (m_pos < n)
                        skipToLineEnd();
                    return Next::Record;
                }
                continue;
            }
            if (data[m_pos] == '\n') {
                ++m_pos;
                ++m_line;
                return Next::Record;
            }
            m_error = tr("text after the closing quote of field %1").arg(m_fields.size());
            skipToLineEnd();
            return Next::BadRecord;
        }
        // Unquoted field: up to the next comma or line end.
        size_t i = m_pos;
        while (i < n && data[i] != delimiter && data[i] != '\n' && data[i] != '\r') {
            if (data[i] == '"') {
                m_error = tr("a quote inside unquoted field %1").arg(m_fields.size() + 1);
                m_pos = i;
                skipToLineEnd();
                return Next::BadRecord;
            }
            ++i;
        }
        if (tooLong(i)) {
            m_pos = i;
            skipToLineEnd();
            return Next::BadRecord;
        }
        m_fields.emplace_back(data + m_pos, i - m_pos);
        m_pos = i;
        if (m_pos >= n)
            return endOfFileRecord();
        if (data[m_pos] == delimiter) {
            ++m_pos;
            if (m_pos >= n) {
                m_fields.emplace_back();
                return endOfFileRecord();
            }
            continue;
        }
        // Line end: CRLF, LF, or a lone CR.
        if (data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < n && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return Next::Record;
    }
}

CsvReader::Next CsvReader::endOfFileRecord()
{
    m_unterminated = true;
    m_unterminatedLine = m_recordLine;
    return Next::Record;
}

Result<QStringList> CsvReader::readHeader()
{
    const Next r = next();
    if (r == Next::End)
        return Error{tr("the file is empty"), m_name + QStringLiteral(":1")};
    if (r == Next::BadRecord)
        return Error{m_error, QStringLiteral("%1:%2").arg(m_name).arg(m_recordLine)};
    if (r == Next::Failed)
        return Error{m_error, m_name};
    QStringList headers;
    for (size_t i = 0; i < m_fields.size(); ++i)
        headers << field(int(i)).trimmed();
    return headers;
}

} // namespace cp
