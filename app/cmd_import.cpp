// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot import FILE...
#include "commands.h"
#include "cliio.h"

#include "agents/import/csvreader.h"
#include "agents/import/importer.h"
#include "models/workspace.h"

#include <QFile>
#include <QFileInfo>

namespace cp {

int runImport(const CommandLine &cl)
{
    // A workspace file this command creates is removed again when nothing
    // lands in it: a failed import left an empty live workspace behind.
    const bool newFile = !cl.database.isEmpty() && !cl.database.contains(QLatin1String("://")) && !QFileInfo::exists(cl.database);
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    if (workspace.isReplay()) {
        err() << CommandLine::tr("error: %1 is a replay workspace (a copy of one recording); import into a live workspace "
                                 "(--database PATH)").arg(workspace.path)
              << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    int failures = 0;
    const TextEncoding encoding = textEncodingFromName(cl.encoding).value_or(TextEncoding::Auto);
    for (const QString &file : cl.files) {
        auto reader = CsvReader::open(file, encoding);
        if (!reader) {
            err() << CommandLine::tr("error: %1").arg(reader.error().toString()) << Qt::endl;
            ++failures;
            continue;
        }
        std::unique_ptr<Importer> importer;
        if (!cl.importer.isEmpty()) {
            importer = createImporter(cl.importer);
        } else {
            // A reader of its own: copies of a reader share the file.
            auto peekReader = CsvReader::open(file, encoding);
            if (!peekReader) {
                err() << CommandLine::tr("error: %1").arg(peekReader.error().toString()) << Qt::endl;
                ++failures;
                continue;
            }
            CsvReader &peek = peekReader.value();
            auto headers = peek.readHeader();
            if (!headers) {
                err() << CommandLine::tr("error: %1").arg(headers.error().toString()) << Qt::endl;
                ++failures;
                continue;
            }
            const Detection detection = detectImporters(*headers);
            if (detection.winner.isEmpty()) {
                // Two that fit: naming one helps. None that fits: naming the
                // closest did not (a walkthrough's Shopify orders became a
                // product so); the window maps columns by hand.
                const bool twoFit = !detection.ranked.isEmpty() && detection.ranked.first().complete();
                err() << (twoFit ? CommandLine::tr("error: %1: %2 (%3-separated); name one with --importer")
                                 : CommandLine::tr("error: %1: %2 (%3-separated). Column names are read as the platforms and shops "
                                                   "export them, in English; a file with other column names can be imported in "
                                                   "the window, which maps its columns by hand (File ▸ Import CSV…)"))
                             .arg(file, detection.problem, peek.delimiterName())
                      << Qt::endl;
                ++failures;
                continue;
            }
            importer = createImporter(detection.winner);
        }
        ImportOptions options;
        options.onBadRow = cl.skipBadRows ? OnBadRow::SkipAndCount : OnBadRow::Stop;
        options.encoding = encoding;
        options.merge = mergeModeFromName(cl.merge).value_or(MergeMode::Stop);
        options.dateOrder = dateOrderFromName(cl.dateOrder).value_or(DateOrder::Auto);
        options.currency = cl.currency;
        auto report = importer->run(std::move(reader).value(), db->connection(), options);
        if (!report) {
            const QString where = report.error().where.isEmpty() ? file + QStringLiteral(": ") : QString();
            err() << CommandLine::tr("error: %1%2").arg(where, report.error().toString()) << Qt::endl
                  << CommandLine::tr("nothing from %1 was imported").arg(file) << Qt::endl;
            ++failures;
            continue;
        }
        out() << importer->displayName() << ": " << report->summary() << Qt::endl;
        for (const QString &e : report->errors)
            err() << e << Qt::endl;
    }
    // Each file is its own transaction: said when only some landed.
    if (failures > 0 && failures < cl.files.size())
        err() << CommandLine::tr("%1 of %2 files imported; nothing from the others (see above)")
                     .arg(cl.files.size() - failures)
                     .arg(cl.files.size())
              << Qt::endl;
    else if (failures > 1)
        err() << CommandLine::tr("none of the %1 files was imported (see above)").arg(cl.files.size()) << Qt::endl;
    if (newFile && failures == cl.files.size()) {
        db->closeThreadConnection();
        bool removed = QFile::remove(cl.database);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFile::exists(cl.database + QLatin1String(suffix)))
                removed = QFile::remove(cl.database + QLatin1String(suffix)) && removed;
        if (removed)
            err() << CommandLine::tr("the new workspace %1 was removed again: nothing was imported into it").arg(cl.database) << Qt::endl;
        return 1;
    }
    db->closeThreadConnection();
    return failures == 0 ? 0 : 1;
}

} // namespace cp
