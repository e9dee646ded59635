// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace cp {

// The catalog pane's table: one row a product, with its figures over a window.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Category, Price, Stock, Views, Units, Revenue, ViewsPerUnit, ActiveCampaign, ColumnCount };
    // Raw value for sorting (numbers as numbers, unknown lowest).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CategoryRole = Qt::UserRole + 2;

    explicit CatalogModel(QObject *parent = nullptr);

    // Same products in the same order: changed rows are updated in place.
    // Otherwise the model is reset (a different catalog).
    void setRows(QList<CatalogRow> rows);
    const QList<CatalogRow> &rows() const { return m_rows; }
    void setCurrency(const QString &isoCode);
    // "table.column" keys of the recording's modelled columns -> explanation.
    void setModelled(const QMap<QString, QString> &modelled);
    bool isModelled(Column c) const { return m_modelled.contains(c); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString money(const Money &m) const;
    QList<CatalogRow> m_rows;
    QString m_currency;
    QHash<int, QString> m_modelled;
};

// Search text over id, name and description, and an exact category filter.
class CatalogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setCategory(const QString &category);  // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_category;
};

} // namespace cp
