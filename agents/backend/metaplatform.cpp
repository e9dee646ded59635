// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaplatform.h"

#include "agents/tools/jsonfields.h"
#include "agents/tools/metaapi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutexLocker>

namespace cp {

namespace {
struct MetaPlatformText
{
    Q_DECLARE_TR_FUNCTIONS(MetaPlatform)
};
// A Graph error answer (answerErrors) as an Error that says what Meta said.
Error graphAnswer(const HttpResponse &r, const QString &endpoint)
{
    const auto e = MetaApi::graphError(r.body);
    if (e && e->tokenInvalid())
        return Error{GraphError::tokenAdvice(*e), endpoint, r.status};
    return Error{e ? QStringLiteral("HTTP %1: %2").arg(r.status).arg(e->describe()) : QStringLiteral("HTTP %1").arg(r.status), endpoint,
                 r.status};
}

// Nothing was applied, but trying again later may work: Meta throttles, or
// the token must be replaced. The entry waits for a later run, said.
bool waitForLater(const HttpResponse &r)
{
    const auto e = MetaApi::graphError(r.body);
    return e && (e->throttled() || e->tokenInvalid());
}
} // namespace

Result<QString> MetaPlatform::currency()
{
    if (m_account.isEmpty())
        return QString();
    {
        QMutexLocker lock(&m_mutex);
        if (m_currency)
            return *m_currency;
    }
    // https://developers.facebook.com/docs/marketing-api/reference/ad-account (currency)
    HttpRequest read;
    read.path = QStringLiteral("/act_%1").arg(pathSegment(m_account));
    read.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("currency"));
    read.answerErrors = true;
    auto got = call(read);
    if (!got)
        return got.error();
    if (got->status >= 400)
        return redacted(graphAnswer(*got, read.endpoint()));
    const QString c = QJsonDocument::fromJson(got->body).object().value(QStringLiteral("currency")).toString();
    if (c.size() != 3)
        return Error{MetaPlatformText::tr("the ad account's currency cannot be read"), read.endpoint()};
    QMutexLocker lock(&m_mutex);
    m_currency = c;
    return c;
}

void MetaPlatform::setWorkspaceCurrency(const QString &iso4217)
{
    QMutexLocker lock(&m_mutex);
    m_workspaceCurrency = iso4217;
}

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
        qint64 value = 0;
        if (QString e = fields::count(c, "daily_budget", value, true); !e.isEmpty())
            return StateCheck::unreadable(Error{QStringLiteral("daily_budget ") + e, endpoint});
        auto cur = currency();
        if (!cur)
            return StateCheck::unreadable(cur.error());
        const auto wanted = r.proposedBudget ? MetaApi::moneyToBudget(*r.proposedBudget, *cur) : std::nullopt;
        return wanted && value == *wanted ? StateCheck::applied(c) : StateCheck::notApplied();
    }
    default:
        return StateCheck::unreadable(Error{MetaPlatformText::tr("nothing to check"), endpoint});
    }
}

