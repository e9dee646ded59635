-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14: where a workspace file lives, to tell a copy from the
-- workspace itself. Connections and keychain entries are keyed by
-- workspace_id, so a file copied with cp would share them with its original.
-- home_path: the absolute path the workspace was last opened at;
-- home_file_id: that file's identity on its file system ("device:inode";
-- empty where the system has none). Opened at another path: the same file
-- identity is a move (recorded); another file while the home path still
-- holds a workspace with the same id is a copy, which must be given an id of
-- its own before it is used (WorkspaceOpener). Empty: recorded at the next opening.
ALTER TABLE workspace ADD COLUMN home_path TEXT NOT NULL DEFAULT '';
ALTER TABLE workspace ADD COLUMN home_file_id TEXT NOT NULL DEFAULT '';
