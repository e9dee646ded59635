// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adplatform.h"
#include "agents/live/connections.h"
#include "agents/tools/httpclient.h"

#include <QHash>
#include <QMutex>
#include <QThreadStorage>
#include <memory>

namespace cp {

// An ad platform over HTTP that honours no idempotency key (the seed's
// Campaign Pilot API, Meta): writes are sent once and never retried blindly;
// before every write the platform's state is read (alreadyApplied), and an
// action it already shows applied is not sent again. lookup() asks the same
// question, which is how a send interrupted by a crash is reconciled. Calls
// come from the dispatcher's worker thread and wait there (never on the GUI
// thread); each thread gets its own HTTP client.
class RemotePlatform : public AdPlatform
{
public:
    // `token`: sent as "Authorization: Bearer" when set; held in memory
    // only, never written to the store, a log or the audit trail.
    RemotePlatform(QUrl base, NetworkPolicy policy, QByteArray token)
        : m_base(std::move(base)), m_policy(policy), m_token(std::move(token)) {}

    // Read before write: what the platform already shows applied is answered
    // from its state and not sent again; otherwise send() writes it once.
    Result<QJsonObject> apply(const OutboxItem &item) final;
    Result<std::optional<QJsonObject>> lookup(const QString &idempotencyKey) override;

protected:
    // Writes the action (it is not applied yet).
    virtual Result<QJsonObject> send(const OutboxItem &item) = 0;
    // Sends on this thread's client and waits for the answer.
    Result<HttpResponse> call(HttpRequest request);
    // What the platform shows for this item's action, if it is applied already.
    virtual Result<std::optional<QJsonObject>> alreadyApplied(const OutboxItem &item) = 0;

    mutable QMutex m_mutex;   // guards m_items and what subclasses learn from answers

private:
    QUrl m_base;
    NetworkPolicy m_policy;
    QByteArray m_token;
    QThreadStorage<HttpClient *> m_clients;
    QHash<QString, OutboxItem> m_items;   // idempotency key -> item, for lookup()
};

// The platform a connection names (campaign-pilot-api or meta); null for
// any other kind.
std::shared_ptr<AdPlatform> connectPlatform(const Connection &connection, const Secrets &secrets);

} // namespace cp
