// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace cp {

// A plain product catalog, columns mapped by name: id, name, and price
// (regular and sale: the sale price is the one in effect), category (the
// first of a list "A > B, C"), stock, description (e.g.
// uci_online_retail_products.csv: stock_code, description,
// median_unit_price_gbp). Detected only with a product figure besides id and
// name.
class CatalogImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
public:
    QString id() const override { return QStringLiteral("catalog"); }
    QString displayName() const override { return tr("Product catalog"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override
    {
        m_products.clear();
        m_lines.clear();
    }
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QStringList missingEvidence(const ColumnMapping &mapping) const override;

private:
    QList<Product> m_products;
    QHash<QString, qint64> m_lines;   // product code -> line, for repeats
};

} // namespace cp
