// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cp {

// How the one network layer behaves; per API from settings.
struct NetworkPolicy
{
    int transferTimeoutMs = 15000;   // no byte for this long: the request fails
    // The whole request, every attempt and every wait between them included:
    // a server that drips a byte just inside the transfer timeout cannot hold
    // a cycle longer than this.
    int deadlineMs = 60000;
    int maxAttempts = 4;             // first try included
    int backoffBaseMs = 250;         // exponential backoff base, with full jitter
    int backoffMaxMs = 8000;
    int retryAfterMaxMs = 60000;     // a server asking for longer is an error, not a wait
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int breakerThreshold = 5;        // consecutive failures that open the circuit
    int breakerCooldownMs = 30000;
    int minIntervalMs = 0;           // rate limit: at least this long between requests
};

struct HttpRequest
{
    QByteArray method = "GET";
    // Appended to the client's base URL, already percent-encoded: build it
    // from fixed text and pathSegment(id). A path with a raw '?' or '#', or a
    // "." or ".." segment (also when percent-encoded), is refused unsent.
    QString path;
    QUrlQuery query;
    QByteArray body;                 // JSON
    // Writes are retried only when the server honours this key; a write
    // without one is sent once and, on failure, reconciled by reading state.
    QByteArray idempotencyKey;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A 4xx answer (other than 429) comes back as an HttpResponse with its
    // status, body and headers instead of an Error: for an API whose error
    // bodies carry codes the connector reads (Graph's code, error_subcode and
    // the usage headers). The caller redacts what it quotes (redacted()).
    bool answerErrors = false;
    // A POST that changes nothing on the server (a language model's chat
    // completion): retried like a read, and Qt may resend it.
    bool changesNothing = false;

    bool retryable() const { return method == "GET" || method == "HEAD" || !idempotencyKey.isEmpty() || changesNothing; }
    QString endpoint() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0;
    QByteArray header(const QByteArray &name) const;
};

// One client per API and host: transfer timeout on every request and a
// deadline over all of it, retries of safe requests with exponential backoff
// and jitter, Retry-After on 429 and 503 (seconds or an HTTP-date, capped), a
// circuit breaker, a rate limiter, a size limit on answers, redirects refused,
// paths that would leave their endpoint refused, and HTTPS for every host but
// loopback. No credential it sent appears in an Error it returns. It lives in the thread that uses it (the
// QNetworkAccessManager is created there) and never blocks: results arrive
// through the callback, on that thread.
class HttpClient final : public QObject
{
    Q_OBJECT
public:
    enum class Breaker { Closed, Open, HalfOpen };
    Q_ENUM(Breaker)

    HttpClient(QUrl base, NetworkPolicy policy, QObject *parent = nullptr);
    ~HttpClient() override;

    using Done = std::function<void(const Result<HttpResponse> &)>;
    // A 2xx answer is a value; anything else an Error naming the endpoint
    // and saying what went wrong, with the server's own message when it gave one.
    void send(const HttpRequest &request, Done done);

    Breaker breaker() const { return m_breaker; }
    QUrl base() const { return m_base; }
    // Requests actually put on the wire (retries included).
    int wireRequests() const { return m_wireRequests; }

    // The error message a server put in its body, in the shapes of the
    // Campaign Pilot API ({"status":"error","message"}), WordPress
    // ({"code","message"}) and the Graph API ({"error":{"message"}}).
    // HTML in it (WordPress's critical error) comes out as plain text; an
    // HTML page's first paragraph (or title) stands in for a message.
    static QString serverMessage(const QByteArray &body);

    // `error` with every credential this client has sent redacted: for the
    // errors a connector makes of an answer's fields (a server that puts the
    // token it was sent into a field that then fails validation).
    Error redacted(const Error &error) const;
    template<typename T>
    Result<T> redacted(Result<T> result) const
    {
        return result ? std::move(result) : Result<T>(redacted(result.error()));
    }

    // Says that the next attempt waits `ms` because the server asked
    // (Retry-After, Meta's throttling): waiting() when it is long enough to
    // be noticed (kAnnouncedWaitMs), so that the wait is never silent.
    static constexpr qint64 kAnnouncedWaitMs = 1000;
    void announceWait(qint64 ms, const QString &why);

signals:
    void breakerChanged(cp::HttpClient::Breaker state);
    // A wait the server asked for begins: `ms` long, for `why` ("rate limit, HTTP 429").
    void waiting(qint64 ms, const QString &why);

private:
    struct Pending;
    void attempt(std::shared_ptr<Pending> p);
    void finished(std::shared_ptr<Pending> p, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Pending> p, int delayMs);
    void fail(std::shared_ptr<Pending> p, const Error &error);
    void complete(std::shared_ptr<Pending> p, const Result<HttpResponse> &result);
    void deadlinePassed(std::shared_ptr<Pending> p);
    int deadlineMs() const;
    void recordOutcome(bool ok);
    void setBreaker(Breaker b);

    QUrl m_base;
    NetworkPolicy m_policy;
    QNetworkAccessManager *m_manager;
    Breaker m_breaker = Breaker::Closed;
    int m_consecutiveFailures = 0;
    QElapsedTimer m_openedAt;
    QElapsedTimer m_lastRequest;
    int m_wireRequests = 0;
    QList<QByteArray> m_secrets;   // every credential sent, to redact from connectors' errors
};

// One path segment from a value (an id): every byte but RFC 3986's
// unreserved characters percent-encoded, so "/" "?" "#" "%" in an id cannot
// reach another endpoint. https://doc.qt.io/qt-6/qurl.html#toPercentEncoding
QString pathSegment(const QString &value);

// Why `path` is refused as a request path (empty: it is fine).
QString checkRequestPath(const QString &path);

// `text` with every credential replaced by "[redacted]": the given secrets
// (as they are, percent-encoded and form-encoded) and anything shaped like
// one (an "Authorization: Bearer/Basic" value, a token or key query parameter).
QString redactCredentials(QString text, QList<QByteArray> secrets = {});

// An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and
// asctime forms) as UTC; nothing when the text is not one.
std::optional<QDateTime> httpDate(const QByteArray &value);

// The wait a Retry-After value asks for (RFC 9110 §10.2.3: delay-seconds or
// an HTTP-date), counted from `now` (the answer's Date when it has one).
// Nothing when the value is neither.
// https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3, #section-5.6.7
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

// The address to configure instead of `base` when a request to `path` was
// redirected to `location` (absolute, or relative to the request): the
// location without query and fragment, and without `path` (and a trailing
// slash) when it ends with it. So base https://shop.example, path
// /wp-json/wc/v3/orders and location https://www.shop.example/wp-json/wc/v3/orders/
// give https://www.shop.example. A location elsewhere gives its host.
QUrl redirectedBase(const QUrl &base, const QString &path, const QString &location);

// Whether the URL names this machine (the one place plain HTTP is allowed).
bool isLoopback(const QUrl &url);

// Sends and waits for the answer in a local event loop: only for worker
// threads (the dispatcher's, the command line), never the GUI thread.
Result<HttpResponse> sendAndWait(HttpClient &client, const HttpRequest &request);

} // namespace cp
