// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include <QLocale>

namespace cp {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setRows(QList<AuditEntry> rows)
{
    // The log only grows: when the old rows are the tail of the new ones,
    // insert the new head.
    const qsizetype added = rows.size() - m_rows.size();
    const bool grows = added > 0 && (m_rows.isEmpty() || rows.at(added).id == m_rows.first().id);
    if (grows) {
        beginInsertRows({}, 0, int(added) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else if (added != 0 || (!rows.isEmpty() && rows.first().id != m_rows.first().id)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case At: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Operator: return e.operatorName;
        case Event: return e.event;
        case Recommendation: return e.recommendationId > 0 ? QVariant(e.recommendationId) : QVariant();
        case Details: return e.details;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.details;
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("When"), QT_TR_NOOP("Who"), QT_TR_NOOP("What"),
                                                   QT_TR_NOOP("Recommendation"), QT_TR_NOOP("Details")};
    return tr(names[section]);
}

} // namespace cp
