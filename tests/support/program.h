// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the command line and of the store share: running the
// program (CP_BINARY, set by tests/CMakeLists.txt) and reading one value.

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cp::test {

// The first column of the first row `sql` returns on `db`; invalid when
// the statement fails or returns nothing.
inline QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

struct Run
{
    int exitCode = -1;   // -1: it did not end within two minutes (and was killed)
    QString out;
    QString err;
};

#ifdef CP_BINARY
// Runs `campaign-pilot args` in `env`, `input` on its standard input (closed
// after it), and waits for it to end.
inline Run runProgram(const QStringList &args, const QProcessEnvironment &env, const QString &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CP_BINARY), args);
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(10000);
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
#endif

} // namespace cp::test
