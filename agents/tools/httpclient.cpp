// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cstring>

namespace cp {

namespace {
struct NetText
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

// A request body Qt cannot rewind. Qt 6.4 silently sends a request again when
// the connection closes before any answer byte (QHttpNetworkConnectionChannel
// reconnect attempts), POST included; for a write the platform may already
// have applied that is a second write. With a body it cannot reset, Qt gives
// up with ContentReSendError instead, and the caller learns the answer was lost.
class SendOnceBody final : public QIODevice
{
public:
    SendOnceBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

struct HttpClient::Pending
{
    HttpRequest request;
    Done done;
    int attempts = 0;
    bool abortedForSize = false;
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpClient::HttpClient(QUrl base, NetworkPolicy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_policy(policy), m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<cp::HttpClient::Breaker>();
    // Redirects would leave the host the operator configured; refuse them.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QString HttpClient::serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    if (o.value(QStringLiteral("error")).isObject())
        return o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    const QString message = o.value(QStringLiteral("message")).toString();
    const QString code = o.value(QStringLiteral("code")).toString();
    return code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

void HttpClient::send(const HttpRequest &request, Done done)
{
    auto p = std::make_shared<Pending>();
    p->request = request;
    p->done = std::move(done);
    if (m_base.scheme() != u"https" && !isLoopback(m_base)) {
        // Credentials and money travel here: plain HTTP only to this machine.
        QTimer::singleShot(0, this, [this, p] {
            fail(p, Error{NetText::tr("HTTPS is required for %1 (plain HTTP only to loopback)").arg(m_base.host()), p->request.endpoint()});
        });
        return;
    }
    attempt(p);
}

void HttpClient::attempt(std::shared_ptr<Pending> p)
{
    if (m_breaker == Breaker::Open) {
        if (m_openedAt.elapsed() < m_policy.breakerCooldownMs) {
            const int left = int(m_policy.breakerCooldownMs - m_openedAt.elapsed());
            QTimer::singleShot(0, this, [this, p, left] {
                fail(p, Error{NetText::tr("%1 is not answering: paused for %2 s after %3 failures in a row")
                                  .arg(m_base.host()).arg((left + 999) / 1000).arg(m_policy.breakerThreshold),
                              p->request.endpoint()});
            });
            return;
        }
        setBreaker(Breaker::HalfOpen);   // one trial request
    }
    // Rate limit: space requests out.
    if (m_policy.minIntervalMs > 0 && m_lastRequest.isValid() && m_lastRequest.elapsed() < m_policy.minIntervalMs) {
        QTimer::singleShot(int(m_policy.minIntervalMs - m_lastRequest.elapsed()), this, [this, p] { attempt(p); });
        return;
    }
    m_lastRequest.start();
    ++p->attempts;
    ++m_wireRequests;
    QUrl url = m_base;
    url.setPath(m_base.path() + p->request.path);
    url.setQuery(p->request.query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!p->request.idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", p->request.idempotencyKey);
    for (const auto &[k, v] : p->request.headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nullptr;
    if (p->request.retryable()) {
        reply = m_manager->sendCustomRequest(req, p->request.method, p->request.body);
    } else {
        // A write sent once: Qt must not resend it on its own either.
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, p->request.body.size());
        auto *body = new SendOnceBody(p->request.body, nullptr);
        reply = m_manager->sendCustomRequest(req, p->request.method, body);
        body->setParent(reply);
    }
    // TLS errors are never ignored: no ignoreSslErrors() anywhere.
    // Refuse an oversized answer as soon as its size is announced, or as it grows.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, p] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_policy.maxBodyBytes && !p->abortedForSize) {
            p->abortedForSize = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, p](qint64 received, qint64) {
        if (received > m_policy.maxBodyBytes && !p->abortedForSize) {
            p->abortedForSize = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] { finished(p, reply); });
}

void HttpClient::finished(std::shared_ptr<Pending> p, QNetworkReply *reply)
{
    reply->deleteLater();
    const QString endpoint = p->request.endpoint();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (p->abortedForSize) {
        recordOutcome(true);   // the server answered; the answer was too big
        return fail(p, Error{NetText::tr("the answer is larger than %1 MB; refused").arg(m_policy.maxBodyBytes / (1024 * 1024)), endpoint});
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0) {
        // No HTTP answer: timeout, refused, dropped.
        recordOutcome(false);
        const Error why{netError == QNetworkReply::OperationCanceledError
                            ? NetText::tr("no answer within %1 s").arg(m_policy.transferTimeoutMs / 1000.0)
                        : netError == QNetworkReply::ContentReSendError
                            ? NetText::tr("network error: the connection closed before any answer (not resent)")
                            : NetText::tr("network error: %1").arg(reply->errorString()),
                        endpoint};
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts)
            return retryLater(p, -1);
        return fail(p, why);
    }
    if (netError != QNetworkReply::NoError && status >= 200 && status < 300) {
        // A 2xx whose body never arrived whole: not an answer to trust.
        recordOutcome(false);
        const Error why{NetText::tr("the answer was cut off: %1").arg(reply->errorString()), endpoint};
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts)
            return retryLater(p, -1);
        return fail(p, why);
    }
    HttpResponse response;
    response.status = status;
    response.attempts = p->attempts;
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();
    if (response.body.size() > m_policy.maxBodyBytes) {
        recordOutcome(true);
        return fail(p, Error{NetText::tr("the answer is larger than %1 MB; refused").arg(m_policy.maxBodyBytes / (1024 * 1024)), endpoint});
    }
    if (status >= 200 && status < 300) {
        recordOutcome(true);
        p->done(response);
        return;
    }
    const QString message = serverMessage(response.body);
    const Error why{message.isEmpty() ? NetText::tr("HTTP %1").arg(status) : NetText::tr("HTTP %1: %2").arg(status).arg(message), endpoint,
                    status};
    if (status == 429 || status == 503 || status >= 500) {
        recordOutcome(status == 429);   // throttling is an answer, not a failure of the host
        int delay = -1;
        if (status == 429 || status == 503) {
            bool ok = false;
            const int seconds = response.header("Retry-After").trimmed().toInt(&ok);
            if (ok && seconds >= 0) {
                delay = seconds * 1000;
                if (delay > m_policy.retryAfterMaxMs)
                    return fail(p, Error{NetText::tr("%1; the server asks to wait %2 s").arg(why.message).arg(seconds), endpoint});
            }
        }
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts)
            return retryLater(p, delay);
        return fail(p, why);
    }
    recordOutcome(true);   // 4xx: the host works; the request is wrong
    fail(p, why);
}

void HttpClient::retryLater(std::shared_ptr<Pending> p, int delayMs)
{
    if (delayMs < 0) {
        // Exponential backoff with full jitter: a random wait up to base x 2^(attempt-1).
        const int cap = std::min(m_policy.backoffMaxMs, m_policy.backoffBaseMs << std::min(p->attempts - 1, 16));
        delayMs = int(QRandomGenerator::global()->bounded(cap + 1));
    }
    QTimer::singleShot(delayMs, this, [this, p] { attempt(p); });
}

void HttpClient::fail(std::shared_ptr<Pending> p, const Error &error)
{
    p->done(error);
}

void HttpClient::recordOutcome(bool ok)
{
    if (ok) {
        m_consecutiveFailures = 0;
        if (m_breaker != Breaker::Closed)
            setBreaker(Breaker::Closed);
        return;
    }
    ++m_consecutiveFailures;
    if (m_breaker == Breaker::HalfOpen || m_consecutiveFailures >= m_policy.breakerThreshold) {
        m_openedAt.start();
        setBreaker(Breaker::Open);
    }
}

void HttpClient::setBreaker(Breaker b)
{
    if (m_breaker == b)
        return;
    m_breaker = b;
    emit breakerChanged(b);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<HttpResponse> sendAndWait(HttpClient &client, const HttpRequest &request)
{
    std::optional<Result<HttpResponse>> result;
    QEventLoop loop;
    client.send(request, [&](const Result<HttpResponse> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace cp
