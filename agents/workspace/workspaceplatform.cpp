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

Result<std::optional<ModelEndpoint>> languageModelForWorkspace(const Workspace &workspace, const Connection &model,
                                                               const QByteArray &key)
{
    if (!workspace.isLive() || !model.isSet())
        return std::optional<ModelEndpoint>();
    if (const QString problem = model.modelProblem(); !problem.isEmpty())
        return Error{problem, Text::tr("language model")};
    ModelEndpoint e;
    e.url = model.url;
    e.model = model.model;
    e.key = key;
    // Configured with a key, and none stored now: requests go without one, and a refusal says so.
    e.keyMissing = key.isEmpty() && model.hasKey;
    e.language = model.language;
    e.policy = model.network();
    // Regenerate and Explain (the window's, off its GUI thread) wait past a slow model's silence.
    e.policy.deadlineMs = std::max(e.policy.deadlineMs, e.policy.transferTimeoutMs + 30000);
    // A model's answer is a few hundred bytes; 1 MB is generous and no more.
    e.policy.maxBodyBytes = 1024 * 1024;
    e.policy.maxAttempts = 2;
    return std::optional<ModelEndpoint>(e);
}

} // namespace cp
