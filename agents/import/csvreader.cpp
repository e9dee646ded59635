// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>

namespace cp {

Result<CsvReader> CsvReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CsvReader", "cannot open the file: %1").arg(file.errorString()), path};
    return CsvReader(file.readAll(), path);
}

CsvReader CsvReader::fromData(QByteArray data, const QString &name)
{
    return CsvReader(std::move(data), name);
}

CsvReader::CsvReader(QByteArray data, QString name) : m_data(std::move(data)), m_name(std::move(name))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_fields.reserve(64);
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
    m_error.clear();
    const char *const data = m_data.constData();
    const size_t n = size_t(m_data.size());
    // Skip blank lines between records.
    while (m_pos < n && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return Next::End;
    m_recordLine = m_line;

    auto skipToLineEnd = [&] {
        while (m_pos < n && data[m_pos] != '\n')
            ++m_pos;
        if (m_pos < n) {
            ++m_pos;
            ++m_line;
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
                    m_error = QCoreApplication::translate("CsvReader", "a quoted field opened on line %1 is never closed").arg(startLine);
                    m_pos = n;
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
                return Next::Record;
            if (data[m_pos] == ',') {
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
            m_error = QCoreApplication::translate("CsvReader", "text after the closing quote of field %1").arg(m_fields.size());
            skipToLineEnd();
            return Next::BadRecord;
        }
        // Unquoted field: up to the next comma or line end.
        size_t i = m_pos;
        while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
            if (data[i] == '"') {
                m_error = QCoreApplication::translate("CsvReader", "a quote inside unquoted field %1").arg(m_fields.size() + 1);
                m_pos = i;
                skipToLineEnd();
                return Next::BadRecord;
            }
            ++i;
        }
        m_fields.emplace_back(data + m_pos, i - m_pos);
        m_pos = i;
        if (m_pos >= n)
            return Next::Record;
        if (data[m_pos] == ',') {
            ++m_pos;
            if (m_pos >= n) {
                m_fields.emplace_back();
                return Next::Record;
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

Result<QStringList> CsvReader::readHeader()
{
    const Next r = next();
    if (r == Next::End)
        return Error{QCoreApplication::translate("CsvReader", "the file is empty"), m_name + QStringLiteral(":1")};
    if (r == Next::BadRecord)
        return Error{m_error, QStringLiteral("%1:%2").arg(m_name).arg(m_recordLine)};
    QStringList headers;
    for (size_t i = 0; i < m_fields.size(); ++i)
        headers << field(int(i)).trimmed();
    return headers;
}

} // namespace cp
