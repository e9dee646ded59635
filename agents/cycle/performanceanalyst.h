// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents.h"

#include <QObject>
#include <memory>

namespace cp {

// Performance Analyst: metrics per campaign and the portfolio view, on its
// own QThread.
class PerformanceAnalyst final : public QObject
{
    Q_OBJECT
public:
    void run(const CycleInput &input, const Policy &policy, std::shared_ptr<std::atomic_bool> cancel)
    {
        QList<CampaignAnalysis> analyses = CycleSteps::analyse(input, policy, *cancel);
        const Portfolio p = CycleSteps::portfolio(analyses);
        emit finished(analyses, p);
    }

signals:
    void finished(const QList<cp::CampaignAnalysis> &analyses, const cp::Portfolio &portfolio);
};

} // namespace cp
