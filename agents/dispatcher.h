// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/adplatform.h"
#include "models/backgroundtask.h"
#include "models/database.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

namespace cp {

// What one run of the dispatcher did, counted exactly (each entry it touched
// lands in one of the five).
struct DispatchReport
{
    int sent = 0;          // the platform answered: applied
    int confirmed = 0;     // confirmed by reconcile: a state check proved it applied
    int unknown = 0;       // may or may not be applied: waits for an operator
    int failed = 0;        // the platform said no
    int waiting = 0;       // waiting to confirm: shown not applied, but within the settle time
    int elsewhere = 0;     // leased by another live sender: left to it
    int held = 0;          // not sent: an earlier action on the same campaign is still unsettled
    bool halted = false;   // stopped by the emergency stop before the end
    QStringList errors;

    // "sent 1, confirmed by reconcile 0, unknown 0, failed 0, waiting to confirm 0",
    // then "; held back 1 (…)" and "; left to another sender 1" when not 0
    QString summary() const;
};

// Sends what operators approved, from the outbox, exactly once:
// approved -> sending (an atomic lease to one sender, persisted before the
// request leaves, renewed while it runs) -> done | failed | unknown.
// An answer that was lost (5xx, timeout, dropped, unreadable 2xx) or an
// entry a dead sender left in "sending" (its lease expired) is settled only
// by a state check that proves it: applied -> done; not applied and the
// policy's settle time passed since the attempt started -> sent once more
// with the same key; not applied within the settle time -> left for a later
// run ("waiting to confirm"); a state check that cannot be read -> unknown,
// which is never resent on its own. Actions on one campaign go in order: while
// one is unsettled (sending, waiting or unknown) the next is held, since its
// effect would hide whether the earlier one was applied (a resume after a
// pause whose answer was lost). Nothing is sent while halted.
class Dispatcher final : public QObject
{
    Q_OBJECT
public:
    Dispatcher(Database database, std::shared_ptr<AdPlatform> platform, QObject *parent = nullptr);
    ~Dispatcher() override;

    struct Options
    {
        std::optional<int> settleSeconds;   // the store's policy's unless given
        qint64 leaseMs = 30000;             // how long a claim holds unless renewed (renewed every third of it)
    };
    // The work itself, on the calling thread (the command line and tests use it directly).
    static DispatchReport run(const Database &database, AdPlatform &platform, const std::atomic_bool &halted,
                              const QString &operatorName, Options options);
    static DispatchReport run(const Database &database, AdPlatform &platform, const std::atomic_bool &halted,
                              const QString &operatorName)
    {
        return run(database, platform, halted, operatorName, Options{});
    }
    // This process's sender name for leases: "host:pid:random".
    static QString newLeaseOwner();

    // Starts run() on the dispatcher's thread. False while busy or halted.
    bool sendApproved(const QString &operatorName);
    void setHalted(bool halted) { m_halted->store(halted); }
    // Where approved actions go from now on (between runs; false while busy).
    bool setPlatform(std::shared_ptr<AdPlatform> platform);
    std::shared_ptr<AdPlatform> platform() const { return m_platform; }
    bool isHalted() const { return m_halted->load(); }
    bool isBusy() const { return m_task.isRunning(); }

signals:
    void finished(const cp::DispatchReport &report);

private:
    Database m_database;
    std::shared_ptr<AdPlatform> m_platform;
    std::shared_ptr<std::atomic_bool> m_halted;
    BackgroundTask m_task;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::DispatchReport)
