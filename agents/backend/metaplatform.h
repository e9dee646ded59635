// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remoteplatform.h"

#include <optional>

namespace cp {

// The Meta Marketing API as the ad platform approved actions go to:
// pause/resume as POST /{campaign_id} status=PAUSED|ACTIVE, a budget as
// POST /{campaign_id} daily_budget=<the currency's smallest unit as Meta
// counts it: ¥6,000 is 6000, $60.00 is 6000>. Creating a campaign is not
// offered: on Meta a campaign needs an ad set, a creative and an audience,
// which the operator sets up in Ads Manager; the queue greys it out.
//
// Every write is first sent as a dry run (execution_options=["validate_only"]):
// when Meta refuses it, the real write is never sent and the entry fails with
// Meta's own message. A budget change reads the campaign first and is refused
// before anything is sent when its budget is no longer a campaign daily
// budget (moved to its ad sets, or a lifetime budget), or when the ad
// account's currency is not the workspace's. Throttling and an expired token
// send nothing and leave the entry for a later run, saying why.
// Writes carry an Idempotency-Key header Meta does not honour; an interrupted
// write is settled by reading the campaign (GET /{campaign_id}?fields=
// id,status,daily_budget) in check().
class MetaPlatform final : public RemotePlatform
{
public:
    // `accountId`: the ad account (digits), whose currency budgets are in;
    // empty: budgets are read and written with Meta's offset 100.
    MetaPlatform(QUrl base, NetworkPolicy policy, QByteArray accessToken, QString accountId = {})
        : RemotePlatform(std::move(base), policy, std::move(accessToken)), m_account(std::move(accountId)) {}

    QString name() const override { return QStringLiteral("meta"); }
    bool supports(Recommendation::Action action) const override;
    QString unsupportedReason(Recommendation::Action action) const override;

    StateCheck check(const OutboxItem &item, const QSet<QString> &knownCampaignIds) override;
    void setWorkspaceCurrency(const QString &iso4217) override;
    PreflightResult preflight(const OutboxItem &item) override;

protected:
    SendOutcome send(const OutboxItem &item) override;

private:
    // Everything a write does before it is sent: the budget re-read, the
    // currency checks and the validate_only dry run. Fills `request` with the
    // write; an outcome when it must not be sent.
    std::optional<SendOutcome> checkBeforeWrite(const OutboxItem &item, HttpRequest &request);
    // The ad account's currency, read once (empty when no account is named).
    Result<QString> currency();
    QString m_account;
    std::optional<QString> m_currency;   // under m_mutex
    QString m_workspaceCurrency;         // under m_mutex
};

} // namespace cp
