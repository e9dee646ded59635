// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyproposal.h"
#include "recommendation.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace cp {

// What a window shows of the decisions (the queue, its audit, the stop flag,
// the policy): all that an approval, a rejection or another operator's change
// can alter. Read alone, without the catalog and the campaigns, when only
// that changed (issue 18: a team of ten would otherwise each read 100,000
// products' figures at every approval anyone gives).
struct QueueState
{
    // The newest audit entries a window shows.
    static constexpr int kAuditShown = 2000;

    // The decided recommendations a window shows besides those that wait
    // (DecisionStore::listShown): the newest so many.
    static constexpr int kDecidedShown = 5000;

    // The queue as a window shows it, or (partial) only the recommendations named.
    QList<Recommendation> recommendations;
    bool partial = false;
    bool decidedCapped = false;   // older decided recommendations were left out (not in a partial read)
    QList<AuditEntry> audit;
    bool emergencyStop = false;
    QByteArray policyJson;   // newest stored policy, empty: the seed's
    std::optional<PolicyProposal> policyProposal;   // the learning loop's pending one
    QHash<QString, QStringList> missingCapabilities;   // what each ad platform was found unable to do

    // Reads it on `db` (the calling thread's connection): the queue as a
    // window shows it, or only the recommendations `ids` when not empty.
    static Result<QueueState> read(QSqlDatabase db, const QList<qint64> &ids = {});
};

} // namespace cp

Q_DECLARE_METATYPE(cp::QueueState)
