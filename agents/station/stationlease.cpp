// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationlease.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <atomic>

namespace cp {

QString StationLease::lockFilePath(const QString &workspaceFile)
{
    return workspaceFile + QStringLiteral(".station.lock");
}

Result<std::shared_ptr<StationLease>> StationLease::take(const Database &database, bool *heldElsewhere)
{
    if (heldElsewhere)
        *heldElsewhere = false;
    return database.isPostgres() ? takeAdvisory(database, heldElsewhere) : takeFile(database, heldElsewhere);
}

Result<std::shared_ptr<StationLease>> StationLease::takeFile(const Database &database, bool *heldElsewhere)
{
    const QString path = lockFilePath(database.path());
    auto file = std::make_unique<QLockFile>(path);
    // Never stale by age: a station runs for months. A lock whose process is
    // gone (on this host) is stale, and QLockFile takes it over.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        std::shared_ptr<StationLease> lease(new StationLease);
        lease->m_file = std::move(file);
        lease->m_describe = tr("lock file %1").arg(path);
        return lease;
    }
    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        if (heldElsewhere)
            *heldElsewhere = true;
        if (file->getLockInfo(&pid, &host, &application))
            return Error{tr("another station runs on this workspace: process %1 on host %2 holds %3")
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("(unknown)") : host, path),
                         database.path()};
        return Error{tr("another station runs on this workspace: %1 is held").arg(path), database.path()};
    }
    return Error{file->error() == QLockFile::PermissionError
                     ? tr("cannot create the lock file %1: permission denied (the station's user must be able to write "
                          "the workspace's folder)").arg(path)
                     : tr("cannot create the lock file %1").arg(path),
                 database.path()};
}

Result<std::shared_ptr<StationLease>> StationLease::takeAdvisory(const Database &database, bool *heldElsewhere)
{
    // A connection of the lease's own: the lock belongs to its session and
    // must outlive every other connection the station opens and closes.
    static std::atomic<int> next{0};
    const QString name = QStringLiteral("cp-station-lease:%1").arg(++next);
    {
        QSqlDatabase conn = QSqlDatabase::cloneDatabase(database.connection(), name);
        // Who holds it, for a second station's message (no password here: the
        // address never carries one).
        conn.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=campaign-pilot-station@%1:%2")
                                   .arg(QSysInfo::machineHostName().left(30))
                                   .arg(QCoreApplication::applicationPid()));
        if (!conn.open()) {
            const QString why = conn.lastError().text();
            conn = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{tr("cannot open the station's lease connection: %1").arg(why), database.path()};
        }
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kAdvisoryKey)) || !q.next()) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            conn.close();
            conn = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{tr("cannot take the station's advisory lock: %1").arg(why), database.path()};
        }
        if (q.value(0).toBool()) {
            std::shared_ptr<StationLease> lease(new StationLease);
            lease->m_connection = name;
            lease->m_describe = tr("advisory lock %1 on the workspace's database").arg(kAdvisoryKey);
            return lease;
        }
        // Held: say by whom, as far as the server tells (its application name
        // carries the other station's host and process id).
        QString holder;
        if (q.exec(QStringLiteral("SELECT a.application_name, host(a.client_addr), l.pid FROM pg_locks l "
                                  "LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                                  "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                                  "AND l.classid::bigint = %1 AND l.objid::bigint = %2 "
                                  "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                       .arg(quint64(kAdvisoryKey) >> 32)
                       .arg(quint64(kAdvisoryKey) & 0xffffffffu))
            && q.next()) {
            const QString app = q.value(0).toString(), address = q.value(1).toString();
            // "campaign-pilot-station@HOST:PID", as takeAdvisory() names its session.
            const QString station = app.startsWith(QLatin1String("campaign-pilot-station@")) ? app.mid(23) : QString();
            const qsizetype colon = station.lastIndexOf(QLatin1Char(':'));
            holder = colon > 0 ? tr("process %1 on host %2 (server process %3)")
                                     .arg(station.mid(colon + 1), station.left(colon))
                                     .arg(q.value(2).toLongLong())
                               : tr("server process %1%2").arg(q.value(2).toLongLong())
                                     .arg(address.isEmpty() ? QString() : tr(" from %1").arg(address));
        }
        q = QSqlQuery();
        conn.close();
        conn = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (heldElsewhere)
            *heldElsewhere = true;
        return Error{holder.isEmpty() ? tr("another station runs on this workspace (it holds the advisory lock %1)").arg(kAdvisoryKey)
                                      : tr("another station runs on this workspace: %1 holds the advisory lock %2").arg(holder).arg(kAdvisoryKey),
                     database.path()};
    }
}

bool StationLease::isHeld() const
{
    if (m_file)
        return m_file->isLocked();
    if (!QSqlDatabase::contains(m_connection))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory' AND granted "
                                 "AND classid::bigint = %1 AND objid::bigint = %2")
                      .arg(quint64(kAdvisoryKey) >> 32)
                      .arg(quint64(kAdvisoryKey) & 0xffffffffu))
           && q.next() && q.value(0).toInt() > 0;
}

StationLease::~StationLease()
{
    if (m_file)
        m_file->unlock();
    if (!m_connection.isEmpty() && QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
            QSqlQuery q(conn);
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kAdvisoryKey));
            q = QSqlQuery();
            conn.close();   // the session's end releases it anyway
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

} // namespace cp
