// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteplatform.h"

namespace cp {

// The Meta Marketing API as the ad platform approved actions go to:
// pause/resume as POST /{campaign_id} status=PAUSED|ACTIVE, a budget as
// POST /{campaign_id} daily_budget=<minor units>. Creating a campaign is not
// offered: on Meta a campaign needs an ad set, a creative and an audience,
// which the operator sets up in Ads Manager; the queue greys it out.
// Writes carry no idempotency key Meta would honour, so the campaign is read
// first (GET /{campaign_id}?fields=status,daily_budget; RemotePlatform) and a
// write it already shows is not sent again.
class MetaPlatform final : public RemotePlatform
{
public:
    MetaPlatform(QUrl base, NetworkPolicy policy, QByteArray accessToken)
        : RemotePlatform(std::move(base), policy, std::move(accessToken)) {}

    QString name() const override { return QStringLiteral("meta"); }
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

protected:
    Result<QJsonObject> send(const OutboxItem &item) override;
    Result<std::optional<QJsonObject>> alreadyApplied(const OutboxItem &item) override;
};

} // namespace cp
