// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cp::ProductDayKeys {

// What the order-lines and daily-sales importers share to read a large file
// without a QString per row (issue 14).

// Products by their code's UTF-8 bytes, looked up with the file's bytes:
// std::string_view keys find std::string ones. The reader's bytes are UTF-8
// (CsvReader::open() and decode() refuse invalid bytes), where equal texts
// are equal bytes.
struct BytesHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ProductIndex = std::unordered_map<std::string, quint32, BytesHash, std::equal_to<>>;

// (product index << 32 | Julian day) for a product-day. Never 0 for a parsed
// date (Julian day 0 is in 4714 BC; RowView::date reads four-digit years),
// so 0 can mark an empty slot; every Julian day read fits in 32 bits.
inline quint64 key(quint32 product, qint64 julianDay)
{
    return (quint64(product) << 32) | quint32(julianDay);
}

// A slot for a key in an open-addressing table of `mask + 1` slots:
// Fibonacci hashing (multiply by 2^64 / golden ratio), the high bits folded
// in, as the product index sits in the key's top half.
inline size_t slotOf(quint64 key, size_t mask)
{
    const quint64 h = key * 0x9E3779B97F4A7C15ull;
    return size_t(h ^ (h >> 32)) & mask;
}

} // namespace cp::ProductDayKeys
