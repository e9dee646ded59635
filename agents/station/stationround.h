// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/backend/adplatform.h"
#include "agents/dispatcher.h"
#include "agents/live/connections.h"
#include "agents/rules/policy.h"
#include "models/backgroundtask.h"
#include "models/database.h"
#include "models/workspace.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <optional>

namespace cp {

class Orchestrator;
struct CycleResult;

// The journal's priorities (sd-daemon's <N> prefix; journald reads it).
namespace StationLog {
enum Priority { Error = 3, Warning = 4, Info = 6 };
}

// What a station works with, read once as it starts.
struct StationSetup
{
    Workspace workspace;
    // The live sources: a live workspace with a store or platform set takes
    // a snapshot at the start of every round. Never for a replay workspace.
    Connections connections;
    Secrets storeSecrets, platformSecrets;   // memory only, never logged
    // Where approved actions go (platformForWorkspace); null: nothing is
    // sent, and every round says why (`noPlatformWhy`).
    std::shared_ptr<AdPlatform> platform;
    QString noPlatformWhy;
    // --policy FILE; else the store's newest policy, read every round (an
    // operator may have published a new one since).
    std::optional<Policy> policy;
    QString operatorName;   // named in the audit log for what is sent
};

// What one round did.
struct StationReport
{
    QDateTime startedAt;
    bool snapshotTaken = false;
    QString cycleId;        // empty: no cycle ran
    int queued = 0;         // recommendations the cycle queued for approval
    DispatchReport sent;
    bool sendRan = false;
    int errors = 0;         // steps that failed (each logged)
    bool stopped = false;   // a stop request skipped the steps left
    bool ok() const { return errors == 0; }
};

// One round of the agent station: a live snapshot (when the workspace is
// live and connected), a cycle (Creator → Analyst → Manager: it only fills
// the decision queue), then what operators approved is sent through the
// dispatcher (exactly once; never while the emergency stop is on). The same
// steps as `cycle` and `send --approved`, chained by signals so that the
// thread that runs it never waits: the snapshot and the sending run on
// threads of their own. A step that fails is logged and the round goes on
// where that makes sense (a failed snapshot still sends what was approved,
// but judges nothing on stale data).
class StationRound final : public QObject
{
    Q_OBJECT
public:
    StationRound(Database database, StationSetup setup, QObject *parent = nullptr);
    ~StationRound() override;

    // Starts a round at `now` (the snapshot's instant); false while one runs.
    bool start(const QDateTime &now);
    // The steps not yet begun are skipped; the running one finishes.
    void stopAfterStep() { m_stopRequested = true; }
    bool isRunning() const { return m_running; }

signals:
    void stepStarted(const QString &step);   // "snapshot", "cycle", "send"
    void logged(int priority, const QString &line);
    void finished(const cp::StationReport &report);

private:
    void takeSnapshot();
    void runCycle();
    void handleCycleFinished(const CycleResult &result);
    void sendApproved();
    void handleSent(const DispatchReport &report);
    void finish();
    bool stopHere();
    void log(int priority, const QString &line) { emit logged(priority, line); }

    Database m_database;
    StationSetup m_setup;
    BackgroundTask m_snapshotTask;
    Orchestrator *m_orchestrator;
    Dispatcher *m_dispatcher;
    StationReport m_report;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::StationReport)
