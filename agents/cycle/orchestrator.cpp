// SPDX-License-Identifier: GPL-3.0-or-later
#include "orchestrator.h"

#include "campaigncreator.h"
#include "campaignmanager.h"
#include "models/decisionstore.h"
#include "models/workspace.h"
#include "learning.h"
#include "performanceanalyst.h"
#include "agents/rules/safeguards.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QThreadPool>
#include <QUuid>

namespace cp {

namespace {
// Why no cycle may run now: the workspace's emergency stop is on (or cannot
// be read, which is not taken as off). Empty: it may run.
QString haltedWhy(const DecisionStore &store)
{
    const auto stop = store.setting(QStringLiteral("emergency_stop"));
    if (!stop)
        return QCoreApplication::translate("Orchestrator", "the emergency stop cannot be read (%1); no cycle runs until it can")
            .arg(stop.error().toString());
    if (*stop == u"1")
        return QCoreApplication::translate("Orchestrator", "the emergency stop is on: no cycle runs until an operator resumes");
    return {};
}
} // namespace

Orchestrator::Orchestrator(Database database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_creator(new CampaignCreator(std::make_shared<TemplateCopyWriter>())),
      m_analyst(new PerformanceAnalyst), m_manager(new CampaignManager)
{
    qRegisterMetaType<cp::CycleResult>();
    qRegisterMetaType<QList<cp::Recommendation>>();
    qRegisterMetaType<QList<cp::CampaignAnalysis>>();
    qRegisterMetaType<cp::Portfolio>();
    const std::pair<QThread *, QObject *> agents[] = {
        {&m_creatorThread, m_creator}, {&m_analystThread, m_analyst}, {&m_managerThread, m_manager}};
    for (auto [thread, worker] : agents) {
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
    }
    m_creatorThread.setObjectName(QStringLiteral("cp-creator"));
    m_analystThread.setObjectName(QStringLiteral("cp-analyst"));
    m_managerThread.setObjectName(QStringLiteral("cp-manager"));
    connect(&m_timer, &QTimer::timeout, this, [this] { runCycle(); });

    // The chain: each agent's result starts the next agent.
    connect(m_creator, &CampaignCreator::finished, this, [this](const QList<Recommendation> &recs) {
        if (m_cancel->load())
            return finish({m_current.cycleId, m_current.asOf, {}, {}, true, {}});
        m_created = recs;
        emit stepStarted(QStringLiteral("analyst"));
        auto *analyst = m_analyst;
        QMetaObject::invokeMethod(analyst, [analyst, input = m_input, policy = m_cyclePolicy, cancel = m_cancel] {
            analyst->run(input, policy, cancel);
        }, Qt::QueuedConnection);
        // The analyst holds its own reference now: dropping ours here means a
        // large input is freed on a worker thread, not on this (GUI) thread.
        m_input = {};
    });
    connect(m_analyst, &PerformanceAnalyst::finished, this, [this](const QList<CampaignAnalysis> &analyses, const Portfolio &p) {
        if (m_cancel->load())
            return finish({m_current.cycleId, m_current.asOf, {}, {}, true, {}});
        m_current.portfolio = p;
        m_analyses = analyses;   // shared, not copied: the learning loop reads them when saving
        emit stepStarted(QStringLiteral("manager"));
        auto *manager = m_manager;
        QMetaObject::invokeMethod(manager, [manager, analyses, policy = m_cyclePolicy, id = m_current.cycleId,
                                            now = QDateTime::currentDateTimeUtc(), cancel = m_cancel] {
            manager->run(analyses, policy, id, now, cancel);
        }, Qt::QueuedConnection);
    });
    connect(m_manager, &CampaignManager::finished, this, [this](const QList<Recommendation> &managed) {
        if (m_cancel->load())
            return finish({m_current.cycleId, m_current.asOf, {}, {}, true, {}});
        emit stepStarted(QStringLiteral("saving"));
        auto result = std::make_shared<CycleResult>(m_current);
        const Database db = m_database;
        const Policy policy = m_cyclePolicy;
        // Joined on the worker: copying ten thousand recommendations into one
        // list took 15 ms on this (GUI) thread (issue 14's stall target: 16 ms).
        m_data.start([db, policy, result, created = std::exchange(m_created, {}), managed, analyses = std::exchange(m_analyses, {}),
                      cancel = m_cancel](TaskContext &) {
            result->recommendations = created + managed;
            DecisionStore store(db.connection());
            // The cycle stops with what failed; nothing of it is queued.
            const auto stop = [&result](const QString &why) {
                result->error = why;
                result->recommendations.clear();
            };
            // Neither may fail unsaid: a recommendation left pending past its
            // time, or one naming a policy version the store does not hold.
            if (auto expired = store.expire(QDateTime::currentDateTimeUtc()); !expired)
                return stop(QCoreApplication::translate("Orchestrator", "expired recommendations could not be marked: %1")
                                .arg(expired.error().toString()));
            // Pressed by anyone while the cycle ran: nothing of it is queued.
            if (const QString why = haltedWhy(store); !why.isEmpty())
                return stop(why);
            // What the operator said last holds new proposals back (cooldown,
            // rejections that stick): agents/rules/safeguards.h.
            auto words = store.lastWords();
            if (!words)
                return stop(QCoreApplication::translate("Orchestrator", "the operator's earlier decisions could not be read: %1")
                                .arg(words.error().toString()));
            Safeguards::holdBack(result->recommendations, *words, policy);
            auto added = store.add(result->recommendations);
            if (!added)
                return stop(added.error().toString());
            result->recommendations = *added;
            QString portfolioNote;
            if (Status s = store.setSetting(QStringLiteral("portfolio_json"),
                                            QString::fromUtf8(QJsonDocument(result->portfolio.toJson()).toJson(QJsonDocument::Compact)));
                !s)
                portfolioNote = QCoreApplication::translate("Orchestrator", "The portfolio's figures were not saved (the charts show the "
                                                                            "previous cycle's): %1")
                                    .arg(s.error().toString());
            // The learning loop, after the queue is saved: its failure never
            // costs the cycle its recommendations.
            if (Status s = Learning::step(store, analyses, policy, result->asOf, *cancel, *result); !s)
                result->learningNote = QCoreApplication::translate("Orchestrator", "The learning loop failed: %1").arg(s.error().toString());
            if (!portfolioNote.isEmpty())
                result->learningNote = result->learningNote.isEmpty() ? portfolioNote : portfolioNote + QLatin1Char(' ') + result->learningNote;
        });
        connect(&m_data, &BackgroundTask::finished, this, [this, result] { finish(std::move(*result)); }, Qt::SingleShotConnection);
    });
}

Orchestrator::~Orchestrator()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QThread *t : {&m_creatorThread, &m_analystThread, &m_managerThread}) {
        t->quit();
        t->wait();
    }
    if (!m_data.isRunning()) {
        const Database db = m_database;
        m_data.start([db](TaskContext &) { db.closeThreadConnection(); });
    }
}

