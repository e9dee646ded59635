// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/database.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace cp {

// One agent station per workspace at a time (issue 18), held for as long as
// the station runs and released when it ends, however it ends:
// - an SQLite workspace: a lock file beside it (<file>.station.lock) holding
//   the station's host and process id; one left by a station that died on
//   this host is recognised as stale and taken over;
// - a PostgreSQL workspace: a session advisory lock (pg_try_advisory_lock)
//   on a connection of the lease's own, which the server releases when the
//   session ends, crash or not.
class StationLease final
{
    Q_DECLARE_TR_FUNCTIONS(StationLease)
public:
    // The advisory lock's key on PostgreSQL ("CPSTATO" in ASCII): one per database,
    // and a workspace is one database.
    static constexpr qint64 kAdvisoryKey = 0x4350535441544F;

    // Takes the workspace's lease. Refused with who holds it (host and
    // process id when known), `heldElsewhere` then set; or an Error saying why
    // it could not be asked (a folder that cannot be written, no server).
    static Result<std::shared_ptr<StationLease>> take(const Database &database, bool *heldElsewhere = nullptr);

    // Still held (PostgreSQL: the session that holds it is alive).
    bool isHeld() const;
    QString describe() const { return m_describe; }

    ~StationLease();
    StationLease(const StationLease &) = delete;
    StationLease &operator=(const StationLease &) = delete;

    // Where the SQLite workspace's lock file lives.
    static QString lockFilePath(const QString &workspaceFile);

private:
    StationLease() = default;
    static Result<std::shared_ptr<StationLease>> takeFile(const Database &database, bool *heldElsewhere);
    static Result<std::shared_ptr<StationLease>> takeAdvisory(const Database &database, bool *heldElsewhere);

    std::unique_ptr<QLockFile> m_file;
    QString m_connection;   // PostgreSQL: the lease's own connection
    QString m_describe;
};

} // namespace cp
