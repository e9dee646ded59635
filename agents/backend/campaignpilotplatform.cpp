// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpilotplatform.h"

#include "agents/tools/jsonfields.h"
#include "clientreference.h"

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

// The envelope {"status":"success","data":...}: `data`, or why the answer
// cannot be read (HTML, truncated JSON, another status, data missing or null).
Result<QJsonValue> dataOf(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{PlatformText::tr("the answer is not a JSON object"), endpoint};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != u"success")
        return Error{PlatformText::tr("field \"status\" is not \"success\""), endpoint};
    const QJsonValue data = root.value(QStringLiteral("data"));
    if (data.isNull() || data.isUndefined())
        return Error{PlatformText::tr("field \"data\" is missing or null"), endpoint};
    return data;
}

Result<QJsonObject> objectOf(const QByteArray &body, const QString &endpoint)
{
    auto data = dataOf(body, endpoint);
    if (!data)
        return data.error();
    if (!data->isObject())
        return Error{PlatformText::tr("field \"data\" is not an object"), endpoint};
    return data->toObject();
}

// The fields a state check relies on, typed: campaign_id, campaign_name and status.
QString campaignFields(const QJsonObject &c, QString &id, QString &name, QString &status)
{
    if (QString e = fields::id(c, "campaign_id", id); !e.isEmpty())
        return QStringLiteral("campaign_id ") + e;
    if (QString e = fields::text(c, "campaign_name", false, name); !e.isEmpty())
        return QStringLiteral("campaign_name ") + e;
    if (QString e = fields::text(c, "status", true, status); !e.isEmpty())
        return QStringLiteral("status ") + e;
    status = status.toLower();
    static const QStringList known{QStringLiteral("active"), QStringLiteral("running"), QStringLiteral("paused"),
                                   QStringLiteral("ended"), QStringLiteral("completed"), QStringLiteral("finished"),
                                   QStringLiteral("stopped")};
    if (!known.contains(status))
        return PlatformText::tr("status \"%1\" is not a campaign status").arg(status);
    return {};
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && s.size() <= 15 && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

void CampaignPilotPlatform::assumeMissing(const QStringList &capabilities)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &c : capabilities)
        if (!m_missing.contains(c))
            m_missing << c;
}

QStringList CampaignPilotPlatform::missingCapabilities() const
{
    QMutexLocker lock(&m_mutex);
    return m_missing;
}

StateCheck CampaignPilotPlatform::check(const OutboxItem &item, const QSet<QString> &knownCampaignIds)
{
    const Recommendation &r = item.recommendation;
    if (r.action == Recommendation::Action::Create) {
        // The seed stores no key: the client reference in the name is ours,
        // never "a campaign with the same name". Only a complete list proves
        // that it is not there.
        const QString endpoint = QStringLiteral("GET /api/impact/campaigns");
        auto list = call({"GET", QStringLiteral("/api/impact/campaigns"), {}, {}, {}, {}});
        if (!list)
            return StateCheck::unreadable(list.error());
        auto data = dataOf(list->body, endpoint);
        if (!data)
            return StateCheck::unreadable(data.error());
        if (!data->isArray())
            return StateCheck::unreadable(Error{PlatformText::tr("field \"data\" is not a list"), endpoint});
        QSet<QString> seen;
        std::optional<QJsonObject> ours;
        const QJsonArray all = data->toArray();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!all[i].isObject())
                return StateCheck::unreadable(Error{PlatformText::tr("data[%1] is not an object").arg(i), endpoint});
            QString id, name, status;
            if (QString e = campaignFields(all[i].toObject(), id, name, status); !e.isEmpty())
                return StateCheck::unreadable(Error{QStringLiteral("data[%1].%2").arg(i).arg(e), endpoint});
            seen.insert(id);
            if (ClientReference::matches(name, item.idempotencyKey))
                ours = all[i].toObject();
        }
        if (ours)
            return StateCheck::applied(*ours);
        for (const QString &known : knownCampaignIds)
            if (!seen.contains(known))
                return StateCheck::unreadable(Error{PlatformText::tr("the list lacks campaign %1, which exists there: it is "
                                                                     "partial and proves nothing").arg(known),
                                                    endpoint});
        return StateCheck::notApplied();
    }
    const QString path = QStringLiteral("/api/impact/campaigns/%1").arg(pathSegment(r.campaignId));
    const QString endpoint = QStringLiteral("GET ") + path;
    auto got = call({"GET", path, {}, {}, {}, {}});
    if (!got)
        return StateCheck::unreadable(got.error());
    auto c = objectOf(got->body, endpoint);
    if (!c)
        return StateCheck::unreadable(c.error());
    QString id, name, status;
    if (QString e = campaignFields(*c, id, name, status); !e.isEmpty())
        return StateCheck::unreadable(Error{QStringLiteral("data.") + e, endpoint});
    if (id != r.campaignId)
        return StateCheck::unreadable(Error{PlatformText::tr("the answer is about campaign %1, not %2").arg(id, r.campaignId), endpoint});
    switch (r.action) {
    case Recommendation::Action::Pause:
        return status == u"paused" ? StateCheck::applied(*c) : StateCheck::notApplied();
    case Recommendation::Action::Resume:
        return status == u"active" || status == u"running" ? StateCheck::applied(*c) : StateCheck::notApplied();
    case Recommendation::Action::SetBudget: {
        Money budget;
        if (QString e = fields::money(*c, "budget", budget); !e.isEmpty())
            return StateCheck::unreadable(Error{QStringLiteral("data.budget ") + e, endpoint});
        return r.proposedBudget && budget == *r.proposedBudget ? StateCheck::applied(*c) : StateCheck::notApplied();
    }
    default:
        return StateCheck::unreadable(Error{PlatformText::tr("nothing to check"), endpoint});
    }
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

