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
    // The workspace's own currency. One that nothing named yet (no
    // connection, imports without --currency) takes --currency; it is never
    // guessed: a recording in the wrong currency imports back wrong.
    if (!workspace.currency.isEmpty() && !cl.currency.isEmpty() && cl.currency != workspace.currency) {
        err() << CommandLine::tr("error: the workspace records its amounts in %1, not %2").arg(workspace.currency, cl.currency) << Qt::endl;
        return 2;
    }
    m.currency = workspace.currency.isEmpty() ? cl.currency : workspace.currency;
    if (m.currency.isEmpty()) {
        err() << CommandLine::tr("error: the workspace's currency is not known yet (no connection or import named it): "
                                 "give it with --currency CODE, e.g. --currency GBP")
              << Qt::endl;
        return 2;
    }
    // The recording says where it came from: which workspace, of which kind.
    m.generator = QStringLiteral("campaign-pilot export-recording, from the %1 workspace \"%2\"")
                      .arg(Workspace::kindKey(workspace.kind), workspace.displayName());
    QStringList leftOut;
    auto written = Recording::exportStore(db->connection(), cl.output, m, &leftOut);
    if (!written) {
        err() << CommandLine::tr("error: %1").arg(written.error().toString()) << Qt::endl;
        return 1;
    }
    for (const QString &left : std::as_const(leftOut))
        err() << CommandLine::tr("warning: %1").arg(left) << Qt::endl;
    out() << CommandLine::tr("recording written to %1 (%2 to %3)")
                 .arg(cl.output, written->from.toString(Qt::ISODate), written->to.toString(Qt::ISODate))
          << Qt::endl;
    db->closeThreadConnection();
    return 0;
}

} // namespace cp
