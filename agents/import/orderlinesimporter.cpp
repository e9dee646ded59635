// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderlinesimporter.h"

#include "models/backgroundtask.h"

#include <algorithm>

namespace cp {

QList<FieldSpec> OrderLinesImporter::fields() const
{
    return {
        {QStringLiteral("invoice"), tr("Invoice number"), {QStringLiteral("InvoiceNo"), QStringLiteral("Invoice")}, true},
        {QStringLiteral("product"), tr("Product code"), {QStringLiteral("StockCode"), QStringLiteral("SKU")}, true},
        {QStringLiteral("name"), tr("Description"), {QStringLiteral("Description")}, true},
        {QStringLiteral("quantity"), tr("Quantity"), {QStringLiteral("Quantity")}, true},
        {QStringLiteral("date"), tr("Invoice date"), {QStringLiteral("InvoiceDate")}, true},
        {QStringLiteral("price"), tr("Unit price"), {QStringLiteral("UnitPrice"), QStringLiteral("Price")}, true},
        {QStringLiteral("customer"), tr("Customer"), {QStringLiteral("CustomerID"), QStringLiteral("Customer ID")}, false},
        {QStringLiteral("country"), tr("Country"), {QStringLiteral("Country")}, false},
    };
}

void OrderLinesImporter::reset()
{
    m_days.clear();
    m_products.clear();
}

std::optional<QString> OrderLinesImporter::readRow(const RowView &row, qint64)
{
    const QString invoice = row.text(QStringLiteral("invoice"));
    const QString product = row.text(QStringLiteral("product"));
    const auto quantity = row.integer(QStringLiteral("quantity"));
    const auto date = row.date(QStringLiteral("date"));
    const auto price = row.money(QStringLiteral("price"));
    if (!quantity || !date || !price)
        return row.error();
    if (invoice.isEmpty())
        return tr("the invoice number is empty");
    if (product.isEmpty())
        return tr("the product code is empty");
    if (price->minor() < 0)
        return tr("column \"UnitPrice\": a negative price (%1)").arg(price->toString());

    const bool cancellation = invoice.startsWith(QLatin1Char('C'), Qt::CaseInsensitive);
    if (cancellation) {
        const qint64 units = *quantity < 0 ? -*quantity : *quantity;
        const auto amount = price->checkedMul(units);
        DayTotals &day = m_days[{product, *date}];
        const auto sum = amount ? day.returned.checkedAdd(*amount) : std::nullopt;
        if (!sum)
            return tr("column \"UnitPrice\": %1 × %2 leaves the money range").arg(price->toString()).arg(units);
        day.unitsReturned += units;
        day.returned = *sum;
        note(tr("cancellation lines booked as returns"));
    } else if (*quantity <= 0) {
        note(tr("lines with quantity ≤ 0 on a normal invoice not imported (stock write-offs)"));
        return std::nullopt;
    } else if (price->minor() == 0) {
        note(tr("lines with price 0 not imported (samples, manual fixes)"));
        return std::nullopt;
    } else {
        const auto amount = price->checkedMul(*quantity);
        DayTotals &day = m_days[{product, *date}];
        const auto sum = amount ? day.revenue.checkedAdd(*amount) : std::nullopt;
        if (!sum)
            return tr("column \"UnitPrice\": %1 × %2 leaves the money range").arg(price->toString()).arg(*quantity);
        day.units += *quantity;
        day.revenue = *sum;
        day.invoices.insert(invoice);
        m_products[product].salePrices.append(price->minor());
    }
    ProductInfo &info = m_products[product];
    if (const QString name = row.text(QStringLiteral("name")); !name.isEmpty())
        info.name = name;
    return std::nullopt;
}

Status OrderLinesImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // Products first: product_days refers to them.
    QStringList ids = m_products.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : ids) {
        ProductInfo &info = m_products[id];
        Product p;
        p.id = id;
        p.name = info.name.isEmpty() ? id : info.name;
        if (!info.salePrices.isEmpty()) {
            auto mid = info.salePrices.begin() + info.salePrices.size() / 2;
            std::nth_element(info.salePrices.begin(), mid, info.salePrices.end());
            p.price = Money::fromMinor(*mid);
        }
        if (Status s = writer.upsertProduct(p); !s)
            return s;
    }
    report.written[QStringLiteral("products")] = ids.size();

    qint64 done = 0;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        ProductDay d;
        d.productId = it.key().first;
        d.date = it.key().second;
        d.unitsSold = it->units;
        d.revenue = it->revenue;
        d.orders = it->invoices.size();
        d.unitsReturned = it->unitsReturned;
        d.returnedRevenue = it->returned;
        auto day = merged(d);
        if (!day)
            return day.error();
        if (Status s = writer.upsertProductDay(*day); !s)
            return s;
        if (context && (++done & 0xFFF) == 0) {
            if (context->isCancelled())
                return {};
            context->report(done, m_days.size(), tr("Writing daily figures"));
        }
    }
    report.written[QStringLiteral("product days")] = m_days.size();
    return {};
}

} // namespace cp
