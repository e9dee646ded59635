// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "cliio.h"

#include "agents/workspace/workspaceopener.h"

namespace cp {

int runWorkspace(const CommandLine &cl)
{
    if (cl.database.isEmpty()) {
        err() << CommandLine::tr("error: workspace %1: name the workspace file with --database PATH").arg(cl.subcommand) << Qt::endl;
        return 2;
    }
    // Never creates one: reidentifying a file that is not there is a typo.
    auto opened = WorkspaceOpener::open({cl.database, {}, {}, true});
    if (!opened) {
        err() << CommandLine::tr("error: %1").arg(opened.error().toString()) << Qt::endl;
        return 2;
    }
    out() << opened->workspace.describe() << Qt::endl;
    const QString before = opened->workspace.id;
    if (!opened->workspace.isLive()) {
        err() << CommandLine::tr("error: %1 is a replay workspace: it has no connections to share, and keeps its id")
                     .arg(opened->workspace.path)
              << Qt::endl;
        opened->database->closeThreadConnection();
        return 2;
    }
    auto id = Workspaces::reidentify(opened->database->connection(), opened->workspace.path);
    opened->database->closeThreadConnection();
    if (!id) {
        err() << CommandLine::tr("error: %1").arg(id.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("%1 now has an identity of its own (id %2, was %3): it has no connections yet (Agents ▸ Connections, "
                             "or cycle --store/--platform); %4 keeps its own.")
                 .arg(opened->workspace.path, id->left(8), before.left(8),
                      opened->copyOf.isEmpty() ? CommandLine::tr("any workspace it was copied from") : opened->copyOf)
          << Qt::endl;
    return 0;
}

} // namespace cp
