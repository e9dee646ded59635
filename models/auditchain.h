// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace cp {

// The audit log as a hash chain: each entry carries the hash of the entry
// before it (prev_hash) and its own (hash), SHA-256 over a canonical
// serialisation of its fields and prev_hash. An entry changed, removed,
// inserted or reordered after it was written no longer matches; `campaign-pilot
// audit verify` names the first one. Every entry is written through
// DecisionStore::auditIn, which chains it (schema 18; the triggers of
// resources/sql/018_audit_chain.sql refuse UPDATE and DELETE on the table).
//
// What a chain cannot do alone: someone who rewrites the file and recomputes
// every later hash, or drops the newest entries, leaves a consistent chain.
// verify prints the newest hash and the count so that they can be kept
// elsewhere and compared.
namespace AuditChain {

// The hash (lower-case hex) of one entry: SHA-256 over "campaign-pilot
// audit v1\n" and each field as "<UTF-8 byte length>:<bytes>\n" in this
// order: at (as stored), operator, event, recommendation id (decimal, empty
// when none), details, previous entry's hash (empty for the first).
// Length-prefixed, so that no two different entries serialise alike.
QString hashOf(const QString &at, const QString &operatorName, const QString &event, qint64 recommendationId,
               const QString &details, const QString &previousHash);

// The newest entry's hash, empty for an empty log: the next entry's prev_hash.
// Read inside the writing transaction, so that two writers never chain onto
// the same entry (SQLite lets one write at a time).
Result<QString> head(QSqlDatabase &db);
// The transaction-scoped advisory lock every writer of a PostgreSQL
// workspace's log takes (the same number in team_roles.sql).
inline constexpr qint64 kPostgresLock = 7092318452140118018;

// Chains the entries written before the chain existed (hash NULL), oldest
// first. Run once, inside the migration to schema 18 (SQLite has no SHA-256
// in SQL, so the migration's SQL adds the columns and this fills them).
Status chainUnchained(QSqlDatabase &db);

struct Verification
{
    qint64 verified = 0;      // entries that matched, from the oldest
    bool intact = true;
    // The first entry that does not match (when !intact).
    qint64 brokenId = 0;
    QString brokenAt;         // as stored (UTC, ISO 8601)
    QString brokenEvent;
    QString why;
    QString head;             // the newest entry's hash (intact chains)
};
Result<Verification> verify(QSqlDatabase &db);

} // namespace AuditChain
} // namespace cp
