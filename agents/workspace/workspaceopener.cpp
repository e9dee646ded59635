// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceopener.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpener)
};
} // namespace

namespace WorkspaceOpener {

QString recordingKey(const QString &recording)
{
    return recording == u"demo" ? recording : QFileInfo(recording).absoluteFilePath();
}

namespace {
// A team workspace on a PostgreSQL server (issue 18): an address, not a
// file (nothing of the file's checks, home or copy detection applies), and
// always live.
Result<OpenedWorkspace> openTeam(const WorkspaceRequest &request)
{
    if (!request.recording.isEmpty())
        return Error{Text::tr("a team workspace is always live; a recording is replayed in a workspace file of its own "
                              "(--recording %1, without --database)")
                         .arg(request.recording),
                     request.path};
    auto db = Database::open(request.path);
    if (!db)
        return db.error();
    OpenedWorkspace opened;
    opened.database = *db;
    QSqlDatabase conn = db->connection();
    auto fail = [&](const Error &e) -> Result<OpenedWorkspace> {
        conn = QSqlDatabase();
        db->closeThreadConnection();
        return e;
    };
    // A database the migrations have just made holds the table's one row,
    // not yet defined (`fixed` 0, 006_workspace.sql).
    auto before = Workspaces::read(conn, request.path);
    if (!before)
        return fail(before.error());
    opened.created = !before->fixed;
    if (opened.created) {
        if (request.mustExist)
            return fail(Error{Text::tr("there is no workspace here"), request.path});
        if (Status s = Workspaces::define(conn, Workspace::Kind::Live, request.name, QString()); !s)
            return fail(s.error());
    }
    auto workspace = Workspaces::read(conn, request.path);
    if (!workspace)
        return fail(workspace.error());
    // A database holding a replay (a recording loaded into it) is not a team
    // workspace: its actions would go to the recorded backend while the
    // team believes them live.
    if (workspace->isReplay())
        return fail(Error{Text::tr("this database holds a replay of %1, not a team workspace (a team workspace is always live)")
                              .arg(workspace->recordingSource.isEmpty() ? Text::tr("a recording") : workspace->recordingSource),
                          request.path});
    opened.workspace = *workspace;
    return opened;
}
} // namespace

Result<OpenedWorkspace> open(const WorkspaceRequest &request, TaskContext *context)
{
    if (Status s = Database::checkAddress(request.path); !s)
        return s.error();
    if (Database::isPostgresUrl(request.path))
        return openTeam(request);
    const QString recording = request.recording.isEmpty() ? QString() : recordingKey(request.recording);
    QString path = request.path;
    if (path.isEmpty())
        path = recording.isEmpty() ? Workspaces::defaultLivePath() : Workspaces::replayPath(recording);
    path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (request.mustExist && !existed)
        return Error{Text::tr("there is no workspace here"), path};
    if (info.exists() && !info.isFile())
        return Error{Text::tr("not a workspace file"), path};

    auto db = Database::open(path);
    if (!db)
        return db.error();
    OpenedWorkspace opened;
    opened.database = *db;
    opened.created = !existed;
    QSqlDatabase conn = db->connection();
    auto fail = [&](const Error &e) -> Result<OpenedWorkspace> {
        conn = QSqlDatabase();   // the handle must go before the connection is closed
        db->closeThreadConnection();
        if (opened.created) {
            // Nothing of a failed first opening stays behind.
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return e;
    };
    auto workspace = Workspaces::read(conn, path);
    if (!workspace)
        return fail(workspace.error());

    if (opened.created) {
        const Workspace::Kind kind = recording.isEmpty() ? Workspace::Kind::Live : Workspace::Kind::Replay;
        if (Status s = Workspaces::define(conn, kind, request.name, recording); !s)
            return fail(s.error());
    } else if (!recording.isEmpty()) {
        if (workspace->isLive())
            return fail(Error{Text::tr("this is a live workspace; a recording is never loaded into it. "
                                       "Open the recording on its own (--recording %1, without --database) "
                                       "or name a new file for its replay workspace")
                                  .arg(request.recording),
                              path});
        if (!workspace->recordingSource.isEmpty() && workspace->recordingSource != recording)
            return fail(Error{Text::tr("this is the replay workspace of %1, not of %2")
                                  .arg(workspace->recordingSource, recording),
                              path});
    }
    if (!recording.isEmpty()) {
        // Loads the first time; afterwards only when the recording's files changed.
        auto loaded = Recording::load(recording == u"demo" ? recording : request.recording, conn, context);
        if (!loaded)
            return fail(loaded.error());
        if (loaded->cancelled && opened.created)
            return fail(Error{Text::tr("opening cancelled"), path});
        opened.load = *loaded;
    }
    // Where the file lives: a copy is told from a move (015_workspace_home.sql).
    if (opened.created || workspace->homePath.isEmpty() || workspace->homePath == path) {
        if (opened.created || workspace->homePath != path || workspace->homeFileId != Workspaces::fileIdentity(path))
            if (Status s = Workspaces::setHome(conn, path); !s)
                return fail(s.error());
    } else if (workspace->isLive() && (workspace->homeFileId.isEmpty() || workspace->homeFileId != Workspaces::fileIdentity(path))
               && Workspaces::idAt(workspace->homePath) == workspace->id) {
        // Another file, and its home still holds the same workspace: a copy.
        opened.copyOf = workspace->homePath;
    } else if (Status s = Workspaces::setHome(conn, path); !s) {
        // Moved or renamed (the same file), or its home is gone: it lives here now.
        return fail(s.error());
    }
    auto final = Workspaces::read(conn, path);
    if (!final)
        return fail(final.error());
    opened.workspace = *final;
    return opened;
}

QString copyProblem(const OpenedWorkspace &opened)
{
    if (opened.copyOf.isEmpty())
        return {};
    return Text::tr("%1 is a copy of the workspace %2 (the same id, %3): it would share that workspace's connections and "
                    "keychain entries, and send to its ad account. Give the copy an identity of its own (its connections "
                    "start empty; the original keeps its own)")
        .arg(opened.workspace.path, opened.copyOf, opened.workspace.id.left(8));
}

} // namespace WorkspaceOpener
} // namespace cp
