// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/backend/adplatform.h"
#include "agents/live/connections.h"
#include "agents/llm/chatclient.h"
#include "models/database.h"
#include "models/workspace.h"

#include <memory>

namespace cp {

// The one place that builds where a workspace's approved actions go, for the
// window's dispatcher and for `send`:
// - a replay workspace gets the recorded backend and nothing else, whatever
//   connection is configured: it has no way to build a network client;
// - a live workspace gets its connected ad platform, never the recorded
//   backend (that would mark real actions done without sending them).
Result<std::shared_ptr<AdPlatform>> platformForWorkspace(const Workspace &workspace, const Database &database,
                                                         const Connection &platform, const Secrets &secrets);

// The language model a workspace's agents may ask (issue 20): none for a
// replay workspace whatever is configured (it works offline), none when the
// live workspace has no model connection (the default), else the endpoint
// with its key (memory only). An Error when the connection is wrong.
Result<std::optional<ModelEndpoint>> languageModelForWorkspace(const Workspace &workspace, const Connection &model,
                                                               const QByteArray &key);

// Why a workspace cannot take live data or connections; empty when it can.
QString whyNoNetwork(const Workspace &workspace);

} // namespace cp
