// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"
#include "clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace cp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

constexpr QFile::Permissions kUserOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kUserOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// Creates `dir` and any missing parents, each readable by the user only.
// Folders that exist already keep their mode (they may be the user's own).
bool makeUserOnlyPath(const QString &dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo::exists(absolute))
        return QFileInfo(absolute).isDir();
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makeUserOnlyPath(parent))
        return false;
    // QDir::mkdir(name, permissions) creates it with that mode (Qt 6.3).
    return QDir().mkdir(absolute, kUserOnlyDir) || QFileInfo(absolute).isDir();
}

QString slug(const QString &name)
{
    QString s = name.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s = s.mid(0, 40);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("workspace") : s;
}
} // namespace

QString Workspace::kindKey(Kind kind)
{
    return kind == Kind::Live ? QStringLiteral("live") : QStringLiteral("replay");
}

QString Workspace::kindLabel() const
{
    if (Database::isPostgresUrl(path))
        return Text::tr("Team");   // a shared PostgreSQL database, always live
    return isLive() ? Text::tr("Live") : Text::tr("Replay");
}

QDate Workspace::today() const
{
    const QDateTime now = Clock::now();
    if (!timeZone.isEmpty()) {
        const QTimeZone zone(timeZone.toUtf8());
        if (zone.isValid())
            return now.toTimeZone(zone).date();
    }
    return now.toLocalTime().date();
}

QString Workspace::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (isReplay() && !recordingSource.isEmpty())
        return recordingSource == u"demo" ? Text::tr("Demo") : QFileInfo(recordingSource).fileName();
    if (Database::isPostgresUrl(path))
        return QUrl(path).path().mid(1);   // the database, without "?sslmode=…"
    return QFileInfo(path).completeBaseName();
}

QString Workspace::describe() const
{
    return isLive() ? Text::tr("Workspace: %1 (live) — %2").arg(displayName(), path)
                    : Text::tr("Workspace: %1 (replay of %2; sends nothing to any network) — %3")
                          .arg(displayName(), recordingSource.isEmpty() ? Text::tr("a recording") : recordingSource, path);
}

namespace Workspaces {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makeUserOnlyPath(dir);
    return dir;
}

QString defaultLivePath()
{
    return dataDir() + QStringLiteral("/campaign-pilot.sqlite");
}

QString newLivePath(const QString &name)
{
    const QString dir = dataDir() + QStringLiteral("/workspaces");
    const QString base = slug(name);
    QString path = dir + QLatin1Char('/') + base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir + QLatin1Char('/') + base + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

QString replayPath(const QString &recordingKey)
{
    const QString dir = dataDir() + QStringLiteral("/replays");
    if (recordingKey == u"demo")
        return dir + QStringLiteral("/demo.sqlite");
    // One per recording folder: its name for people, a hash of the full path
    // so that two folders of the same name do not share a workspace.
    const QString canonical = QFileInfo(recordingKey).absoluteFilePath();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(10));
    return dir + QLatin1Char('/') + slug(QFileInfo(canonical).fileName()) + QLatin1Char('-') + hash + QStringLiteral(".sqlite");
}

Status prepareFile(const QString &path)
{
    const QFileInfo info(path);
    if (!makeUserOnlyPath(info.absolutePath()))
        return Error{Text::tr("cannot create the folder %1").arg(info.absolutePath()), path};
    if (info.exists())
        return {};
    QFile file(info.absoluteFilePath());
    // QFile::open(mode, permissions) creates the file with that mode (Qt 6.3).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kUserOnlyFile))
        return Error{Text::tr("cannot create the workspace file: %1").arg(file.errorString()), path};
    return {};
}

