// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/adplatform.h"
#include "models/backgroundtask.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace cp {

// Asks the ad platform, off the GUI thread, whether it would take each
// pending action (AdPlatform::preflight: Meta's validate_only dry run), so
// that the queue shows a refusal before the operator approves. Nothing is
// written anywhere; the send checks again.
class Preflight final : public QObject
{
    Q_OBJECT
public:
    explicit Preflight(QObject *parent = nullptr);

    // Which recommendations are worth asking about: pending actions on an
    // existing campaign that the platform supports.
    static bool wanted(const Recommendation &r, const AdPlatform &platform);
    // Checks `pending` (those wanted()) on `platform`. False while a check
    // runs (the next one starts when it is done: call again then).
    // `currency`: the workspace's (the platform is told it first, as the
    // dispatcher does before a send: a budget is checked in it).
    bool start(std::shared_ptr<AdPlatform> platform, const QList<Recommendation> &pending, const QString &currency);
    bool isRunning() const { return m_task.isRunning(); }
    // The checks on the calling thread (tests).
    static QHash<qint64, PreflightResult> run(AdPlatform &platform, const QList<Recommendation> &pending, const QString &currency,
                                              TaskContext *context = nullptr);

signals:
    // By recommendation id; only the recommendations asked about.
    void finished(const QHash<qint64, cp::PreflightResult> &results);

private:
    BackgroundTask m_task;
    std::shared_ptr<QHash<qint64, PreflightResult>> m_results;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::PreflightResult)
