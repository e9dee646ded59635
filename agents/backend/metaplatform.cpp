// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaplatform.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutexLocker>

namespace cp {

namespace {
struct MetaPlatformText
{
    Q_DECLARE_TR_FUNCTIONS(MetaPlatform)
};
} // namespace

bool MetaPlatform::supports(Recommendation::Action action) const
{
    return action != Recommendation::Action::Create;
}

QString MetaPlatform::unsupportedReason(Recommendation::Action action) const
{
    return supports(action) ? QString()
                            : MetaPlatformText::tr("Meta campaigns need an ad set, a creative and an audience: create this one "
                                                   "in Ads Manager");
}

Result<std::optional<QJsonObject>> MetaPlatform::alreadyApplied(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    HttpRequest read;
    read.path = QStringLiteral("/%1").arg(r.campaignId);
    read.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,status,daily_budget"));
    auto got = call(read);
    if (!got)
        return got.error();
    const QJsonObject c = QJsonDocument::fromJson(got->body).object();
    const QString status = c.value(QStringLiteral("status")).toString();
    if ((r.action == Recommendation::Action::Pause && status == u"PAUSED")
        || (r.action == Recommendation::Action::Resume && status == u"ACTIVE"))
        return std::optional<QJsonObject>(c);
    if (r.action == Recommendation::Action::SetBudget && r.proposedBudget
        && c.value(QStringLiteral("daily_budget")).toVariant().toString() == QString::number(r.proposedBudget->minor()))
        return std::optional<QJsonObject>(c);
    return std::optional<QJsonObject>();
}

Result<QJsonObject> MetaPlatform::send(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group#Updating:
    // POST /{campaign_id} with status or daily_budget (minor units of the account currency).
    HttpRequest write;
    write.method = "POST";
    write.path = QStringLiteral("/%1").arg(r.campaignId);
    if (r.action == Recommendation::Action::SetBudget) {
        if (!r.proposedBudget)
            return Error{MetaPlatformText::tr("no budget to set"), name()};
        write.query.addQueryItem(QStringLiteral("daily_budget"), QString::number(r.proposedBudget->minor()));
    } else {
        write.query.addQueryItem(QStringLiteral("status"),
                                 r.action == Recommendation::Action::Pause ? QStringLiteral("PAUSED") : QStringLiteral("ACTIVE"));
    }
    auto response = call(write);
    if (!response)
        return response.error();
    QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    if (answer.value(QStringLiteral("success")) == QJsonValue(false))
        return Error{MetaPlatformText::tr("Meta answered success=false"), write.endpoint()};
    answer.insert(QStringLiteral("campaign_id"), r.campaignId);
    return answer;
}

} // namespace cp
