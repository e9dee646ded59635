// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "agents/live/connections.h"
#include "agents/live/credentials.h"
#include "agents/rules/policy.h"
#include "models/database.h"
#include "models/result.h"
#include "models/workspace.h"

namespace cp {

// The commands, one file each (app/cmd_NAME.cpp), the way git keeps one file
// per builtin; commandline.cpp only parses and dispatches. Each returns the
// process exit code.
int runImport(const CommandLine &cl);            // cmd_import.cpp
int runMakeDemo(const CommandLine &cl);          // cmd_makedemo.cpp
int runCycle(const CommandLine &cl);             // cmd_cycle.cpp
int runSend(const CommandLine &cl);              // cmd_send.cpp
int runExportRecording(const CommandLine &cl);   // cmd_exportrecording.cpp
int runExportChart(const CommandLine &cl);       // cmd_exportchart.cpp
int runSimulate(const CommandLine &cl);          // cmd_simulate.cpp
int runPolicy(const CommandLine &cl);            // cmd_policy.cpp
// campaign-pilot workspace reidentify --database PATH: a workspace file
// copied from another (cp) gets an id of its own, so that it no longer shares
// the original's connections and keychain entries.
int runWorkspace(const CommandLine &cl);         // cmd_workspace.cpp
// campaign-pilot queue list|approve|reject|snooze: the decision queue with
// the window's rules, guardrails and audit (agents/approval.h).
int runQueue(const CommandLine &cl);             // cmd_queue.cpp
// campaign-pilot audit verify: walks the audit log's hash chain.
int runAudit(const CommandLine &cl);             // cmd_audit.cpp
int runEmergencyStop(const CommandLine &cl);     // cmd_stop.cpp: stop and resume
// campaign-pilot station: snapshot, cycle and send on a schedule, one station
// per workspace (agents/station/station.h).
int runStation(const CommandLine &cl);           // cmd_station.cpp
// campaign-pilot team add|list|remove: a team workspace's members, each a
// database role of their own in one of the groups (models/teamroles.h).
int runTeam(const CommandLine &cl);              // cmd_team.cpp

// What several commands share (commandsupport.cpp).

// Opens the workspace the command names (see WorkspaceRequest for the rules)
// and says which one and of what kind on the first line of output (on
// stderr when stdout carries JSON). A copied workspace file is refused.
Result<Database> openStore(const CommandLine &cl, Workspace *workspace = nullptr);
// The policy in effect: --policy FILE, else the store's newest, else the default.
Result<Policy> loadPolicy(const CommandLine &cl, const Database &db);
// Who decides: --operator, else the window's operator name (Settings), else $USER.
QString operatorFor(const CommandLine &cl);
// The live connections the command line names.
Connections liveConnections(const CommandLine &cl);
// A connection's secrets (keychain or environment); false, said on stderr, when missing.
bool readSecrets(const QString &workspaceId, Credentials::Role role, const Connection &connection, Secrets &out);
// A recommendation's risk score (0-100) as the commands' JSON prints it: to
// two decimals, so that float noise (60.00000000000001) is not printed as data.
double jsonRisk(double risk);

} // namespace cp
