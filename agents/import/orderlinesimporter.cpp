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
    m_daySlots.clear();
    m_productIndex.clear();
    m_products.clear();
    m_invoiceIds.clear();
    m_saleInvoices.clear();
    m_lastInvoice.clear();
    m_lastInvoiceId = 0;
}

using ProductDayKeys::slotOf;

quint64 OrderLinesImporter::dayKey(quint32 product, const QDate &date)
{
    return ProductDayKeys::key(product, date.toJulianDay());
}

OrderLinesImporter::DayTotals &OrderLinesImporter::day(quint64 key)
{
    if ((m_days.size() + 1) * 2 > m_daySlots.size()) {
        const size_t slotCount = std::max<size_t>(4096, m_daySlots.size() * 2);
        m_daySlots.assign(slotCount, 0);
        for (size_t i = 0; i < m_days.size(); ++i) {
            size_t s = slotOf(m_days[i].key, slotCount - 1);
            while (m_daySlots[s] != 0)
                s = (s + 1) & (slotCount - 1);
            m_daySlots[s] = quint32(i + 1);
        }
    }
    const size_t mask = m_daySlots.size() - 1;
    for (size_t s = slotOf(key, mask);; s = (s + 1) & mask) {
        const quint32 entry = m_daySlots[s];
        if (entry == 0) {
            m_days.push_back({key, {}});
            m_daySlots[s] = quint32(m_days.size());
            return m_days.back().totals;
        }
        if (m_days[entry - 1].key == key)
            return m_days[entry - 1].totals;
    }
}

const OrderLinesImporter::DayEntry *OrderLinesImporter::findDay(quint64 key) const
{
    if (m_daySlots.empty())
        return nullptr;
    const size_t mask = m_daySlots.size() - 1;
    for (size_t s = slotOf(key, mask);; s = (s + 1) & mask) {
        const quint32 entry = m_daySlots[s];
        if (entry == 0)
            return nullptr;
        if (m_days[entry - 1].key == key)
            return &m_days[entry - 1];
    }
}

std::optional<QString> OrderLinesImporter::readRow(const RowView &row, qint64)
{
    const std::string_view invoiceText = row.raw(QStringLiteral("invoice"));
    const std::string_view product = row.raw(QStringLiteral("product"));
    const auto quantity = row.integer(QStringLiteral("quantity"));
    const auto date = row.pastDay(QStringLiteral("date"));
    const auto price = row.money(QStringLiteral("price"));
    if (!quantity || !date || !price)
        return row.error();
    if (invoiceText.empty())
        return tr("the invoice number is empty");
    if (product.empty())
        return tr("the product code is empty");
    if (price->minor() < 0)
        return tr("column \"UnitPrice\": a negative price (%1)").arg(price->toString());

    // Products by index: one copy of each id, not one per line (1,000,000
    // lines once took 1.3 GB). Only lines that are imported make a product.
    auto indexOf = [this, product] {
        if (const auto it = m_productIndex.find(product); it != m_productIndex.end())
            return it->second;
        const auto index = quint32(m_products.size());
        m_productIndex.emplace(std::string(product), index);
        m_products.push_back({QString::fromUtf8(product.data(), qsizetype(product.size())), {}, {}});
        return index;
    };
    quint32 productIndex = 0;

    const bool cancellation = invoiceText.front() == 'C' || invoiceText.front() == 'c';
    if (cancellation) {
        const qint64 units = *quantity < 0 ? -*quantity : *quantity;
        const auto amount = price->checkedMul(units);
        productIndex = indexOf();
        DayTotals &day = this->day(dayKey(productIndex, *date));
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
        DayTotals &day = this->day(key);
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
    for (const DayEntry &entry : m_days) {
        const qint64 day = qint64(entry.key & 0xFFFFFFFFu);
        first = first == 0 ? day : std::min(first, day);
        last = std::max(last, day);
    }
    return m_days.empty() ? std::pair<QDate, QDate>{} : std::pair{QDate::fromJulianDay(first), QDate::fromJulianDay(last)};
}

bool OrderLinesImporter::hasDay(const QString &id, const QDate &day) const
{
    const QByteArray utf8 = id.toUtf8();
    const auto product = m_productIndex.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return product != m_productIndex.end() && findDay(dayKey(product->second, day)) != nullptr;
}

Status OrderLinesImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // A new workspace's product_days gets its day index after the rows.
    if (Status s = writer.beginProductDayBulk(); !s)
        return s;
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
            std::vector<qint64>().swap(info.salePrices);   // memory for the day index built at the end
        }
        if (Status s = writer.upsertProduct(p); !s)
            return s;
    }
    report.written[QStringLiteral("products")] = qint64(m_products.size());

    std::sort(m_saleInvoices.begin(), m_saleInvoices.end());
    m_saleInvoices.erase(std::unique(m_saleInvoices.begin(), m_saleInvoices.end()), m_saleInvoices.end());
    for (const auto &[key, invoice] : m_saleInvoices)
        ++day(key).orders;
    std::vector<SaleInvoice>().swap(m_saleInvoices);

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
    struct Sorted
    {
        quint64 key;        // (rank << 32 | Julian day)
        quint32 entry;
    };
    std::vector<Sorted> sorted;
    sorted.reserve(m_days.size());
    for (size_t i = 0; i < m_days.size(); ++i) {
        const quint64 key = m_days[i].key;
        sorted.push_back({(quint64(rank[size_t(key >> 32)]) << 32) | (key & 0xFFFFFFFFu), quint32(i)});
    }
    std::sort(sorted.begin(), sorted.end(), [](const Sorted &a, const Sorted &b) { return a.key < b.key; });

    qint64 done = 0;
    for (const Sorted &s : sorted) {
        const auto &[key, totals] = m_days[s.entry];
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
    // SQLite's sort for CREATE INDEX takes memory of its own: what was only
    // needed for writing goes first.
    std::vector<Sorted>().swap(sorted);
    return writer.endProductDayBulk();
}

} // namespace cp
