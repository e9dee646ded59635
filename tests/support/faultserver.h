// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <functional>
#include <optional>

// A small HTTP/1.1 server on 127.0.0.1 for tests: answers from a script per
// path, records every request, and injects the faults real networks have.
class FaultServer final : public QTcpServer
{
    Q_OBJECT
public:
    // Drip: the answer's bytes one at a time, one every `dripMs` (a server
    // that keeps the transfer timeout happy and never finishes).
    enum class Fault { None, Stall, Drop, Huge, Truncated, Drip };
    struct Answer
    {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
        Fault fault = Fault::None;
        int delayMs = 0;   // latency before the answer
        int dripMs = 100;  // Fault::Drip: the pause between two bytes
    };
    struct Seen
    {
        QByteArray method, path, query, body;
        QMap<QByteArray, QByteArray> headers;   // lower-case names
    };

    explicit FaultServer(QObject *parent = nullptr);
    QString baseUrl() const;
    // Answers for `path`, used in order; the last one repeats.
    void script(const QByteArray &path, QList<Answer> answers) { m_scripts[path] = std::move(answers); }
    // A stateful server: asked first; no answer falls back to the scripts.
    std::function<std::optional<Answer>(const Seen &)> handler;
    const QList<Seen> &seen() const { return m_seen; }
    // An answer that quotes the request back, as careless servers do in their
    // errors: the Authorization header (and a Basic one decoded), the path and
    // the query, in a {"status":"error","message":...} body.
    static Answer echo(const Seen &seen, int status);
    int count(const QByteArray &path) const;
    // The most requests that were waiting for their answer at one time.
    int peakInFlight() const { return m_peak; }

private:
    void handle(QTcpSocket *socket);
    QMap<QByteArray, QList<Answer>> m_scripts;
    void reply(QTcpSocket *socket, const Answer &answer);
    QList<Seen> m_seen;
    int m_inFlight = 0;
    int m_peak = 0;
};
