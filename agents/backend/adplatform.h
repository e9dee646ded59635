// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recommendation.h"
#include "models/result.h"

#include <QJsonObject>
#include <optional>

namespace cp {

// Where approved actions go: the recorded-data backend offline, the live
// connectors later, behind this one interface. Calls come from the
// dispatcher's thread.
class AdPlatform
{
public:
    virtual ~AdPlatform() = default;
    virtual QString name() const = 0;
    // Applies one approved action. The idempotency key is the outbox's: a
    // platform that has already applied it answers with the earlier result
    // and does not apply it again.
    virtual Result<QJsonObject> apply(const OutboxItem &item) = 0;
    // What the platform answered for this key, if it ever applied it: how a
    // send interrupted by a crash is reconciled after a restart.
    virtual Result<std::optional<QJsonObject>> lookup(const QString &idempotencyKey) = 0;
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
};

} // namespace cp
