// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace cp {

// Every window of a team workspace sees the same queue within a second
// (issue 18): PostgreSQL announces each change to a recommendation, its
// approvals or its outbox entry with NOTIFY (schema 21's triggers, channel
// kChannel, payload "<table>:<recommendation id>"); this listens on a
// connection of its own, on a thread of its own (the GUI thread never waits
// on the network), and tells its owner which recommendations changed. A
// burst (a cycle writes thousands of rows in one transaction) becomes one
// queueChanged, kCoalesceMs after its first announcement. An SQLite file
// announces nothing: start() on one does nothing.
class QueueListener final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "campaign_pilot";
    static constexpr int kCoalesceMs = 250;
    // More changed ids than this in one burst: queueChanged carries none
    // ("refresh everything").
    static constexpr int kMaxIds = 1000;
    // A connection that cannot be opened is tried again this often.
    static constexpr int kRetryMs = 5000;
    // The listening connection is checked this often: one the server or the
    // network dropped hears nothing, so it is opened again, and the owner
    // told to read everything (what changed meanwhile was not announced).
    static constexpr int kHeartbeatMs = 15000;

    explicit QueueListener(Database database, QObject *parent = nullptr);
    ~QueueListener() override;
    // Before start(): other intervals (tests).
    void setIntervals(int heartbeatMs, int retryMs)
    {
        m_heartbeatMs = heartbeatMs;
        m_retryMs = retryMs;
    }

    // Opens the listening connection on the listener's thread and
    // subscribes; listening() follows, or failed() (then it tries again).
    void start();

signals:
    // Subscribed: from now on every committed change is announced.
    void listening();
    void failed(const QString &why);
    // The recommendations whose queue rows changed, each once; empty when
    // there were too many to name, or after the connection was lost.
    void queueChanged(const QList<qint64> &recommendationIds);

private:
    struct Worker;
    struct ThreadStop
    {
        void operator()(QThread *thread) const;
    };

    Database m_database;
    int m_heartbeatMs = kHeartbeatMs;
    int m_retryMs = kRetryMs;
    std::unique_ptr<QThread, ThreadStop> m_thread;
    QObject *m_context = nullptr;   // lives on m_thread; deleted there
};

} // namespace cp
