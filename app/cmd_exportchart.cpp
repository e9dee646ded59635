// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot export-chart: a chart rendered offscreen, or its numbers.
#include "commands.h"
#include "cliio.h"

#include "agents/charts/chartqueries.h"
#include "models/workspace.h"
#include "ui/charts/chartexport.h"

namespace cp {

int runExportChart(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    ChartRequest request;
    request.kind = *ChartRequest::kindFromKey(cl.kind);
    if (!cl.campaign.isEmpty())
        request.campaignIds = {cl.campaign};
    request.productId = cl.product;
    request.category = cl.category;
    auto policy = loadPolicy(cl, *db);
    auto data = ChartQueries::build(db->connection(), request, policy ? *policy : Policy{});
    db->closeThreadConnection();
    if (!data) {
        err() << CommandLine::tr("error: %1").arg(data.error().toString()) << Qt::endl;
        return 1;
    }
    if (Status s = exportChart(*data, cl.output, cl.size, QStringLiteral("%1 · %2").arg(workspace.kindLabel(), workspace.displayName()));
        !s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("wrote %1").arg(cl.output) << Qt::endl;
    return 0;
}

} // namespace cp
