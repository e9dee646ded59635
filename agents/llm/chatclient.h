// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/tools/httpclient.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace cp {

// Where a workspace's language model answers: any server that speaks
// OpenAI's chat-completions API (OpenAI itself, llama.cpp's llama-server,
// Ollama, vLLM). The key lives in memory only (the keychain keeps it).
struct ModelEndpoint
{
    QUrl url;                // the API's base, as OpenAI's clients take it: http://127.0.0.1:8080/v1
    QString model;           // the name the server knows the model by
    QByteArray key;          // bearer key; empty: none sent (a local server)
    // A key was configured for this connection but none is stored now (no
    // keychain kept it past the session it was typed in, and CP_LLM_API_KEY
    // is unset): a refusal says so instead of leaving "HTTP 401" to guess.
    bool keyMissing = false;
    QString language;        // BCP 47 ("de", "es"); the copy and explanations are written in it
    NetworkPolicy policy;    // timeouts, retries, size limit of the answers

    bool isSet() const { return url.isValid() && !model.isEmpty(); }
};

struct ChatPrompt
{
    QString system;          // our instructions
    QString user;            // the data: never instructions (see prompts.h)
    double temperature = 0.7;
    int maxTokens = 400;     // an upper bound on the answer, so a rambling model stops
};

struct ChatAnswer
{
    QString content;         // the assistant's message: untrusted text, checked before anything uses it
    QString model;           // the model that answered, as the server says (else the configured name)
};

// One chat completion: POST {base}/chat/completions through the network
// layer every connector uses (timeouts, a deadline, retries with backoff,
// Retry-After, a size limit, HTTPS beyond loopback, credentials redacted).
// A completion changes nothing on the server, so it is retried like a read.
// The answer is read as data: its `content` string and nothing else; tool
// calls (we offer none) and a cut-off answer are refused.
// Request and answer as OpenAI documents them (platform.openai.com/docs/
// api-reference/chat/create and /chat/object): the request's `model`,
// `messages` (role system / user), `temperature`, `max_tokens`, `stream`; the
// answer's `choices[0].message.content`, `choices[0].finish_reason` ("stop",
// "length", "tool_calls", "content_filter") and `model`. max_tokens rather
// than the newer max_completion_tokens: llama.cpp, Ollama and vLLM read it.
// Lives in the thread that uses it; results arrive on that thread.
class ChatClient final : public QObject
{
    Q_OBJECT
public:
    ChatClient(const ModelEndpoint &endpoint, QObject *parent = nullptr);

    using Done = std::function<void(const Result<ChatAnswer> &)>;
    void complete(const ChatPrompt &prompt, Done done);
    // The request path: "/chat/completions" after the base's path, with "/v1"
    // added when the base names only the host (http://127.0.0.1:11434).
    static QString pathFor(const QUrl &base);
    // The answer's content, or why the body is not a chat completion.
    static Result<ChatAnswer> parse(const QByteArray &body, const QString &configuredModel, const QString &endpoint);
    int wireRequests() const { return m_http->wireRequests(); }

private:
    ModelEndpoint m_endpoint;
    QUrl m_base;
    HttpClient *m_http;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::ModelEndpoint)
