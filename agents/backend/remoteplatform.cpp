// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteplatform.h"

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

} // namespace cp
