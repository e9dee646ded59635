// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"
#include "models/liveevidence.h"


#include "agents/rules/policy.h"
#include "models/clock.h"
#include "models/decisionstore.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

namespace cp {

namespace {
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// Renews our lease on one entry while a request runs: the HTTP layer waits
// in a local event loop on this thread, so the timer fires during the wait.
class LeaseKeeper
{
public:
    LeaseKeeper(DecisionStore &store, qint64 outboxId, const Lease &lease)
    {
        // A renewal that fails is logged: the request goes on, and once the
        // lease runs out another sender reconciles the entry (reads the
        // platform's state) before anything is sent again.
        QObject::connect(&m_timer, &QTimer::timeout, [&store, outboxId, lease] {
            if (Status s = store.renewLease(outboxId, lease); !s)
                qWarning("outbox entry %lld: the lease could not be renewed: %s", qlonglong(outboxId), qPrintable(s.error().toString()));
        });
        m_timer.start(int(std::max<qint64>(100, lease.durationMs / 3)));
    }

private:
    QTimer m_timer;
};

// One run: the store, the platform and what the run learnt.
class Run
{
public:
    Run(DecisionStore &store, AdPlatform &platform, const std::atomic_bool &halted, const QString &operatorName, int settleSeconds,
        qint64 leaseMs)
        : m_store(store), m_platform(platform), m_halted(halted), m_operator(operatorName), m_settleMs(qint64(settleSeconds) * 1000)
    {
        m_lease.owner = Dispatcher::newLeaseOwner();
        m_lease.durationMs = leaseMs;
    }

    DispatchReport report;
    // Campaigns with an unsettled action: later actions on them wait.
    QSet<QString> unsettled;

    // Entries in "sending": a dead sender's (lease expired) or one given
    // back to wait for the settle time. A live lease is another sender's.
    void recover(const QList<OutboxItem> &items)
    {
        for (const OutboxItem &item : items) {
            if (m_halted.load()) {
                report.halted = true;
                return;
            }
            auto ours = m_store.takeOver(item.id, m_lease);
            if (!ours) {
                report.errors << ours.error().toString();
                continue;
            }
            if (!*ours) {
                ++report.elsewhere;
                unsettled.insert(item.recommendation.campaignId);
                continue;
            }
            LeaseKeeper keeper(m_store, item.id, m_lease);
            const StateCheck state = m_platform.check(item, known());
            switch (state.kind) {
            case StateCheck::Kind::Applied:
                confirm(item, state);
                break;
            case StateCheck::Kind::NotApplied:
                if (m_platform.appliesAtOnce() || Clock::nowMs() - item.attemptStartedMs >= m_settleMs) {
                    // Proven never applied, and the platform had time to: once more, same key.
                    if (m_halted.load()) {
                        report.halted = true;
                        settleLater(item, QCoreApplication::translate("Dispatcher", "halted by the emergency stop"));
                        return;
                    }
                    if (Status s = m_store.restartAttempt(item.id, m_lease, m_operator); !s) {
                        report.errors << s.error().toString();
                        continue;
                    }
                    attempt(item);
                } else {
                    waitToConfirm(item, QCoreApplication::translate("Dispatcher", "interrupted; the platform does not show it applied yet"));
                }
                break;
            case StateCheck::Kind::Unreadable:
                giveUp(item, QCoreApplication::translate("Dispatcher", "the send was interrupted and the state check proves nothing: %1")
                                 .arg(state.error.toString()));
                break;
            }
        }
    }

    void sendApproved(const QList<OutboxItem> &items)
    {
        for (const OutboxItem &item : items) {
            if (m_halted.load()) {   // the emergency stop: no send starts after it
                report.halted = true;
                return;
            }
            if (!item.recommendation.campaignId.isEmpty() && unsettled.contains(item.recommendation.campaignId)) {
                ++report.held;
                continue;
            }
            auto won = m_store.claim(item.id, m_lease, m_platform.name(), m_operator);
            if (!won) {
                report.errors << won.error().toString();
                continue;
            }
            if (!*won)
                continue;   // another sender claimed it first: it is theirs
            LeaseKeeper keeper(m_store, item.id, m_lease);
            attemptOrConfirm(item, item.attempts > 0);   // the count before our claim
        }
    }

