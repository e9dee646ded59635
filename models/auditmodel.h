// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recommendation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cp {

// The audit log: who did what, when and why. Newest first; new entries are
// inserted at the top without a reset.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Operator, Event, Recommendation, Details, ColumnCount };
    static constexpr int EventKeyRole = Qt::UserRole + 1;   // the raw event ("approved")
    static constexpr int StoredRole = Qt::UserRole + 2;     // Details and At: the entry's text as stored (and hashed)
    explicit AuditModel(QObject *parent = nullptr);

    void setRows(QList<AuditEntry> rows);
    // What the entries' recommendations are about, for the sentences.
    void setRecommendations(const QList<cp::Recommendation> &recommendations);
    // The entry as a sentence: "Ana approved: pause Picnic Basket Wicker".
    QString sentence(const AuditEntry &e) const;
    // The details as a person reads them: a JSON object (an approved
    // action as sent) as "action: pause · campaign: demo-09 · …"; other text
    // as it is. The Details column shows this, its tooltip the entry as stored.
    static QString readableDetails(const QString &details);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_rows;
    struct About { cp::Recommendation::Action action; QString target; };
    QHash<qint64, About> m_about;
};

} // namespace cp
