// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot export-recording --out DIR: the store as a recording.
#include "commands.h"
#include "cliio.h"

#include "agents/import/recording.h"
#include "models/money.h"
#include "models/workspace.h"

#include <QDate>

namespace cp {

int runExportRecording(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    RecordingManifest m;
    m.id = QStringLiteral("live-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    m.title = CommandLine::tr("Live snapshots exported %1").arg(QDate::currentDate().toString(Qt::ISODate));
    // The workspace's own currency; one that never named one: CP_CURRENCY, else USD.
    m.currency = workspace.currency.isEmpty() ? liveCurrency() : workspace.currency;
    // The recording says where it came from: which workspace, of which kind.
    m.generator = QStringLiteral("campaign-pilot export-recording, from the %1 workspace \"%2\"")
                      .arg(Workspace::kindKey(workspace.kind), workspace.displayName());
    auto written = Recording::exportStore(db->connection(), cl.output, m);
    if (!written) {
        err() << CommandLine::tr("error: %1").arg(written.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("recording written to %1 (%2 to %3)")
                 .arg(cl.output, written->from.toString(Qt::ISODate), written->to.toString(Qt::ISODate))
          << Qt::endl;
    db->closeThreadConnection();
    return 0;
}

} // namespace cp
