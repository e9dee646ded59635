// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampassword.h"

#include "models/database.h"
#include "models/teamlogin.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cp::TeamPassword {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamPassword)
};
const QString kService = QStringLiteral("campaign-pilot");
bool keychainOff() { return qEnvironmentVariableIntValue("CP_NO_KEYCHAIN") == 1; }
QString entry(const QString &url) { return QStringLiteral("team/") + TeamLogin::keychainKey(url); }
} // namespace

bool keychainAvailable()
{
    return !keychainOff();
}

void read(const QString &url, std::function<void(const std::optional<QString> &)> done)
{
    if (keychainOff()) {
        QTimer::singleShot(0, [done] { done(std::nullopt); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setInsecureFallback(false);   // never a plain-text file
    job->setKey(entry(url));
    QObject::connect(job, &QKeychain::Job::finished, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty())
            done(job->textData());
        else
            done(std::nullopt);
    });
    job->start();
}

std::optional<QString> readAndWait(const QString &url)
{
    std::optional<std::optional<QString>> result;
    QEventLoop loop;
    read(url, [&](const std::optional<QString> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void write(const QString &url, const QString &password, std::function<void(const Status &)> done)
{
    if (keychainOff()) {
        QTimer::singleShot(0, [done] {
            done(Error{Text::tr("the keychain is switched off (CP_NO_KEYCHAIN=1); the password is kept for this session only"),
                       QStringLiteral("keychain")});
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(entry(url));
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError ? Status{}
                                                : Status(Error{Text::tr("the keychain refused: %1").arg(job->errorString()),
                                                               QStringLiteral("keychain")}));
    });
    job->start();
}

void forget(const QString &url)
{
    TeamLogin::forget(url);
    if (keychainOff())
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(entry(url));
    job->start();
}

void prepareLogin(const QString &path)
{
    if (!Database::isPostgresUrl(path) || !qEnvironmentVariable("PGPASSWORD").isEmpty() || !TeamLogin::password(path).isEmpty())
        return;
    if (const auto password = readAndWait(path))
        TeamLogin::setPassword(path, *password);
}

} // namespace cp::TeamPassword
