// SPDX-License-Identifier: GPL-3.0-or-later
#include "livelink.h"

#include "agents/dispatcher.h"
#include "agents/live/credentials.h"
#include "agents/tools/httpclient.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/database.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace cp {

LiveLink::LiveLink(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<cp::AdPlatform>>();
}

void LiveLink::setWorkspace(const Workspace &workspace)
{
    const bool other = workspace.id != m_workspace.id;
    m_workspace = workspace;
    if (!other)
        return;
    QSettings settings;
    // Connections belong to a live workspace; a replay workspace has none.
    if (workspace.isLive()) {
        if (QFileInfo(workspace.path) == QFileInfo(Workspaces::defaultLivePath()))
            Connections::adoptMachineWide(settings, workspace.id);
        m_connections = Connections::load(settings, workspace.id);
    } else {
        m_connections = {};
    }
    m_storeSecrets = {};
    m_platformSecrets = {};
    m_modelSecrets = {};
    applyLanguageModel();
}

void LiveLink::setConnections(const Connections &connections, const Secrets &store, const Secrets &platform, const Secrets &model)
{
    if (connections.model.kind != m_connections.model.kind || connections.model.url != m_connections.model.url)
        m_modelSecrets = {};
    // Secrets held in memory belong to one connection: never send them to another.
    if (connections.store.kind != m_connections.store.kind || connections.store.url != m_connections.store.url)
        m_storeSecrets = {};
    if (connections.platform.kind != m_connections.platform.kind || connections.platform.url != m_connections.platform.url)
        m_platformSecrets = {};
    if (m_workspace.isReplay() || m_workspace.id.isEmpty())
        return;   // connections belong to a live workspace
    const bool sameModel = connections.model.kind == m_connections.model.kind && connections.model.url == m_connections.model.url;
    const bool hadKey = sameModel && m_connections.model.hasKey;
    m_connections = connections;
    // Whether a key was typed for the model (never the key): after a restart without a keychain, it says the key is gone.
    m_connections.model.hasKey = connections.model.isSet() && (!model.token.isEmpty() || hadKey);
    {
        QSettings settings;   // addresses and limits only; never a secret
        m_connections.save(settings, m_workspace.id);
    }
    auto keep = [this](Credentials::Role role, Connection::Kind kind, const Secrets &typed, Secrets &memory) {
        if (typed.token.isEmpty() && typed.key.isEmpty() && typed.secret.isEmpty())
            return;
        memory = typed;
        Credentials::write(m_workspace.id, role, kind, typed, [this](const Status &s) {
            if (!s)
                emit message(tr("Secrets kept for this session only: %1").arg(s.error().message), 15000);
        });
    };
    keep(Credentials::Role::Store, connections.store.kind, store, m_storeSecrets);
    keep(Credentials::Role::Platform, connections.platform.kind, platform, m_platformSecrets);
    keep(Credentials::Role::Model, connections.model.kind, model, m_modelSecrets);
    applyPlatform();
    applyLanguageModel();
}

void LiveLink::applyLanguageModel()
{
    const Connection c = m_connections.model;
    const Workspace workspace = m_workspace;
    auto build = [this, c, workspace](const QByteArray &key) {
        auto built = languageModelForWorkspace(workspace, c, key);
        if (!built)
            return emit languageModelChanged(std::nullopt, built.error().toString());
        if (built->has_value() && (*built)->keyMissing)
            emit message(tr("Language model: no API key is stored for this connection (without a keychain it was kept for one "
                            "session only), so requests go without one; type it again in Agents ▸ Connections or set "
                            "CP_LLM_API_KEY."),
                         30000);
        emit languageModelChanged(*built, built->has_value() ? QString() : tr("No language model: the template writes the ad copy."));
    };
    if (!workspace.isLive() || !c.isSet() || !m_modelSecrets.token.isEmpty())
        return build(m_modelSecrets.token);
    // A local server needs no key: none found is no error.
    Credentials::read(workspace.id, Credentials::Role::Model, c.kind, [this, build, id = workspace.id](const Result<Secrets> &s) {
        if (id != m_workspace.id)
            return;   // another workspace meanwhile
        if (s)
            m_modelSecrets = *s;
        build(s ? s->token : QByteArray());
    });
}

