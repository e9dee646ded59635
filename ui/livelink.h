// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/backend/adplatform.h"
#include "agents/live/connections.h"
#include "agents/llm/chatclient.h"
#include "models/workspace.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <functional>
#include <memory>

namespace cp {

class Dispatcher;

// A workspace's live connections as the window uses them: their addresses
// (QSettings, per workspace), the secrets typed or read this session (memory
// only; the keychain keeps them), the ad platform approved actions go to, and
// what the hosts' circuit breakers say. A replay workspace has none: its
// platform is the recorded backend. No widget: the window shows what it says.
class LiveLink final : public QObject
{
    Q_OBJECT
public:
    explicit LiveLink(QObject *parent = nullptr);

    // The workspace these connections belong to: a new one loads its own
    // (a live one's from the settings) and forgets the secrets in memory.
    void setWorkspace(const Workspace &workspace);
    const Connections &connections() const { return m_connections; }
    // Replaces the connections (addresses to the settings, typed secrets to
    // the keychain and memory) and installs the ad platform they name.
    void setConnections(const Connections &connections, const Secrets &store, const Secrets &platform, const Secrets &model = {});
    // Builds the workspace's language model (its key from memory, else the
    // keychain or CP_LLM_API_KEY) and announces it; none for a replay
    // workspace or when the connection is off (the default).
    void applyLanguageModel();
    // The dispatcher approved actions go through; its platform is built and
    // installed now and whenever the connections change.
    void setDispatcher(Dispatcher *dispatcher);
    // What this workspace learnt its platforms cannot do (by capability key).
    void setMissingCapabilities(QHash<QString, QStringList> missing) { m_missing = std::move(missing); }
    // Builds the workspace's ad platform (reading the keychain when no secret
    // is in memory) and installs it in the dispatcher. Never falls back to
    // another platform: without one, nothing is sent and platformInstalled says why.
    void applyPlatform();
    // Both connections' secrets: typed this session, else the keychain or the
    // environment (asynchronous). An error lists what could not be read.
    using SecretsDone = std::function<void(const Result<std::pair<Secrets, Secrets>> &)>;
    void readSecrets(SecretsDone done);
    // A host's circuit breaker changed (HttpClient::Breaker as int); GUI thread.
    void showBreaker(const QString &host, int state);

signals:
    // The ad platform approved actions go to now; none: nothing is sent (`why`).
    void platformInstalled(std::shared_ptr<cp::AdPlatform> platform, const QString &why);
    // "Sends: meta graph.facebook.com", with what to know in the tooltip.
    void sendsLabelChanged(const QString &text, const QString &toolTip);
    // The language model the agents and the queue may ask now; none: off (`why`).
    void languageModelChanged(std::optional<cp::ModelEndpoint> model, const QString &why);
    // A passing note for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    Workspace m_workspace;
    Connections m_connections;
    Secrets m_storeSecrets, m_platformSecrets, m_modelSecrets;   // memory only
    Dispatcher *m_dispatcher = nullptr;
    QHash<QString, QStringList> m_missing;
    QMap<QString, QString> m_breakers;           // host -> what its breaker says
};

} // namespace cp
