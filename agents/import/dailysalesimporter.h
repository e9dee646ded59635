// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <vector>

namespace cp {

// Daily product sales: one row a product a day (date, product code, units,
// revenue; optionally name, orders, page views, stock). Products that the
// store does not know yet are created; a product without a price gets the
// median of its daily average prices (revenue / units).
class DailySalesImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(DailySalesImporter)
public:
    QString id() const override { return QStringLiteral("daily-sales"); }
    QString displayName() const override { return tr("Daily product sales"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QString dayTable() const override { return QStringLiteral("product_days"); }
    std::pair<QDate, QDate> dayRange() const override { return {m_first, m_last}; }
    bool hasDay(const QString &id, const QDate &day) const override { return m_lines.contains({id, day}); }

private:
    std::vector<ProductDay> m_days;
    QHash<DayKey, qint64> m_lines;                // (product, day) -> line, for duplicates
    QDate m_first, m_last;
    QHash<QString, QString> m_names;              // product id -> latest name
    QHash<QString, std::vector<qint64>> m_prices; // product id -> daily average prices
};

} // namespace cp
