// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QAbstractTableModel>

namespace cp {

// A chart's numbers as a table (one row a date, one column a series): the
// data view under each chart, and what a screen reader or a copy reads.
class ChartTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ChartTableModel(QObject *parent = nullptr);

    // A new day appended at the end is an insert; anything else a reset.
    void setData(const ChartData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QDate> m_dates;
    QList<ChartSeries> m_series;
    QList<QList<std::optional<double>>> m_values;   // [row][series]
    QString m_currency;
};

} // namespace cp