void Orchestrator::setInterval(int minutes)
{
    if (minutes <= 0)
        m_timer.stop();
    else
        m_timer.start(minutes * 60 * 1000);
}

bool Orchestrator::runCycle(QDate asOf)
{
    if (m_running || m_halted)
        return false;
    m_running = true;
    m_cyclePolicy = m_policy;   // one policy for the whole cycle, even if it changes meanwhile
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_current = CycleResult{};
    m_current.cycleId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_created.clear();
    emit stepStarted(QStringLiteral("loading"));
    auto loaded = std::make_shared<std::optional<Result<CycleInput>>>();
    auto live = std::make_shared<bool>(false);
    auto policyVersion = std::make_shared<int>(m_cyclePolicy.version);
    const Database db = m_database;
    m_data.start([db, asOf, loaded, live, policyVersion, policy = m_cyclePolicy](TaskContext &) {
        {
            DecisionStore store(db.connection());
            // The workspace's emergency stop halts every cycle, not only a
            // window's: `cycle` and the station ran while it was on.
            if (const QString why = haltedWhy(store); !why.isEmpty()) {
                *loaded = Error{why, QString()};
                return;
            }
            // The version the cycle's agents name is the one the store holds
            // this policy under (a file's "version 1" is not the stored 1).
            const auto version = store.savePolicyForCycle(policy.version, policy.name, [policy](int v) {
                Policy p = policy;
                p.version = v;
                return p.toJson();
            }, QStringLiteral("agents"));
            if (!version) {
                *loaded = Error{QCoreApplication::translate("Orchestrator", "the cycle's policy could not be stored: %1")
                                    .arg(version.error().toString()),
                                QStringLiteral("policy_versions")};
                return;
            }
            *policyVersion = *version;
        }
        Policy versioned = policy;
        versioned.version = *policyVersion;
        *loaded = CycleSteps::load(db.connection(), asOf, versioned);
        // Only a live workspace's cycle may ask a language model: a replay
        // (and the simulation, which never comes here) works offline.
        const auto workspace = Workspaces::read(db.connection(), db.connection().databaseName());
        *live = workspace && workspace->isLive();
    });
    connect(&m_data, &BackgroundTask::finished, this, [this, loaded, live, policyVersion] {
        if (m_cancel->load())
            return finish({m_current.cycleId, {}, {}, {}, true, {}});
        if (!*loaded || !**loaded)
            return finish({m_current.cycleId, {}, {}, {}, false, *loaded ? (**loaded).error().toString() : QString()});
        m_input = std::move(**loaded).value();
        m_cyclePolicy.version = *policyVersion;
        m_current.asOf = m_input.asOf;
        m_current.unjudged = m_input.unjudged;
        m_current.asOfWhy = m_input.asOfWhy;
        emit stepStarted(QStringLiteral("creator"));
        auto *creator = m_creator;
        const std::optional<ModelEndpoint> model = *live ? m_model : std::nullopt;
        QMetaObject::invokeMethod(creator, [creator, input = m_input, policy = m_cyclePolicy, id = m_current.cycleId,
                                            now = QDateTime::currentDateTimeUtc(), cancel = m_cancel, model] {
            creator->run(input, policy, id, now, cancel, model);
        }, Qt::QueuedConnection);
    }, Qt::SingleShotConnection);
    return true;
}

void Orchestrator::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void Orchestrator::setHalted(bool halted)
{
    m_halted = halted;
    if (halted)
        cancel();
}

void Orchestrator::finish(CycleResult result)
{
    m_running = false;
    m_input = {};
    m_created.clear();
    m_analyses.clear();
    emit cycleFinished(result);
    // Ten thousand recommendations take tens of milliseconds to free: when
    // no listener kept them, the last reference goes on the worker thread,
    // not on this (GUI) one (issue 14: the largest stall under 16 ms).
    // QThreadPool::start(std::function<void()>) (Qt 6): a pool thread, so
    // the cycle's own task stays free for the next cycle.
    if (result.recommendations.size() > 1000)
        QThreadPool::globalInstance()->start([drop = std::move(result.recommendations)]() mutable { drop.clear(); });
}

} // namespace cp