SendOutcome CampaignPilotPlatform::send(const OutboxItem &item)
{
    const Recommendation &r = item.recommendation;
    HttpRequest request;
    request.method = "POST";
    const QString campaign = pathSegment(r.campaignId);
    switch (r.action) {
    case Recommendation::Action::Pause:
        request.path = QStringLiteral("/api/impact/campaigns/%1/pause").arg(campaign);
        break;
    case Recommendation::Action::Resume:
        request.path = QStringLiteral("/api/impact/campaigns/%1/resume").arg(campaign);
        break;
    case Recommendation::Action::SetBudget:
        request.method = "PATCH";
        request.path = QStringLiteral("/api/impact/campaigns/%1").arg(campaign);
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("budget"), r.proposedBudget ? r.proposedBudget->toDouble() : 0.0}})
                           .toJson(QJsonDocument::Compact);
        break;
    case Recommendation::Action::Create:
        request.path = QStringLiteral("/api/impact/campaigns");
        // The seed's own tool sends product_id as a number.
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("product_id"), allDigits(r.productId) ? QJsonValue(r.productId.toLongLong())
                                                                                                        : QJsonValue(r.productId)},
                                                 {QStringLiteral("campaign_name"), ClientReference::nameWithTag(r.campaignName, item.idempotencyKey)},
                                                 {QStringLiteral("budget"), r.proposedBudget ? r.proposedBudget->toDouble() : 0.0},
                                                 {QStringLiteral("duration_days"), r.durationDays},
                                                 {QStringLiteral("campaign_copy"), r.adCopy}})
                           .toJson(QJsonDocument::Compact);
        break;
    case Recommendation::Action::None:
        return SendOutcome::rejected(Error{PlatformText::tr("nothing to send"), name()});
    }
    SendOutcome outcome = write(request, item, [](const QByteArray &body, const QString &endpoint) { return objectOf(body, endpoint); });
    if (outcome.kind == SendOutcome::Kind::Rejected && r.action == Recommendation::Action::SetBudget
        && (outcome.error.httpStatus == 404 || outcome.error.httpStatus == 405)) {
        QMutexLocker lock(&m_mutex);
        if (!m_missing.contains(QStringLiteral("set_budget")))
            m_missing << QStringLiteral("set_budget");
        return SendOutcome::rejected(Error{PlatformText::tr("this platform cannot change budgets (it answered %1); change it there by hand")
                                               .arg(outcome.error.httpStatus),
                                           request.endpoint(), outcome.error.httpStatus});
    }
    return outcome;
}

} // namespace cp
