// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

namespace cp {

Preflight::Preflight(QObject *parent)
    : QObject(parent), m_task(this)
{
    connect(&m_task, &BackgroundTask::finished, this, [this](bool cancelled) {
        if (cancelled || !m_results)
            return;
        const auto results = std::move(*m_results);
        m_results.reset();
        emit finished(results);
    });
}

bool Preflight::wanted(const Recommendation &r, const AdPlatform &platform)
{
    using A = Recommendation::Action;
    return r.status == u"pending" && !r.campaignId.isEmpty() && (r.action == A::Pause || r.action == A::Resume || r.action == A::SetBudget)
           && platform.supports(r.action);
}

QHash<qint64, PreflightResult> Preflight::run(AdPlatform &platform, const QList<Recommendation> &pending, const QString &currency,
                                              TaskContext *context)
{
    QHash<qint64, PreflightResult> out;
    platform.setWorkspaceCurrency(currency);
    qint64 done = 0;
    for (const Recommendation &r : pending) {
        if (context && context->isCancelled())
            break;
        if (!wanted(r, platform))
            continue;
        OutboxItem item;
        item.recommendationId = r.id;
        item.recommendation = r;
        out.insert(r.id, platform.preflight(item));
        if (context)
            context->report(++done, pending.size());
    }
    return out;
}

bool Preflight::start(std::shared_ptr<AdPlatform> platform, const QList<Recommendation> &pending, const QString &currency)
{
    if (!platform || m_task.isRunning())
        return false;
    auto results = std::make_shared<QHash<qint64, PreflightResult>>();
    m_results = results;
    return m_task.start([platform, pending, currency, results](TaskContext &context) {
        *results = run(*platform, pending, currency, &context);
    });
}

} // namespace cp
