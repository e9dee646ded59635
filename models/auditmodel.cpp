// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

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

namespace {
// The agents' own names in the log (SQLite workspaces, the station): their
// entries are the agents', not a person's.
bool isAgent(const QString &name)
{
    return name == u"creator" || name == u"analyst" || name == u"manager" || name == u"agents";
}
} // namespace

QString AuditModel::readableDetails(const QString &details)
{
    // Entries keep their details exactly as written (the hash chain covers
    // them); JSON ones (an approved action) read as "key: value" pairs.
    if (!details.startsWith(u'{'))
        return details;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return details;
    // The known keys in a reader's order, with their words; any others
    // after them, as they are.
    static constexpr std::pair<const char *, const char *> known[] = {
        {"action", QT_TR_NOOP("action")},
        {"campaign_id", QT_TR_NOOP("campaign")},
        {"campaign_name", QT_TR_NOOP("name")},
        {"product_id", QT_TR_NOOP("product")},
        {"previous_budget", QT_TR_NOOP("budget before")},
        {"budget", QT_TR_NOOP("budget")},
        {"duration_days", QT_TR_NOOP("days")},
        {"ad_copy", QT_TR_NOOP("ad copy")},
        {"ad_description", QT_TR_NOOP("description")},
        {"copy_source", QT_TR_NOOP("copy by")},
        {"copy_model", QT_TR_NOOP("model")},
        {"copy_prompt_version", QT_TR_NOOP("prompt")},
    };
    const QJsonObject o = doc.object();
    QStringList parts;
    QList<std::pair<QString, QString>> keys;   // key, label
    for (const auto &[key, label] : known)
        if (o.contains(QLatin1String(key)))
            keys.append({QLatin1String(key), tr(label)});
    for (const QString &k : o.keys())
        if (std::none_of(std::begin(known), std::end(known), [&](const auto &kl) { return k == QLatin1String(kl.first); }))
            keys.append({k, k});
    for (const auto &[k, label] : std::as_const(keys)) {
        const QJsonValue v = o.value(k);
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QLocale().toString(v.toDouble());
        else if (v.isBool())
            text = v.toBool() ? tr("yes") : tr("no");
        else if (!v.isNull() && !v.isUndefined())
            text = QString::fromUtf8((v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
        if (text.isEmpty() || (k == u"duration_days" && text == u"0"))
            continue;
        parts << tr("%1: %2").arg(label, text);
    }
    return parts.join(QStringLiteral(" · "));
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
    // What the agents propose is theirs; in a team workspace the entry
    // carries the member who ran the cycle, who did not recommend it.
    // An undo is asked for by an operator (the entry's "operator" is the
    // rollback's agent on one desktop, the member on a team's server).
    if (ev == u"recommended" && e.details.startsWith(QLatin1String("ROLLBACK")))
        return e.operatorName == u"operator" ? tr("An operator asked to undo: %1").arg(what) : tr("%1 asked to undo: %2").arg(who, what);
    if (ev == u"recommended")
        return isAgent(e.operatorName) ? tr("The %1 agent recommended: %2").arg(e.operatorName, what)
                                       : tr("The agents recommended, in a cycle %1 ran: %2").arg(who, what);
    // One entry for a cycle's recommendations with nothing to send
    // (DecisionStore::add); which, and their decisions, in the details.
    if (ev == u"recommended_no_action")
        return isAgent(e.operatorName) ? tr("The %1 agent recommended watching, with nothing to send").arg(e.operatorName)
                                       : tr("The agents recommended watching, with nothing to send, in a cycle %1 ran").arg(who);
    if (ev == u"kept_unchanged" && !isAgent(e.operatorName))
        return tr("The agents judged pending recommendations as before and kept them, in a cycle %1 ran").arg(who);
    if (ev == u"kept_approved_once")
        return isAgent(e.operatorName)
                   ? tr("The %1 agent proposed again what an operator approved once, and kept that approval").arg(e.operatorName)
                   : tr("The agents proposed again what an operator approved once, and kept that approval, in a cycle %1 ran").arg(who);
    if (ev == u"approved") return tr("%1 approved: %2").arg(who, what);
    if (ev == u"rejected") return tr("%1 rejected: %2 — “%3”").arg(who, what, e.details);
    if (ev == u"edited") return tr("%1 edited the budget: %2").arg(who, what);
    // The outbox's steps, each as what it is: "sent" is written when a
    // sender claims the entry, before the platform answers (a walkthrough
    // read "mara sent" for a change the platform then refused).
    if (ev == u"sent") return tr("%1 began sending: %2").arg(who, what);
    if (ev == u"done") return tr("The platform applied it: %1").arg(what);
    if (ev == u"confirmed") return tr("The platform shows it applied (a state check): %1").arg(what);
    if (ev == u"failed") return tr("The platform refused it, nothing was applied: %1 — %2").arg(what, e.details);
    if (ev == u"unknown") return tr("Not known whether it reached the platform: %1 — %2").arg(what, e.details);
    if (ev == u"not_sent") return tr("Not sent this time; tried again at the next send: %1 — %2").arg(what, e.details);
    if (ev == u"resent") return tr("Sent again with the same key (a state check showed it not applied): %1").arg(what);
    if (ev == u"retry") return tr("%1 retried sending: %2").arg(who, what);
    if (ev == u"marked_applied") return tr("%1 marked it applied (found on the platform): %2").arg(who, what);
    if (ev == u"send_again") return tr("%1 had it sent again (found not applied on the platform): %2").arg(who, what);
    if (ev == u"emergency_stop") return tr("%1 pressed the emergency stop").arg(who);
    if (ev == u"resumed") return tr("%1 let agents and sending run again").arg(who);
    // One entry for the pending recommendations a cycle judged as before (DecisionStore::add); the ids in the details.
    if (ev == u"kept_unchanged") return tr("The %1 agent judged pending recommendations as before and kept them").arg(who);
    if (ev == u"policy") return tr("%1 saved the policy: %2").arg(who, e.details);
    // Four-eyes: a first approval recorded ("approval_1_of_2").
    static const QRegularExpression partial(QStringLiteral("^approval_(\\d+)_of_(\\d+)$"));
    if (const auto m = partial.match(ev); m.hasMatch())
        return tr("%1 gave approval %2 of %3: %4").arg(who, m.captured(1), m.captured(2), what);
    if (ev == u"operator_renamed") return tr("The operator's name on this desktop became %1 (was %2)").arg(who, e.details);
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
        case Details: return readableDetails(e.details);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.details;
    if (role == Qt::ToolTipRole && index.column() == Event)
        return e.event;
    if (role == EventKeyRole)
        return e.event;
    if (role == StoredRole && index.column() == Details)
        return e.details;
    // The time as stored (UTC, ISO 8601 with milliseconds, what `audit verify`
    // hashes), not the window's short local format: a spreadsheet sorts it.
    if (role == StoredRole && index.column() == At)
        return e.at.toUTC().toString(Qt::ISODateWithMs);
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
