// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuelistener.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace cp {

// What the listener's thread keeps; touched on that thread only.
struct QueueListener::Worker
{
    QSet<qint64> changed;
    bool tooMany = false;
    bool everListened = false;
    qint64 backendPid = 0;   // the server process that listens for us
    QTimer *coalesce = nullptr;
    QTimer *retry = nullptr;
    QTimer *heartbeat = nullptr;
};

void QueueListener::ThreadStop::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

QueueListener::QueueListener(Database database, QObject *parent) : QObject(parent), m_database(std::move(database))
{
    qRegisterMetaType<QList<qint64>>();
}

QueueListener::~QueueListener()
{
    // The thread's `finished` closes its connection there, then it ends.
    m_thread.reset();
}

void QueueListener::start()
{
    if (m_thread || !m_database.isPostgres())
        return;
    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("queue-listener"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    auto worker = std::make_shared<Worker>();
    const Database database = m_database;
    QObject *context = m_context;
    QueueListener *self = this;   // reached only through queued calls, which die with it

    // The connection belongs to the listener's thread: closed there, as the thread ends.
    connect(m_thread.get(), &QThread::finished, context, [database, context] {
        database.closeThreadConnection();
        context->deleteLater();   // deferred deletes still run after `finished`
    }, Qt::DirectConnection);

    auto flush = [self, worker] {
        QList<qint64> ids;
        if (!worker->tooMany) {
            ids = QList<qint64>(worker->changed.cbegin(), worker->changed.cend());
            std::sort(ids.begin(), ids.end());
        }
        worker->changed.clear();
        worker->tooMany = false;
        QMetaObject::invokeMethod(self, [self, ids] { emit self->queueChanged(ids); }, Qt::QueuedConnection);
    };
    auto announced = [worker](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
        if (name != QLatin1String(kChannel))
            return;
        // "<table>:<recommendation id>"
        const QString text = payload.toString();
        bool ok = false;
        const qint64 id = text.section(QLatin1Char(':'), -1).toLongLong(&ok);
        if (!ok || worker->changed.size() >= kMaxIds)
            worker->tooMany = true;
        else
            worker->changed.insert(id);
        if (!worker->coalesce->isActive())
            worker->coalesce->start();
    };
    auto subscribe = [self, worker, database, context, announced] {
        QString why;
        {
            QSqlDatabase db = database.connection();
            if (!db.isOpen())
                why = db.lastError().text();
            else if (!db.driver()->subscribeToNotification(QLatin1String(kChannel)))
                why = db.driver()->lastError().text();
            else if (QSqlQuery pid(db); pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
                worker->backendPid = pid.value(0).toLongLong();
            else
                why = pid.lastError().text();
            if (why.isEmpty())
                // QSqlDriver::subscribeToNotification and its signal
                // notification(name, source, payload): the driver watches the
                // connection's socket in the thread the connection belongs to,
                // whose event loop delivers the signal
                // (https://doc.qt.io/qt-6/qsqldriver.html#subscribeToNotification,
                // https://doc.qt.io/qt-6/qsqldriver.html#notification).
                connect(db.driver(), &QSqlDriver::notification, context, announced);
        }
        if (why.isEmpty()) {
            // Listening again after a loss: what changed meanwhile was not announced.
            const bool again = std::exchange(worker->everListened, true);
            QMetaObject::invokeMethod(self, [self, again] {
                emit self->listening();
                if (again)
                    emit self->queueChanged({});
            }, Qt::QueuedConnection);
            worker->heartbeat->start();
            return;
        }
        database.closeThreadConnection();   // a new one next time
        QMetaObject::invokeMethod(self, [self, why] { emit self->failed(why); }, Qt::QueuedConnection);
        worker->retry->start();
    };

    auto check = [self, worker, database] {
        QString why;
        {
            QSqlDatabase db = database.connection();
            // The driver may open a dropped connection again by itself, on a
            // new server process that listens to nothing: the same process
            // or it is lost.
            QSqlQuery q(db);
            if (db.isOpen() && q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next()
                && q.value(0).toLongLong() == worker->backendPid)
                return;
            why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
            if (why.isEmpty())
                why = QueueListener::tr("the connection to the server was lost");
        }
        worker->heartbeat->stop();
        database.closeThreadConnection();
        QMetaObject::invokeMethod(self, [self, why] { emit self->failed(why); }, Qt::QueuedConnection);
        worker->retry->start();
    };

    const int heartbeatMs = m_heartbeatMs, retryMs = m_retryMs;
    QMetaObject::invokeMethod(context, [worker, context, flush, subscribe, check, heartbeatMs, retryMs] {
        worker->coalesce = new QTimer(context);
        worker->coalesce->setSingleShot(true);
        worker->coalesce->setInterval(kCoalesceMs);
        QObject::connect(worker->coalesce, &QTimer::timeout, context, flush);
        worker->retry = new QTimer(context);
        worker->retry->setSingleShot(true);
        worker->retry->setInterval(retryMs);
        QObject::connect(worker->retry, &QTimer::timeout, context, subscribe);
        worker->heartbeat = new QTimer(context);
        worker->heartbeat->setInterval(heartbeatMs);
        QObject::connect(worker->heartbeat, &QTimer::timeout, context, check);
        subscribe();
    }, Qt::QueuedConnection);
    m_thread->start();
}

} // namespace cp
