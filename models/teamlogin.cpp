// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlogin.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace cp {

namespace {
QMutex &lock()
{
    static QMutex m;
    return m;
}
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> p;
    return p;
}
QHash<QString, bool> &refusals()
{
    static QHash<QString, bool> r;
    return r;
}
} // namespace

void TeamLogin::setPassword(const QString &url, const QString &password)
{
    QMutexLocker locker(&lock());
    passwords().insert(url, password);
}

QString TeamLogin::password(const QString &url)
{
    QMutexLocker locker(&lock());
    return passwords().value(url);
}

void TeamLogin::forget(const QString &url)
{
    QMutexLocker locker(&lock());
    passwords().remove(url);
}

QString TeamLogin::user(const QString &url)
{
    const QString given = QUrl(url).userName();
    if (!given.isEmpty())
        return given;
    if (const QString pgUser = qEnvironmentVariable("PGUSER"); !pgUser.isEmpty())
        return pgUser;
    // As libpq does: the operating system's name for the user the program
    // runs as ($USER is often unset under cron, systemd or su).
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QString TeamLogin::server(const QString &url)
{
    const QUrl u(url);
    return QStringLiteral("%1:%2").arg(u.host()).arg(u.port(5432));
}

QString TeamLogin::keychainKey(const QString &url)
{
    return QStringLiteral("%1%2/%3").arg(server(url), QUrl(url).path(), user(url));
}

bool TeamLogin::isAuthenticationFailure(const QString &error)
{
    return error.contains(QLatin1String("password authentication failed")) || error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("fe_sendauth"));
}

bool TeamLogin::loginRefused(const QString &url)
{
    QMutexLocker locker(&lock());
    return refusals().value(url);
}

QString TeamLogin::describeFailure(const QString &url, const QString &error)
{
    {
        QMutexLocker locker(&lock());
        refusals().insert(url, isAuthenticationFailure(error));
    }
    if (error.contains(QLatin1String("no password supplied")) || error.contains(QLatin1String("fe_sendauth")))
        return tr("the server %1 asks role %2 for a password and none was given (the keychain has none for it, PGPASSWORD is not set)")
            .arg(server(url), user(url));
    if (error.contains(QLatin1String("password authentication failed")))
        return tr("the server %1 refused role %2: wrong password, or no such role").arg(server(url), user(url));
    if (error.contains(QLatin1String("role \"")) && error.contains(QLatin1String("does not exist")))
        return tr("the server %1 has no role %2").arg(server(url), user(url));
    // A team workspace lets in its own team only (team_roles.sql revokes
    // CONNECT from everyone else): a member of another workspace's team.
    if (error.contains(QLatin1String("permission denied for database")))
        return tr("role %2 is not in the team of workspace %3 on the server %1 (its admin adds members: campaign-pilot team add)")
            .arg(server(url), user(url), QUrl(url).path().mid(1));
    return tr("cannot open the store on %1 as %2: %3").arg(server(url), user(url), error.trimmed());
}

} // namespace cp
