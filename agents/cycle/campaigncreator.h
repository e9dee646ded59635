// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents.h"
#include "agents/llm/chatclient.h"

#include <QObject>
#include <memory>
#include <optional>

namespace cp {

// Campaign Creator: a worker object living on its own QThread. The
// orchestrator starts it with a queued call; the result comes back as a
// signal carrying value types.
class CampaignCreator final : public QObject
{
    Q_OBJECT
public:
    explicit CampaignCreator(std::shared_ptr<const CopyWriter> copy) : m_copy(std::move(copy)) {}

    // Runs on the creator's thread. The rules choose the products and
    // budgets and the template writes their copy; with a language model (a
    // live workspace's, never a replay's) its variants are asked for after
    // that, on this thread, within the policy's copy deadline.
    void run(const CycleInput &input, const Policy &policy, const QString &cycleId, const QDateTime &now,
             std::shared_ptr<std::atomic_bool> cancel, const std::optional<ModelEndpoint> &model = std::nullopt);

signals:
    void finished(const QList<cp::Recommendation> &recommendations);

private:
    std::shared_ptr<const CopyWriter> m_copy;
};

} // namespace cp
