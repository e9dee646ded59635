// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

namespace cp {

void TaskContext::report(qint64 done, qint64 total, const QString &what)
{
    // At most ~20 reports a second, plus the last one.
    if (m_lastReport.isValid() && m_lastReport.elapsed() < 50 && done < total)
        return;
    m_lastReport.start();
    if (onProgress)
        onProgress(done, total, what);
}

void TaskContext::notice(const QString &what)
{
    if (onNotice)
        onNotice(what);
    else if (onProgress)
        onProgress(0, 0, what);
}

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent)
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("cp-background"));
    m_thread.start();
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundTask::start(std::function<void(TaskContext &)> work)
{
    if (m_running)
        return false;
    m_running = true;
    auto context = std::make_shared<TaskContext>();
    m_context = context;
    // The signals are emitted from the worker thread; Qt queues them to the
    // receivers in the owner's thread.
    context->onProgress = [this](qint64 done, qint64 total, const QString &what) { emit progress(done, total, what); };
    QMetaObject::invokeMethod(m_worker, [this, context, work = std::move(work)] {
        work(*context);
        const bool cancelled = context->isCancelled();
        QMetaObject::invokeMethod(this, [this, cancelled] {
            m_running = false;
            emit finished(cancelled);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void BackgroundTask::cancel()
{
    if (m_context)
        m_context->cancel();
}

} // namespace cp
