// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendationmodel.h"

#include <limits>

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "models/clock.h"

namespace cp {

RecommendationModel::RecommendationModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecommendationModel::setRows(QList<Recommendation> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).id == m_rows.at(i).id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Recommendation &a = rows.at(i), &b = m_rows.at(i);
        const bool changed = a.status != b.status || a.sendState != b.sendState || a.proposedBudget != b.proposedBudget
                             || a.sendError != b.sendError || a.approvedBy != b.approvedBy;
        m_rows[i] = rows.at(i);
        if (changed)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const Recommendation *RecommendationModel::byId(qint64 id) const
{
    for (const Recommendation &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

void RecommendationModel::setTrends(QHash<QString, cp::Trend> campaigns, QHash<QString, cp::Trend> products)
{
    m_campaignTrends = std::move(campaigns);
    m_productTrends = std::move(products);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Trend), index(int(m_rows.size()) - 1, Trend), {TrendRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

const cp::Trend *RecommendationModel::trendOf(const Recommendation &r) const
{
    if (!r.campaignId.isEmpty())
        if (auto it = m_campaignTrends.constFind(r.campaignId); it != m_campaignTrends.constEnd())
            return &*it;
    if (!r.productId.isEmpty())
        if (auto it = m_productTrends.constFind(r.productId); it != m_productTrends.constEnd())
            return &*it;
    return nullptr;
}

void RecommendationModel::setCurrency(const QString &isoCode)
{
    m_currency = isoCode;
}

QString RecommendationModel::statusText(const QString &s)
{
    if (s == u"pending") return tr("Waiting for approval");
    if (s == u"approved") return tr("Approved");
    if (s == u"rejected") return tr("Rejected");
    if (s == u"expired") return tr("Expired");
    if (s == u"superseded") return tr("Superseded");
    return s;
}

QString RecommendationModel::sendText(const QString &s)
{
    if (s == u"approved") return tr("Queued to send");
    if (s == u"sending") return tr("Sending…");
    if (s == u"done") return tr("Done");
    if (s == u"unknown") return tr("Unknown — check the platform");
    if (s == u"failed") return tr("Failed");
    return {};
}

QString RecommendationModel::actionText(Recommendation::Action a)
{
    switch (a) {
    case Recommendation::Action::None: return tr("No change");
    case Recommendation::Action::Create: return tr("Create campaign");
    case Recommendation::Action::Pause: return tr("Pause");
    case Recommendation::Action::Resume: return tr("Resume");
    case Recommendation::Action::SetBudget: return tr("Set budget");
    }
    return {};
}

QString RecommendationModel::decisionText(const QString &d, const QString &rule)
{
    if (d == u"EMERGENCY_PAUSE") return tr("Pause now — losing money");
    if (d == u"PAUSE") {
        // Three rules pause, for three reasons (agents/rules/rules.cpp).
        if (rule == u"pause") return tr("Pause — performance fell");
        if (rule == u"pause-below-break-even") return tr("Pause — below break-even");
        if (rule == u"pause-incremental-loss") return tr("Pause — costs more than it adds");
        return tr("Pause — not worth its spend");
    }
    if (d == u"CONTINUE") return tr("Keep running — it works");
    if (d == u"OPTIMIZE") return tr("Improve — review copy and targeting");
    if (d == u"MONITOR") return tr("Watch — not clear yet");
    if (d == u"NEW_CAMPAIGN") return tr("Start a campaign");
    if (d == u"ROLLBACK") return tr("Undo a sent action");
    return d;
}

std::optional<RecommendationModel::ExpectedImpact> RecommendationModel::impactOf(const Recommendation &r)
{
    const QString expected = r.inputs.value(QStringLiteral("expected_impact_per_day")).toString();
    if (expected.isEmpty())
        return std::nullopt;
    auto e = Money::parse(expected), lo = Money::parse(r.inputs.value(QStringLiteral("impact_low_per_day")).toString()),
         hi = Money::parse(r.inputs.value(QStringLiteral("impact_high_per_day")).toString());
    if (!e || !lo || !hi)
        return std::nullopt;
    return ExpectedImpact{*e, *lo, *hi, r.inputs.value(QStringLiteral("impact_confidence")).toString()};
}

QString RecommendationModel::confidenceText(const QString &confidence)
{
    if (confidence == u"high") return tr("high confidence");
    if (confidence == u"medium") return tr("medium confidence");
    return tr("low confidence");
}

QString RecommendationModel::confidenceWord(const QString &confidence)
{
    if (confidence == u"high") return tr("high");
    if (confidence == u"medium") return tr("medium");
    return tr("low");
}

QString RecommendationModel::signedMoney(const Money &amount, const QString &currency)
{
    return amount.minor() > 0 ? QLocale().positiveSign() + formatMoney(amount, currency) : formatMoney(amount, currency);
}

QString RecommendationModel::nameOf(const Recommendation &r)
{
    // The Manager titles its recommendations "DECISION: campaign name".
    const QString prefix = r.decision + QStringLiteral(": ");
    return !r.campaignName.isEmpty() ? r.campaignName : r.title.startsWith(prefix) ? r.title.mid(prefix.size()) : QString();
}

QString RecommendationModel::targetText(const Recommendation &r)
{
    const QString name = nameOf(r);
    const QString id = r.campaignId.isEmpty() ? r.productId : r.campaignId;
    if (name.isEmpty() || name == id)
        return id;
    return id.isEmpty() ? name : tr("%1 (%2)").arg(name, id);
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recommendation &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return r.id;
        case Decision:
            // A safeguard held an action back (agents/rules/safeguards.h): the rationale says which and why.
            return r.inputs.contains(QLatin1String("held_back")) ? tr("Watch — held back by a safeguard") : decisionText(r.decision, r.rule);
        case Action: return actionText(r.action);
        case Target: return targetText(r);
        case Trend: return QString();   // drawn by the view (TrendRole)
        case Budget:
            if (!r.proposedBudget)
                return QString();
            return r.previousBudget ? tr("%1 → %2").arg(formatMoney(*r.previousBudget, m_currency), formatMoney(*r.proposedBudget, m_currency))
                                    : formatMoney(*r.proposedBudget, m_currency);
        case Impact: {
            const auto e = impactOf(r);
            if (!e)
                return QString();
            return tr("%1 · %2").arg(signedMoney(e->expected, m_currency), confidenceWord(e->confidence));
        }
        case Risk: return qRound(r.risk);
        case Status:
            // Four-eyes (issue 18): recorded, waiting for a different operator.
            if (r.awaitsSecondApproval())
                return tr("%1 of %2 approvals (by %3)")
                    .arg(r.approvedBy.size())
                    .arg(r.approvedBy.size() + 1)
                    .arg(r.approvedBy.join(QStringLiteral(", ")));
            // A watch (MONITOR, OPTIMIZE) has nothing to approve: not "waiting".
            return r.status == u"pending" && !r.spendsOrStopsMoney() ? tr("For information") : statusText(r.status);
        case Sending: return sendText(r.sendState);
        case Created: return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Id: return r.id;
        case Risk: return r.risk;
        case Budget: return qlonglong(r.proposedBudget ? r.proposedBudget->minor() : -1);
        case Impact: {
            const auto e = impactOf(r);
            return e ? QVariant(qlonglong(e->expected.minor())) : QVariant(std::numeric_limits<qlonglong>::min());
        }
        case Created: return r.createdAt;
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return r.id;
    case TrendRole:
        if (const cp::Trend *t = trendOf(r))
            return QVariant::fromValue(*t);
        return {};
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (index.column() == Trend) {
            const cp::Trend *t = trendOf(r);
            if (!t)
                return tr("No daily figures for the last %n day(s)", nullptr, Trends::kDays);
            const QString from = QLocale().toString(t->from, QLocale::ShortFormat), to = QLocale().toString(t->to, QLocale::ShortFormat);
            switch (t->measure) {
            case cp::Trend::Measure::Revenue:
                return tr("Revenue a day, %1 – %2: %3 in all").arg(from, to, formatMoney(Money::fromMinor(t->total()), m_currency));
            case cp::Trend::Measure::Conversions:
                return tr("Conversions a day, %1 – %2: %3 in all").arg(from, to, QLocale().toString(t->total()));
            case cp::Trend::Measure::UnitsSold:
                return tr("Units sold a day, %1 – %2: %3 in all").arg(from, to, QLocale().toString(t->total()));
            }
        }
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        if (index.column() == Sending && !r.sendError.isEmpty())
            return r.sendError;
        if (index.column() == Status && r.awaitsSecondApproval())
            return tr("Approved by %1. The policy asks for four eyes: a second, different operator must approve it before "
                      "anything is sent.")
                .arg(r.approvedBy.join(QStringLiteral(", ")));
        if (index.column() == Impact) {
            const auto e = impactOf(r);
            if (!e)
                return tr("No estimate: the action changes no money, or nothing was spent yet");
            return tr("Expected %1 a day (90 % interval %2 to %3), %4; from the platform's attributed revenue")
                .arg(signedMoney(e->expected, m_currency), signedMoney(e->low, m_currency), signedMoney(e->high, m_currency),
                     confidenceText(e->confidence));
        }
        if (index.column() == Decision)
            return QStringLiteral("%1 (%2)").arg(r.decision, r.rule);
        return r.rationale;
    case Qt::ForegroundRole:
        if (index.column() == Decision && (r.decision == u"EMERGENCY_PAUSE" || r.decision == u"PAUSE"))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == Sending && (r.sendState == u"failed" || r.sendState == u"unknown"))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Risk || index.column() == Budget || index.column() == Impact)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("#"),     QT_TR_NOOP("Decision"), QT_TR_NOOP("Action"),
                                                   QT_TR_NOOP("Campaign / product"), QT_TR_NOOP("Last 14 days"),
                                                   QT_TR_NOOP("Daily budget"), QT_TR_NOOP("Impact a day"), QT_TR_NOOP("Risk"),
                                                   QT_TR_NOOP("Status"),
                                                   QT_TR_NOOP("Sending"), QT_TR_NOOP("Created")};
    return tr(names[section]);
}

RecommendationFilterProxy::RecommendationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecommendationModel::SortRole);
}

