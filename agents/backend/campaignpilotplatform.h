// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteplatform.h"

namespace cp {

// The seed's Campaign Pilot API as the ad platform approved actions go to:
// POST /api/impact/campaigns (create), POST .../{id}/pause and .../resume,
// PATCH .../{id} {"budget": x} (not in the seed API: a 404 or 405 marks the
// capability missing and says so). The seed stores no idempotency key, so a
// create carries its client reference in the campaign name ("Summer Sale
// [cp:3f9a2c41]") and check() looks for exactly that reference.
class CampaignPilotPlatform final : public RemotePlatform
{
public:
    CampaignPilotPlatform(QUrl base, NetworkPolicy policy, QByteArray token = {})
        : RemotePlatform(std::move(base), policy, std::move(token)) {}

    QString name() const override { return QStringLiteral("campaign-pilot-api"); }
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

    // What the platform said it cannot do ("set_budget"), learnt from its answers.
    QStringList missingCapabilities() const override;
    void assumeMissing(const QStringList &capabilities) override;

    StateCheck check(const OutboxItem &item, const QSet<QString> &knownCampaignIds) override;

protected:
    SendOutcome send(const OutboxItem &item) override;

private:
    QStringList m_missing;   // under m_mutex
};

} // namespace cp
