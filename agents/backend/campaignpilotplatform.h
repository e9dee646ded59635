// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteplatform.h"

namespace cp {

// The seed's Campaign Pilot API as the ad platform approved actions go to:
// POST /api/impact/campaigns (create), POST .../{id}/pause and .../resume,
// PATCH .../{id} {"budget": x} (not in the seed API: a 404 or 405 marks the
// capability missing and says so). Reads state before every write (RemotePlatform).
class CampaignPilotPlatform final : public RemotePlatform
{
public:
    CampaignPilotPlatform(QUrl base, NetworkPolicy policy, QByteArray token = {})
        : RemotePlatform(std::move(base), policy, std::move(token)) {}

    QString name() const override { return QStringLiteral("campaign-pilot-api"); }
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

    // What the platform said it cannot do ("set_budget"), learnt from its answers.
    QStringList missingCapabilities() const;

protected:
    Result<QJsonObject> send(const OutboxItem &item) override;
    Result<std::optional<QJsonObject>> alreadyApplied(const OutboxItem &item) override;

private:
    QStringList m_missing;   // under m_mutex
};

} // namespace cp
