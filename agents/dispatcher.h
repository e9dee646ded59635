// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/adplatform.h"
#include "models/backgroundtask.h"
#include "models/database.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace cp {

struct DispatchReport
{
    int reconciled = 0;   // interrupted sends found applied and marked done
    int sent = 0;
    int failed = 0;
    bool halted = false;  // stopped by the emergency stop before the end
    QStringList errors;
};

// Sends what operators approved, from the outbox, one action at a time:
// approved -> sending (persisted before the request leaves) -> done | failed.
// Before sending it reconciles entries left in "sending" by a crash: the
// platform is asked whether it applied that idempotency key; if so the entry
// is done, if not it is sent (once). Nothing is sent while halted.
class Dispatcher final : public QObject
{
    Q_OBJECT
public:
    Dispatcher(Database database, std::shared_ptr<AdPlatform> platform, QObject *parent = nullptr);
    ~Dispatcher() override;

    // The work itself, on the calling thread (the command line and tests use it directly).
    static DispatchReport run(const Database &database, AdPlatform &platform, const std::atomic_bool &halted,
                              const QString &operatorName);

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
