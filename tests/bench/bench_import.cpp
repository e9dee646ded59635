// SPDX-License-Identifier: GPL-3.0-or-later
// Imports the whole daily product sales file (276,148 rows) into a fresh
// store, several times, and prints the best and median wall time.
// Compare with tests/bench/run.sh's sqlite3 `.import` of the same file.
#include "agents/import/importer.h"
#include "models/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(CP_PUBLIC_DATA_DIR "/store/uci_online_retail_daily_product_sales.csv");
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        auto db = cp::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto report = cp::createImporter(QStringLiteral("daily-sales"))->run(file, db->connection());
        times << timer.elapsed();
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
            return 1;
        }
        if (i == 0)
            std::printf("rows: %lld\n", static_cast<long long>(report->rowsRead));
        db->closeThreadConnection();
    }
    std::sort(times.begin(), times.end());
    std::printf("import_ms_best: %lld\nimport_ms_median: %lld\n", static_cast<long long>(times.first()),
                static_cast<long long>(times.at(times.size() / 2)));
    return 0;
}
