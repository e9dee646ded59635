// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cp {

// A read-only table of text: the import dialog's preview of a file.
class StringTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit StringTableModel(QObject *parent = nullptr);

    void setTable(QStringList headers, QList<QStringList> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace cp
