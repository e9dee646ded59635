// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adplatform.h"
#include "agents/tools/httpclient.h"

#include <QHash>
#include <QMutex>
#include <QThreadStorage>

namespace cp {

// The Meta Marketing API as the ad platform approved actions go to:
// pause/resume as POST /{campaign_id} status=PAUSED|ACTIVE, a budget as
// POST /{campaign_id} daily_budget=<minor units>. Creating a campaign is not
// offered: on Meta a campaign needs an ad set, a creative and an audience,
// which the operator sets up in Ads Manager; the queue greys it out.
// Writes carry no idempotency key Meta would honour, so the campaign is read
// first (GET /{campaign_id}?fields=status,daily_budget) and a write it
// already shows is not sent again. Calls wait on the dispatcher's thread.
class MetaPlatform final : public AdPlatform
{
public:
    // `accessToken`: in memory only.
    MetaPlatform(QUrl base, NetworkPolicy policy, QByteArray accessToken)
        : m_base(std::move(base)), m_policy(policy), m_token(std::move(accessToken)) {}

    QString name() const override { return QStringLiteral("meta"); }
    Result<QJsonObject> apply(const OutboxItem &item) override;
    Result<std::optional<QJsonObject>> lookup(const QString &idempotencyKey) override;
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

private:
    Result<HttpResponse> call(HttpRequest request);
    Result<std::optional<QJsonObject>> alreadyApplied(const OutboxItem &item);

    QUrl m_base;
    NetworkPolicy m_policy;
    QByteArray m_token;
    QThreadStorage<HttpClient *> m_clients;
    QMutex m_mutex;
    QHash<QString, OutboxItem> m_items;
};

} // namespace cp
