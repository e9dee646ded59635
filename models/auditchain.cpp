// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditchain.h"
#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

Error sqlError(const QSqlQuery &q) { return Error{q.lastError().text(), QStringLiteral("audit_log")}; }

void field(QCryptographicHash &h, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    h.addData(QByteArray::number(bytes.size()));
    h.addData(QByteArrayView(":"));
    h.addData(bytes);
    h.addData(QByteArrayView("\n"));
}
} // namespace

namespace AuditChain {

QString hashOf(const QString &at, const QString &operatorName, const QString &event, qint64 recommendationId,
               const QString &details, const QString &previousHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("campaign-pilot audit v1\n"));
    field(h, at);
    field(h, operatorName);
    field(h, event);
    field(h, recommendationId > 0 ? QString::number(recommendationId) : QString());
    field(h, details);
    field(h, previousHash);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> head(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // PostgreSQL lets many write at once: the lock (held to the end of the
    // writing transaction) keeps two writers from chaining onto one entry.
    // An advisory lock, not LOCK TABLE: a team member may insert into the
    // log but not lock it (that needs UPDATE); from schema 20 the log's
    // insert trigger takes the same lock and chains the entry itself
    // (resources/sql-postgresql/team_roles.sql). Others still read the log.
    if (Database::onPostgres(db) && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPostgresLock)))
        return sqlError(q);
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status chainUnchained(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, operator, event, recommendation_id, details, hash FROM audit_log ORDER BY id")))
        return sqlError(q);
    struct Link
    {
        qint64 id;
        QString prev, hash;
    };
    QList<Link> links;
    QString previous = QStringLiteral("");   // not a null QString: that binds as NULL
    while (q.next()) {
        if (!q.value(6).isNull()) {
            previous = q.value(6).toString();
            continue;
        }
        const QString hash = hashOf(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(),
                                    q.value(5).toString(), previous);
        links.append({q.value(0).toLongLong(), previous, hash});
        previous = hash;
    }
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ? AND hash IS NULL"));
    for (const Link &l : std::as_const(links)) {
        update.addBindValue(l.prev);
        update.addBindValue(l.hash);
        update.addBindValue(l.id);
        if (!update.exec())
            return sqlError(update);
    }
    return {};
}

Result<Verification> verify(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, operator, event, recommendation_id, details, prev_hash, hash FROM audit_log ORDER BY id")))
        return sqlError(q);
    Verification v;
    QString previous;
    qint64 previousId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString at = q.value(1).toString();
        const QString event = q.value(3).toString();
        QString why;
        if (q.value(7).isNull() || q.value(6).isNull())
            why = Text::tr("it carries no hash (written around the chain)");
        else if (q.value(6).toString() != previous)
            why = previousId > 0 ? Text::tr("it does not follow entry %1: that entry was changed, or entries between them were "
                                            "removed, inserted or reordered")
                                       .arg(previousId)
                                 : Text::tr("it does not follow the start of the log: earlier entries were removed");
        else if (hashOf(at, q.value(2).toString(), event, q.value(4).toLongLong(), q.value(5).toString(), previous)
                 != q.value(7).toString())
            why = Text::tr("its content does not match its hash: it was changed after it was written");
        if (!why.isEmpty()) {
            v.intact = false;
            v.brokenId = id;
            v.brokenAt = at;
            v.brokenEvent = event;
            v.why = why;
            return v;
        }
        ++v.verified;
        previous = q.value(7).toString();
        previousId = id;
    }
    v.head = previous;
    return v;
}

} // namespace AuditChain
} // namespace cp
