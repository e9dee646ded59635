// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteplatform.h"
#include "campaignpilotplatform.h"
#include "metaplatform.h"

#include <QMutexLocker>

namespace cp {

Result<HttpResponse> RemotePlatform::call(HttpRequest request)
{
    if (!m_clients.hasLocalData())
        m_clients.setLocalData(new HttpClient(m_base, m_policy));
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token});
    return sendAndWait(*m_clients.localData(), request);   // the dispatcher's worker thread, never the GUI's
}

void RemotePlatform::remember(const OutboxItem &item)
{
    QMutexLocker lock(&m_mutex);
    m_items.insert(item.idempotencyKey, item);
}

Result<std::optional<QJsonObject>> RemotePlatform::lookup(const QString &idempotencyKey)
{
    OutboxItem item;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_items.contains(idempotencyKey))
            return std::optional<QJsonObject>();   // unknown here: apply() reads state first anyway
        item = m_items.value(idempotencyKey);
    }
    return alreadyApplied(item);
}

std::shared_ptr<AdPlatform> connectPlatform(const Connection &connection, const Secrets &secrets)
{
    switch (connection.kind) {
    case Connection::Kind::Meta:
        return std::make_shared<MetaPlatform>(connection.url, connection.network(), secrets.token);
    case Connection::Kind::CampaignPilotApi:
        return std::make_shared<CampaignPilotPlatform>(connection.url, connection.network(), secrets.token);
    default:
        return nullptr;
    }
}

} // namespace cp
