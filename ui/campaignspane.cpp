// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignspane.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cp {

CampaignsPane::CampaignsPane(QWidget *parent)
    : QWidget(parent), m_model(new CampaignModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CampaignModel::Status, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("campaignsView"));
    m_view->setAccessibleName(tr("Campaigns"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void CampaignsPane::setRows(QList<CampaignRow> rows, const QString &currency, const QMap<QString, QString> &modelled)
{
    m_model->setCurrency(currency);
    m_model->setModelled(modelled.contains(QStringLiteral("campaign_days")), modelled.value(QStringLiteral("campaign_days")));
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

} // namespace cp
