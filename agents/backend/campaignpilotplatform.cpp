// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpilotplatform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

namespace cp {

namespace {
struct PlatformText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPilotPlatform)
};

QJsonObject dataOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
}
} // namespace

QStringList CampaignPilotPlatform::missingCapabilities() const
{
    QMutexLocker lock(&m_mutex);
    return m_missing;
}

Result<std::optional<QJsonObject>> CampaignPilotPlatform::alreadyApplied(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    if (r.action == Recommendation::Action::Create) {
        // No key in the seed API: a campaign with this name for this product is ours.
        auto list = call({"GET", QStringLiteral("/api/impact/campaigns"), {}, {}, {}, {}});
        if (!list)
            return list.error();
        const QJsonValue data = QJsonDocument::fromJson(list->body).object().value(QStringLiteral("data"));
        for (const QJsonValue &v : data.toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("campaign_name")).toString() == r.campaignName
                && c.value(QStringLiteral("product_id")).toVariant().toString() == r.productId)
                return std::optional<QJsonObject>(c);
        }
        return std::optional<QJsonObject>();
    }
    auto got = call({"GET", QStringLiteral("/api/impact/campaigns/%1").arg(r.campaignId), {}, {}, {}, {}});
    if (!got)
        return got.error();
    const QJsonObject c = dataOf(got->body);
    const QString status = c.value(QStringLiteral("status")).toString();
    if ((r.action == Recommendation::Action::Pause && status == u"paused")
        || (r.action == Recommendation::Action::Resume && status == u"active"))
        return std::optional<QJsonObject>(c);
    if (r.action == Recommendation::Action::SetBudget && r.proposedBudget
        && Money::parse(c.value(QStringLiteral("budget")).toVariant().toString()) == r.proposedBudget)
        return std::optional<QJsonObject>(c);
    return std::optional<QJsonObject>();
}

bool CampaignPilotPlatform::supports(Recommendation::Action action) const
{
    return action != Recommendation::Action::SetBudget || !missingCapabilities().contains(QStringLiteral("set_budget"));
}

QString CampaignPilotPlatform::unsupportedReason(Recommendation::Action action) const
{
    return supports(action) ? QString()
                            : PlatformText::tr("this Campaign Pilot API server has no budget endpoint (PATCH was refused); "
                                               "change the budget on the server by hand");
}

Result<QJsonObject> CampaignPilotPlatform::send(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    HttpRequest request;
    request.method = "POST";
    switch (r.action) {
    case Recommendation::Action::Pause:
        request.path = QStringLiteral("/api/impact/campaigns/%1/pause").arg(r.campaignId);
        break;
    case Recommendation::Action::Resume:
        request.path = QStringLiteral("/api/impact/campaigns/%1/resume").arg(r.campaignId);
        break;
    case Recommendation::Action::SetBudget:
        request.method = "PATCH";
        request.path = QStringLiteral("/api/impact/campaigns/%1").arg(r.campaignId);
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("budget"), r.proposedBudget ? r.proposedBudget->toDouble() : 0.0}})
                           .toJson(QJsonDocument::Compact);
        break;
    case Recommendation::Action::Create:
        request.path = QStringLiteral("/api/impact/campaigns");
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("product_id"), r.productId},
                                                 {QStringLiteral("campaign_name"), r.campaignName},
                                                 {QStringLiteral("budget"), r.proposedBudget ? r.proposedBudget->toDouble() : 0.0},
                                                 {QStringLiteral("duration_days"), r.durationDays},
                                                 {QStringLiteral("campaign_copy"), r.adCopy}})
                           .toJson(QJsonDocument::Compact);
        break;
    case Recommendation::Action::None:
        return Error{PlatformText::tr("nothing to send"), name()};
    }
    auto response = call(request);
    if (!response) {
        if (r.action == Recommendation::Action::SetBudget
            && (response.error().message.startsWith(QLatin1String("HTTP 404")) || response.error().message.startsWith(QLatin1String("HTTP 405")))) {
            QMutexLocker lock(&m_mutex);
            if (!m_missing.contains(QStringLiteral("set_budget")))
                m_missing << QStringLiteral("set_budget");
            return Error{PlatformText::tr("this platform cannot change budgets (it answered %1); change it there by hand")
                             .arg(response.error().message.left(8)),
                         request.endpoint()};
        }
        return response.error();
    }
    const QJsonObject data = dataOf(response->body);
    return data.isEmpty() ? QJsonObject{{QStringLiteral("status"), response->status}} : data;
}

} // namespace cp
