// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "productdaykeys.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <string_view>
#include <string>
#include <unordered_map>
#include <vector>

namespace cp {

// Store order lines (the UCI Online Retail shape: InvoiceNo, StockCode,
// Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country),
// aggregated into daily figures per product:
// - a sale is a line with quantity > 0 and unit price > 0 on an invoice not
//   starting with "C": units and revenue (quantity x unit price, exact) add
//   up, orders count distinct invoices;
// - a cancellation ("C" invoice, negative quantity) is a return on the day it
//   was booked: units_returned and returned revenue;
// - other lines (zero price: samples and manual fixes; negative quantity on a
//   normal invoice: stock write-offs) are counted in the report's notes.
// Each product's price is the median unit price of its sale lines.
// Lines of one product and day add up by definition (in one file, and across
// files with MergeMode::Add).
class OrderLinesImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(OrderLinesImporter)
public:
    QString id() const override { return QStringLiteral("order-lines"); }
    QString displayName() const override { return tr("Store order lines"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QString dayTable() const override { return QStringLiteral("product_days"); }
    std::pair<QDate, QDate> dayRange() const override;
    bool hasDay(const QString &id, const QDate &day) const override;

private:
    // Compact on purpose: a million lines make hundreds of thousands of
    // product-days, so no per-day set or string (see BENCHMARKS.md, issue 13).
    struct DayTotals
    {
        qint64 units = 0;
        Money revenue;
        qint64 unitsReturned = 0;
        Money returned;
        qint64 orders = 0;          // distinct sale invoices, counted in write()
    };
    struct ProductInfo
    {
        QString id;
        std::string name;           // UTF-8, the last non-empty description
        std::vector<qint64> salePrices;  // minor units, one per sale line
    };
    struct SaleInvoice
    {
        quint64 day;
        quint32 invoice;
        auto operator<=>(const SaleInvoice &) const = default;
    };
    struct DayEntry
    {
        quint64 key;                // dayKey()
        DayTotals totals;
    };
    // (product index << 32 | Julian day) for a product-day.
    static quint64 dayKey(quint32 product, const QDate &date);
    // The product-day of a key, added (all zero) when new.
    DayTotals &day(quint64 key);
    const DayEntry *findDay(quint64 key) const;

    // The product-days: entries in a deque (blocks, no per-day allocation,
    // no copy on growth) found through an open-addressing table of entry
    // numbers (linear probing, at most half full, 4 bytes a slot). A
    // std::unordered_map spent a node and a bucket per day and most of the
    // reading time on cache misses (see BENCHMARKS.md, issue 14).
    std::deque<DayEntry> m_days;
    std::vector<quint32> m_daySlots;    // entry number + 1; 0 is an empty slot
    ProductDayKeys::ProductIndex m_productIndex;   // products by their code's bytes (no QString made per line)
    std::vector<ProductInfo> m_products;
    std::unordered_map<std::string, quint32> m_invoiceIds;
    std::vector<SaleInvoice> m_saleInvoices;
    std::string m_lastInvoice;
    quint32 m_lastInvoiceId = 0;
};

} // namespace cp
