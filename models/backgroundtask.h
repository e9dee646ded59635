// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace cp {

// What a piece of background work sees: whether it was cancelled, and a way
// to report progress (throttled, so a tight loop can call it every row).
class TaskContext
{
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void report(qint64 done, qint64 total, const QString &what = {});
    std::function<void(qint64, qint64, const QString &)> onProgress;
    // Something to say at once, never throttled: a wait a server asked for
    // ("Meta asked to wait 60 s…"). To onNotice when set, else as progress
    // (the window's status bar).
    void notice(const QString &what);
    std::function<void(const QString &)> onNotice;

private:
    std::atomic_bool m_cancelled{false};
    QElapsedTimer m_lastReport;
};

// Runs one function at a time on a thread of its own (the worker-object
// pattern: a QObject living in a QThread, started by a queued call), so the
// GUI thread never waits on the disk. progress() and finished() arrive on
// the owner's thread.
class BackgroundTask final : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    // Cancels the running work and waits for it to return.
    ~BackgroundTask() override;

    // Runs `work` on the task's thread. Refused (returns false) while
    // another piece of work is running.
    bool start(std::function<void(TaskContext &)> work);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(qint64 done, qint64 total, const QString &what);
    void finished(bool cancelled);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;   // lives in m_thread
    std::shared_ptr<TaskContext> m_context;
    bool m_running = false;
};

} // namespace cp
