// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignmodel.h"

#include <QFont>
#include <QLocale>
#include <limits>

namespace cp {

CampaignModel::CampaignModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignModel::setRows(QList<CampaignRow> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).campaign.id == m_rows.at(i).campaign.id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CampaignModel::setCurrency(const QString &isoCode)
{
    m_currency = isoCode;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DailyBudget), index(rowCount() - 1, Revenue));
}

void CampaignModel::setModelled(bool campaignFiguresModelled, const QString &why)
{
    m_figuresModelled = campaignFiguresModelled;
    m_modelledWhy = why;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString CampaignModel::statusText(Campaign::Status s)
{
    switch (s) {
    case Campaign::Status::Active: return tr("Active");
    case Campaign::Status::Paused: return tr("Paused");
    case Campaign::Status::Ended: return tr("Ended");
    }
    return {};
}

int CampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignRow &r = m_rows.at(index.row());
    const QString unknown = tr("—");
    QLocale locale;
    auto money = [this](const Money &m) { return formatMoney(m, m_currency); };
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.campaign.name;
        case Product: return r.productName.isEmpty() ? (r.campaign.productId.isEmpty() ? unknown : r.campaign.productId) : r.productName;
        case Status: return statusText(r.campaign.status);
        case DailyBudget: return r.campaign.dailyBudget ? money(*r.campaign.dailyBudget) : unknown;
        case Spend: return money(r.spend);
        case Revenue: return r.hasRevenue ? money(r.revenue) : unknown;
        case Roas: return r.roas() ? tr("%1×", "ROAS as a multiple of spend").arg(locale.toString(*r.roas(), 'f', 2)) : unknown;
        case Start: return r.campaign.startDate.isValid() ? locale.toString(r.campaign.startDate, QLocale::ShortFormat) : unknown;
        case End: return r.campaign.endDate.isValid() ? locale.toString(r.campaign.endDate, QLocale::ShortFormat) : unknown;
        case Platform: return r.campaign.platform;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name: return r.campaign.name.toCaseFolded();
        case Product: return r.productName.toCaseFolded();
        case Status: return int(r.campaign.status);
        case DailyBudget: return qlonglong(r.campaign.dailyBudget ? r.campaign.dailyBudget->minor() : lowest);
        case Spend: return qlonglong(r.spend.minor());
        case Revenue: return qlonglong(r.hasRevenue ? r.revenue.minor() : lowest);
        case Roas: return r.roas().value_or(-std::numeric_limits<double>::infinity());
        case Start: return r.campaign.startDate.isValid() ? r.campaign.startDate.toJulianDay() : lowest;
        case End: return r.campaign.endDate.isValid() ? r.campaign.endDate.toJulianDay() : lowest;
        case Platform: return r.campaign.platform;
        }
        break;
    case IdRole:
        return r.campaign.id;
    case Qt::TextAlignmentRole:
        if (index.column() >= DailyBudget && index.column() <= Roas)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Roas)
            return r.roas() ? tr("Revenue ÷ spend. ROI (revenue − spend) ÷ spend: %1 %").arg(locale.toString((*r.roas() - 1.0) * 100.0, 'f', 1))
                             : tr("Revenue ÷ spend; unknown without spend or revenue");
        if (index.column() == Name)
            return tr("Campaign %1").arg(r.campaign.id);
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool modelled = m_figuresModelled && section >= Spend && section <= Roas;
    if (role == Qt::DisplayRole) {
        static const char *const names[ColumnCount] = {
            QT_TR_NOOP("Name"),  QT_TR_NOOP("Product"), QT_TR_NOOP("Status"), QT_TR_NOOP("Daily budget"),
            QT_TR_NOOP("Spend"), QT_TR_NOOP("Revenue"), QT_TR_NOOP("ROAS"),   QT_TR_NOOP("Start"),
            QT_TR_NOOP("End"),   QT_TR_NOOP("Platform")};
        const QString name = tr(names[section]);
        return modelled ? tr("%1 (modelled)").arg(name) : name;
    }
    if (role == Qt::ToolTipRole && modelled)
        return tr("Modelled, not recorded: %1").arg(m_modelledWhy);
    if (role == Qt::FontRole && modelled) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

} // namespace cp
