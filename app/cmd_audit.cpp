// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot audit verify: walks the audit log's hash chain
// (models/auditchain.h) and names the first entry that does not match.
#include "commands.h"
#include "cliio.h"

#include "models/auditchain.h"

namespace cp {

int runAudit(const CommandLine &cl)
{
    auto db = openStore(cl);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    Result<AuditChain::Verification> result = Error{};
    {
        QSqlDatabase conn = db->connection();
        result = AuditChain::verify(conn);
    }
    db->closeThreadConnection();
    if (!result) {
        err() << CommandLine::tr("error: %1").arg(result.error().toString()) << Qt::endl;
        return 2;
    }
    const AuditChain::Verification &v = *result;
    if (!v.intact) {
        err() << CommandLine::tr("audit log: entry %1 (%2, %3) does not match: %4")
                     .arg(v.brokenId)
                     .arg(v.brokenAt, v.brokenEvent, v.why)
              << Qt::endl
              << CommandLine::tr("%n entry(ies) before it verified.", nullptr, int(v.verified)) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("audit log: %n entry(ies) verified; the chain is intact.", nullptr, int(v.verified)) << Qt::endl;
    if (!v.head.isEmpty())
        out() << CommandLine::tr("newest hash: %1 (keep it elsewhere to notice a log rewritten as a whole)").arg(v.head) << Qt::endl;
    return 0;
}

} // namespace cp
