// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cp {

namespace {
struct ChatText
{
    Q_DECLARE_TR_FUNCTIONS(ChatClient)
};

QUrl baseOf(QUrl url)
{
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

ChatClient::ChatClient(const ModelEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_base(baseOf(endpoint.url))
{
    QUrl host = m_base;
    host.setPath(QString());   // the path goes with each request (pathFor)
    m_http = new HttpClient(host, endpoint.policy, this);
}

QString ChatClient::pathFor(const QUrl &base)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/v1");
    return path + QStringLiteral("/chat/completions");
}

void ChatClient::complete(const ChatPrompt &prompt, Done done)
{
    HttpRequest request;
    request.method = "POST";
    request.path = pathFor(m_base);
    request.changesNothing = true;   // a completion is retried like a read
    // No tools, functions or response formats: the model can only answer in text.
    const QJsonObject body{{QStringLiteral("model"), m_endpoint.model},
                           {QStringLiteral("messages"),
                            QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt.system}},
                                       QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt.user}}}},
                           {QStringLiteral("temperature"), prompt.temperature},
                           {QStringLiteral("max_tokens"), prompt.maxTokens},
                           {QStringLiteral("stream"), false}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!m_endpoint.key.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_endpoint.key});
    const QString model = m_endpoint.model;
    m_http->send(request, [this, done = std::move(done), model, endpoint = request.endpoint()](const Result<HttpResponse> &r) {
        if (!r)
            return done(r.error());
        // An answer that is no usable completion is the model's answer refused, not a network failure.
        Result<ChatAnswer> parsed = m_http->redacted(parse(r->body, model, endpoint));
        if (!parsed)
            return done(Error{parsed.error().message, QStringLiteral("model")});
        done(parsed);
    });
}

Result<ChatAnswer> ChatClient::parse(const QByteArray &body, const QString &configuredModel, const QString &endpoint)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ChatText::tr("the answer is not a JSON object (%1 at byte %2)").arg(e.errorString()).arg(e.offset), endpoint};
    const QJsonObject o = doc.object();
    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (!choices.isArray() || choices.toArray().isEmpty() || !choices.toArray().first().isObject())
        return Error{ChatText::tr("the answer has no choices[0] object"), endpoint};
    const QJsonObject choice = choices.toArray().first().toObject();
    const QJsonValue message = choice.value(QStringLiteral("message"));
    if (!message.isObject())
        return Error{ChatText::tr("choices[0].message is not an object"), endpoint};
    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (finish == u"length")
        return Error{ChatText::tr("the answer was cut off at the token limit (finish_reason \"length\")"), endpoint};
    if (finish == u"tool_calls" || finish == u"function_call" || message.toObject().contains(QStringLiteral("tool_calls")))
        return Error{ChatText::tr("the model asked to call a tool; it is offered none, and nothing it asks is run"), endpoint};
    if (finish == u"content_filter")
        return Error{ChatText::tr("the server's content filter withheld the answer"), endpoint};
    const QJsonValue content = message.toObject().value(QStringLiteral("content"));
    if (!content.isString())
        return Error{ChatText::tr("choices[0].message.content is not text"), endpoint};
    ChatAnswer a;
    a.content = content.toString();
    const QJsonValue model = o.value(QStringLiteral("model"));
    a.model = model.isString() && !model.toString().trimmed().isEmpty() ? model.toString().left(200) : configuredModel;
    return a;
}

} // namespace cp
