// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seed's Campaign Pilot API with a ledger, for FaultServer::handler: it
// records every write it APPLIES, per Idempotency-Key, so a test can count
// lost and doubled actions exactly. Each write can (seeded, per request) be
// handled the ways real servers and networks handle them:
//   Normal         apply, answer 200
//   HoldApply      received but not applied yet (applied later, within the
//                  settle time, in the test's clock); the answer is lost
//   HoldAnswer     apply, then answer only after a delay (the client may die)
//   LoseAnswer     apply, then close the connection without an answer
//   Error500       apply, then answer 500
// Time is the test's clock (real time plus the offset it gives the senders
// through CP_NOW_OFFSET_SECONDS), so held writes are applied in the same
// time the senders' settle time counts in.
#include "faultserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <functional>

struct LedgerServer
{
    using A = FaultServer::Answer;
    enum class Mode { Normal, HoldApply, HoldAnswer, LoseAnswer, Error500 };

    QMap<QString, QJsonObject> campaigns;    // id -> campaign as the seed lists it
    QMap<QString, int> applied;              // idempotency key -> times applied
    QMap<QString, A> readFault;              // GET path -> answer instead (garbage)
    int created = 0;
    int writesSeen = 0;
    int holdAnswerMs = 0;                    // HoldAnswer: this long, or 50-450 ms seeded when 0
    qint64 settleMs = 60000;                 // a held write is applied within this (minus a margin)
    std::function<qint64()> now;             // the test's clock, ms since the epoch
    std::function<Mode(const FaultServer::Seen &)> modeFor = [](const FaultServer::Seen &) { return Mode::Normal; };
    QRandomGenerator rng{1};

    struct Held
    {
        FaultServer::Seen request;
        qint64 dueMs = 0;
    };
    QList<Held> held;

    static QJsonObject campaign(const QString &id, const QString &name, qint64 productId, const QString &status, double budget)
    {
        return QJsonObject{{QStringLiteral("campaign_id"), id},         {QStringLiteral("campaign_name"), name},
                           {QStringLiteral("product_id"), productId},   {QStringLiteral("status"), status},
                           {QStringLiteral("budget"), budget},          {QStringLiteral("start_date"), QStringLiteral("2026-11-01")}};
    }

    static A ok(const QJsonValue &data)
    {
        QJsonObject root{{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}};
        return A{200, QJsonDocument(root).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None};
    }
    static A error(int status, const char *message)
    {
        return A{status, QByteArray("{\"status\":\"error\",\"message\":\"") + message + "\"}", {}, FaultServer::Fault::None};
    }

    // Applies the held writes that are due by now.
    void flush()
    {
        const qint64 t = now();
        for (qsizetype i = 0; i < held.size();) {
            if (held[i].dueMs <= t) {
                applyWrite(held[i].request);
                held.removeAt(i);
            } else {
                ++i;
            }
        }
    }
    // Applies every held write (the end of a test: all time has passed).
    void flushAll()
    {
        for (const Held &h : std::as_const(held))
            applyWrite(h.request);
        held.clear();
    }

    // The write's effect; counted in the ledger. Null when it is not a write we know.
    std::optional<QJsonObject> applyWrite(const FaultServer::Seen &s)
    {
        const QString path = QString::fromUtf8(s.path);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString key = QString::fromUtf8(s.headers.value("idempotency-key"));
        if (s.method == "POST" && path == u"/api/impact/campaigns") {
            const QJsonObject body = QJsonDocument::fromJson(s.body).object();
            QJsonObject c = campaign(QStringLiteral("srv-%1").arg(++created), body.value(QStringLiteral("campaign_name")).toString(),
                                     body.value(QStringLiteral("product_id")).toInteger(), QStringLiteral("active"),
                                     body.value(QStringLiteral("budget")).toDouble());
            campaigns.insert(c.value(QStringLiteral("campaign_id")).toString(), c);
            ++applied[key];
            return c;
        }
        if (parts.size() >= 4 && parts[1] == u"impact" && campaigns.contains(parts[3])) {
            QJsonObject &c = campaigns[parts[3]];
            if (s.method == "POST" && parts.size() == 5 && (parts[4] == u"pause" || parts[4] == u"resume")) {
                c.insert(QStringLiteral("status"), parts[4] == u"pause" ? QStringLiteral("paused") : QStringLiteral("active"));
                ++applied[key];
                return c;
            }
            if (s.method == "PATCH" && parts.size() == 4) {
                c.insert(QStringLiteral("budget"), QJsonDocument::fromJson(s.body).object().value(QStringLiteral("budget")).toDouble());
                ++applied[key];
                return c;
            }
        }
        return std::nullopt;
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        flush();
        const QString path = QString::fromUtf8(s.path);
        if (s.method == "GET") {
            if (readFault.contains(path))
                return readFault.value(path);
            if (path == u"/api/impact/campaigns") {
                QJsonArray all;
                for (const QJsonObject &c : std::as_const(campaigns))
                    all.append(c);
                return ok(all);
            }
            const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (parts.size() == 4 && parts[1] == u"impact" && campaigns.contains(parts[3]))
                return ok(campaigns.value(parts[3]));
            return error(404, "Not found");
        }
        ++writesSeen;
        const Mode mode = modeFor(s);
        if (mode == Mode::HoldApply) {
            // Received; the platform applies it later, within the settle time.
            held.append({s, now() + qint64(rng.bounded(int(std::max<qint64>(1, settleMs - 10000))))});
            return A{200, {}, {}, FaultServer::Fault::Drop};
        }
        const std::optional<QJsonObject> c = applyWrite(s);
        if (!c)
            return error(404, "Not found");
        switch (mode) {
        case Mode::HoldAnswer: {
            A a = ok(*c);
            a.delayMs = holdAnswerMs > 0 ? holdAnswerMs : 50 + int(rng.bounded(400));
            return a;
        }
        case Mode::LoseAnswer:
            return A{200, {}, {}, FaultServer::Fault::Drop};
        case Mode::Error500:
            return error(500, "Internal Server Error");
        default:
            return ok(*c);
        }
    }
};
