// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteplatform.h"

namespace cp {

// The Meta Marketing API as the ad platform approved actions go to:
// pause/resume as POST /{campaign_id} status=PAUSED|ACTIVE, a budget as
// POST /{campaign_id} daily_budget=<minor units>. Creating a campaign is not
// offered: on Meta a campaign needs an ad set, a creative and an audience,
// which the operator sets up in Ads Manager; the queue greys it out.
// Writes carry an Idempotency-Key header Meta does not honour; an interrupted
// write is settled by reading the campaign (GET /{campaign_id}?fields=
// id,status,daily_budget) in check().
class MetaPlatform final : public RemotePlatform
{
public:
    MetaPlatform(QUrl base, NetworkPolicy policy, QByteArray accessToken)
        : RemotePlatform(std::move(base), policy, std::move(accessToken)) {}

    QString name() const override { return QStringLiteral("meta"); }
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

    StateCheck check(const OutboxItem &item, const QSet<QString> &knownCampaignIds) override;

protected:
    SendOutcome send(const OutboxItem &item) override;
};

} // namespace cp
