// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogimporter.h"

#include <QSet>

namespace cp {

QList<FieldSpec> CatalogImporter::fields() const
{
    // Aliases in order of preference; "description" names the product only
    // when the file has no name column (the UCI product list).
    return {
        {QStringLiteral("id"), tr("Product code"), headerAliases({"stock_code", "sku", "product_id", "product code", "id"}), true},
        {QStringLiteral("name"), tr("Name"), headerAliases({"name", "product name", "title", "product title", "description"}), true},
        {QStringLiteral("price"), tr("Regular price"),
         headerAliases({"regular price", "price", "median_unit_price_gbp", "unit_price", "list price"}), false},
        {QStringLiteral("sale_price"), tr("Sale price"), headerAliases({"sale price"}), false},
        {QStringLiteral("category"), tr("Category"), headerAliases({"category", "categories", "product category", "product type"}), false},
        {QStringLiteral("stock"), tr("Stock"), headerAliases({"stock", "stock_quantity", "stock quantity", "quantity", "inventory", "qty"}), false},
        {QStringLiteral("description"), tr("Description"),
         headerAliases({"description", "long_description", "details", "short description", "body"}), false},
    };
}

QStringList CatalogImporter::missingEvidence(const ColumnMapping &mapping) const
{
    // Nearly every table has an id and a name (ad creatives, campaigns,
    // customers): only a product figure makes it a catalog.
    for (const char *key : {"price", "sale_price", "category", "stock"}) {
        if (mapping.contains(QString::fromLatin1(key)))
            return {};
    }
    return {tr("price, category or stock")};
}

std::optional<QString> CatalogImporter::readRow(const RowView &row, qint64 line)
{
    Product p;
    p.id = row.text(QStringLiteral("id"));
    p.name = row.text(QStringLiteral("name"));
    if (p.id.isEmpty())
        return tr("the product code is empty");
    if (const QString rounded = row.roundedIdentifier(QStringLiteral("id"), p.id); !rounded.isEmpty())
        return rounded;
    if (p.name.isEmpty())
        return tr("the name is empty");
    // The price in effect: the sale price when there is one, else the regular one.
    for (const QString &key : {QStringLiteral("sale_price"), QStringLiteral("price")}) {
        if (!row.has(key) || row.isEmpty(key))
            continue;
        p.price = row.money(key);
        if (!p.price)
            return row.error();
        if (p.price->minor() < 0)
            return tr("column \"%1\": a negative price (%2)").arg(row.headerOf(key), p.price->toString());
        break;
    }
    if (row.has(QStringLiteral("stock")) && !row.isEmpty(QStringLiteral("stock"))) {
        p.stock = row.integerLenient(QStringLiteral("stock"));
        if (!p.stock)
            return row.error();
    }
    // "Clothing > Hoodies, Music": the first category, with its path.
    if (row.has(QStringLiteral("category")))
        p.category = row.text(QStringLiteral("category")).section(QLatin1Char(','), 0, 0).trimmed();
    if (row.has(QStringLiteral("description")))
        p.description = row.text(QStringLiteral("description"));
    // Two rows for one product code: keeping either would be a guess.
    if (const auto seen = m_lines.constFind(p.id); seen != m_lines.cend())
        return tr("product code %1 is already on line %2: a catalog has one row per product").arg(p.id).arg(*seen);
    m_lines.insert(p.id, line);
    m_products.append(std::move(p));
    return std::nullopt;
}

Status CatalogImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *)
{
    for (const Product &p : std::as_const(m_products)) {
        if (Status s = writer.upsertProduct(p); !s)
            return s;
    }
    report.written[QStringLiteral("products")] = m_products.size();
    return {};
}

} // namespace cp
