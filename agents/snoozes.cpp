// SPDX-License-Identifier: GPL-3.0-or-later
#include "snoozes.h"

#include "models/clock.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariantMap>

namespace cp {

namespace {
struct SnoozeText
{
    Q_DECLARE_TR_FUNCTIONS(Snoozes)
};

QString key(const QString &workspaceId) { return QStringLiteral("workspaces/%1/snoozed").arg(workspaceId); }
QString whatKey(const QString &workspaceId) { return QStringLiteral("workspaces/%1/snoozedWhat").arg(workspaceId); }

// What a recommendation is about: its campaign (or the product of a new
// campaign) and its decision.
QString what(const Recommendation &r)
{
    const QString item = !r.campaignId.isEmpty() ? QStringLiteral("campaign:") + r.campaignId : QStringLiteral("product:") + r.productId;
    return item + QLatin1Char('|') + r.decision;
}
} // namespace

namespace Snoozes {

QHash<qint64, QDateTime> load(const QString &workspaceId)
{
    QHash<qint64, QDateTime> snoozed;
    if (workspaceId.isEmpty())
        return snoozed;
    const QVariantMap map = QSettings().value(key(workspaceId)).toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        snoozed.insert(it.key().toLongLong(), QDateTime::fromString(it.value().toString(), Qt::ISODate));
    return snoozed;
}

void save(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &known)
{
    if (workspaceId.isEmpty())
        return;
    QSettings settings;
    const QVariantMap before = settings.value(whatKey(workspaceId)).toMap();
    QHash<qint64, const Recommendation *> byId;
    for (const Recommendation &r : known)
        byId.insert(r.id, &r);
    QVariantMap map, whats;
    for (auto it = snoozed.begin(); it != snoozed.end(); ++it) {
        const QString id = QString::number(it.key());
        map.insert(id, it.value().toString(Qt::ISODate));
        if (const Recommendation *r = byId.value(it.key()))
            whats.insert(id, what(*r));
        else if (before.contains(id))
            whats.insert(id, before.value(id));
    }
    settings.setValue(key(workspaceId), map);
    settings.setValue(whatKey(workspaceId), whats);
}

QHash<qint64, QDateTime> merge(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &known)
{
    QHash<qint64, QDateTime> merged = load(workspaceId);
    merged.insert(snoozed);
    dropEnded(merged, Clock::now());
    save(workspaceId, merged, known);
    return merged;
}

bool carry(const QString &workspaceId, QHash<qint64, QDateTime> &snoozed, const QList<Recommendation> &recs)
{
    if (workspaceId.isEmpty() || snoozed.isEmpty())
        return false;
    const QVariantMap whats = QSettings().value(whatKey(workspaceId)).toMap();
    // The newest snooze of each item and decision: its id and end.
    QHash<QString, std::pair<qint64, QDateTime>> held;
    for (auto it = snoozed.cbegin(); it != snoozed.cend(); ++it) {
        const QString w = whats.value(QString::number(it.key())).toString();
        if (w.isEmpty())
            continue;
        auto &h = held[w];
        if (it.key() > h.first)
            h = {it.key(), it.value()};
    }
    for (const Recommendation &r : recs)   // the snoozed ones at hand say what they were for too
        if (const auto it = snoozed.constFind(r.id); it != snoozed.constEnd() && r.id > held.value(what(r)).first)
            held[what(r)] = {r.id, *it};
    bool added = false;
    for (const Recommendation &r : recs) {
        if (r.status != u"pending" || snoozed.contains(r.id))
            continue;
        const auto h = held.constFind(what(r));
        if (h == held.constEnd() || h->first >= r.id)
            continue;
        snoozed.insert(r.id, h->second);
        added = true;
    }
    return added;
}

bool dropEnded(QHash<qint64, QDateTime> &snoozed, const QDateTime &now, QDateTime *earliest)
{
    bool ended = false;
    QDateTime next;
    for (auto it = snoozed.begin(); it != snoozed.end();) {
        if (!it.value().isValid() || it.value() <= now) {
            it = snoozed.erase(it);
            ended = true;
            continue;
        }
        if (!next.isValid() || it.value() < next)
            next = it.value();
        ++it;
    }
    if (earliest)
        *earliest = next;
    return ended;
}

Status check(const Recommendation &r, const QDateTime &until, const QDateTime &now)
{
    const QString where = SnoozeText::tr("recommendation %1").arg(r.id);
    if (r.status != u"pending")
        return Error{SnoozeText::tr("only a pending recommendation can be snoozed; it is %1").arg(r.status), where};
    if (!until.isValid() || until <= now)
        return Error{SnoozeText::tr("a snooze must end later than now"), where};
    return {};
}

} // namespace Snoozes
} // namespace cp
