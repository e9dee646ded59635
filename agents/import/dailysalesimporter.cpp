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
    m_lines.clear();
    m_first = m_last = QDate();
    m_names.clear();
    m_prices.clear();
}

std::optional<QString> DailySalesImporter::readRow(const RowView &row, qint64 line)
{
    ProductDay d;
    d.productId = row.text(QStringLiteral("product"));
    if (d.productId.isEmpty())
        return tr("the product code is empty");
    const auto date = row.date(QStringLiteral("date"));
    const auto units = row.integer(QStringLiteral("units"));
    const auto revenue = row.money(QStringLiteral("revenue"));
    if (!date || !units || !revenue)
        return row.error();
    if (*units < 0)
        return tr("column \"%1\": negative units (%2)").arg(QStringLiteral("units")).arg(*units);
    if (revenue->minor() < 0)
        return tr("column \"%1\": negative revenue (%2)").arg(QStringLiteral("revenue")).arg(revenue->toString());
    // A daily file states each product-day once; a second row is a mistake
    // (two exports pasted together), and keeping either would be a guess.
    if (const auto seen = m_lines.constFind({d.productId, *date}); seen != m_lines.cend())
        return tr("product %1 on %2 is already on line %3: a daily file has one row per product and day")
            .arg(d.productId, date->toString(Qt::ISODate)).arg(*seen);
    m_lines.insert({d.productId, *date}, line);
    m_first = m_first.isValid() ? std::min(m_first, *date) : *date;
    m_last = m_last.isValid() ? std::max(m_last, *date) : *date;
    d.date = *date;
    d.unitsSold = *units;
    d.revenue = *revenue;
    if (row.has(QStringLiteral("orders")) && !row.isEmpty(QStringLiteral("orders"))) {
        const auto orders = row.integer(QStringLiteral("orders"));
        if (!orders || *orders < 0)
            return orders ? tr("negative orders") : row.error();
        d.orders = *orders;
    }
    for (auto [key, target] : {std::pair{QStringLiteral("views"), &d.pageViews}, {QStringLiteral("stock"), &d.stock}}) {
        if (row.has(key) && !row.isEmpty(key)) {
            const auto v = row.integer(key);
            if (!v || *v < 0)
                return v ? tr("column \"%1\": negative value").arg(key) : row.error();
            *target = *v;
        }
    }
    if (row.has(QStringLiteral("name"))) {
        if (const QString name = row.text(QStringLiteral("name")); !name.isEmpty())
            m_names.insert(d.productId, name);
    }
    if (d.unitsSold > 0)
        m_prices[d.productId].push_back((d.revenue.minor() + d.unitsSold / 2) / d.unitsSold);
    m_days.push_back(std::move(d));
    return std::nullopt;
}

Status DailySalesImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // Every product named by a row, with or without a name column.
    for (const ProductDay &d : m_days) {
        if (!m_names.contains(d.productId))
            m_names.insert(d.productId, QString());
    }
    QStringList ids = m_names.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : ids) {
        Product p;
        p.id = id;
        p.name = m_names.value(id);
        if (p.name.isEmpty())
            p.name = id;
        if (Status s = writer.upsertProduct(p); !s)
            return s;
        auto prices = m_prices.value(id);
        if (!prices.empty()) {
            auto mid = prices.begin() + ptrdiff_t(prices.size() / 2);
            std::nth_element(prices.begin(), mid, prices.end());
            if (Status s = writer.fillMissingPrice(id, Money::fromMinor(*mid)); !s)
                return s;
        }
    }
    report.written[QStringLiteral("products")] = ids.size();
    const qint64 total = qint64(m_days.size());
    for (qint64 i = 0; i < total; ++i) {
        auto day = merged(m_days[size_t(i)]);
        if (!day)
            return day.error();
        if (Status s = writer.upsertProductDay(*day); !s)
            return s;
        if (context && (i & 0xFFF) == 0) {
            if (context->isCancelled())
                return {};
            context->report(i, total, tr("Writing daily figures"));
        }
    }
    report.written[QStringLiteral("product days")] = total;
    return {};
}

} // namespace cp