void LiveLink::setDispatcher(Dispatcher *dispatcher)
{
    m_dispatcher = dispatcher;
    applyPlatform();
}

void LiveLink::applyPlatform()
{
    if (!m_dispatcher)
        return;
    const Connection c = m_connections.platform;
    const Workspace workspace = m_workspace;
    const Database db = Database::attach(workspace.path);
    auto install = [this](std::shared_ptr<AdPlatform> platform, const QString &label) {
        if (!m_dispatcher->setPlatform(platform)) {
            emit message(tr("Sending is busy; the new platform applies after it"), 10000);
            QTimer::singleShot(1000, this, &LiveLink::applyPlatform);
            return;
        }
        if (platform)   // what this workspace learnt it cannot do, without asking again
            platform->assumeMissing(m_missing.value(platform->capabilityKey()));
        emit platformInstalled(platform, QString());
        emit sendsLabelChanged(label, QString());
    };
    auto nothing = [this](const QString &label, const QString &why) {
        // Never fall back to another platform silently: nothing is sent, and the status bar says why.
        m_dispatcher->setPlatform(nullptr);
        emit platformInstalled(nullptr, why);
        emit sendsLabelChanged(label, why);
    };
    auto withSecrets = [this, c, install, workspace, db, nothing](const Secrets &secrets) {
        auto built = platformForWorkspace(workspace, db, c, secrets);
        if (!built)
            return nothing(tr("Sends: nowhere"), built.error().toString());
        install(*built, workspace.isReplay() ? tr("Sends: recorded backend (replay)")
                                             : tr("Sends: %1 %2").arg(Connection::kindKey(c.kind), c.url.host()));
    };
    if (workspace.isReplay())
        return withSecrets({});
    if (!c.isSet())
        return nothing(tr("Sends: no ad platform connected"), tr("Connect an ad platform in Agents ▸ Connections; until then nothing is sent."));
    if (!m_platformSecrets.token.isEmpty())
        return withSecrets(m_platformSecrets);
    Credentials::read(workspace.id, Credentials::Role::Platform, c.kind, [this, withSecrets, nothing](const Result<Secrets> &s) {
        if (!s)   // without credentials nothing can be sent there
            return nothing(tr("Sends: no credentials"), s.error().message);
        m_platformSecrets = *s;   // memory only; Refresh live data need not read the keychain again
        withSecrets(*s);
    });
}

void LiveLink::readSecrets(SecretsDone done)
{
    auto secrets = std::make_shared<std::pair<Secrets, Secrets>>(m_storeSecrets, m_platformSecrets);
    auto pending = std::make_shared<int>(0);
    auto failed = std::make_shared<QStringList>();
    auto oneDone = [pending, failed, secrets, done] {
        if (--*pending > 0)
            return;
        if (!failed->isEmpty())
            return done(Error{failed->join(QLatin1Char('\n')), tr("credentials")});
        done(*secrets);
    };
    auto need = [&](Credentials::Role role, const Connection &c, Secrets *slot) {
        if (!c.isSet() || !slot->token.isEmpty() || !slot->key.isEmpty())
            return;
        ++*pending;
        Credentials::read(m_workspace.id, role, c.kind, [slot, failed, oneDone](const Result<Secrets> &s) {
            if (s)
                *slot = *s;
            else
                *failed << s.error().message;
            oneDone();
        });
    };
    ++*pending;   // held until both reads are under way
    need(Credentials::Role::Store, m_connections.store, &secrets->first);
    need(Credentials::Role::Platform, m_connections.platform, &secrets->second);
    oneDone();
}

void LiveLink::showBreaker(const QString &host, int state)
{
    const QString text = state == int(HttpClient::Breaker::Open)       ? tr("%1 not answering (paused)").arg(host)
                         : state == int(HttpClient::Breaker::HalfOpen) ? tr("%1 trying again").arg(host)
                                                                       : tr("%1 ok").arg(host);
    m_breakers.insert(host, text);
    emit sendsLabelChanged(QString(), m_breakers.values().join(QLatin1Char('\n')));
    emit message(text, 10000);
}

} // namespace cp
