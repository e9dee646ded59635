// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recommendation.h"
#include "models/result.h"
#include "sendoutcome.h"
#include "statecheck.h"

#include <QSet>

namespace cp {

// Where approved actions go: the recorded-data backend offline, the live
// connectors (campaign-pilot-api, meta) behind this one interface. Calls come
// from the dispatcher's thread. Every write carries the outbox entry's
// idempotency key; where the platform stores no key, also a client reference
// it stores and returns, so that check() recognises this very action.
// What the platform says of an action before it is approved (a dry run
// that changes nothing).
struct PreflightResult
{
    enum class Verdict {
        Unchecked,  // the platform offers no dry run
        Accepted,   // the dry run passed
        Refused,    // the platform would refuse it (message: its words)
        NoAnswer,   // the dry run could not be made (message: why)
    };
    Verdict verdict = Verdict::Unchecked;
    QString message;
};

class AdPlatform
{
public:
    virtual ~AdPlatform() = default;
    virtual QString name() const = 0;
    // Writes one approved action, once (never retried blindly), and says what
    // the answer proves.
    virtual SendOutcome apply(const OutboxItem &item) = 0;
    // Reads the platform's state (never writes): is this action applied?
    // `knownCampaignIds`: campaigns the workspace knows exist on this
    // platform; a list that lacks any of them is partial and proves nothing.
    virtual StateCheck check(const OutboxItem &item, const QSet<QString> &knownCampaignIds) = 0;
    // True when check() is final at once after a write (the platform applies
    // in the same transaction it records; no settle time is needed).
    virtual bool appliesAtOnce() const { return false; }
    // Whether the platform can carry out this kind of action at all (what it
    // cannot do is greyed out in the queue and never sent). May change as the
    // platform answers (a server without a budget endpoint).
    virtual bool supports(Recommendation::Action action) const
    {
        Q_UNUSED(action);
        return true;
    }
    // Why it cannot, in words for the operator; empty when it can.
    virtual QString unsupportedReason(Recommendation::Action action) const
    {
        Q_UNUSED(action);
        return {};
    }
    // Capabilities are remembered per workspace (platform_capabilities), so
    // that what one process learnt every later one honours without asking
    // again. The key names this platform there ("campaign-pilot-api host:port").
    virtual QString capabilityKey() const { return name(); }
    // What it was found unable to do ("set_budget"), learnt from its answers.
    virtual QStringList missingCapabilities() const { return {}; }
    // What the workspace remembers it cannot do (read by the dispatcher).
    virtual void assumeMissing(const QStringList &capabilities) { Q_UNUSED(capabilities); }
    // The currency the workspace's amounts are in (ISO 4217; empty: not known
    // yet), set by the dispatcher before it sends: a platform that counts
    // money in its own currency refuses a budget in another.
    virtual void setWorkspaceCurrency(const QString &iso4217) { Q_UNUSED(iso4217); }
    // Asks the platform whether it would take this action, changing nothing
    // (Meta: execution_options=validate_only). Called off the GUI thread,
    // for pending recommendations, so the operator sees a refusal before
    // approving. The send makes its own checks again.
    virtual PreflightResult preflight(const OutboxItem &item)
    {
        Q_UNUSED(item);
        return {};
    }
};

} // namespace cp
