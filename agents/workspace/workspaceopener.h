// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/import/recording.h"
#include "models/database.h"
#include "models/workspace.h"

#include <optional>

namespace cp {

class TaskContext;

// What to open. The rules (the window and every command follow them):
// - a path alone opens that workspace as it is; a new path creates a live one;
// - a recording alone opens its own replay workspace (created and loaded on
//   first use, kept between runs, reused after);
// - a path and a recording: the path must be new or already the replay
//   workspace of that recording; a live workspace is never loaded over;
// - neither: the default live workspace.
struct WorkspaceRequest
{
    QString path;
    QString recording;       // "demo" or a recording folder
    QString name;            // a new workspace's name
    bool mustExist = false;  // File > Open workspace: never create one
};

struct OpenedWorkspace
{
    std::optional<Database> database;
    Workspace workspace;
    bool created = false;
    std::optional<RecordingLoadReport> load;   // when a recording was (re)loaded or checked
    // A live workspace copied from another file (cp): the original's path,
    // which still holds a workspace of the same id. The copy would share the
    // original's connections and keychain entries: it is used only once it
    // has an id of its own (Workspaces::reidentify; the window asks, the
    // command line refuses and names `workspace reidentify`). Empty: not a copy.
    QString copyOf;
};

namespace WorkspaceOpener {
// How a recording is named in its replay workspace: "demo" or an absolute folder.
QString recordingKey(const QString &recording);
// Opens (or creates) the workspace on the calling thread, migrating an older
// store. A recording that fails to load leaves no new file behind.
Result<OpenedWorkspace> open(const WorkspaceRequest &request, TaskContext *context = nullptr);
// What the window and the command line say about a copy (opened.copyOf).
QString copyProblem(const OpenedWorkspace &opened);
} // namespace WorkspaceOpener

} // namespace cp
