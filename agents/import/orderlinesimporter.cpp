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
    m_productIndex.clear();
    m_products.clear();
    m_invoiceIds.clear();
    m_saleInvoices.clear();
    m_lastInvoice.clear();
    m_lastInvoiceId = 0;
}

quint64 OrderLinesImporter::dayKey(quint32 product, const QDate &date)
{
    return (quint64(product) << 32) | quint32(date.toJulianDay());
}

std::optional<QString> OrderLinesImporter::readRow(const RowView &row, qint64)
{
    const std::string_view invoiceText = row.raw(QStringLiteral("invoice"));
    const QString product = row.text(QStringLiteral("product"));
    const auto quantity = row.integer(QStringLiteral("quantity"));
    const auto date = row.date(QStringLiteral("date"));
    const auto price = row.money(QStringLiteral("price"));
    if (!quantity || !date || !price)
        return row.error();
    if (invoiceText.empty())
        return tr("the invoice number is empty");
    if (product.isEmpty())
        return tr("the product code is empty");
    if (price->minor() < 0)
        return tr("column \"UnitPrice\": a negative price (%1)").arg(price->toString());

    // Products by index: one copy of each id, not one per line (1,000,000
    // lines once took 1.3 GB). Only lines that are imported make a product.
    auto indexOf = [this, &product] {
        auto [it, added] = m_productIndex.try_emplace(product, quint32(m_products.size()));
        if (added)
            m_products.push_back({product, {}, {}});
        return it->second;
    };
    quint32 productIndex = 0;

    const bool cancellation = invoiceText.front() == 'C' || invoiceText.front() == 'c';
    if (cancellation) {
        const qint64 units = *quantity < 0 ? -*quantity : *quantity;
        const auto amount = price->checkedMul(units);
        productIndex = indexOf();
        DayTotals &day = m_days[dayKey(productIndex, *date)];
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
        productIndex = indexOf();
        const quint64 key = dayKey(productIndex, *date);
        DayTotals &day = m_days[key];
        const auto sum = amount ? day.revenue.checkedAdd(*amount) : std::nullopt;
        if (!sum)
            return tr("column \"UnitPrice\": %1 × %2 leaves the money range").arg(price->toString()).arg(*quantity);
        day.units += *quantity;
        day.revenue = *sum;
        // Lines of one invoice are usually together: remember the last one.
        if (invoiceText != m_lastInvoice) {
            m_lastInvoice.assign(invoiceText);
            auto [it, fresh] = m_invoiceIds.try_emplace(m_lastInvoice, quint32(m_invoiceIds.size()));
            m_lastInvoiceId = it->second;
        }
        // Distinct invoices per product-day are counted at write time (sort, unique).
        m_saleInvoices.push_back({key, m_lastInvoiceId});
        m_products[productIndex].salePrices.push_back(price->minor());
    }
    const std::string_view name = row.raw(QStringLiteral("name"));
    ProductInfo &info = m_products[productIndex];
    if (!name.empty() && info.name != name)
        info.name.assign(name);
    return std::nullopt;
}

std::pair<QDate, QDate> OrderLinesImporter::dayRange() const
{
    qint64 first = 0, last = 0;
    for (const auto &[key, totals] : m_days) {
        const qint64 day = qint64(key & 0xFFFFFFFFu);
        first = first == 0 ? day : std::min(first, day);
        last = std::max(last, day);
    }
    return m_days.empty() ? std::pair<QDate, QDate>{} : std::pair{QDate::fromJulianDay(first), QDate::fromJulianDay(last)};
}

bool OrderLinesImporter::hasDay(const QString &id, const QDate &day) const
{
    const auto product = m_productIndex.find(id);
    return product != m_productIndex.end() && m_days.count(dayKey(product->second, day)) > 0;
}

Status OrderLinesImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // Products first: product_days refers to them.
    std::vector<quint32> order(m_products.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) { return m_products[a].id < m_products[b].id; });
    for (const quint32 i : order) {
        ProductInfo &info = m_products[i];
        Product p;
        p.id = info.id;
        p.name = info.name.empty() ? info.id : QString::fromStdString(info.name);
        if (!info.salePrices.empty()) {
            auto mid = info.salePrices.begin() + ptrdiff_t(info.salePrices.size() / 2);
            std::nth_element(info.salePrices.begin(), mid, info.salePrices.end());
            p.price = Money::fromMinor(*mid);
        }
        if (Status s = writer.upsertProduct(p); !s)
            return s;
    }
    report.written[QStringLiteral("products")] = qint64(m_products.size());

    std::sort(m_saleInvoices.begin(), m_saleInvoices.end());
    m_saleInvoices.erase(std::unique(m_saleInvoices.begin(), m_saleInvoices.end()), m_saleInvoices.end());
    for (const auto &[key, invoice] : m_saleInvoices)
        ++m_days[key].orders;

    // The product-days go out in the table's key order (product_id, day):
    // each insert then lands next to the previous one in the primary key's
    // B-tree, in pages SQLite has just touched, instead of at a random place
    // (hash order). product_days is WITHOUT ROWID, so the order of inserts
    // does not change what the table holds. SQLite compares TEXT keys with
    // the BINARY collation, memcmp() of the UTF-8 bytes
    // (https://www.sqlite.org/datatype3.html#collation), and ISO day texts
    // sort as their Julian days do.
    std::vector<QByteArray> utf8(m_products.size());
    std::vector<quint32> byKey(m_products.size());
    for (quint32 i = 0; i < byKey.size(); ++i) {
        utf8[i] = m_products[i].id.toUtf8();
        byKey[i] = i;
    }
    std::sort(byKey.begin(), byKey.end(), [&utf8](quint32 a, quint32 b) { return utf8[a] < utf8[b]; });
    std::vector<quint32> rank(m_products.size());
    for (quint32 r = 0; r < byKey.size(); ++r)
        rank[byKey[r]] = r;
    std::vector<quint64> keys;
    keys.reserve(m_days.size());
    for (const auto &[key, totals] : m_days)
        keys.push_back((quint64(rank[size_t(key >> 32)]) << 32) | (key & 0xFFFFFFFFu));
    std::sort(keys.begin(), keys.end());

    qint64 done = 0;
    for (quint64 &sorted : keys) {
        const quint64 key = (quint64(byKey[size_t(sorted >> 32)]) << 32) | (sorted & 0xFFFFFFFFu);
        const DayTotals &totals = m_days.at(key);
        ProductDay d;
        d.productId = m_products[size_t(key >> 32)].id;
        d.date = QDate::fromJulianDay(qint64(key & 0xFFFFFFFFu));
        d.unitsSold = totals.units;
        d.revenue = totals.revenue;
        d.orders = totals.orders;
        d.unitsReturned = totals.unitsReturned;
        d.returnedRevenue = totals.returned;
        auto day = merged(d);
        if (!day)
            return day.error();
        if (Status s = writer.upsertProductDay(*day); !s)
            return s;
        if (context && (++done & 0xFFF) == 0) {
            if (context->isCancelled())
                return {};
            context->report(done, qint64(m_days.size()), tr("Writing daily figures"));
        }
    }
    report.written[QStringLiteral("product days")] = qint64(m_days.size());
    return {};
}

} // namespace cp
