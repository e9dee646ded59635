// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailysalesimporter.h"

#include "models/backgroundtask.h"

#include <algorithm>

namespace cp {

QList<FieldSpec> DailySalesImporter::fields() const
{
    return {
        {QStringLiteral("date"), tr("Date"), {QStringLiteral("date"), QStringLiteral("day")}, true},
        {QStringLiteral("product"), tr("Product code"),
         {QStringLiteral("stock_code"), QStringLiteral("product_id"), QStringLiteral("sku"), QStringLiteral("product")}, true},
        {QStringLiteral("name"), tr("Product name"), {QStringLiteral("description"), QStringLiteral("name")}, false},
        {QStringLiteral("units"), tr("Units sold"),
         {QStringLiteral("units"), QStringLiteral("units_sold"), QStringLiteral("quantity")}, true},
        {QStringLiteral("revenue"), tr("Revenue"),
         {QStringLiteral("revenue_gbp"), QStringLiteral("revenue"), QStringLiteral("revenue_usd"), QStringLiteral("revenue_eur")}, true},
        {QStringLiteral("orders"), tr("Orders"), {QStringLiteral("orders")}, false},
        {QStringLiteral("views"), tr("Page views"), {QStringLiteral("page_views"), QStringLiteral("views")}, false},
        {QStringLiteral("stock"), tr("Stock"), {QStringLiteral("stock")}, false},
    };
}

void DailySalesImporter::reset()
{
    m_days.clear();
    m_dayCount = 0;
    m_lineSlots.clear();
    m_lineCount = 0;
    m_productIndex.clear();
    m_products.clear();
    m_first = m_last = QDate();
}

using ProductDayKeys::slotOf;

const DailySalesImporter::LineSlot *DailySalesImporter::findLine(quint64 key) const
{
    if (m_lineSlots.empty())
        return nullptr;
    const size_t mask = m_lineSlots.size() - 1;
    for (size_t s = slotOf(key, mask);; s = (s + 1) & mask) {
        if (m_lineSlots[s].key == key)
            return &m_lineSlots[s];
        if (m_lineSlots[s].key == 0)
            return nullptr;
    }
}

void DailySalesImporter::insertLine(quint64 key, qint64 line)
{
    if ((m_lineCount + 1) * 2 > m_lineSlots.size()) {
        std::vector<LineSlot> old;
        old.swap(m_lineSlots);
        const size_t slotCount = std::max<size_t>(4096, old.size() * 2);
        m_lineSlots.assign(slotCount, LineSlot{0, 0});
        for (const LineSlot &slot : old) {
            if (slot.key == 0)
                continue;
            size_t s = slotOf(slot.key, slotCount - 1);
            while (m_lineSlots[s].key != 0)
                s = (s + 1) & (slotCount - 1);
            m_lineSlots[s] = slot;
        }
    }
    const size_t mask = m_lineSlots.size() - 1;
    size_t s = slotOf(key, mask);
    while (m_lineSlots[s].key != 0)
        s = (s + 1) & mask;
    m_lineSlots[s] = {key, line};
    ++m_lineCount;
}

bool DailySalesImporter::hasDay(const QString &id, const QDate &day) const
{
    const QByteArray utf8 = id.toUtf8();
    const auto product = m_productIndex.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return product != m_productIndex.end() && day.isValid() && findLine(ProductDayKeys::key(product->second, day.toJulianDay())) != nullptr;
}

std::optional<QString> DailySalesImporter::readRow(const RowView &row, qint64 line)
{
    const std::string_view code = row.raw(QStringLiteral("product"));
    if (code.empty())
        return tr("the product code is empty");
    const auto date = row.pastDay(QStringLiteral("date"));
    const auto units = row.integer(QStringLiteral("units"));
    const auto revenue = row.money(QStringLiteral("revenue"));
    if (!date || !units || !revenue)
        return row.error();
    if (*units < 0)
        return tr("column \"%1\": negative units (%2)").arg(row.headerOf(QStringLiteral("units"))).arg(*units);
    if (revenue->minor() < 0)
        return tr("column \"%1\": negative revenue (%2)").arg(row.headerOf(QStringLiteral("revenue"))).arg(revenue->toString());
    quint32 product = 0;
    if (const auto found = m_productIndex.find(code); found != m_productIndex.end()) {
        product = found->second;
    } else {
        product = quint32(m_products.size());
        m_productIndex.emplace(std::string(code), product);
        m_products.push_back({QString::fromUtf8(code.data(), qsizetype(code.size())), {}, false, {}});
    }
    // A daily file states each product-day once; a second row is a mistake
    // (two exports pasted together), and keeping either would be a guess.
    // The key stays taken even when the row fails below (as it always has):
    // a later row for the same day names this line.
    const qint64 julianDay = date->toJulianDay();
    const quint64 key = ProductDayKeys::key(product, julianDay);
    if (const LineSlot *seen = findLine(key))
        return tr("product %1 on %2 is already on line %3: a daily file has one row per product and day")
            .arg(m_products[product].id, date->toString(Qt::ISODate)).arg(seen->line);
    insertLine(key, line);
    m_first = m_first.isValid() ? std::min(m_first, *date) : *date;
    m_last = m_last.isValid() ? std::max(m_last, *date) : *date;
    DayRow d{product, julianDay, *units, revenue->minor(), 0, std::nullopt, std::nullopt};
    if (row.has(QStringLiteral("orders")) && !row.isEmpty(QStringLiteral("orders"))) {
        const auto orders = row.integer(QStringLiteral("orders"));
        if (!orders || *orders < 0)
            return orders ? tr("column \"%1\": negative orders (%2)").arg(row.headerOf(QStringLiteral("orders"))).arg(*orders) : row.error();
        d.orders = *orders;
    }
    for (auto [key, target] : {std::pair{QStringLiteral("views"), &d.pageViews}, {QStringLiteral("stock"), &d.stock}}) {
        if (row.has(key) && !row.isEmpty(key)) {
            const auto v = row.integer(key);
            if (!v || *v < 0)
                return v ? tr("column \"%1\": negative value").arg(row.headerOf(key)) : row.error();
            *target = *v;
        }
    }
    ProductInfo &info = m_products[product];
    // The latest non-empty name wins; compared as bytes, converted once in write().
    if (const std::string_view name = row.raw(QStringLiteral("name")); !name.empty() && info.name != name)
        info.name.assign(name);
    if (d.units > 0)
        info.prices.push_back((d.revenueMinor + d.units / 2) / d.units);
    info.hasRow = true;
    if (m_days.empty() || m_days.back().size() == kBlockRows) {
        m_days.emplace_back();
        m_days.back().reserve(kBlockRows);
    }
    m_days.back().push_back(d);
    ++m_dayCount;
    return std::nullopt;
}

Status DailySalesImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // Into an empty product_days (a new workspace's first import) the day
    // index is made after the rows, in one pass, instead of one B-tree
    // insert per row (StoreWriter::beginProductDayBulk(); it does nothing
    // when the table has rows). A failure or a cancel below makes run() roll
    // back, which brings the index back with everything else: the DROP INDEX
    // ran inside this transaction (https://www.sqlite.org/lang_transaction.html),
    // which tst_importers' failedBulkLoadRollsBackTheIndexDrop checks.
    if (Status s = writer.beginProductDayBulk(); !s)
        return s;
    // Every product named by a row that was read, by id (QString order, as before).
    std::vector<quint32> order;
    order.reserve(m_products.size());
    for (quint32 i = 0; i < quint32(m_products.size()); ++i) {
        if (m_products[i].hasRow)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) { return m_products[a].id < m_products[b].id; });
    for (const quint32 i : order) {
        ProductInfo &info = m_products[i];
        Product p;
        p.id = info.id;
        p.name = info.name.empty() ? info.id : QString::fromStdString(info.name);
        if (Status s = writer.upsertProduct(p); !s)
            return s;
        auto &prices = info.prices;
        if (!prices.empty()) {
            auto mid = prices.begin() + ptrdiff_t(prices.size() / 2);
            std::nth_element(prices.begin(), mid, prices.end());
            if (Status s = writer.fillMissingPrice(p.id, Money::fromMinor(*mid)); !s)
                return s;
        }
    }
    report.written[QStringLiteral("products")] = qint64(order.size());
    const qint64 total = m_dayCount;
    // The rows in the table's key order, (product_id, day), not the file's
    // (a day at a time): each row then lands next to the one before it in
    // product_days' B-tree (a WITHOUT ROWID table keyed so), where in the
    // file's order every row went to another product's leaf page. The keys
    // are unique (readRow refuses a second row for a product-day), so the
    // order changes nothing written. Products rank by their id as sorted
    // above; SQLite compares TEXT keys by their UTF-8 bytes and QString by
    // UTF-16 units, which differ only past U+FFFF: such an id is still
    // written, merely out of the B-tree's order.
    std::vector<quint32> rank(m_products.size(), 0);
    for (quint32 k = 0; k < quint32(order.size()); ++k)
        rank[order[k]] = k;
    std::vector<const DayRow *> rows;
    rows.reserve(size_t(total));
    for (const std::vector<DayRow> &block : m_days)
        for (const DayRow &r : block)
            rows.push_back(&r);
    std::sort(rows.begin(), rows.end(), [&rank](const DayRow *a, const DayRow *b) {
        const quint32 ra = rank[a->product], rb = rank[b->product];
        return ra != rb ? ra < rb : a->julianDay < b->julianDay;
    });
    qint64 i = 0;
    for (const DayRow *row : rows) {
        const DayRow &r = *row;
        ProductDay d;
        d.productId = m_products[r.product].id;
        d.date = QDate::fromJulianDay(r.julianDay);
        d.unitsSold = r.units;
        d.revenue = Money::fromMinor(r.revenueMinor);
        d.orders = r.orders;
        d.pageViews = r.pageViews;
        d.stock = r.stock;
        auto day = merged(std::move(d));
        if (!day)
            return day.error();
        if (Status s = writer.upsertProductDay(*day); !s)
            return s;
        if (context && (i & 0xFFF) == 0) {
            if (context->isCancelled())
                return {};
            context->report(i, total, tr("Writing daily figures"));
        }
        ++i;
    }
    report.written[QStringLiteral("product days")] = total;
    return writer.endProductDayBulk();
}

} // namespace cp
