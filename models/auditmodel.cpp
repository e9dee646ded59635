// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include <QLocale>

#include "recommendationmodel.h"

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

void AuditModel::setRecommendations(const QList<cp::Recommendation> &recommendations)
{
    for (const cp::Recommendation &r : recommendations)
        m_about.insert(r.id, About{r.action, RecommendationModel::targetText(r)});
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Event), index(int(m_rows.size()) - 1, Event));
}

QString AuditModel::sentence(const AuditEntry &e) const
{
    const QString who = e.operatorName.isEmpty() ? tr("Someone") : e.operatorName;
    QString what;
    if (const auto it = m_about.constFind(e.recommendationId); it != m_about.constEnd()) {
        QString verb;
        switch (it->action) {
        case cp::Recommendation::Action::Create: verb = tr("create"); break;
        case cp::Recommendation::Action::Pause: verb = tr("pause"); break;
        case cp::Recommendation::Action::Resume: verb = tr("resume"); break;
        case cp::Recommendation::Action::SetBudget: verb = tr("change the budget of"); break;
        case cp::Recommendation::Action::None: verb = tr("watch"); break;
        }
        what = tr("%1 %2").arg(verb, it->target);
    } else if (e.recommendationId > 0) {
        what = tr("recommendation #%1").arg(e.recommendationId);
    }
    const QString ev = e.event;
    if (ev == u"recommended") return tr("%1 recommended: %2").arg(who, what);
    if (ev == u"approved") return tr("%1 approved: %2").arg(who, what);
    if (ev == u"rejected") return tr("%1 rejected: %2 — “%3”").arg(who, what, e.details);
    if (ev == u"edited") return tr("%1 edited the budget: %2").arg(who, what);
    if (ev == u"sent") return tr("%1 sent: %2").arg(who, what);
    if (ev == u"retry") return tr("%1 retried sending: %2").arg(who, what);
    if (ev == u"marked_applied") return tr("%1 confirmed on the platform: %2").arg(who, what);
    if (ev == u"send_again") return tr("%1 sent again: %2").arg(who, what);
    if (ev == u"emergency_stop") return tr("%1 pressed the emergency stop").arg(who);
    if (ev == u"resumed") return tr("%1 let agents and sending run again").arg(who);
    // One entry for the pending recommendations a cycle judged as before (DecisionStore::add); the ids in the details.
    if (ev == u"kept_unchanged") return tr("%1 judged pending recommendations as before and kept them").arg(who);
    if (ev == u"policy") return tr("%1 saved the policy: %2").arg(who, e.details);
    if (what.isEmpty())
        return tr("%1: %2").arg(who, ev);
    return tr("%1: %2 — %3").arg(who, ev, what);
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
        case Event: return sentence(e);
        case Recommendation: return e.recommendationId > 0 ? QVariant(e.recommendationId) : QVariant();
        case Details: return e.details;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.details;
    if (role == Qt::ToolTipRole && index.column() == Event)
        return e.event;
    if (role == EventKeyRole)
        return e.event;
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
