// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QString>
#include <QStringList>
#include <string>
#include <string_view>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace cp {

// The text encodings a file may be read in. Auto accepts UTF-8 (with or
// without a BOM) and UTF-16 with a BOM, and refuses anything else: a byte
// that is not UTF-8 is never replaced silently (CAFÉ and CAFÈ would merge).
// Latin-1 and Windows-1252 are only used when the user names them.
enum class TextEncoding { Auto, Latin1, Windows1252 };
// "latin1", "iso-8859-1", "windows-1252", "cp1252" (any case); nullopt otherwise.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

// Reads CSV as RFC 4180 describes it, with the delimiter detected from the
// header line (comma, semicolon or tab; a report's title lines above the
// header are skipped): fields optionally in double quotes,
// "" for a quote inside a quoted field, delimiters and line breaks allowed
// inside quotes, CRLF or LF line ends. The bytes are UTF-8 after decode().
// Fields are views into those bytes (or into a scratch buffer for fields
// with "" escapes), valid until the next call to next().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Failed: the file cannot be read further (its text stops being valid in
    // its encoding, or the device fails); errorString() says why and where.
    enum class Next { Record, End, BadRecord, Failed };

    // A record (one line, or several when quotes hold line breaks) longer
    // than this is refused: nothing a shop exports needs it, and a file that
    // has one is not a table (a 50 MB "header" once took 2 GB to refuse).
    static constexpr size_t kMaxRecordBytes = 1 << 20;

    // Streams the file: a window of a few MiB is decoded at a time (see
    // decode() for the encodings), so memory does not grow with the file.
    // A missing or unreadable file, or a first window that is not in the
    // encoding, is an Error; a later invalid byte makes next() return Failed.
    // Copies share the file: read only one of them.
    static Result<CsvReader> open(const QString &path, TextEncoding encoding = TextEncoding::Auto);
    // Converts `data` to UTF-8: a UTF-8 BOM is dropped, UTF-16 LE/BE with a
    // BOM is converted, Latin-1/Windows-1252 when named; otherwise the bytes
    // must be UTF-8, and the first invalid sequence is an Error naming its
    // byte offset. `truncated`: data is the head of a longer file, so a
    // sequence cut at the end is not an error (the import dialog's preview).
    static Result<CsvReader> decode(QByteArray data, const QString &name, TextEncoding encoding = TextEncoding::Auto,
                                    bool truncated = false);
    // Trusted UTF-8 (tests, recordings written by this program).
    static CsvReader fromData(QByteArray data, const QString &name);

    // The delimiter detected from the first line: ',', ';' or '\t'.
    char delimiter() const { return m_delimiter; }
    // "comma", "semicolon", "tab" (translated), for the import dialog.
    QString delimiterName() const;
    // What the bytes were decoded from ("UTF-8", "UTF-16 LE", ...).
    QString encodingName() const { return m_encodingName; }

    // Moves to the next record. BadRecord: this record is malformed (see
    // errorString()); the reader has skipped to the start of the next line
    // and next() may be called again.
    Next next();

    const std::vector<std::string_view> &fields() const { return m_fields; }
    QString field(int i) const;
    // Physical line where the current record starts (1-based).
    qint64 line() const { return m_recordLine; }
    QString errorString() const { return m_error; }
    QString fileName() const { return m_name; }
    // Bytes of the file read so far and its size, for progress.
    qint64 position() const;
    qint64 size() const { return m_size; }

    // The first record as header names (trimmed), for column mapping.
    Result<QStringList> readHeader();
    // Lines above the header that were skipped as a report's title (see
    // detectDelimiter()), and their text (blank ones left out).
    int linesAboveHeader() const { return m_linesAboveHeader; }
    // The last record read ended with the file, without a line end: a file
    // cut off while downloading, when the exporter ends every line.
    bool lastRecordUnterminated() const { return m_unterminated; }
    qint64 unterminatedLine() const { return m_unterminatedLine; }
    QStringList titleLines() const { return m_titleLines; }

private:
    enum class Source { Utf8, Utf16LE, Utf16BE, Latin1, Windows1252 };
    CsvReader(QByteArray data, QString name);
    // BOM and encoding, then the first bytes decoded; `last`: nothing follows.
    static Result<CsvReader> start(QByteArray data, const QString &name, TextEncoding encoding, bool last);
    void detectDelimiter();
    Next endOfFileRecord();   // a record the file's end closed (no line end)
    // Keeps at least one maximal record (or the rest of the file) ahead of
    // m_pos, dropping what was read; an Error when the text is invalid.
    Status refill();
    // Converts raw bytes (a chunk of the file at m_rawRead) to UTF-8 at the
    // end of m_data; `last`: no more bytes follow.
    Status appendDecoded(QByteArray raw, bool last);

    QByteArray m_data;            // the window, UTF-8
    QString m_name;
    size_t m_pos = 0;
    std::shared_ptr<QIODevice> m_device;   // null when everything is in m_data
    Source m_source = Source::Utf8;
    std::shared_ptr<QStringDecoder> m_utf16;
    QByteArray m_carry;           // a sequence cut by the chunk's end
    qint64 m_rawRead = 0;         // raw bytes decoded so far
    qint64 m_size = 0;
    bool m_skipRest = false;      // a refused record's line continues past the window
    bool m_failed = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    std::vector<std::string_view> m_fields;
    std::deque<std::string> m_scratch;    // unescaped quoted fields (deque: stable addresses)
    QString m_error;
    char m_delimiter = ',';
    int m_linesAboveHeader = 0;
    bool m_unterminated = false;
    qint64 m_unterminatedLine = 0;
    QStringList m_titleLines;
    QString m_encodingName = QStringLiteral("UTF-8");
};

} // namespace cp
