// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogimporter.h"

#include <QSet>

namespace cp {

QList<FieldSpec> CatalogImporter::fields() const
{
    return {
        {QStringLiteral("id"), tr("Product code"),
         {QStringLiteral("stock_code"), QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("product_id")}, true},
        {QStringLiteral("name"), tr("Name"), {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("title")}, true},
        {QStringLiteral("price"), tr("Price"),
         {QStringLiteral("price"), QStringLiteral("median_unit_price_gbp"), QStringLiteral("unit_price")}, false},
        {QStringLiteral("category"), tr("Category"), {QStringLiteral("category")}, false},
        {QStringLiteral("stock"), tr("Stock"), {QStringLiteral("stock"), QStringLiteral("stock_quantity")}, false},
        {QStringLiteral("description"), tr("Description"), {QStringLiteral("long_description"), QStringLiteral("details")}, false},
    };
}

std::optional<QString> CatalogImporter::readRow(const RowView &row, qint64)
{
    Product p;
    p.id = row.text(QStringLiteral("id"));
    p.name = row.text(QStringLiteral("name"));
    if (p.id.isEmpty())
        return tr("the product code is empty");
    if (p.name.isEmpty())
        return tr("the name is empty");
    if (row.has(QStringLiteral("price")) && !row.isEmpty(QStringLiteral("price"))) {
        p.price = row.money(QStringLiteral("price"));
        if (!p.price)
            return row.error();
        if (p.price->minor() < 0)
            return tr("a negative price (%1)").arg(p.price->toString());
    }
    if (row.has(QStringLiteral("stock")) && !row.isEmpty(QStringLiteral("stock"))) {
        p.stock = row.integer(QStringLiteral("stock"));
        if (!p.stock)
            return row.error();
    }
    if (row.has(QStringLiteral("category")))
        p.category = row.text(QStringLiteral("category"));
    if (row.has(QStringLiteral("description")))
        p.description = row.text(QStringLiteral("description"));
    m_products.append(std::move(p));
    return std::nullopt;
}

Status CatalogImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *)
{
    QSet<QString> seen;
    for (const Product &p : std::as_const(m_products)) {
        if (Status s = writer.upsertProduct(p); !s)
            return s;
        seen.insert(p.id);
    }
    report.written[QStringLiteral("products")] = seen.size();
    if (seen.size() < m_products.size())
        report.notes[tr("rows repeating an earlier product code (the later row wins)")] = m_products.size() - seen.size();
    return {};
}

} // namespace cp
