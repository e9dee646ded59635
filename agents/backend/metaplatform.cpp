// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaplatform.h"

#include "agents/tools/jsonfields.h"

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

StateCheck MetaPlatform::check(const OutboxItem &item, const QSet<QString> &knownCampaignIds)
{
    Q_UNUSED(knownCampaignIds);
    const Recommendation &r = item.recommendation;
    HttpRequest read;
    read.path = QStringLiteral("/%1").arg(pathSegment(r.campaignId));
    read.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,status,daily_budget"));
    const QString endpoint = read.endpoint();
    auto got = call(read);
    if (!got)
        return StateCheck::unreadable(got.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(got->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return StateCheck::unreadable(Error{MetaPlatformText::tr("the answer is not a JSON object"), endpoint});
    const QJsonObject c = doc.object();
    QString id, status;
    if (QString e = fields::id(c, "id", id); !e.isEmpty())
        return StateCheck::unreadable(Error{QStringLiteral("id ") + e, endpoint});
    if (id != r.campaignId)
        return StateCheck::unreadable(Error{MetaPlatformText::tr("the answer is about campaign %1, not %2").arg(id, r.campaignId), endpoint});
    if (QString e = fields::text(c, "status", true, status); !e.isEmpty())
        return StateCheck::unreadable(Error{QStringLiteral("status ") + e, endpoint});
    switch (r.action) {
    case Recommendation::Action::Pause:
        return status == u"PAUSED" ? StateCheck::applied(c) : StateCheck::notApplied();
    case Recommendation::Action::Resume:
        return status == u"ACTIVE" ? StateCheck::applied(c) : StateCheck::notApplied();
    case Recommendation::Action::SetBudget: {
        qint64 minor = 0;
        if (QString e = fields::count(c, "daily_budget", minor, true); !e.isEmpty())
            return StateCheck::unreadable(Error{QStringLiteral("daily_budget ") + e, endpoint});
        return r.proposedBudget && minor == r.proposedBudget->minor() ? StateCheck::applied(c) : StateCheck::notApplied();
    }
    default:
        return StateCheck::unreadable(Error{MetaPlatformText::tr("nothing to check"), endpoint});
    }
}

SendOutcome MetaPlatform::send(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group#Updating:
    // POST /{campaign_id} with status or daily_budget (minor units of the account currency).
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/%1").arg(pathSegment(r.campaignId));
    if (r.action == Recommendation::Action::SetBudget) {
        if (!r.proposedBudget)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("no budget to set"), name()});
        request.query.addQueryItem(QStringLiteral("daily_budget"), QString::number(r.proposedBudget->minor()));
    } else {
        request.query.addQueryItem(QStringLiteral("status"),
                                   r.action == Recommendation::Action::Pause ? QStringLiteral("PAUSED") : QStringLiteral("ACTIVE"));
    }
    const QString campaignId = r.campaignId;
    SendOutcome outcome = write(request, item, [campaignId](const QByteArray &body, const QString &endpoint) -> Result<QJsonObject> {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return Error{MetaPlatformText::tr("the answer is not a JSON object"), endpoint};
        QJsonObject answer = doc.object();
        answer.insert(QStringLiteral("campaign_id"), campaignId);
        return answer;
    });
    // Meta's "success": false on a 200 is a refusal, said outright.
    if (outcome.kind == SendOutcome::Kind::Applied && outcome.result.value(QStringLiteral("success")) == QJsonValue(false))
        return SendOutcome::rejected(Error{MetaPlatformText::tr("Meta answered success=false"), request.endpoint()});
    return outcome;
}

} // namespace cp
