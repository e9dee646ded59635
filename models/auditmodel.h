// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recommendation.h"

#include <QAbstractTableModel>
#include <QList>

namespace cp {

// The audit log: who did what, when and why. Newest first; new entries are
// inserted at the top without a reset.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Operator, Event, Recommendation, Details, ColumnCount };
    explicit AuditModel(QObject *parent = nullptr);

    void setRows(QList<AuditEntry> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_rows;
};

} // namespace cp
