// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteplatform.h"
#include "campaignpilotplatform.h"
#include "metaplatform.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

namespace cp {

namespace {
struct RemoteText
{
    Q_DECLARE_TR_FUNCTIONS(RemotePlatform)
};
} // namespace

QString RemotePlatform::pathSegment(const QString &id)
{
    // toPercentEncoding leaves "-._~" alone; "." is encoded too, so that ".."
    // cannot be a path segment of its own.
    return QString::fromLatin1(QUrl::toPercentEncoding(id, QByteArrayLiteral("-_~"), QByteArrayLiteral(".")));
}

RemotePlatform::~RemotePlatform()
{
    // Each client belongs to its thread: deleted there, by its event loop.
    QMutexLocker lock(&m_mutex);
    for (HttpClient *c : std::as_const(m_clients))
        c->deleteLater();
}

HttpClient *RemotePlatform::client()
{
    QMutexLocker lock(&m_mutex);
    HttpClient *&c = m_clients[QThread::currentThread()];
    if (!c)
        c = new HttpClient(m_base, m_policy);
    return c;
}

Result<HttpResponse> RemotePlatform::call(HttpRequest request)
{
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token});
    return sendAndWait(*client(), request);   // the dispatcher's worker thread, never the GUI's
}

SendOutcome RemotePlatform::apply(const OutboxItem &item)
{
    const Recommendation::Action action = item.recommendation.action;
    if (!supports(action))
        return SendOutcome::rejected(Error{unsupportedReason(action), name()});
    if (action == Recommendation::Action::None)
        return SendOutcome::rejected(Error{RemoteText::tr("nothing to send"), name()});
    if (client()->breaker() == HttpClient::Breaker::Open)
        // The client would refuse without sending; the entry waits for a later run.
        return SendOutcome::notSent(Error{RemoteText::tr("%1 is not answering; the send waits for a later run").arg(m_base.host()),
                                          name()});
    return send(item);
}

Error RemotePlatform::redacted(const Error &error)
{
    return client()->redacted(error);
}

bool RemotePlatform::provesNotApplied(const Error &error)
{
    const int s = error.httpStatus;
    return s >= 400 && s < 500 && s != 408 && s != 409 && s != 425;
}

SendOutcome RemotePlatform::write(HttpRequest request, const OutboxItem &item,
                                  const std::function<Result<QJsonObject>(const QByteArray &, const QString &)> &read,
                                  const std::function<SendOutcome(const HttpResponse &, const QString &)> &refusal)
{
    // A header, not HttpRequest::idempotencyKey: that one makes the client
    // retry, and a platform that ignores the key would apply a retry twice.
    request.headers.append({"Idempotency-Key", item.idempotencyKey.toUtf8()});
    if (refusal)
        request.answerErrors = true;
    const QString endpoint = request.endpoint();
    auto response = call(request);
    if (!response) {
        // Too many requests: refused before anything was done, and the
        // server asks to be tried later (RFC 6585, section 4). The entry
        // waits for a later run; it was marked failed, for good.
        if (response.error().httpStatus == 429)
            return SendOutcome::notSent(response.error());
        if (response.error().unsent || provesNotApplied(response.error()))
            return SendOutcome::rejected(response.error());
        return SendOutcome::unknown(response.error());
    }
    if (refusal && response->status >= 400)
        return refusal(*response, endpoint);
    auto result = read(response->body, endpoint);
    if (!result)
        return SendOutcome::unknown(Error{RemoteText::tr("the platform answered %1 but the answer cannot be read: %2")
                                              .arg(response->status).arg(result.error().message),
                                          endpoint});
    return SendOutcome::applied(*result);
}

std::shared_ptr<AdPlatform> connectPlatform(const Connection &connection, const Secrets &secrets)
{
    switch (connection.kind) {
    case Connection::Kind::Meta:
        return std::make_shared<MetaPlatform>(connection.baseUrl(), connection.network(), secrets.token, connection.account);
    case Connection::Kind::CampaignPilotApi:
        return std::make_shared<CampaignPilotPlatform>(connection.baseUrl(), connection.network(), secrets.token);
    default:
        return nullptr;
    }
}

} // namespace cp
