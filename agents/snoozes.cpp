// SPDX-License-Identifier: GPL-3.0-or-later
#include "snoozes.h"

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

void save(const QString &workspaceId, const QHash<qint64, QDateTime> &snoozed)
{
    if (workspaceId.isEmpty())
        return;
    QVariantMap map;
    for (auto it = snoozed.begin(); it != snoozed.end(); ++it)
        map.insert(QString::number(it.key()), it.value().toString(Qt::ISODate));
    QSettings().setValue(key(workspaceId), map);
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
