// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the importers' read phase on any bytes. The first byte
// picks the importer; the rest is a CSV file whose header the importer maps
// by name (the fuzzer learns the names from the dictionary, importers.dict).
// Bad rows are skipped and counted, so every row reaches readRow. Nothing is
// written: read() parses and keeps, the store is never opened.
#include "agents/import/importer.h"

#include <QCoreApplication>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QStringList ids = cp::importerIds();
    auto importer = cp::createImporter(ids.at(data[0] % ids.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto decoded = cp::CsvReader::decode(bytes, QStringLiteral("fuzz.csv"));
    if (!decoded)
        return 0;
    cp::CsvReader reader = std::move(decoded).value();
    // Detection must always rank every importer and name a winner or a problem.
    if (auto headers = cp::CsvReader::fromData(bytes, QStringLiteral("h.csv")).readHeader()) {
        const cp::Detection d = cp::detectImporters(*headers);
        if (d.ranked.size() != ids.size() || d.winner.isEmpty() == d.problem.isEmpty())
            __builtin_trap();
    }
    cp::ImportOptions options;
    options.onBadRow = cp::OnBadRow::SkipAndCount;
    auto report = importer->read(reader, options, nullptr);
    if (report && report->rowsSkipped > report->rowsRead)
        __builtin_trap();
    return 0;
}
