// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttablemodel.h"

#include "money.h"

#include <QLocale>
#include <QMap>

namespace cp {

ChartTableModel::ChartTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChartTableModel::setData(const ChartData &data)
{
    QMap<QDate, QList<std::optional<double>>> byDate;
    for (qsizetype i = 0; i < data.series.size(); ++i)
        for (const auto &[date, value] : data.series[i].points) {
            auto &row = byDate[date];
            row.resize(data.series.size());
            row[i] = value;
        }
    QList<QDate> dates = byDate.keys();
    QList<QList<std::optional<double>>> values;
    for (const QDate &d : dates) {
        auto row = byDate.value(d);
        row.resize(data.series.size());
        values << row;
    }
    bool sameColumns = data.series.size() == m_series.size();
    for (qsizetype i = 0; sameColumns && i < m_series.size(); ++i)
        sameColumns = data.series[i].key == m_series[i].key;
    const bool appended = sameColumns && dates.size() > m_dates.size() && dates.mid(0, m_dates.size()) == m_dates;
    m_currency = data.currency;
    if (appended) {
        // Live updates add days at the end: an insert, not a reset.
        const int first = int(m_dates.size());
        for (qsizetype r = 0; r < m_dates.size(); ++r)
            m_values[r] = values[r];
        beginInsertRows({}, first, int(dates.size()) - 1);
        m_dates = dates;
        m_values = values;
        endInsertRows();
        if (first > 0)
            emit dataChanged(index(0, 1), index(first - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_dates = dates;
    m_series = data.series;
    m_values = values;
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dates.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size()) + 1;
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_dates.at(index.row()), QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return m_dates.at(index.row());
        return {};
    }
    const auto &v = m_values.at(index.row()).at(index.column() - 1);
    const ChartSeries &s = m_series.at(index.column() - 1);
    if (role == Qt::EditRole)
        return v ? QVariant(*v) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole || !v)
        return {};
    switch (s.unit) {
    case ChartSeries::Unit::Money: return formatMoney(Money::fromMinor(qRound64(*v * 100)), m_currency);
    case ChartSeries::Unit::Count: return QLocale().toString(qint64(*v));
    case ChartSeries::Unit::Percent: return QStringLiteral("%1 %").arg(QLocale().toString(*v, 'f', 1));
    case ChartSeries::Unit::Ratio: return QLocale().toString(*v, 'f', 2);
    }
    return {};
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Date") : m_series.at(section - 1).label;
}

} // namespace cp
