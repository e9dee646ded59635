// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <QSet>

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
public:
    QString id() const override { return QStringLiteral("order-lines"); }
    QString displayName() const override { return tr("Store order lines"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QString dayTable() const override { return QStringLiteral("product_days"); }
    QList<DayKey> dayKeys() const override { return m_days.keys(); }

private:
    struct DayTotals
    {
        qint64 units = 0;
        Money revenue;
        qint64 unitsReturned = 0;
        Money returned;
        QSet<QString> invoices;
    };
    struct ProductInfo
    {
        QString name;
        QList<qint64> salePrices;  // minor units, one per sale line
    };
    QHash<QPair<QString, QDate>, DayTotals> m_days;
    QHash<QString, ProductInfo> m_products;
};

} // namespace cp
