// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A language model's server for FaultServer::handler, speaking OpenAI's
// chat-completions API (POST /v1/chat/completions) the way llama.cpp's
// server and Ollama do: it records every request and answers what the test
// scripts — canned copy, hostile copy, or a fault.
#include "faultserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

struct FakeChatModel
{
    using A = FaultServer::Answer;
    // What the model "writes" for a request (its JSON body); default: valid copy.
    std::function<A(const QJsonObject &request)> answer = [](const QJsonObject &) {
        return reply(copy(QStringLiteral("Picnic in style"), QStringLiteral("A wicker basket for sunny days."),
                          QStringLiteral("Ready for the park")));
    };
    QList<QJsonObject> requests;
    QList<QByteArray> authorizations;

    // A chat.completion object with `content` as the assistant's message.
    static A reply(const QString &content, const QString &finish = QStringLiteral("stop"), const QString &model = QStringLiteral("test-llm-1"))
    {
        const QJsonObject body{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), 1764806400},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                            {QStringLiteral("content"), content}}},
                                    {QStringLiteral("finish_reason"), finish}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 120}, {QStringLiteral("completion_tokens"), 40},
                                                  {QStringLiteral("total_tokens"), 160}}}};
        return A{200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, FaultServer::Fault::None};
    }
    // The ad-copy prompt's answer: one JSON object with the three fields.
    static QString copy(const QString &headline, const QString &primary, const QString &description)
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("headline"), headline},
                                                           {QStringLiteral("primary_text"), primary},
                                                           {QStringLiteral("description"), description}})
                                     .toJson(QJsonDocument::Compact));
    }
    // The user message of a request (the facts or the recommendation).
    static QString userMessage(const QJsonObject &request)
    {
        for (const QJsonValue &m : request.value(QStringLiteral("messages")).toArray())
            if (m.toObject().value(QStringLiteral("role")).toString() == u"user")
                return m.toObject().value(QStringLiteral("content")).toString();
        return {};
    }

    std::optional<A> operator()(const FaultServer::Seen &s)
    {
        if (s.path != "/v1/chat/completions")
            return std::nullopt;
        if (s.method != "POST")
            return A{405, "{\"error\":{\"message\":\"Method Not Allowed\"}}", {}, FaultServer::Fault::None};
        const QJsonObject request = QJsonDocument::fromJson(s.body).object();
        requests.append(request);
        authorizations.append(s.headers.value("authorization"));
        return answer(request);
    }
};
