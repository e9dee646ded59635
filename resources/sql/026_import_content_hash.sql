-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 26: each import's file content hash (BLAKE2b-256, hex), so
-- that `--merge add` of a file already imported is refused instead of
-- counting its figures twice. Imports logged before have none.
ALTER TABLE import_log ADD COLUMN content_hash TEXT;
