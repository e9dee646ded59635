// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot send --approved: what operators approved, through the same
// dispatcher as the window; never approves anything.
#include "commands.h"
#include "cliio.h"

#include "agents/dispatcher.h"
#include "agents/live/connections.h"
#include "agents/live/credentials.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/decisionstore.h"

#include <QSettings>
#include <atomic>
#include <memory>

namespace cp {

int runSend(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    // A handle on the connection (DecisionStore keeps a QSqlDatabase) must be
    // gone before closeThreadConnection() removes it, or Qt warns that the
    // connection "is still in use": this one only lives for the check.
    if (auto stop = DecisionStore(db->connection()).setting(QStringLiteral("emergency_stop")); !stop || *stop == u"1") {
        err() << CommandLine::tr("error: the emergency stop is on; an operator must resume first") << Qt::endl;
        db->closeThreadConnection();
        return 1;
    }
    // Where the actions go is the workspace's to say: a replay workspace
    // reaches no network, a live one never the recorded backend.
    if (cl.namesLivePlatform() && workspace.isReplay()) {
        err() << CommandLine::tr("error: %1; nothing was sent").arg(whyNoNetwork(workspace)) << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    if (cl.platform == u"recorded" && workspace.isLive()) {
        err() << CommandLine::tr("error: this is a live workspace: its approved actions go to its ad platform, never to the "
                                 "recorded backend; name it with --platform, or connect one in the window")
              << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    Connection connection;
    if (workspace.isLive()) {
        if (cl.namesLivePlatform()) {
            connection = liveConnections(cl).platform;
        } else {
            QSettings settings;
            connection = Connections::load(settings, workspace.id).platform;
        }
    }
    // The credentials only ever live in this process's memory.
    Secrets secrets;
    if (connection.isSet() && connection.problem(false).isEmpty()
        && !readSecrets(workspace.id, Credentials::Role::Platform, connection, secrets)) {
        db->closeThreadConnection();
        return 2;
    }
    auto built = platformForWorkspace(workspace, *db, connection, secrets);
    if (!built) {
        err() << CommandLine::tr("error: %1").arg(built.error().toString()) << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    std::atomic_bool halted{false};
    DispatchReport report;
    {
        // The platform may hold the connection too (the recorded backend writes the store).
        std::shared_ptr<AdPlatform> platform = *built;
        built = Error{};
        report = Dispatcher::run(*db, *platform, halted, cl.operatorName);
    }
    out() << report.summary() << Qt::endl;
    for (const QString &e : report.errors)
        err() << e << Qt::endl;
    // What holds sends back and waits for a person: every entry whose send
    // could not be confirmed, this run's and earlier runs' (a headless team
    // sees them nowhere else). Each holds later actions on its campaign.
    int unsettled = 0;
    // "pause 2001", "create product 22833": what an entry does, as its lines name it.
    auto actionOf = [](const OutboxItem &item) {
        const Recommendation &r = item.recommendation;
        return QStringLiteral("%1 %2").arg(Recommendation::actionKey(r.action),
                                          r.campaignId.isEmpty() ? CommandLine::tr("product %1").arg(r.productId) : r.campaignId);
    };
    if (auto unknown = DecisionStore(db->connection()).outbox(QStringLiteral("unknown"))) {
        unsettled = int(unknown->size());
        for (const OutboxItem &item : *unknown)
            err() << CommandLine::tr("unknown: recommendation #%1 (%2): its send could not be confirmed%3; later actions on the "
                                     "campaign wait until an operator settles it: campaign-pilot queue mark-applied %1 or queue "
                                     "send-again %1 (in the window, Decisions: Mark applied or Send again)")
                         .arg(item.recommendationId)
                         .arg(actionOf(item), item.lastError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.lastError))
                  << Qt::endl;
    } else {
        err() << CommandLine::tr("error: %1").arg(unknown.error().toString()) << Qt::endl;
        unsettled = 1;
    }
    // Failed sends applied nothing and hold nothing back, but stay unsent
    // until a person retries them: listed at every run (a walkthrough's
    // station printed "failed 0" the day after an emergency pause failed).
    if (auto failed = DecisionStore(db->connection()).outbox(QStringLiteral("failed"))) {
        for (const OutboxItem &item : *failed)
            err() << CommandLine::tr("failed: recommendation #%1 (%2): %3; nothing was applied. campaign-pilot queue retry %1 "
                                     "sends it again (in the window, Decisions: Retry send)")
                         .arg(item.recommendationId)
                         .arg(actionOf(item), item.lastError)
                  << Qt::endl;
    }
    db->closeThreadConnection();
    // Waiting to confirm is not a failure: a later run settles it. Held back
    // or unknown is: something approved was not sent and will not be
    // without a person.
    return report.failed == 0 && report.unknown == 0 && report.held == 0 && unsettled == 0 && report.errors.isEmpty() ? 0 : 1;
}

} // namespace cp
