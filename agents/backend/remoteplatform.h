// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adplatform.h"
#include "agents/live/connections.h"
#include "agents/tools/httpclient.h"

#include <QMutex>
#include <QHash>
#include <functional>
#include <memory>

namespace cp {

// An ad platform over HTTP that honours no idempotency key (the seed's
// Campaign Pilot API, Meta). Every write is sent once, never retried by the
// HTTP layer, with an `Idempotency-Key` header (for a platform or proxy that
// honours it) and, where the platform can store one, a client reference
// (ClientReference) that check() looks for. Its answer is classified: a 2xx
// that reads well is applied, a 4xx rejected, anything else unknown. Calls
// come from the dispatcher's worker thread and wait there (never on the GUI
// thread); each thread gets its own HTTP client.
class RemotePlatform : public AdPlatform
{
public:
    QString capabilityKey() const override { return name() + QLatin1Char(' ') + m_base.authority(); }
    // `token`: sent as "Authorization: Bearer" when set; held in memory
    // only, never written to the store, a log or the audit trail.
    RemotePlatform(QUrl base, NetworkPolicy policy, QByteArray token)
        : m_base(std::move(base)), m_policy(policy), m_token(std::move(token)) {}
    ~RemotePlatform() override;

    SendOutcome apply(const OutboxItem &item) final;

    // An id as one URL path segment: percent-encoded, dots included, so that
    // an id like "../../store/products/100" can never reach another endpoint.
    static QString pathSegment(const QString &id);

protected:
    // Builds and sends the write (the action is supported and not None).
    virtual SendOutcome send(const OutboxItem &item) = 0;
    // Sends on this thread's client and waits for the answer.
    Result<HttpResponse> call(HttpRequest request);
    // Sends a write once with the entry's Idempotency-Key and classifies the
    // answer; `read` turns a 2xx body into the result (an Error: unreadable,
    // so unknown).
    // `refusal`, when given, reads a 4xx answer's body (the request then
    // answers errors: HttpRequest::answerErrors) and says what it came to:
    // a platform's "too many calls, try later" is NotSent, not a refusal
    // (nothing was applied and the platform asks for a retry). A 429 waits
    // for a later run either way.
    SendOutcome write(HttpRequest request, const OutboxItem &item,
                      const std::function<Result<QJsonObject>(const QByteArray &body, const QString &endpoint)> &read,
                      const std::function<SendOutcome(const HttpResponse &answer, const QString &endpoint)> &refusal = {});
    // Whether a failed answer proves the platform did not apply the write:
    // a 4xx other than 408 (timeout), 409 (conflict: maybe in progress) and
    // 425; everything else (5xx, no answer, a cut-off answer) proves nothing.
    static bool provesNotApplied(const Error &error);
    // `error` with every credential this platform's client sent redacted (for
    // messages a subclass makes of an answer's body).
    Error redacted(const Error &error);

    mutable QMutex m_mutex;   // guards what subclasses learn from answers

private:
    QUrl m_base;
    NetworkPolicy m_policy;
    QByteArray m_token;
    // One client per thread that calls, owned by this platform. (Not a
    // QThreadStorage: a new platform on the same thread could be handed a
    // destroyed one's client, with its old address and breaker.)
    HttpClient *client();
    QHash<QThread *, HttpClient *> m_clients;   // under m_mutex
};

// The platform a connection names (campaign-pilot-api or meta); null for
// any other kind.
std::shared_ptr<AdPlatform> connectPlatform(const Connection &connection, const Secrets &secrets);

} // namespace cp
