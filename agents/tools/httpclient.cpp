// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"
#include "htmltext.h"

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
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstring>

namespace cp {

namespace {
struct NetText
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

QString seconds(qint64 ms)
{
    // In sentences: the user's decimal separator, no grouping ("3600 s", "1,5 s").
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(double(ms) / 1000.0);
}

// Query parameters and headers whose values are credentials.
bool isCredentialName(const QString &name)
{
    const QString n = name.toLower();
    static const QStringList parts{QStringLiteral("token"), QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("passwd"),
                                   QStringLiteral("apikey"), QStringLiteral("api_key"), QStringLiteral("signature"),
                                   QStringLiteral("consumer_key"), QStringLiteral("authorization"), QStringLiteral("cookie")};
    return n == u"key" || n == u"x-api-key" || n == u"appsecret_proof"
        || std::any_of(parts.begin(), parts.end(), [&](const QString &part) { return n.contains(part); });
}

// Every credential a request carries: header values (and, for "Bearer x" /
// "Basic base64(key:secret)", the token, the key and the secret alone), query
// parameters named like credentials, a password in the base URL.
QList<QByteArray> secretsOf(const HttpRequest &request, const QUrl &base)
{
    QList<QByteArray> out;
    for (const auto &[name, value] : request.headers) {
        if (!isCredentialName(QString::fromLatin1(name)))
            continue;
        out << value;
        const qsizetype space = value.indexOf(' ');
        if (space <= 0)
            continue;
        const QByteArray credentials = value.mid(space + 1).trimmed();
        out << credentials;
        if (value.left(space).compare("basic", Qt::CaseInsensitive) == 0) {
            const QByteArray decoded = QByteArray::fromBase64(credentials);
            const qsizetype colon = decoded.indexOf(':');
            out << decoded;
            if (colon >= 0)
                out << decoded.left(colon) << decoded.mid(colon + 1);
        }
    }
    for (const QUrlQuery &query : {request.query, QUrlQuery(base)})
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
            if (isCredentialName(name))
                out << value.toUtf8();
    if (!base.password().isEmpty())
        out << base.password().toUtf8();
    out.removeIf([](const QByteArray &s) { return s.trimmed().isEmpty(); });
    return out;
}

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

namespace {
// "…, after 4 attempts" once a request was retried.
Error afterAttempts(Error e, int attempts)
{
    if (attempts > 1)
        e.message = NetText::tr("%1 (after %n attempt(s))", nullptr, attempts).arg(e.message);
    return e;
}
} // namespace

struct HttpClient::Pending
{
    HttpRequest request;
    Done done;
    int attempts = 0;
    bool abortedForSize = false;
    bool deadlineHit = false;
    bool completed = false;          // done was called: late timers and replies are ignored
    QElapsedTimer started;
    QPointer<QNetworkReply> reply;   // the attempt on the wire, if one is
    QString lastProblem;             // why the attempt before failed, for the deadline's message
    QList<QByteArray> secrets;       // redacted from every error text
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
    const QByteArray head = body.left(64 * 1024);
    const QJsonObject o = QJsonDocument::fromJson(head).object();
    if (o.value(QStringLiteral("error")).isObject())
        return plainTextOfHtml(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
    if (o.isEmpty() && head.trimmed().startsWith('<')) {
        // An HTML page (a PHP fatal error, a proxy's error page): its first
        // paragraph, else its title, is what a person would read.
        static const QRegularExpression paragraph(QStringLiteral("<p[^>]*>(.*?)</p>"),
                                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QString page = QString::fromUtf8(head);
        auto m = paragraph.match(page);
        if (!m.hasMatch())
            m = title.match(page);
        return m.hasMatch() ? plainTextOfHtml(m.captured(1)).left(300) : QString();
    }
    const QString message = plainTextOfHtml(o.value(QStringLiteral("message")).toString());
    const QString code = o.value(QStringLiteral("code")).toString();
    return code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

void HttpClient::send(const HttpRequest &request, Done done)
{
    auto p = std::make_shared<Pending>();
    p->request = request;
    p->done = std::move(done);
    p->secrets = secretsOf(request, m_base);
    for (const QByteArray &secret : std::as_const(p->secrets))
        if (!m_secrets.contains(secret))
            m_secrets.append(secret);
    p->started.start();
    if (m_base.scheme() != u"https" && !isLoopback(m_base)) {
        // Credentials and money travel here: plain HTTP only to this machine.
        QTimer::singleShot(0, this, [this, p] {
            fail(p, Error{NetText::tr("HTTPS is required for %1 (plain HTTP only to loopback)").arg(m_base.host()), p->request.endpoint(),
                          0, true});
        });
        return;
    }
    if (const QString why = checkRequestPath(request.path); !why.isEmpty()) {
        // An id that smuggles "../" or "?" would reach another endpoint than the one meant.
        QTimer::singleShot(0, this, [this, p, why] {
            fail(p, Error{NetText::tr("request refused, not sent: the path %1").arg(why), p->request.endpoint(), 0, true});
        });
        return;
    }
    // The deadline covers every attempt and wait; the transfer timeout alone
    // restarts with every byte, so a dripping server could hold us for ever.
    std::weak_ptr<Pending> weak = p;
    QTimer::singleShot(deadlineMs(), this, [this, weak] {
        if (auto pending = weak.lock())
            deadlinePassed(pending);
    });
    attempt(p);
}

int HttpClient::deadlineMs() const
{
    // A policy without one (0, or from settings written before it existed)
    // still gets one: no request may hang.
    return m_policy.deadlineMs > 0 ? m_policy.deadlineMs : NetworkPolicy{}.deadlineMs;
}

void HttpClient::deadlinePassed(std::shared_ptr<Pending> p)
{
    if (p->completed)
        return;
    p->deadlineHit = true;
    if (p->reply && p->reply->isRunning()) {
        p->reply->abort();   // finished() reports the deadline
        return;
    }
    fail(p, Error{NetText::tr("no complete answer within this request's deadline of %1 s (%n attempt(s))%2", nullptr, p->attempts)
                      .arg(seconds(deadlineMs()), p->lastProblem.isEmpty() ? QString() : QStringLiteral("; ") + p->lastProblem),
                  p->request.endpoint()});
}

void HttpClient::attempt(std::shared_ptr<Pending> p)
{
    if (p->completed)
        return;   // the deadline passed while it waited
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
    // The path is already percent-encoded (pathSegment): TolerantMode keeps
    // "%2F" an encoded byte of one segment, where the default DecodedMode
    // would encode the "%" again. https://doc.qt.io/qt-6/qurl.html#setPath
    url.setPath(m_base.path(QUrl::FullyEncoded) + p->request.path, QUrl::TolerantMode);
    url.setQuery(p->request.query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    // A redirect is handed back to us as the 3xx it is, never followed: it
    // would take the request, and its credentials, to an address nobody
    // configured. finished() refuses it with the Location it named.
    // https://doc.qt.io/qt-6/qnetworkrequest.html#RedirectPolicy-enum (ManualRedirectPolicy)
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
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
    p->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] { finished(p, reply); });
}

void HttpClient::finished(std::shared_ptr<Pending> p, QNetworkReply *reply)
{
    reply->deleteLater();
    p->reply = nullptr;
    if (p->completed)
        return;
    const QString endpoint = p->request.endpoint();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (p->deadlineHit) {
        recordOutcome(false);   // a host that cannot finish an answer in time is not working
        return fail(p, Error{NetText::tr("no complete answer within this request's deadline of %1 s (%n attempt(s), the last one cut off)",
                                         nullptr, p->attempts)
                                 .arg(seconds(deadlineMs())),
                             endpoint});
    }
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
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts) {
            p->lastProblem = why.message;
            return retryLater(p, -1);
        }
        return fail(p, afterAttempts(why, p->attempts));
    }
    if (netError != QNetworkReply::NoError && status >= 200 && status < 300) {
        // A 2xx whose body never arrived whole: not an answer to trust.
        recordOutcome(false);
        const Error why{NetText::tr("the answer was cut off: %1").arg(reply->errorString()), endpoint};
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts) {
            p->lastProblem = why.message;
            return retryLater(p, -1);
        }
        return fail(p, afterAttempts(why, p->attempts));
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
        complete(p, response);
        return;
    }
    if (status >= 300 && status < 400) {
        // Not followed (ManualRedirectPolicy above): credentials never go to an
        // address nobody configured. Said, with where it pointed and the
        // address to configure instead (a moved site: www, https, a trailing slash).
        recordOutcome(true);
        const QString location = QString::fromUtf8(response.header("Location")).trimmed();
        if (location.isEmpty())
            return fail(p, Error{NetText::tr("HTTP %1: a redirect (without a Location), refused: redirects are never followed").arg(status),
                                 endpoint});
        const QUrl suggested = redirectedBase(m_base, p->request.path, location);
        return fail(p, Error{NetText::tr("HTTP %1: %2 answered with a redirect to %3: change the connection's address to %4 "
                                         "(refused: redirects are never followed, so that credentials stay with the address configured)")
                                 .arg(status)
                                 .arg(m_base.host(), location, suggested.toString()),
                             endpoint});
    }
    const QString message = serverMessage(response.body);
    // After retries the message says how many there were: "HTTP 500 after 4
    // attempts: …" is a server that stays broken, not a blip.
    const QString head = p->attempts > 1 ? NetText::tr("HTTP %1 after %n attempt(s)", nullptr, p->attempts).arg(status)
                                         : NetText::tr("HTTP %1").arg(status);
    const Error why{message.isEmpty() ? head : NetText::tr("%1: %2").arg(head, message), endpoint, status};
    if (status == 429 || status == 503 || status >= 500) {
        recordOutcome(status == 429);   // throttling is an answer, not a failure of the host
        int delay = -1;
        if (status == 429 || status == 503) {
            // Counted from the server's own clock when it says the time, so a
            // skewed local clock does not stretch or cut an HTTP-date's wait.
            const std::optional<QDateTime> serverNow = httpDate(response.header("Date"));
            const std::optional<qint64> wait =
                retryAfterMs(response.header("Retry-After"), serverNow.value_or(QDateTime::currentDateTimeUtc()));
            if (wait) {
                if (*wait > m_policy.retryAfterMaxMs)
                    return fail(p, Error{NetText::tr("%1; the server asks to wait %2 s (Retry-After: %3), longer than the %4 s this "
                                                     "connection waits at most")
                                             .arg(why.message, seconds(*wait), QString::fromLatin1(response.header("Retry-After").trimmed()),
                                                  seconds(m_policy.retryAfterMaxMs)),
                                         endpoint});
                delay = int(*wait);
            }
        }
        if (p->request.retryable() && p->attempts < m_policy.maxAttempts) {
            // Waiting only to be cut off by the deadline helps nobody: say so now.
            if (delay > 0 && p->started.elapsed() + delay > deadlineMs())
                return fail(p, Error{NetText::tr("%1; the server asks to wait %2 s, past this request's deadline of %3 s")
                                         .arg(why.message, seconds(delay), seconds(deadlineMs())),
                                     endpoint});
            p->lastProblem = why.message;
            if (delay > 0)
                announceWait(delay, status == 429 ? NetText::tr("rate limit, HTTP 429") : NetText::tr("HTTP %1, Retry-After").arg(status));
            return retryLater(p, delay);
        }
        return fail(p, why);
    }
    recordOutcome(true);   // 4xx: the host works; the request is wrong
    if (p->request.answerErrors)
        return complete(p, response);   // the connector reads the error body itself
    fail(p, why);
}

void HttpClient::announceWait(qint64 ms, const QString &why)
{
    if (ms >= kAnnouncedWaitMs)
        emit waiting(ms, why);
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
    // Server bodies and Qt's own error strings quote what the request
    // carried (an echoed Authorization header, a URL with consumer_key=...):
    // nothing downstream (store, log, audit, terminal) sees a credential.
    // The status stays: it tells a refusal (4xx) from an unclear outcome.
    complete(p, Error{redactCredentials(error.message, p->secrets), redactCredentials(error.where, p->secrets), error.httpStatus,
                      error.unsent});
}

Error HttpClient::redacted(const Error &error) const
{
    return Error{redactCredentials(error.message, m_secrets), redactCredentials(error.where, m_secrets), error.httpStatus, error.unsent};
}

void HttpClient::complete(std::shared_ptr<Pending> p, const Result<HttpResponse> &result)
{
    if (p->completed)
        return;
    p->completed = true;
    p->done(result);
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

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString checkRequestPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!path.startsWith(QLatin1Char('/')))
        return NetText::tr("\"%1\" does not start with \"/\"").arg(path);
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return NetText::tr("\"%1\" holds a control character").arg(path);
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return NetText::tr("\"%1\" holds a raw \"?\" or \"#\" (an id must be percent-encoded)").arg(path);
    // An empty segment is an empty id: "/api/store/products/" + "" is the list.
    if (path.mid(1).split(QLatin1Char('/')).contains(QString()))
        return NetText::tr("\"%1\" has an empty segment (an empty id?)").arg(path);
    // Also decoded: servers and proxies that decode %2F and %2E before they
    // route (nginx normalises $uri so) would still climb out of the path.
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        for (const QString &part : decoded.split(separators))
            if (part == u"." || part == u"..")
                return NetText::tr("\"%1\" has a \"%2\" segment").arg(path, part);
    }
    return {};
}

