// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cycledata.h"
#include "agents/llm/chatclient.h"
#include "models/backgroundtask.h"
#include "models/database.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace cp {

class CampaignCreator;
class CampaignManager;
class PerformanceAnalyst;

// Runs Creator -> Analyst -> Manager as one cycle, each agent on its own
// thread, the store read and written on a fourth; on demand and on a timer;
// reports each step and can be cancelled. The calling (GUI) thread never
// waits: everything is chained by queued calls and signals. A cycle only
// fills the decision queue; it never sends anything.
class Orchestrator final : public QObject
{
    Q_OBJECT
public:
    explicit Orchestrator(Database database, QObject *parent = nullptr);
    ~Orchestrator() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // The live workspace's language model for ad copy (none: the template's
    // copy only). A replay workspace's cycle never calls it: its kind is
    // read from the store with the cycle's input.
    void setLanguageModel(std::optional<ModelEndpoint> model) { m_model = std::move(model); }
    const std::optional<ModelEndpoint> &languageModel() const { return m_model; }
    const Policy &policy() const { return m_policy; }
    // Minutes between automatic cycles; 0 switches the timer off.
    void setInterval(int minutes);
    // `asOf` invalid: the newest day in the store. Refused (false) while a
    // cycle runs or the emergency stop is on.
    bool runCycle(QDate asOf = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // The emergency stop halts a running cycle and refuses new ones.
    void setHalted(bool halted);

signals:
    // step: "loading", "creator", "analyst", "manager", "saving"
    void stepStarted(const QString &step);
    void cycleFinished(const cp::CycleResult &result);

private:
    void finish(CycleResult result);

    Database m_database;
    Policy m_policy;
    Policy m_cyclePolicy;   // m_policy as the running cycle started
    std::optional<ModelEndpoint> m_model;
    BackgroundTask m_data;
    QThread m_creatorThread, m_analystThread, m_managerThread;
    CampaignCreator *m_creator;
    PerformanceAnalyst *m_analyst;
    CampaignManager *m_manager;
    QTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_halted = false;
    // The cycle in progress (touched on this object's thread only).
    CycleResult m_current;
    CycleInput m_input;
    QList<Recommendation> m_created;
    QList<CampaignAnalysis> m_analyses;
};

} // namespace cp
