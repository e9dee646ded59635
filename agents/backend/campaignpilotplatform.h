// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adplatform.h"
#include "agents/tools/httpclient.h"

#include <QHash>
#include <QMutex>
#include <QThreadStorage>

namespace cp {

// The seed's Campaign Pilot API as the ad platform approved actions go to:
// POST /api/impact/campaigns (create), POST .../{id}/pause and .../resume,
// PATCH .../{id} {"budget": x} (not in the seed API: a 404 or 405 marks the
// capability missing and says so). The seed API honours no idempotency key,
// so writes are sent once and never retried blindly: before every write the
// platform's state is read, and an action it already shows applied is not
// sent again (that is also how a send interrupted by a crash is reconciled).
// Calls come from the dispatcher's worker thread and wait there (never on
// the GUI thread); each thread gets its own HTTP client.
class CampaignPilotPlatform final : public AdPlatform
{
public:
    // `token`: sent as "Authorization: Bearer"; held in memory only, never
    // written to the store, a log or the audit trail.
    CampaignPilotPlatform(QUrl base, NetworkPolicy policy, QByteArray token = {})
        : m_base(std::move(base)), m_policy(policy), m_token(std::move(token)) {}

    QString name() const override { return QStringLiteral("campaign-pilot-api"); }
    Result<QJsonObject> apply(const OutboxItem &item) override;
    Result<std::optional<QJsonObject>> lookup(const QString &idempotencyKey) override;
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

    // What the platform said it cannot do ("set_budget"), learnt from its answers.
    QStringList missingCapabilities() const;

private:
    Result<HttpResponse> call(const HttpRequest &request);
    Result<std::optional<QJsonObject>> alreadyApplied(const OutboxItem &item);

    QUrl m_base;
    NetworkPolicy m_policy;
    QByteArray m_token;
    QThreadStorage<HttpClient *> m_clients;
    mutable QMutex m_mutex;
    QStringList m_missing;
    QHash<QString, OutboxItem> m_items;   // idempotency key -> item, for lookup()
};

} // namespace cp
