// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceplatform.h"

#include "agents/backend/recordedbackend.h"
#include "agents/backend/remoteplatform.h"

#include <QCoreApplication>

namespace cp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePlatform)
};
} // namespace

QString whyNoNetwork(const Workspace &workspace)
{
    if (workspace.isLive())
        return {};
    return Text::tr("this is a replay workspace (a copy of %1): it never reaches a network, so approved actions go only "
                    "to the recorded backend. Live data and ad platforms belong to a live workspace "
                    "(File ▸ New live workspace)")
        .arg(workspace.recordingSource.isEmpty() ? Text::tr("a recording") : workspace.recordingSource);
}

Result<std::shared_ptr<AdPlatform>> platformForWorkspace(const Workspace &workspace, const Database &database,
                                                         const Connection &platform, const Secrets &secrets)
{
    if (workspace.isReplay())
        return std::shared_ptr<AdPlatform>(std::make_shared<RecordedBackend>(database));
    if (!platform.isSet())
        return Error{Text::tr("no ad platform is connected to this live workspace (Agents ▸ Connections, or "
                              "--platform and --platform-url); nothing was sent"),
                     workspace.displayName()};
    if (const QString problem = platform.problem(false); !problem.isEmpty())
        return Error{problem, Connection::kindKey(platform.kind)};
    auto built = connectPlatform(platform, secrets);
    if (!built)
        return Error{Text::tr("%1 cannot receive actions").arg(Connection::kindKey(platform.kind)), workspace.displayName()};
    return built;
}

} // namespace cp
