// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationround.h"

#include "agents/cycle/orchestrator.h"
#include "agents/live/livesync.h"
#include "models/decisionstore.h"
#include "models/workspace.h"

namespace cp {

StationRound::StationRound(Database database, StationSetup setup, QObject *parent)
    : QObject(parent),
      m_database(std::move(database)),
      m_setup(std::move(setup)),
      m_orchestrator(new Orchestrator(m_database, this)),
      m_dispatcher(new Dispatcher(m_database, m_setup.platform, this))
{
    connect(m_orchestrator, &Orchestrator::cycleFinished, this, &StationRound::handleCycleFinished);
    connect(m_dispatcher, &Dispatcher::finished, this, &StationRound::handleSent);
}

StationRound::~StationRound() = default;

bool StationRound::start(const QDateTime &now)
{
    if (m_running)
        return false;
    m_running = true;
    m_stopRequested = false;
    m_report = StationReport{};
    m_report.startedAt = now;
    const Connections &c = m_setup.connections;
    if (m_setup.workspace.isLive() && (c.store.isSet() || c.platform.isSet()))
        takeSnapshot();
    else
        runCycle();
    return true;
}

bool StationRound::stopHere()
{
    if (!m_stopRequested)
        return false;
    m_report.stopped = true;
    finish();
    return true;
}

void StationRound::takeSnapshot()
{
    emit stepStarted(QStringLiteral("snapshot"));
    // The fetch waits on the network (and on a server's Retry-After): on a
    // thread of its own, with the store's connection of that thread.
    struct Outcome
    {
        std::optional<Result<LiveSync::Refresh>> refreshed;
        QStringList notices;
    };
    auto outcome = std::make_shared<Outcome>();
    const Database db = m_database;
    const Connections connections = m_setup.connections;
    const Secrets storeSecrets = m_setup.storeSecrets, platformSecrets = m_setup.platformSecrets;
    const QDateTime now = m_report.startedAt;
    connect(&m_snapshotTask, &BackgroundTask::finished, this, [this, outcome](bool) {
        for (const QString &n : std::as_const(outcome->notices))
            log(StationLog::Info, tr("note: %1").arg(n));
        if (!outcome->refreshed || !*outcome->refreshed) {
            ++m_report.errors;
            log(StationLog::Error, tr("live data not fetched: %1; no cycle this round, the next round tries again")
                                       .arg(outcome->refreshed ? outcome->refreshed->error().toString() : tr("cancelled")));
            if (!stopHere())
                sendApproved();   // what operators approved does not wait for fresh data
            return;
        }
        const LiveSync::Refresh &r = **outcome->refreshed;
        m_report.snapshotTaken = true;
        log(StationLog::Info, tr("live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days")
                                  .arg(r.report.products).arg(r.report.productDays).arg(r.report.campaigns).arg(r.report.campaignDays));
        for (const QString &f : r.failures)
            log(StationLog::Warning, tr("live snapshot: failed: %1").arg(f));
        for (const QString &n : r.report.notes)
            log(StationLog::Info, tr("live snapshot: note: %1").arg(n));
        if (!stopHere())
            runCycle();
    }, Qt::SingleShotConnection);
    m_snapshotTask.start([db, connections, storeSecrets, platformSecrets, now, outcome](TaskContext &context) {
        context.onNotice = [outcome](const QString &what) { outcome->notices << what; };
        {
            QSqlDatabase conn = db.connection();
            outcome->refreshed = LiveSync::refresh(conn, connections, storeSecrets, platformSecrets, now, &context);
        }
        db.closeThreadConnection();
    });
}

void StationRound::runCycle()
{
    emit stepStarted(QStringLiteral("cycle"));
    // The emergency stop halts the agents too, not only sending: said as
    // what it is, not as a failed cycle (the Orchestrator refuses as well).
    if (const auto stop = DecisionStore(m_database.connection()).setting(QStringLiteral("emergency_stop")); stop && *stop == u"1") {
        log(StationLog::Warning, tr("cycle not run: the emergency stop is on; an operator must resume first"));
        return sendApproved();
    }
    Policy policy;
    if (m_setup.policy) {
        policy = *m_setup.policy;
    } else {
        auto stored = DecisionStore(m_database.connection()).latestPolicy();
        if (!stored) {
            ++m_report.errors;
            log(StationLog::Error, tr("cycle not run: the store's policy cannot be read: %1").arg(stored.error().toString()));
            return sendApproved();
        }
        if (stored->isEmpty()) {
            // None saved: the defaults, sized for the workspace's currency.
            const auto workspace = Workspaces::read(m_database.connection(), m_database.path());
            policy = Policy::defaultFor(workspace ? workspace->currency : QString());
        } else {
            auto parsed = Policy::fromJson(*stored, QStringLiteral("policy_versions"));
            if (!parsed) {
                ++m_report.errors;
                log(StationLog::Error, tr("cycle not run: %1").arg(parsed.error().toString()));
                return sendApproved();
            }
            policy = *parsed;
        }
    }
    m_orchestrator->setPolicy(policy);
    if (!m_orchestrator->runCycle()) {
        ++m_report.errors;
        log(StationLog::Error, tr("cycle not run: the agents are busy or halted"));
        sendApproved();
    }
}

void StationRound::handleCycleFinished(const CycleResult &result)
{
    if (!result.error.isEmpty() || result.cancelled) {
        ++m_report.errors;
        log(StationLog::Error, tr("cycle failed: %1").arg(result.cancelled ? tr("cancelled") : result.error));
    } else {
        m_report.cycleId = result.cycleId;
        m_report.queued = int(result.recommendations.size());
        log(StationLog::Info, tr("cycle %1 as of %2: %n recommendation(s) queued for approval", nullptr, m_report.queued)
                                  .arg(result.cycleId, result.asOf.toString(Qt::ISODate)));
        if (const int unchanged = result.unchangedCount(); unchanged > 0)
            log(StationLog::Info, tr("%n of them judged as before: the pending ones were kept, with any approval already given", nullptr, unchanged));
        if (!result.unjudged.isEmpty())
            log(StationLog::Info, tr("%n active campaign(s) not judged", nullptr, int(result.unjudged.size())));
    }
    if (stopHere())
        return;
    sendApproved();
}

void StationRound::sendApproved()
{
    emit stepStarted(QStringLiteral("send"));
    {
        // As `send` does: nothing leaves while an operator's emergency stop is on.
        const auto stop = DecisionStore(m_database.connection()).setting(QStringLiteral("emergency_stop"));
        if (!stop || *stop == u"1") {
            log(StationLog::Warning, stop ? tr("nothing sent: the emergency stop is on; an operator must resume first")
                                          : tr("nothing sent: %1").arg(stop.error().toString()));
            if (!stop)
                ++m_report.errors;
            return finish();
        }
    }
    if (!m_setup.platform) {
        log(StationLog::Warning, tr("nothing sent: %1").arg(m_setup.noPlatformWhy));
        return finish();
    }
    if (!m_dispatcher->sendApproved(m_setup.operatorName)) {
        ++m_report.errors;
        log(StationLog::Error, tr("nothing sent: the dispatcher is busy or halted"));
        return finish();
    }
}

void StationRound::handleSent(const DispatchReport &report)
{
    m_report.sendRan = true;
    m_report.sent = report;
    const bool troubled = report.failed > 0 || report.unknown > 0 || !report.errors.isEmpty();
    log(troubled ? StationLog::Warning : StationLog::Info, tr("send: %1").arg(report.summary()));
    for (const QString &e : report.errors)
        log(StationLog::Error, tr("send: %1").arg(e));
    if (!report.errors.isEmpty())
        ++m_report.errors;
    finish();
}

void StationRound::finish()
{
    m_running = false;
    emit finished(m_report);
}

} // namespace cp
