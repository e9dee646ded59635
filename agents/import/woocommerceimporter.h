// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <QSet>
#include <QMap>

namespace cp {

// WooCommerce's product CSV export (Products > Export): ID, Type, SKU, Name,
// Regular price, Sale price, Categories ("Clothing > Tshirts, ..."), Stock,
// "In stock?", Short description, Description, Images, Parent. The product
// id is the WooCommerce ID (what the REST API uses). A variation
// (Type "variation", Parent "id:44" or the parent's SKU) is folded into its parent: the parent's
// price is its lowest variation price when it has none of its own, and its
// stock the sum of its variations' stock where they have one. The category
// is the top level of the first category path.
class WooCommerceImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(WooCommerceImporter)
public:
    QString id() const override { return QStringLiteral("woocommerce-products"); }
    QString displayName() const override { return tr("WooCommerce product export"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;

private:
    struct Variation
    {
        QString parent;
        std::optional<Money> price;
        std::optional<qint64> stock;
        qint64 line = 0;
    };
    QMap<QString, Product> m_products;
    QHash<QString, QString> m_idBySku;
    QList<Variation> m_variations;
    QHash<QString, qint64> m_lineOf;   // product id -> its line, for duplicates
    qint64 m_unpublished = 0;          // drafts and private products, not imported
    QSet<QString> m_unpublishedIds;    // their variations go with them
};

} // namespace cp
