// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace cp {

// What a store is for, fixed when it is created (schema table `workspace`):
// a live workspace takes its data from connections and imports and sends
// approved actions to its connected ad platform; a replay workspace is a copy
// of one recording and sends only to the recorded backend — nothing in it can
// reach a network. Connections and their credentials belong to a live
// workspace and are keyed by its id.
struct Workspace
{
    enum class Kind { Live, Replay };

    QString path;              // the store file
    QString id;                // stable random id: keys connections and keychain entries
    Kind kind = Kind::Live;
    QString name;              // what the user called it (may be empty)
    QString recordingSource;   // replay: the recording it copies ("demo" or a folder)
    bool fixed = false;        // chosen on purpose (see 006_workspace.sql)
    // The currency its money is in (ISO 4217): a replay's is its recording's;
    // a live one's is fixed at the first contact that names one (see
    // 010_workspace_currency.sql); empty while not known.
    QString currency;
    // The zone its days are counted in (live: the shop's, else the ad
    // account's; 011_workspace_time_zone.sql); empty: this computer's.
    QString timeZone;
    // The longest attribution window of its Meta ad sets, in days (live;
    // 012_attribution_window.sql); 0: not known.
    int attributionDays = 0;
    // The ad account's last day up to which every campaign's insights were
    // read whole; invalid: not yet.
    QDate platformReadThrough;
    // The store's last day (its today in its zone) up to which everything it
    // sold was read whole; invalid: not yet, or no store connected.
    QDate storeReadThrough;
    // Where the file was last opened, and that file's identity there (see
    // 015_workspace_home.sql): how a copy is told from a move.
    QString homePath, homeFileId;

    bool isLive() const { return kind == Kind::Live; }
    bool isReplay() const { return kind == Kind::Replay; }
    // Its today: the date at Clock::now() in its time zone (this computer's
    // when it has none or it is not one Qt knows).
    QDate today() const;
    static QString kindKey(Kind kind);          // "live" / "replay"
    // "Live" / "Replay", translated: what the title, banner and status bar say.
    QString kindLabel() const;
    // The name to show: the user's, else the file's base name.
    QString displayName() const;
    // One line for the first line of a command's output and for reports:
    // "Workspace: Shop (live) — /path/shop.sqlite".
    QString describe() const;
};

namespace Workspaces {

// <AppDataLocation>, created readable by the user only (0700).
QString dataDir();
// The live workspace the command line uses without --database (the store
// path of earlier versions, so an existing store opens as it is).
QString defaultLivePath();
// A new file for a live workspace called `name`, under dataDir()/workspaces.
QString newLivePath(const QString &name);
// The replay workspace of a recording ("demo" or a folder): one per
// recording under dataDir()/replays, kept between runs.
QString replayPath(const QString &recordingKey);

// Creates the folders it needs readable by the user only (0700) and the
// file itself 0600 when it does not exist yet, before SQLite opens it
// (SQLite gives its -wal and -shm files the database file's mode).
Status prepareFile(const QString &path);

// The workspace a migrated store describes.
Result<Workspace> read(QSqlDatabase db, const QString &path);
// Fixes the kind (and name, recording) of the store on `db`.
Status define(QSqlDatabase db, Workspace::Kind kind, const QString &name, const QString &recordingSource);
// Fixes the currency of a live workspace (ISO 4217, three letters).
Status setCurrency(QSqlDatabase db, const QString &iso4217);
// Records the zone a live workspace's days are counted in (an IANA id or
// "UTC+hh:mm"); an id Qt does not know is refused.
Status setTimeZone(QSqlDatabase db, const QString &zone);
// Records the longest attribution window of a live workspace's ad sets (0..90 days).
Status setAttributionDays(QSqlDatabase db, int days);
// Records the last day up to which every campaign's insights were read whole.
Status setPlatformReadThrough(QSqlDatabase db, QDate day);
// Records the store's last day read whole (invalid: none).
Status setStoreReadThrough(QSqlDatabase db, QDate day);
// A file's identity on its file system ("device:inode"), which a move keeps
// and a copy does not; empty where there is none to read.
QString fileIdentity(const QString &path);
// Records where the workspace on `db` lives now (its path and file identity).
Status setHome(QSqlDatabase db, const QString &path);
// Gives the workspace on `db` a new random id (and records its home): a copy
// then keeps no connection or keychain entry of its original. Returns the id.
Result<QString> reidentify(QSqlDatabase db, const QString &path);
// The workspace id held by the store file at `path`, read without changing
// it; empty when there is none (no file, not a store, an older schema).
QString idAt(const QString &path);
// True when the store holds no data, imports, snapshots or decisions yet.
Result<bool> isPristine(QSqlDatabase db);

} // namespace Workspaces
} // namespace cp
