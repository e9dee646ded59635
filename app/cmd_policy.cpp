// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot policy: the policy in effect as JSON.
#include "commands.h"
#include "cliio.h"

#include "models/database.h"

namespace cp {

int runPolicy(const CommandLine &cl)
{
    if (cl.database.isEmpty() && cl.recording.isEmpty() && cl.policy.isEmpty()) {
        out() << QString::fromUtf8(Policy{}.toJson());
        return 0;
    }
    // stdout carries only the JSON (piped to a file, or to jq): the
    // workspace's line goes to stderr, as with --json elsewhere.
    CommandLine jsonOnly = cl;
    jsonOnly.json = true;
    auto db = openStore(jsonOnly);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    auto policy = loadPolicy(cl, *db);
    db->closeThreadConnection();
    if (!policy) {
        err() << CommandLine::tr("error: %1").arg(policy.error().toString()) << Qt::endl;
        return 2;
    }
    out() << QString::fromUtf8(policy->toJson());
    return 0;
}

} // namespace cp