std::optional<SendOutcome> MetaPlatform::checkBeforeWrite(const OutboxItem &item, HttpRequest &request)
{
    const Recommendation &r = item.recommendation;
    // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group#Updating:
    // POST /{campaign_id} with status or daily_budget.
    request.method = "POST";
    request.path = QStringLiteral("/%1").arg(pathSegment(r.campaignId));
    const QString endpoint = request.endpoint();
    if (r.action == Recommendation::Action::SetBudget) {
        if (!r.proposedBudget)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("no budget to set"), name(), 0, true});
        // Read before the write: the budget may have moved since the
        // operator approved (to the ad sets, or to a lifetime budget).
        HttpRequest read;
        read.path = request.path;
        read.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,daily_budget,lifetime_budget"));
        read.answerErrors = true;
        auto got = call(read);
        if (!got)
            return SendOutcome::notSent(Error{MetaPlatformText::tr("the campaign could not be read before the budget change, so "
                                                                   "nothing was sent: %1")
                                                  .arg(got.error().message),
                                              got.error().where});
        if (got->status >= 400) {
            const Error why = redacted(graphAnswer(*got, read.endpoint()));
            return waitForLater(*got) ? SendOutcome::notSent(why) : SendOutcome::rejected(Error{why.message, why.where, why.httpStatus, true});
        }
        const QJsonObject now = QJsonDocument::fromJson(got->body).object();
        auto amount = [&](const char *key) {
            const QJsonValue v = now.value(QLatin1String(key));
            return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
        };
        if (amount("lifetime_budget") > 0)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("campaign %1 now has a lifetime budget, not a daily one: the daily "
                                                                    "budget change was not sent (change it in Ads Manager)")
                                                   .arg(r.campaignId),
                                               read.endpoint(), 0, true});
        if (amount("daily_budget") <= 0)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("campaign %1 has no campaign budget any more: its budgets moved to "
                                                                    "its ad sets, so the budget change was not sent (change them in Ads "
                                                                    "Manager)")
                                                   .arg(r.campaignId),
                                               read.endpoint(), 0, true});
        auto cur = currency();
        if (!cur)
            return SendOutcome::notSent(Error{MetaPlatformText::tr("the ad account's currency could not be read, so nothing was sent: %1")
                                                  .arg(cur.error().message),
                                              cur.error().where});
        const QString workspaceCurrency = [this] {
            QMutexLocker lock(&m_mutex);
            return m_workspaceCurrency;
        }();
        if (workspaceCurrency.isEmpty())
            return SendOutcome::rejected(Error{MetaPlatformText::tr("this workspace's currency is not known yet, so a budget in it "
                                                                    "cannot be told to Meta: refresh live data once, then approve "
                                                                    "the change again; it was not sent"),
                                               name(), 0, true});
        if (!cur->isEmpty() && *cur != workspaceCurrency)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("the ad account's currency is %1 but this workspace's budgets are in "
                                                                    "%2: the budget change was not sent")
                                                   .arg(*cur, workspaceCurrency),
                                               name(), 0, true});
        const auto value = MetaApi::moneyToBudget(*r.proposedBudget, *cur);
        if (!value)
            return SendOutcome::rejected(Error{MetaPlatformText::tr("%1 cannot be set in %2, which Meta counts in whole units")
                                                   .arg(formatMoney(*r.proposedBudget, *cur), *cur),
                                               name(), 0, true});
        request.query.addQueryItem(QStringLiteral("daily_budget"), QString::number(*value));
    } else {
        request.query.addQueryItem(QStringLiteral("status"),
                                   r.action == Recommendation::Action::Pause ? QStringLiteral("PAUSED") : QStringLiteral("ACTIVE"));
    }

    // The dry run: execution_options=["validate_only"] runs Meta's validation
    // without the change and answers {"success": true} or the error the
    // write would get. https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group#Updating
    // (execution_options: validate_only). It changes nothing, so whatever
    // happens to it, nothing was applied.
    HttpRequest dryRun = request;
    dryRun.query.addQueryItem(QStringLiteral("execution_options"), QStringLiteral("[\"validate_only\"]"));
    dryRun.answerErrors = true;
    auto checked = call(dryRun);
    if (!checked)
        return SendOutcome::notSent(Error{MetaPlatformText::tr("the dry run (validate_only) got no answer, so the change was not sent: %1")
                                              .arg(checked.error().message),
                                          checked.error().where});
    if (checked->status >= 400) {
        const Error why = redacted(graphAnswer(*checked, endpoint));
        if (waitForLater(*checked))
            return SendOutcome::notSent(why);
        return SendOutcome::rejected(Error{MetaPlatformText::tr("Meta refused the change in its dry run (validate_only), so it was not "
                                                                "sent: %1")
                                               .arg(why.message),
                                           endpoint, why.httpStatus, true});
    }
    if (QJsonDocument::fromJson(checked->body).object().value(QStringLiteral("success")) != QJsonValue(true))
        return SendOutcome::rejected(Error{MetaPlatformText::tr("Meta's dry run (validate_only) did not answer success, so the change was "
                                                                "not sent"),
                                           endpoint, checked->status, true});

    return std::nullopt;
}

SendOutcome MetaPlatform::send(const OutboxItem &item)
{
    HttpRequest request;
    if (auto refused = checkBeforeWrite(item, request))
        return *refused;
    const QString campaignId = item.recommendation.campaignId;
    SendOutcome outcome = write(request, item, [campaignId](const QByteArray &body, const QString &endpoint) -> Result<QJsonObject> {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return Error{MetaPlatformText::tr("the answer is not a JSON object"), endpoint};
        QJsonObject answer = doc.object();
        answer.insert(QStringLiteral("campaign_id"), campaignId);
        return answer;
    }, [this](const HttpResponse &answer, const QString &endpoint) {
        // Meta throttles writes too (codes 4, 17, 80000-80014: "wait and
        // retry the operation",
        // https://developers.facebook.com/docs/graph-api/guides/error-handling;
        // https://developers.facebook.com/docs/marketing-api/overview/rate-limiting:
        // mutation endpoints are rate limited). Nothing was applied, so the
        // entry waits for a later run, as a throttled dry run does; it was
        // marked failed, and nothing sent it again.
        const Error why = redacted(graphAnswer(answer, endpoint));
        if (waitForLater(answer))
            return SendOutcome::notSent(why);
        if (provesNotApplied(why))
            return SendOutcome::rejected(why);
        return SendOutcome::unknown(why);
    });
    // Meta's "success": false on a 200 is a refusal, said outright.
    if (outcome.kind == SendOutcome::Kind::Applied && outcome.result.value(QStringLiteral("success")) == QJsonValue(false))
        return SendOutcome::rejected(Error{MetaPlatformText::tr("Meta answered success=false"), request.endpoint()});
    return outcome;
}

PreflightResult MetaPlatform::preflight(const OutboxItem &item)
{
    const Recommendation::Action action = item.recommendation.action;
    if (!supports(action) || action == Recommendation::Action::None)
        return {PreflightResult::Verdict::Refused, unsupportedReason(action)};
    // The same reads and the same validate_only dry run as a send, without
    // the write: Meta's answer is shown before the operator approves.
    HttpRequest request;
    const auto refused = checkBeforeWrite(item, request);
    if (!refused)
        return {PreflightResult::Verdict::Accepted, {}};
    if (refused->kind == SendOutcome::Kind::Rejected)
        return {PreflightResult::Verdict::Refused, refused->error.message};
    return {PreflightResult::Verdict::NoAnswer, refused->error.message};
}

} // namespace cp
