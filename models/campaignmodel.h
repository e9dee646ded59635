// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractTableModel>
#include <QList>

namespace cp {

// The campaigns pane's table: one row a campaign with its lifetime figures.
class CampaignModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Product, Status, DailyBudget, Spend, Revenue, Roas, Start, End, Platform, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit CampaignModel(QObject *parent = nullptr);

    void setRows(QList<CampaignRow> rows);
    const QList<CampaignRow> &rows() const { return m_rows; }
    void setCurrency(const QString &isoCode);
    void setModelled(bool campaignFiguresModelled, const QString &why);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(Campaign::Status s);

private:
    QList<CampaignRow> m_rows;
    QString m_currency;
    bool m_figuresModelled = false;
    QString m_modelledWhy;
};

} // namespace cp
