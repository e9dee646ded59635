// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cp::Credentials {

namespace {
struct CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

const QString kService = QStringLiteral("campaign-pilot");

QString roleKey(Role role)
{
    return role == Role::Store ? QStringLiteral("store") : role == Role::Model ? QStringLiteral("model") : QStringLiteral("platform");
}

// The fields a kind of connection has: Secrets member, keychain entry name.
QList<std::pair<QByteArray Secrets::*, QString>> fieldsOf(Connection::Kind kind)
{
    if (kind == Connection::Kind::WooCommerce)
        return {{&Secrets::key, QStringLiteral("consumer_key")}, {&Secrets::secret, QStringLiteral("consumer_secret")}};
    if (kind == Connection::Kind::None)
        return {};
    return {{&Secrets::token, QStringLiteral("token")}};
}

bool keychainOff() { return qEnvironmentVariableIntValue("CP_NO_KEYCHAIN") == 1; }

// Reads the fields one after another from the keychain.
// The keychain entry: per workspace, per connection, per field, so that two
// live workspaces (two shops) never share or overwrite each other's secrets.
QString entryKey(const QString &workspaceId, Role role, Connection::Kind kind, const QString &field)
{
    return QStringLiteral("%1/%2/%3/%4").arg(workspaceId, roleKey(role), Connection::kindKey(kind), field);
}

void readKeychain(const QString &workspaceId, Role role, Connection::Kind kind, qsizetype index, std::shared_ptr<Secrets> got, std::shared_ptr<QString> problem,
                  std::function<void()> finished)
{
    const auto fields = fieldsOf(kind);
    if (index >= fields.size())
        return finished();
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setInsecureFallback(false);   // never a plain-text file
    job->setKey(entryKey(workspaceId, role, kind, fields[index].second));
    QObject::connect(job, &QKeychain::Job::finished, [=](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            (*got).*(fields[index].first) = job->binaryData();
        else if (job->error() != QKeychain::EntryNotFound && problem->isEmpty())
            *problem = job->errorString();
        readKeychain(workspaceId, role, kind, index + 1, got, problem, finished);
    });
    job->start();
}
} // namespace

QStringList environmentNames(Role role, Connection::Kind kind)
{
    switch (kind) {
    case Connection::Kind::WooCommerce: return {QStringLiteral("CP_WC_CONSUMER_KEY"), QStringLiteral("CP_WC_CONSUMER_SECRET")};
    case Connection::Kind::Meta: return {QStringLiteral("CP_META_ACCESS_TOKEN")};
    case Connection::Kind::OpenAiCompatible: return {QStringLiteral("CP_LLM_API_KEY")};
    case Connection::Kind::CampaignPilotApi:
        return {role == Role::Store ? QStringLiteral("CP_STORE_TOKEN") : QStringLiteral("CP_PLATFORM_TOKEN")};
    case Connection::Kind::None: return {};
    }
    return {};
}

bool required(Connection::Kind kind)
{
    // The seed's own API may run without authentication; the others never do.
    return kind == Connection::Kind::WooCommerce || kind == Connection::Kind::Meta;
}

void read(const QString &workspaceId, Role role, Connection::Kind kind, std::function<void(const Result<Secrets> &)> done)
{
    const auto fields = fieldsOf(kind);
    const QStringList env = environmentNames(role, kind);
    Secrets fromEnv;
    bool allInEnv = !fields.isEmpty();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        fromEnv.*(fields[i].first) = qgetenv(env.value(i).toLocal8Bit().constData());
        allInEnv = allInEnv && !(fromEnv.*(fields[i].first)).isEmpty();
    }
    auto complete = [=](const Secrets &s, const QString &keychainProblem) {
        bool missing = false;
        for (const auto &f : fields)
            missing = missing || (s.*(f.first)).isEmpty();
        if (missing && required(kind)) {
            QString message = CredentialText::tr("no credentials for the %1 (%2): enter them in Agents ▸ Connections, or set %3")
                                  .arg(role == Role::Store ? CredentialText::tr("store")
                                       : role == Role::Model ? CredentialText::tr("language model")
                                                             : CredentialText::tr("ad platform"),
                                       Connection::kindKey(kind), env.join(QStringLiteral(", ")));
            if (!keychainProblem.isEmpty())
                message += CredentialText::tr(" (the keychain said: %1)").arg(keychainProblem);
            return done(Error{message, QStringLiteral("credentials")});
        }
        done(s);
    };
    if (allInEnv || fields.isEmpty() || keychainOff() || workspaceId.isEmpty()) {
        QTimer::singleShot(0, [complete, fromEnv] { complete(fromEnv, QString()); });
        return;
    }
    auto got = std::make_shared<Secrets>();
    auto problem = std::make_shared<QString>();
    readKeychain(workspaceId, role, kind, 0, got, problem, [=] {
        Secrets merged = *got;
        for (const auto &f : fields)   // a variable that is set wins
            if (!(fromEnv.*(f.first)).isEmpty())
                merged.*(f.first) = fromEnv.*(f.first);
        complete(merged, *problem);
    });
}

Result<Secrets> readAndWait(const QString &workspaceId, Role role, Connection::Kind kind)
{
    std::optional<Result<Secrets>> result;
    QEventLoop loop;
    read(workspaceId, role, kind, [&](const Result<Secrets> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void write(const QString &workspaceId, Role role, Connection::Kind kind, const Secrets &secrets,
           std::function<void(const Status &)> done)
{
    const auto fields = fieldsOf(kind);
    if (keychainOff() || fields.isEmpty() || workspaceId.isEmpty()) {
        QTimer::singleShot(0, [done, fields] {
            done(fields.isEmpty() ? Status{} : Status(Error{CredentialText::tr("the keychain is switched off (CP_NO_KEYCHAIN=1); "
                                                                               "use the environment variables"),
                                                            QStringLiteral("credentials")}));
        });
        return;
    }
    auto remaining = std::make_shared<int>(int(fields.size()));
    auto firstError = std::make_shared<QString>();
    for (const auto &f : fields) {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(entryKey(workspaceId, role, kind, f.second));
        job->setBinaryData(secrets.*(f.first));
        QObject::connect(job, &QKeychain::Job::finished, [=](QKeychain::Job *) {
            if (job->error() != QKeychain::NoError && firstError->isEmpty())
                *firstError = job->errorString();
            if (--*remaining == 0)
                done(firstError->isEmpty() ? Status{}
                                           : Status(Error{CredentialText::tr("the keychain refused: %1").arg(*firstError),
                                                          QStringLiteral("credentials")}));
        });
        job->start();
    }
}

} // namespace cp::Credentials
