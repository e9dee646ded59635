// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot cycle: a live refresh when asked, then Creator → Analyst →
// Manager once; fills the decision queue and sends nothing.
#include "commands.h"
#include "cliio.h"

#include "agents/cycle/orchestrator.h"
#include "agents/live/connections.h"
#include "agents/live/credentials.h"
#include "agents/live/livefetch.h"
#include "agents/live/livesync.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/backgroundtask.h"
#include "models/clock.h"
#include "models/decisionstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <tuple>

namespace cp {

namespace {

QJsonObject toJson(const Recommendation &r)
{
    return QJsonObject{{QStringLiteral("id"), double(r.id)},
                       {QStringLiteral("agent"), r.agent},
                       {QStringLiteral("decision"), r.decision},
                       {QStringLiteral("action"), Recommendation::actionKey(r.action)},
                       // null when there is none, as `queue list --json` gives it
                       {QStringLiteral("campaign_id"), r.campaignId.isEmpty() ? QJsonValue() : QJsonValue(r.campaignId)},
                       {QStringLiteral("product_id"), r.productId.isEmpty() ? QJsonValue() : QJsonValue(r.productId)},
                       {QStringLiteral("proposed_budget"), r.proposedBudget ? QJsonValue(r.proposedBudget->toString()) : QJsonValue()},
                       {QStringLiteral("previous_budget"), r.previousBudget ? QJsonValue(r.previousBudget->toString()) : QJsonValue()},
                       {QStringLiteral("rule"), r.rule},
                       {QStringLiteral("risk"), jsonRisk(r.risk)},
                       {QStringLiteral("rationale"), r.rationale},
                       {QStringLiteral("inputs"), r.inputs},
                       {QStringLiteral("thresholds"), r.thresholds},
                       {QStringLiteral("expires_at"), r.expiresAt.toString(Qt::ISODate)},
                       // The store held it pending and unchanged and kept it (its id and times).
                       {QStringLiteral("unchanged"), r.unchanged}};
}

// The connections a refresh used from the command line become the live
// workspace's own, as Agents ▸ Connections saves them (QSettings, under the
// workspace's id, without any secret: those stay in the keychain or the
// environment), so that the window and `send` find them. A connection that
// is already the saved one keeps its settings (re-read days, network policy).
// One connection: the same kind, address and ad account ("http://h/" and
// "http://h" are one address).
bool sameConnection(const Connection &a, const Connection &b)
{
    const auto norm = [](const QUrl &u) {
        QUrl n = u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (n.path() == u"/")
            n.setPath(QString());
        return n;
    };
    return a.kind == b.kind && norm(a.url) == norm(b.url) && a.account == b.account;
}

void rememberConnections(const Workspace &workspace, const Connections &given)
{
    if (!workspace.isLive())
        return;
    QSettings settings;
    Connections saved = Connections::load(settings, workspace.id);
    bool changed = false;
    for (const auto &[slot, c, role] : {std::tuple{&saved.store, &given.store, CommandLine::tr("store")},
                                        std::tuple{&saved.platform, &given.platform, CommandLine::tr("ad platform")}}) {
        if (!c->isSet() || sameConnection(*slot, *c))
            continue;
        *slot = *c;
        changed = true;
        err() << CommandLine::tr("  note: the %1 connection %2 is saved for this workspace (the window's Agents ▸ Connections); "
                                 "its credentials are not")
                     .arg(role, LiveFetch::sourceName(*c))
              << Qt::endl;
    }
    if (changed)
        saved.save(settings, workspace.id);
}

// A connection given on the command line that is not the one the live
// workspace has saved (another kind, address or ad account): refused, with
// what to do. Before, it replaced the saved one with a note, so that one
// `cycle --meta-account 43` put account 43's campaigns into account 42's
// workspace and pointed every later `send` at 43.
QString conflictingConnection(const Workspace &workspace, const Connections &given)
{
    if (!workspace.isLive())
        return {};
    QSettings settings;
    const Connections saved = Connections::load(settings, workspace.id);
    for (const auto &[s, c, role] : {std::tuple{&saved.store, &given.store, CommandLine::tr("store")},
                                     std::tuple{&saved.platform, &given.platform, CommandLine::tr("ad platform")}}) {
        if (!c->isSet() || !s->isSet() || sameConnection(*s, *c))
            continue;
        return CommandLine::tr("this workspace's %1 connection is %2, the command names %3: two shops or ad accounts in one "
                               "workspace would mix their figures and send to the wrong one. Use a workspace of its own "
                               "(--database), or change the connection in the window (Agents ▸ Connections)")
            .arg(role, LiveFetch::sourceName(*s), LiveFetch::sourceName(*c));
    }
    return {};
}

// Takes a live snapshot into the store; 0 when it landed.
// `partial` (when given) is set when some of the live data could not be
// fetched (listed as "failed:"): what was fetched is written and judged.
int runLiveRefresh(const CommandLine &cl, const Database &db, const Workspace &workspace, bool *partial)
{
    const Connections connections = liveConnections(cl);
    if (const QString why = conflictingConnection(workspace, connections); !why.isEmpty()) {
        err() << CommandLine::tr("error: %1").arg(why) << Qt::endl;
        return 2;
    }
    Secrets storeSecrets, platformSecrets;
    if ((connections.store.isSet() && !readSecrets(workspace.id, Credentials::Role::Store, connections.store, storeSecrets))
        || (connections.platform.isSet()
            && !readSecrets(workspace.id, Credentials::Role::Platform, connections.platform, platformSecrets)))
        return 2;
    // A wait a server asked for (Meta's throttling, Retry-After) is said as it
    // begins, so that a minute's silence is never taken for a hang.
    TaskContext context;
    context.onNotice = [](const QString &what) { err() << CommandLine::tr("  note: %1").arg(what) << Qt::endl; };
    auto refreshed = LiveSync::refresh(db.connection(), connections, storeSecrets, platformSecrets, Clock::now(), &context);
    if (!refreshed) {
        err() << CommandLine::tr("error: live data: %1").arg(refreshed.error().toString()) << Qt::endl;
        return 1;
    }
    rememberConnections(workspace, connections);
    const SyncReport &r = refreshed->report;
    err() << CommandLine::tr("live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days")
                 .arg(r.products).arg(r.productDays).arg(r.campaigns).arg(r.campaignDays)
          << Qt::endl;
    for (const QString &f : refreshed->failures)
        err() << CommandLine::tr("  failed: %1").arg(f) << Qt::endl;
    for (const QString &n : r.notes)
        err() << CommandLine::tr("  note: %1").arg(n) << Qt::endl;
    if (partial)
        *partial = !refreshed->failures.isEmpty();
    return 0;
}

} // namespace

int runCycle(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    // Stopped: nothing is fetched either (a stop is often pressed because
    // something about the connections is wrong; a walkthrough's `cycle`
    // made some sixty requests before it refused).
    if (const auto stop = DecisionStore(db->connection()).setting(QStringLiteral("emergency_stop")); !stop || *stop == u"1") {
        err() << CommandLine::tr("error: the emergency stop is on: no cycle runs and nothing is fetched until an operator resumes "
                                 "(`campaign-pilot resume` or the window)")
              << Qt::endl;
        db->closeThreadConnection();
        return 1;
    }
    bool partial = false;   // some live data could not be fetched: exit code 3 after the cycle
    if (!cl.store.isEmpty() || cl.namesLivePlatform()) {
        if (const QString why = whyNoNetwork(workspace); !why.isEmpty()) {
            err() << CommandLine::tr("error: %1").arg(why) << Qt::endl;
            return 2;
        }
        if (int code = runLiveRefresh(cl, *db, workspace, &partial); code != 0)
            return code;
    }
    auto policy = loadPolicy(cl, *db);
    if (!policy) {
        err() << CommandLine::tr("error: %1").arg(policy.error().toString()) << Qt::endl;
        return 2;
    }
    CycleResult result;
    {
        Orchestrator orchestrator(*db);
        orchestrator.setPolicy(*policy);
        QEventLoop loop;
        QObject::connect(&orchestrator, &Orchestrator::cycleFinished, &loop, [&](const CycleResult &r) {
            result = r;
            loop.quit();
        });
        orchestrator.runCycle();
        loop.exec();
    }
    db->closeThreadConnection();
    if (!result.error.isEmpty()) {
        err() << CommandLine::tr("error: %1").arg(result.error) << Qt::endl;
        return 1;
    }
    if (cl.json) {
        // stdout carries only the JSON: the day and why on stderr.
        if (!result.asOfWhy.isEmpty())
            err() << CommandLine::tr("As of %1: %2.").arg(result.asOf.toString(Qt::ISODate), result.asOfWhy) << Qt::endl;
        QJsonArray all;
        for (const Recommendation &r : result.recommendations)
            all.append(toJson(r));
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        out() << CommandLine::tr("Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.", nullptr,
                                 int(result.recommendations.size()))
                     .arg(result.cycleId, result.asOf.toString(Qt::ISODate))
              << Qt::endl;
        if (const int unchanged = result.unchangedCount(); unchanged > 0)
            out() << CommandLine::tr("%n of them judged as before: the pending ones were kept, with any approval already given.", nullptr, unchanged)
                  << Qt::endl;
        if (!result.asOfWhy.isEmpty())
            out() << CommandLine::tr("As of %1: %2.").arg(result.asOf.toString(Qt::ISODate), result.asOfWhy) << Qt::endl;
        for (const Recommendation &r : result.recommendations)
            out() << CommandLine::tr("#%1 %2 %3 %4 (risk %5): %6")
                         .arg(r.id)
                         .arg(r.decision, -15)
                         .arg(Recommendation::actionKey(r.action), -10)
                         .arg(r.campaignId.isEmpty() ? r.productId : r.campaignId)
                         .arg(qRound(r.risk))
                         .arg(r.rationale)
                  << Qt::endl;
        if (!result.unjudged.isEmpty()) {
            out() << CommandLine::tr("%n active campaign(s) not judged:", nullptr, int(result.unjudged.size())) << Qt::endl;
            for (const QString &why : result.unjudged)
                out() << QStringLiteral("  ") << why << Qt::endl;
        }
    }
    // A scheduled run notices a refresh that fetched only part of the live data.
    return partial ? 3 : 0;
}

} // namespace cp