Result<Workspace> read(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT w.workspace_id, w.kind, w.name, w.recording_source, w.fixed, "
                               "COALESCE(NULLIF(w.currency, ''), r.currency, ''), w.time_zone, w.attribution_days, w.platform_read_through, "
                               "w.home_path, w.home_file_id, w.store_read_through "
                               "FROM workspace w LEFT JOIN recording r ON r.id = 1 WHERE w.id = 1")))
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    if (!q.next())
        return Error{Text::tr("the store does not say what kind of workspace it is"), path};
    Workspace w;
    w.path = path;
    w.id = q.value(0).toString();
    w.kind = q.value(1).toString() == u"replay" ? Workspace::Kind::Replay : Workspace::Kind::Live;
    w.name = q.value(2).toString();
    w.recordingSource = q.value(3).toString();
    w.fixed = q.value(4).toInt() != 0;
    w.currency = q.value(5).toString();
    w.timeZone = q.value(6).toString();
    w.attributionDays = q.value(7).toInt();
    w.platformReadThrough = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    w.homePath = q.value(9).toString();
    w.homeFileId = q.value(10).toString();
    w.storeReadThrough = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    return w;
}

Status setCurrency(QSqlDatabase db, const QString &iso4217)
{
    const QString code = iso4217.trimmed().toUpper();
    if (code.size() != 3)
        return Error{Text::tr("\"%1\" is not a currency code (ISO 4217, three letters)").arg(iso4217), QStringLiteral("workspace")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET currency = ? WHERE id = 1"));
    q.addBindValue(code);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Status setTimeZone(QSqlDatabase db, const QString &zone)
{
    const QString id = zone.trimmed();
    if (!id.isEmpty() && !QTimeZone(id.toUtf8()).isValid())
        return Error{Text::tr("\"%1\" is not a time zone").arg(zone), QStringLiteral("workspace")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET time_zone = ? WHERE id = 1"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Status setAttributionDays(QSqlDatabase db, int days)
{
    if (days < 0 || days > 90)
        return Error{Text::tr("an attribution window of %1 days is not one of 0 to 90").arg(days), QStringLiteral("workspace")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET attribution_days = ? WHERE id = 1"));
    q.addBindValue(days);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Status setPlatformReadThrough(QSqlDatabase db, QDate day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET platform_read_through = ? WHERE id = 1"));
    q.addBindValue(day.isValid() ? day.toString(Qt::ISODate) : QString());
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Status setStoreReadThrough(QSqlDatabase db, QDate day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET store_read_through = ? WHERE id = 1"));
    q.addBindValue(day.isValid() ? day.toString(Qt::ISODate) : QString());
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Status define(QSqlDatabase db, Workspace::Kind kind, const QString &name, const QString &recordingSource)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET kind = ?, name = COALESCE(?, ''), recording_source = COALESCE(?, ''), fixed = 1 WHERE id = 1"));
    q.addBindValue(Workspace::kindKey(kind));
    q.addBindValue(name);
    q.addBindValue(recordingSource);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#else
    Q_UNUSED(path);
#endif
    return {};
}

Status setHome(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workspace SET home_path = ?, home_file_id = ? WHERE id = 1"));
    q.addBindValue(path);
    q.addBindValue(fileIdentity(path));
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    return {};
}

Result<QString> reidentify(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE workspace SET workspace_id = lower(hex(randomblob(16))) WHERE id = 1")))
        return Error{q.lastError().text(), QStringLiteral("workspace")};
    if (Status s = setHome(db, path); !s)
        return s.error();
    auto w = read(db, path);
    if (!w)
        return w.error();
    return w->id;
}

QString idAt(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    // A connection of its own, read-only, gone (with every handle on it)
    // before it is removed.
    static std::atomic<quint64> next{0};
    const QString name = QStringLiteral("cp-peek:%1").arg(++next);
    QString id;
    {
        QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        peek.setDatabaseName(path);
        peek.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (peek.open()) {
            QSqlQuery q(peek);
            if (q.exec(QStringLiteral("SELECT workspace_id FROM workspace WHERE id = 1")) && q.next())
                id = q.value(0).toString();
        }
        peek.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

Result<bool> isPristine(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const char *table : {"products", "product_days", "campaigns", "campaign_days", "ad_totals", "import_log",
                              "live_product_totals", "live_campaign_totals", "recommendations", "recording"}) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table))) || !q.next())
            return Error{q.lastError().text(), QLatin1String(table)};
        if (q.value(0).toInt() != 0)
            return false;
    }
    return true;
}

} // namespace Workspaces
} // namespace cp
