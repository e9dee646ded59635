// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents.h"

#include <QObject>
#include <memory>

namespace cp {

// Campaign Manager: a decision for every analysed campaign, on its own QThread.
class CampaignManager final : public QObject
{
    Q_OBJECT
public:
    void run(const QList<CampaignAnalysis> &analyses, const Policy &policy, const QString &cycleId, const QDateTime &now,
             std::shared_ptr<std::atomic_bool> cancel)
    {
        emit finished(CycleSteps::manage(analyses, policy, cycleId, now, *cancel));
    }

signals:
    void finished(const QList<cp::Recommendation> &recommendations);
};

} // namespace cp