QString redactCredentials(QString text, QList<QByteArray> secrets)
{
    static const QString redacted = QStringLiteral("[redacted]");
    // Longest first, so a secret that holds another is replaced whole.
    std::sort(secrets.begin(), secrets.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const QByteArray &secret : secrets) {
        if (secret.trimmed().isEmpty())
            continue;
        // Case-insensitive: a server may upper- or lower-case what it quotes.
        text.replace(QString::fromUtf8(secret), redacted, Qt::CaseInsensitive);
        const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(secret));
        if (encoded != secret)
            text.replace(QString::fromLatin1(encoded), redacted, Qt::CaseInsensitive);   // %2b and %2B alike
        QByteArray form = encoded;
        form.replace("%20", "+");   // application/x-www-form-urlencoded
        if (form != encoded)
            text.replace(QString::fromLatin1(form), redacted, Qt::CaseInsensitive);
    }
    // Shapes of credentials the request did not know it had (a server
    // echoing another token): "Bearer x", "access_token=x", "access_token":"x".
    static const QRegularExpression bearer(QStringLiteral(R"((?i)\b(bearer)\s+(?!\[redacted\])[A-Za-z0-9\-._~+/]+=*)"));
    static const QString names = QStringLiteral(R"([A-Za-z0-9_\-]*(?:token|secret|password|passwd|api_?key|consumer_key|signature|appsecret_proof)[A-Za-z0-9_\-]*)");
    static const QRegularExpression param(QStringLiteral(R"((?i)\b(%1)(=|%3D)(?!\[redacted\])[^&\s"'#<>,;]+)").arg(names));
    static const QRegularExpression json(QStringLiteral(R"((?i)("%1"\s*:\s*")(?!\[redacted\])[^"]*")").arg(names));
    text.replace(bearer, QStringLiteral("\\1 [redacted]"));
    text.replace(param, QStringLiteral("\\1\\2[redacted]"));
    text.replace(json, QStringLiteral("\\1[redacted]\""));
    return text;
}

std::optional<QDateTime> httpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return std::nullopt;
    // IMF-fixdate is what senders must send; the obsolete RFC 850 and asctime
    // forms recipients must still accept (RFC 9110 §5.6.7). Names of days and
    // months are English whatever the user's locale: QLocale::c().
    // https://doc.qt.io/qt-6/qlocale.html#toDateTime-1
    const QLocale c = QLocale::c();
    QDateTime t = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid()) {
        t = c.toDateTime(text, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
        // A two-digit year: the most recent year that ends in those digits
        // and is no more than 50 years ahead (RFC 9110 §5.6.7).
        if (t.isValid()) {
            const int thisYear = QDate::currentDate().year();
            int year = thisYear - thisYear % 100 + t.date().year() % 100;
            if (year > thisYear + 50)
                year -= 100;
            t.setDate(QDate(year, t.date().month(), t.date().day()));
        }
    }
    if (!t.isValid())
        t = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeSpec(Qt::UTC);   // HTTP dates are GMT
    return t;
}

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        // delay-seconds; absurdly many digits are an absurd wait, not an overflow.
        if (v.size() > 9)
            return qint64(999'999'999) * 1000;
        return v.toLongLong() * 1000;
    }
    const std::optional<QDateTime> at = httpDate(v);
    if (!at)
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(*at));   // a date past: retry now
}

QUrl redirectedBase(const QUrl &base, const QString &path, const QString &location)
{
    QUrl request = base;
    request.setPath(base.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    // A relative Location is relative to the request's URL (RFC 9110 §10.2.2).
    QUrl target = request.resolved(QUrl(location));
    target.setQuery(QString());
    target.setFragment(QString());
    target.setUserInfo(QString());
    QString targetPath = target.path(QUrl::FullyEncoded);
    while (targetPath.endsWith(QLatin1Char('/')))
        targetPath.chop(1);
    QString basePath;
    if (!path.isEmpty() && targetPath.endsWith(path))
        basePath = targetPath.left(targetPath.size() - path.size());   // the API path stripped: the site's own address
    else if (!path.isEmpty() && base.path(QUrl::FullyEncoded).size() > 1)
        basePath = base.path(QUrl::FullyEncoded);                       // elsewhere: the host, with the path configured
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    target.setPath(basePath, QUrl::TolerantMode);
    return target;
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
