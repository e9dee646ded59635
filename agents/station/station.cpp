// SPDX-License-Identifier: GPL-3.0-or-later
#include "station.h"

#include "models/clock.h"

#include <QHash>
#include <QRegularExpression>

namespace cp {

Station::Station(Database database, StationSetup setup, std::chrono::seconds every, QObject *parent)
    : QObject(parent),
      m_round(new StationRound(std::move(database), std::move(setup), this)),
      m_every(every),
      m_clock([] { return Clock::now(); })
{
    qRegisterMetaType<cp::StationReport>();
    setCheckInterval(std::min<std::chrono::milliseconds>(m_every, std::chrono::seconds(30)));
    connect(&m_checkTimer, &QTimer::timeout, this, &Station::check);
    connect(m_round, &StationRound::logged, this, &Station::logged);
    connect(m_round, &StationRound::finished, this, &Station::handleRoundFinished);
}

std::optional<std::chrono::seconds> Station::parseEvery(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([smhd])$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    static const QHash<QString, qint64> unit{{QStringLiteral("s"), 1}, {QStringLiteral("m"), 60},
                                             {QStringLiteral("h"), 3600}, {QStringLiteral("d"), 86400}};
    const std::chrono::seconds every(n * unit.value(m.captured(2)));
    if (every < kMinimumEvery)
        return std::nullopt;
    return every;
}

void Station::setCheckInterval(std::chrono::milliseconds interval)
{
    m_checkTimer.setInterval(std::max<std::chrono::milliseconds>(interval, std::chrono::milliseconds(1)));
}

void Station::start(bool once)
{
    m_once = once;
    m_stopping = false;
    m_running = true;
    // From the event loop: whoever started it hears every signal of the first round.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_stopping)
            beginRound(m_clock());
        else
            finishStopping();
    }, Qt::QueuedConnection);
}

void Station::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_checkTimer.stop();
    if (m_round->isRunning()) {
        emit logged(StationLog::Info, tr("stopping after the current step"));
        m_round->stopAfterStep();   // handleRoundFinished() ends it
        return;
    }
    // Queued: a caller that connected stopped() after calling stop() still hears it.
    QMetaObject::invokeMethod(this, &Station::finishStopping, Qt::QueuedConnection);
}

void Station::check()
{
    if (m_stopping || m_round->isRunning())
        return;
    const QDateTime now = m_clock();
    if (now >= m_next)
        return beginRound(now);
    emit checked(now);
}

void Station::beginRound(const QDateTime &now)
{
    m_checkTimer.stop();
    if (const GuardVerdict verdict = m_guard ? m_guard() : GuardVerdict{}; !verdict.why.isEmpty()) {
        if (verdict.end || m_once) {
            emit logged(StationLog::Error, verdict.why);
            m_stoppedByGuard = verdict.end;
            if (!verdict.end)
                ++m_failedRounds;
            m_stopping = true;
            return finishStopping();
        }
        ++m_failedRounds;
        while (m_next <= now)
            m_next = m_next.addSecs(m_every.count());
        emit logged(StationLog::Error, tr("no round now: %1; the next at %2").arg(verdict.why, m_next.toUTC().toString(Qt::ISODate)));
        m_checkTimer.start();
        return;
    }
    ++m_rounds;
    // The slot after this one; a round that overruns skips the slots it missed (handleRoundFinished).
    m_next = now.addSecs(m_every.count());
    emit logged(StationLog::Info, tr("round %1 begins").arg(m_rounds));
    emit roundStarted(now);
    if (!m_round->start(now)) {
        ++m_failedRounds;
        emit logged(StationLog::Error, tr("round %1 not started: the previous one still runs").arg(m_rounds));
    }
}

void Station::handleRoundFinished(const StationReport &report)
{
    if (!report.ok())
        ++m_failedRounds;
    emit roundFinished(report);
    if (m_stopping || m_once) {
        if (!m_stopping)
            m_stopping = true;
        return finishStopping();
    }
    const QDateTime now = m_clock();
    while (m_next <= now)
        m_next = m_next.addSecs(m_every.count());
    emit logged(report.ok() ? StationLog::Info : StationLog::Warning,
                (report.ok() ? tr("round %1 done; the next at %2") : tr("round %1 done with errors; the next at %2"))
                    .arg(m_rounds)
                    .arg(m_next.toUTC().toString(Qt::ISODate)));
    m_checkTimer.start();
}

void Station::finishStopping()
{
    if (!m_running)
        return;
    if (m_round->isRunning()) {
        // A round began before the stop took effect: it ends after its current step (handleRoundFinished).
        m_round->stopAfterStep();
        return;
    }
    m_running = false;
    m_checkTimer.stop();
    emit logged(StationLog::Info, tr("station stopped after %n round(s)", nullptr, m_rounds));
    emit stopped();
}

} // namespace cp
