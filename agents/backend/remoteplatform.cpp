// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteplatform.h"
#include "campaignpilotplatform.h"
#include "metaplatform.h"

#include <QCoreApplication>
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

Result<QJsonObject> RemotePlatform::apply(const OutboxItem &item)
{
    const Recommendation::Action action = item.recommendation.action;
    if (!supports(action))
        return Error{unsupportedReason(action), name()};
    if (action == Recommendation::Action::None)
        return Error{QCoreApplication::translate("RemotePlatform", "nothing to send"), name()};
    {
        QMutexLocker lock(&m_mutex);   // so that lookup() can ask about this key later
        m_items.insert(item.idempotencyKey, item);
    }
    auto before = alreadyApplied(item);
    if (!before)
        return before.error();
    if (before->has_value())
        return **before;
    return send(item);
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
