// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/campaignmodel.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace cp {

// The campaigns: status, budget, spend and ROAS of each.
class CampaignsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPane(QWidget *parent = nullptr);

    void setRows(QList<CampaignRow> rows, const QString &currency, const QMap<QString, QString> &modelled);
    CampaignModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    CampaignModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace cp
