// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stationround.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace cp {

// The headless agent station (issue 18): runs a round (live snapshot,
// cycle, sending what was approved: StationRound) at once, then one every
// `every`, until stopped. The schedule is read from a clock (cp::Clock by
// default, injectable for tests) each time a light check timer fires, not
// from one long timer: a suspended or stepped clock still gets its round
// when due, and a test moves its clock and sees the next round without
// waiting an hour. Rounds never overlap; one that overruns its slot skips
// the slots it missed. A round that fails is logged and the next one runs
// as scheduled: the station does not end on a failure.
class Station final : public QObject
{
    Q_OBJECT
public:
    using ClockFunction = std::function<QDateTime()>;

    Station(Database database, StationSetup setup, std::chrono::seconds every, QObject *parent = nullptr);

    // "90s", "15m", "1h", "1d" (a positive whole number and a unit; at least a minute).
    static std::optional<std::chrono::seconds> parseEvery(const QString &text);
    static constexpr std::chrono::seconds kMinimumEvery{60};

    void setClock(ClockFunction clock) { m_clock = std::move(clock); }
    // Asked before every round: an empty `why` lets the round run. With
    // `end`, the why is logged as an error and the station ends (its
    // workspace's lease was taken by another station: two must never run at
    // once); without, this round is not run, logged as failed, and the next
    // one asks again (the server is down: a restart is not another station).
    struct GuardVerdict
    {
        QString why;
        bool end = false;
    };
    using Guard = std::function<GuardVerdict()>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    bool stoppedByGuard() const { return m_stoppedByGuard; }
    // How often the clock is read (default: every 30 s, or the interval when shorter).
    void setCheckInterval(std::chrono::milliseconds interval);

    // Runs rounds until stop(); `once`: one round, then stopped().
    void start(bool once = false);
    // Ends after the current step of a running round (at once between rounds); then stopped().
    void stop();

    QDateTime nextRound() const { return m_next; }
    bool isRoundRunning() const { return m_round->isRunning(); }
    int rounds() const { return m_rounds; }
    // Whether every round so far went without a failed step.
    bool allRoundsOk() const { return m_failedRounds == 0; }

signals:
    void logged(int priority, const QString &line);
    void roundStarted(const QDateTime &at);
    void roundFinished(const cp::StationReport &report);
    // The clock was read between rounds and no round was due.
    void checked(const QDateTime &now);
    void stopped();

private:
    void check();
    void beginRound(const QDateTime &now);
    void handleRoundFinished(const StationReport &report);
    void finishStopping();

    StationRound *m_round;
    std::chrono::seconds m_every;
    ClockFunction m_clock;
    Guard m_guard;
    bool m_stoppedByGuard = false;
    QTimer m_checkTimer;
    QDateTime m_next;
    int m_rounds = 0;
    int m_failedRounds = 0;
    bool m_once = false;
    bool m_stopping = false;
    bool m_running = false;
};

} // namespace cp
