// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

// Skips a test that needs PostgreSQL when the machine has none (no server
// binaries, no Qt driver), unless CP_REQUIRE_POSTGRES is set: .ci/test sets
// it after .ci/setup installed both, so that a missing server fails the
// suite instead of passing it untested.
#define CP_SKIP_WITHOUT_POSTGRES(why)                                                                                \
    do {                                                                                                             \
        if (qEnvironmentVariableIsSet("CP_REQUIRE_POSTGRES"))                                                        \
            QFAIL(qPrintable(QStringLiteral("PostgreSQL is required here (CP_REQUIRE_POSTGRES): ") + QString(why))); \
        QSKIP(qPrintable(QString(why)));                                                                             \
    } while (false)

namespace cp::test {

// A PostgreSQL server of the test's own (issue 18): Debian's `postgresql`
// binaries, a cluster initialised into a temporary folder, listening on
// 127.0.0.1 at a free port and on a socket in that folder, trust
// authentication for its one role `cp`, stopped and deleted when the object
// goes. PostgreSQL refuses to run as root: as root the binaries run as the
// `postgres` system user (runuser), which owns the folder.
class PgServer
{
public:
    PgServer() = default;
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;
    ~PgServer() { stop(); }

    // Before start(): other roles than `cp` log in with a password
    // (scram-sha-256) on 127.0.0.1 and on the socket; `cp`, the superuser
    // that the tests' own connections use, keeps trust. Off: trust for all.
    void setPasswordAuthentication(bool on) { m_passwords = on; }

    // initdb + pg_ctl start -w. False with `error` set when it cannot (no
    // binaries, initdb or start failed: the server log's tail is quoted).
    bool start(QString *error)
    {
        const QString bin = binDir();
        if (bin.isEmpty())
            return fail(error, QStringLiteral("no PostgreSQL binaries under /usr/lib/postgresql (Debian package postgresql)"));
        m_bin = bin;
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        m_port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (::geteuid() == 0) {
            // The cluster's folder belongs to the user the server runs as.
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                   | QFile::ExeOther | QFile::ReadGroup | QFile::ReadOther);
        }
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("cp"), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 &out))
            return fail(error, QStringLiteral("initdb failed: ") + out.right(600));
        if (m_passwords) {
            // The first matching line wins: the superuser by trust, everyone else by password.
            QFile hba(data + QStringLiteral("/pg_hba.conf"));
            if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(error, QStringLiteral("cannot write pg_hba.conf: ") + hba.errorString());
            hba.write("local all cp trust\n"
                      "host all cp 127.0.0.1/32 trust\n"
                      "local all all scram-sha-256\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n");
        }
        const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                  options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                 &out)) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            const QString tail = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).right(800) : QString();
            return fail(error, QStringLiteral("pg_ctl start failed: ") + out.right(400) + QLatin1Char('\n') + tail);
        }
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        QString out;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &out);
        m_running = false;
    }

    // A new, empty database on the server.
    bool createDatabase(const QString &name, QString *error)
    {
        QString out;
        if (!run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                              QString::number(m_port), QStringLiteral("-U"), QStringLiteral("cp"), name},
                 &out))
            return fail(error, QStringLiteral("createdb failed: ") + out);
        return true;
    }

    // What `--database` takes: postgresql://cp@127.0.0.1:PORT/NAME
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://cp@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }
    int port() const { return m_port; }

private:
    static QString binDir()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            if (QFile::exists(root.filePath(v + QStringLiteral("/bin/initdb"))))
                return root.filePath(v + QStringLiteral("/bin"));
        return {};
    }
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    bool run(const QString &tool, const QStringList &args, QString *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *out = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/cp-pg-XXXXXX")};
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_passwords = false;
};

} // namespace cp::test
