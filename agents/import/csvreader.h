// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <string>
#include <string_view>
#include <deque>
#include <vector>

namespace cp {

// Reads CSV as RFC 4180 describes it: comma-separated, fields optionally in
// double quotes, "" for a quote inside a quoted field, commas and line
// breaks allowed inside quotes, CRLF or LF line ends, an optional UTF-8 BOM.
// Fields are views into the file's bytes (or into a scratch buffer for
// fields with "" escapes), valid until the next call to next().
class CsvReader
{
public:
    enum class Next { Record, End, BadRecord };

    // Reads the whole file; a missing or unreadable file is an Error.
    static Result<CsvReader> open(const QString &path);
    static CsvReader fromData(QByteArray data, const QString &name);

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
    qint64 position() const { return qint64(m_pos); }
    qint64 size() const { return m_data.size(); }

    // The first record as header names (trimmed), for column mapping.
    Result<QStringList> readHeader();

private:
    CsvReader(QByteArray data, QString name);

    QByteArray m_data;
    QString m_name;
    size_t m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    std::vector<std::string_view> m_fields;
    std::deque<std::string> m_scratch;    // unescaped quoted fields (deque: stable addresses)
    QString m_error;
};

} // namespace cp