    // A team workspace (PostgreSQL): any number of senders run at once, each
    // claiming the next entry no other sender holds (DecisionStore::claimNext,
    // FOR UPDATE SKIP LOCKED), so none waits on another's entry or lists
    // the whole outbox. The same lease, audit and outcomes as sendApproved().
    void claimAndSend()
    {
        qint64 after = 0;   // each entry once per run (one given back stays for the next run)
        for (;;) {
            if (m_halted.load()) {   // the emergency stop: no send starts after it
                report.halted = true;
                return;
            }
            auto next = m_store.claimNext(m_lease, m_platform.name(), m_operator, unsettled, after);
            if (!next) {
                report.errors << next.error().toString();
                return;
            }
            if (!*next)
                break;
            const OutboxItem item = **next;
            after = item.id;
            LeaseKeeper keeper(m_store, item.id, m_lease);
            attemptOrConfirm(item, item.attempts > 1);   // the count after our claim
        }
        // What is left waits for an earlier action on its campaign: an
        // unsettled one, or one another sender is claiming (still approved).
        if (auto left = m_store.outbox(QStringLiteral("approved"))) {
            QSet<QString> earlier;
            for (const OutboxItem &item : *left) {   // by id
                const QString &campaign = item.recommendation.campaignId;
                if (campaign.isEmpty())
                    continue;
                if (unsettled.contains(campaign) || earlier.contains(campaign))
                    ++report.held;
                earlier.insert(campaign);
            }
        }
    }

private:
    // An entry sent before and approved again by an operator (Send again
    // after an unknown send, Retry after a failed one): the platform's state
    // is read first, and an action it shows applied is confirmed, not
    // written a second time. A walkthrough's operator pressed Send again on
    // a pause Meta had applied minutes before, and it was sent twice. Not
    // shown applied (or unreadable), the operator's word stands: it is sent.
    void attemptOrConfirm(const OutboxItem &item, bool sentBefore)
    {
        if (sentBefore) {
            const StateCheck state = m_platform.check(item, known());
            if (state.kind == StateCheck::Kind::Applied) {
                confirm(item, state);
                return;
            }
        }
        attempt(item);
    }

    // One write under our lease, its outcome recorded.
    void attempt(const OutboxItem &item)
    {
        const SendOutcome outcome = m_platform.apply(item);
        switch (outcome.kind) {
        case SendOutcome::Kind::Applied:
            if (Status s = m_store.markDone(item.id, m_lease, compact(outcome.result), m_operator, QStringLiteral("sent")); !s)
                report.errors << s.error().toString();
            else
                ++report.sent;
            break;
        case SendOutcome::Kind::Rejected:
            if (Status s = m_store.markFailed(item.id, m_lease, outcome.error.toString(), m_operator); !s)
                report.errors << s.error().toString();
            else
                ++report.failed;
            report.errors << outcome.error.toString();
            break;
        case SendOutcome::Kind::NotSent:
            if (Status s = m_store.unclaim(item.id, m_lease, outcome.error.toString()); !s)
                report.errors << s.error().toString();
            report.errors << outcome.error.toString();
            // Given back, it goes first next time: nothing later on its
            // campaign overtakes it in this run.
            if (!item.recommendation.campaignId.isEmpty())
                unsettled.insert(item.recommendation.campaignId);
            break;
        case SendOutcome::Kind::Unknown: {
            // The answer was lost: only the platform's state can tell.
            const StateCheck state = m_platform.check(item, known());
            if (state.kind == StateCheck::Kind::Applied)
                confirm(item, state);
            else if (state.kind == StateCheck::Kind::NotApplied)
                waitToConfirm(item, QCoreApplication::translate("Dispatcher", "%1; the platform does not show it applied yet")
                                        .arg(outcome.error.toString()));
            else
                giveUp(item, QCoreApplication::translate("Dispatcher", "%1; the state check proves nothing: %2")
                                 .arg(outcome.error.toString(), state.error.toString()));
            break;
        }
        }
    }

