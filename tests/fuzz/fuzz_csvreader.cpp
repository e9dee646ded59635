// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the CSV reader's decoding and parsing.
// The first byte picks the encoding and whether the input is a truncated
// head (the import dialog's preview); the reader must return errors as
// values, never crash, hang or read out of bounds, and its fields must be
// valid UTF-8 views inside the record limit.
#include "agents/import/csvreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const auto encoding = mode % 3 == 0 ? cp::TextEncoding::Auto : mode % 3 == 1 ? cp::TextEncoding::Latin1
                                                                                  : cp::TextEncoding::Windows1252;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto decoded = cp::CsvReader::decode(bytes, QStringLiteral("fuzz.csv"), encoding, (mode & 0x80) != 0);
    if (!decoded)
        return 0;
    cp::CsvReader reader = std::move(decoded).value();
    qint64 lastLine = 0;
    for (int records = 0; records < 100000; ++records) {
        const auto next = reader.next();
        if (next == cp::CsvReader::Next::End || next == cp::CsvReader::Next::Failed)
            break;
        if (reader.line() < lastLine)
            std::abort();   // line numbers never go back
        lastLine = reader.line();
        if (next == cp::CsvReader::Next::BadRecord)
            continue;
        size_t total = 0;
        for (size_t i = 0; i < reader.fields().size(); ++i) {
            total += reader.fields()[i].size();
            (void)reader.field(int(i));
        }
        if (total > cp::CsvReader::kMaxRecordBytes)
            std::abort();
    }
    return 0;
}
