// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot stop / resume: the workspace's emergency stop from a
// terminal, as the window's button sets it (a team running only a station
// had no brake without a desktop). The stop needs no name and never waits
// on one; a resume lets money move again and is audited under a name.
#include "commands.h"
#include "cliio.h"

#include "models/database.h"
#include "models/decisionstore.h"
#include "models/teamroles.h"


namespace cp {

int runEmergencyStop(const CommandLine &cl)
{
    const bool on = cl.command == CommandLine::Command::Stop;
    QString op = operatorFor(cl);
    if (!on && op.isEmpty() && !Database::isPostgresUrl(cl.database)) {
        err() << CommandLine::tr("error: resume: name the operator with --operator NAME (it goes into the audit log)") << Qt::endl;
        return 2;
    }
    auto db = openStore(cl);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase conn = db->connection();
        if (auto who = TeamRoles::identify(conn); who && !who->user.isEmpty())
            op = who->user;   // in a team workspace: the login's role, as the database records it
        DecisionStore store(conn);
        const auto stored = store.setting(QStringLiteral("emergency_stop"));
        if (!stored) {
            err() << CommandLine::tr("error: %1").arg(stored.error().toString()) << Qt::endl;
            code = 1;
        } else if ((*stored == u"1") == on) {
            out() << (on ? CommandLine::tr("The emergency stop is on already: agents and sending are halted.")
                         : CommandLine::tr("The emergency stop is off: agents and sending may run."))
                  << Qt::endl;
        } else {
            Status saved = store.setSetting(QStringLiteral("emergency_stop"), on ? QStringLiteral("1") : QStringLiteral("0"));
            if (saved)
                saved = store.audit(op, on ? QStringLiteral("emergency_stop") : QStringLiteral("resumed"), 0, {});
            if (!saved) {
                err() << CommandLine::tr("error: %1").arg(saved.error().toString()) << Qt::endl;
                code = 1;
            } else {
                out() << (on ? CommandLine::tr("Emergency stop: agents and sending are halted in this workspace, here and in every "
                                               "window and station, until an operator resumes.")
                             : CommandLine::tr("Resumed by %1: agents and sending may run again.").arg(op))
                      << Qt::endl;
            }
        }
    }
    db->closeThreadConnection();
    return code;
}

} // namespace cp