    void confirm(const OutboxItem &item, const StateCheck &state)
    {
        if (Status s = m_store.markDone(item.id, m_lease, compact(state.evidence), m_operator, QStringLiteral("confirmed")); !s)
            report.errors << s.error().toString();
        else
            ++report.confirmed;
    }

    void waitToConfirm(const OutboxItem &item, const QString &why)
    {
        unsettled.insert(item.recommendation.campaignId);
        if (Status s = m_store.releaseLease(item.id, m_lease, why); !s)
            report.errors << s.error().toString();
        else
            ++report.waiting;
    }

    void settleLater(const OutboxItem &item, const QString &why)
    {
        unsettled.insert(item.recommendation.campaignId);
        if (Status s = m_store.releaseLease(item.id, m_lease, why); !s)
            report.errors << s.error().toString();
    }

    void giveUp(const OutboxItem &item, const QString &why)
    {
        unsettled.insert(item.recommendation.campaignId);
        if (Status s = m_store.markUnknown(item.id, m_lease, why, m_operator); !s)
            report.errors << s.error().toString();
        else
            ++report.unknown;
        report.errors << why;
    }

public:
    // Read once per run, when first needed.
    const QSet<QString> &known()
    {
        if (!m_known) {
            auto ids = m_store.knownCampaigns(m_platform.name());
            m_known = ids ? *ids : QSet<QString>();
        }
        return *m_known;
    }

private:
    DecisionStore &m_store;
    AdPlatform &m_platform;
    const std::atomic_bool &m_halted;
    QString m_operator;
    qint64 m_settleMs;
    Lease m_lease;
    std::optional<QSet<QString>> m_known;
};
} // namespace

QString DispatchReport::summary() const
{
    QString s = QCoreApplication::translate("Dispatcher", "sent %1, confirmed by reconcile %2, unknown %3, failed %4, waiting to confirm %5")
                    .arg(sent).arg(confirmed).arg(unknown).arg(failed).arg(waiting);
    // Approved and not sent, said: before, an action held behind an earlier
    // unsettled one on its campaign showed as "sent 0 … unknown 0", exit 0.
    if (held > 0)
        s += QCoreApplication::translate("Dispatcher", "; held back %n (an earlier action on the same campaign is not settled)", nullptr,
                                         held);
    if (elsewhere > 0)
        s += QCoreApplication::translate("Dispatcher", "; left to another sender %n", nullptr, elsewhere);
    return s;
}

QString Dispatcher::newLeaseOwner()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

Dispatcher::Dispatcher(Database database, std::shared_ptr<AdPlatform> platform, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_platform(std::move(platform)),
      m_halted(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<cp::DispatchReport>();
}

bool Dispatcher::setPlatform(std::shared_ptr<AdPlatform> platform)
{
    if (m_task.isRunning())
        return false;
    m_platform = std::move(platform);
    return true;
}

Dispatcher::~Dispatcher()
{
    m_halted->store(true);
    if (!m_task.isRunning()) {
        const Database db = m_database;
        m_task.start([db](TaskContext &) { db.closeThreadConnection(); });
    }
}

DispatchReport Dispatcher::run(const Database &database, AdPlatform &platform, const std::atomic_bool &halted,
                               const QString &operatorName, Options options)
{
    DecisionStore store(database.connection());
    std::optional<int> settleSeconds = options.settleSeconds;
    if (!settleSeconds) {
        // The policy in force is the store's newest; the seed's default otherwise.
        settleSeconds = Policy{}.sendSettleSeconds;
        if (auto json = store.latestPolicy(); json && !json->isEmpty())
            if (auto policy = Policy::fromJson(*json, QStringLiteral("policy_versions")))
                settleSeconds = policy->sendSettleSeconds;
    }
    // What this workspace learnt the platform cannot do, in any process before:
    // honoured without asking again (the queue greys it out too).
    const QString capabilityKey = platform.capabilityKey();
    QStringList remembered;
    if (auto known = LiveEvidence::missingCapabilities(database.connection(), capabilityKey)) {
        remembered = *known;
        platform.assumeMissing(remembered);
    }
    // The amounts to send are in the workspace's currency (unreadable: none,
    // and a budget change is refused unsent).
    auto workspace = Workspaces::read(database.connection(), database.path());
    platform.setWorkspaceCurrency(workspace ? workspace->currency : QString());
    Run run(store, platform, halted, operatorName, *settleSeconds, options.leaseMs);
    if (!workspace)
        run.report.errors << workspace.error().toString();
    // ... and what this run learns is remembered, with the day it was learnt,
    // before the report goes back (so that a failure to remember is in it).
    auto finish = [&] {
        for (const QString &capability : platform.missingCapabilities())
            if (!remembered.contains(capability))
                if (Status s = LiveEvidence::rememberMissing(database.connection(), capabilityKey, capability,
                                                             platform.unsupportedReason(Recommendation::Action::SetBudget));
                    !s)
                    run.report.errors << s.error().toString();
        return run.report;
    };

    // 1. Sends a dead sender left, and answers still to be confirmed.
    auto interrupted = store.outbox(QStringLiteral("sending"));
    if (!interrupted) {
        run.report.errors << interrupted.error().toString();
        return finish();
    }
    auto unknown = store.outbox(QStringLiteral("unknown"));
    if (!unknown) {
        run.report.errors << unknown.error().toString();
        return finish();
    }
    // An unknown entry is read again: one the platform now shows applied is
    // done (a walkthrough's stayed unknown at every run while the campaign
    // showed paused). Not shown applied, or unreadable, it waits for a person
    // as before: only they may send it again.
    for (const OutboxItem &item : *unknown) {
        if (!halted.load()) {
            const StateCheck state = platform.check(item, run.known());
            if (state.kind == StateCheck::Kind::Applied) {
                auto confirmed = store.confirmUnknown(item.id, compact(state.evidence), operatorName);
                if (!confirmed)
                    run.report.errors << confirmed.error().toString();
                else if (*confirmed) {
                    ++run.report.confirmed;
                    continue;
                }
            }
        }
        run.unsettled.insert(item.recommendation.campaignId);
    }
    run.recover(*interrupted);
    if (run.report.halted)
        return finish();

    // 2. What is approved and waiting: on PostgreSQL claimed one by one
    // under row locks; on SQLite listed, each claimed by one guarded UPDATE
    // (the database's write lock puts concurrent senders one after another).
    if (Database::onPostgres(store.database())) {
        run.claimAndSend();
        return finish();
    }
    auto approved = store.outbox(QStringLiteral("approved"));
    if (!approved) {
        run.report.errors << approved.error().toString();
        return finish();
    }
    run.sendApproved(*approved);
    return finish();
}

bool Dispatcher::sendApproved(const QString &operatorName)
{
    if (m_halted->load())
        return false;
    auto report = std::make_shared<DispatchReport>();
    if (!m_platform) {
        // No platform to send to (its credentials are missing): say so, send nothing.
        report->errors << tr("no ad platform to send to: its credentials are missing (Agents > Connections)");
        QTimer::singleShot(0, this, [this, report] { emit finished(*report); });
        return true;
    }
    const Database db = m_database;
    auto platform = m_platform;
    auto halted = m_halted;
    if (!m_task.start([db, platform, halted, operatorName, report](TaskContext &) {
            *report = run(db, *platform, *halted, operatorName);
        }))
        return false;
    connect(&m_task, &BackgroundTask::finished, this, [this, report] { emit finished(*report); }, Qt::SingleShotConnection);
    return true;
}

} // namespace cp
