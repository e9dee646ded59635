// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "productdaykeys.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cp {

// Daily product sales: one row a product a day (date, product code, units,
// revenue; optionally name, orders, page views, stock). Products that the
// store does not know yet are created; a product without a price gets the
// median of its daily average prices (revenue / units).
class DailySalesImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(DailySalesImporter)
public:
    QString id() const override { return QStringLiteral("daily-sales"); }
    QString displayName() const override { return tr("Daily product sales"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QString dayTable() const override { return QStringLiteral("product_days"); }
    std::pair<QDate, QDate> dayRange() const override { return {m_first, m_last}; }
    bool rowsAreDayTotals() const override { return true; }
    bool hasDay(const QString &id, const QDate &day) const override;

private:
    // Compact on purpose (issue 14): a row read is plain numbers, its product
    // an index, so the rows grow by copying bytes and hold no string each.
    struct DayRow
    {
        quint32 product;            // index into m_products
        qint64 julianDay;
        qint64 units;
        qint64 revenueMinor;
        qint64 orders;
        std::optional<qint64> pageViews;
        std::optional<qint64> stock;
    };
    struct ProductInfo
    {
        QString id;
        std::string name;           // UTF-8, the latest non-empty name
        bool hasRow = false;        // named by a row that was read (not only by a bad one)
        std::vector<qint64> prices; // daily average prices, minor units
    };
    // The (product, day) keys read (ProductDayKeys::key), for duplicates:
    // key -> line, in an open-addressing table (linear probing, at most half
    // full); key 0 marks an empty slot.
    struct LineSlot
    {
        quint64 key;
        qint64 line;
    };
    const LineSlot *findLine(quint64 key) const;
    void insertLine(quint64 key, qint64 line);

    // The rows in blocks of kBlockRows, each reserved once: one vector grown
    // by doubling copied every row read so far at each step (7 % of an
    // import's perf samples, page faults on the new memory included).
    static constexpr size_t kBlockRows = 8192;
    std::vector<std::vector<DayRow>> m_days;
    qint64 m_dayCount = 0;
    std::vector<LineSlot> m_lineSlots;
    size_t m_lineCount = 0;
    ProductDayKeys::ProductIndex m_productIndex;   // products by their code's bytes (no QString made per row)
    std::vector<ProductInfo> m_products;
    QDate m_first, m_last;
};

} // namespace cp
