// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

FaultServer::FaultServer(QObject *parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { handle(s); });
        }
    });
}

QString FaultServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

int FaultServer::count(const QByteArray &path) const
{
    return int(std::count_if(m_seen.begin(), m_seen.end(), [&](const Seen &s) { return s.path == path; }));
}

FaultServer::Answer FaultServer::echo(const Seen &seen, int status)
{
    const QByteArray authorization = seen.headers.value("authorization");
    const QByteArray basic = authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6)) : QByteArray();
    const QString said = QStringLiteral("you sent Authorization: %1 (%2) to %3?%4")
                             .arg(QString::fromLatin1(authorization), QString::fromUtf8(basic), QString::fromLatin1(seen.path),
                                  QString::fromLatin1(seen.query));
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("message"), said},
                           {QStringLiteral("code"), QString::fromLatin1(authorization)}};
    return Answer{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, Fault::None};
}

void FaultServer::handle(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Seen seen;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    seen.method = first.value(0);
    seen.path = first.value(1).split('?').value(0);
    seen.query = first.value(1).contains('?') ? first.value(1).mid(first.value(1).indexOf('?') + 1) : QByteArray();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            seen.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    length = seen.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;   // wait for the rest of the body
    }
    seen.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("buffer", QByteArray());
    m_seen.append(seen);

    QList<Answer> &answers = m_scripts[seen.path];
    const std::optional<Answer> handled = handler ? handler(seen) : std::nullopt;
    const Answer answer = handled ? *handled : answers.isEmpty() ? Answer{404, R"({"status":"error","message":"no such route"})", {}, Fault::None}
                                            : (answers.size() > 1 ? answers.takeFirst() : answers.first());
    if (answer.fault == Fault::Stall)
        return;   // never answer
    m_peak = std::max(m_peak, ++m_inFlight);
    if (answer.delayMs > 0) {
        QTimer::singleShot(answer.delayMs, socket, [this, socket, answer] { reply(socket, answer); });
        return;
    }
    reply(socket, answer);
}

void FaultServer::reply(QTcpSocket *socket, const Answer &answer)
{
    --m_inFlight;
    switch (answer.fault) {
    case Fault::Stall:
        return;
    case Fault::Drop:
        socket->abort();
        return;
    default:
        break;
    }
    QByteArray body = answer.body;
    if (answer.fault == Fault::Huge)
        body = "[" + QByteArray(20 * 1024 * 1024, ' ') + "]";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n";
    for (const auto &[k, v] : answer.headers)
        out += k + ": " + v + "\r\n";
    // Truncated: announce more than is sent, then hang up.
    const qsizetype announced = answer.fault == Fault::Truncated ? body.size() + 100 : body.size();
    out += "Content-Length: " + QByteArray::number(announced) + "\r\nConnection: close\r\n\r\n";
    if (answer.fault == Fault::Drip) {
        // The head at once, then the body a byte at a time.
        socket->write(out);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
            if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(answer.dripMs);
        return;
    }
    socket->write(out + body);
    socket->disconnectFromHost();
}