void RecommendationFilterProxy::setDecision(const QString &decision)
{
    m_decision = decision;
    invalidateFilter();
}

void RecommendationFilterProxy::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void RecommendationFilterProxy::setSnoozed(const QHash<qint64, QDateTime> &snoozed)
{
    m_snoozed = snoozed;
    invalidateFilter();
}

bool RecommendationFilterProxy::isSnoozed(qint64 id) const
{
    const auto it = m_snoozed.constFind(id);
    return it != m_snoozed.constEnd() && *it > Clock::now();
}

bool RecommendationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const RecommendationModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const Recommendation &r = model->rows().at(sourceRow);
    // Snoozed: what waits out of sight (a snoozed row since superseded,
    // decided or expired is not hidden any more, so not listed there).
    if (m_status == u"send_attention")
        return sendNeedsAttention(r) && (m_decision.isEmpty() || r.decision == m_decision);
    if (m_status == u"snoozed")
        return r.status == u"pending" && isSnoozed(r.id) && (m_decision.isEmpty() || r.decision == m_decision);
    // A snoozed row waits out of sight of the pending list; "All" shows it.
    if (m_status == u"pending" && isSnoozed(r.id))
        return false;
    return (m_decision.isEmpty() || r.decision == m_decision) && (m_status.isEmpty() || r.status == m_status);
}

} // namespace cp
