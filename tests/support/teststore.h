// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgserver.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace cp::test {

// The store suites run on both engines (issue 18): SQLite by default, and
// PostgreSQL when CTest runs the same binary again with
// CP_TEST_ENGINE=postgresql (tests/CMakeLists.txt registers both). On
// PostgreSQL the process starts one server of its own (PgServer: initdb into
// a temporary folder, 127.0.0.1), gives every fresh store its own database
// on it, and stops it when the application object goes.
inline bool onPostgres()
{
    return qgetenv("CP_TEST_ENGINE") == "postgresql";
}

inline PgServer *sharedPgServer(QString *error)
{
    static std::unique_ptr<PgServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        auto s = std::make_unique<PgServer>();
        if (s->start(&failure)) {
            server = std::move(s);
            qAddPostRoutine([] { server.reset(); });
        }
    }
    if (!server && error)
        *error = failure;
    return server.get();
}

// A new, empty store's address: `dir`/`fileName` on SQLite, a new database
// on the shared server on PostgreSQL. Empty (with a test failure recorded)
// when the server cannot be had.
inline QString freshStore(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir.filePath(fileName);
    static std::atomic<int> counter{0};
    QString error;
    PgServer *server = sharedPgServer(&error);
    if (!server) {
        QTest::qFail(qPrintable(QStringLiteral("no PostgreSQL server for the test: ") + error), __FILE__, __LINE__);
        return {};
    }
    const QString name = QStringLiteral("store%1").arg(++counter);
    if (!server->createDatabase(name, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return server->url(name);
}

} // namespace cp::test

// For the checks that only mean something on one engine (an SQLite file's
// header, its pragmas, a file that is not a database).
#define CP_SQLITE_ONLY()                                                                                               \
    do {                                                                                                               \
        if (cp::test::onPostgres())                                                                                    \
            QSKIP("SQLite only (the file itself)");                                                                    \
    } while (false)
