// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaapi.h"
#include "jsonfields.h"
#include "models/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include "models/clock.h"
#include <cmath>

namespace cp {

namespace {
struct MetaText
{
    Q_DECLARE_TR_FUNCTIONS(MetaApi)
};
constexpr double kThrottleAt = 95.0;
// A backstop behind the repeated-cursor check (fetchPages): 100,000 pages of
// 100-500 rows is beyond any account; an endless list of new cursors stops here.
constexpr int kMaxPages = 100000;
} // namespace

MetaApi::MetaApi(QUrl base, NetworkPolicy policy, QByteArray accessToken, QObject *parent)
    : QObject(parent), m_http(new HttpClient(std::move(base), policy, this)), m_token(std::move(accessToken)), m_policy(policy)
{
}

QString GraphError::describe() const
{
    QString text = message.isEmpty() ? MetaText::tr("Graph error") : message;
    text += subcode ? MetaText::tr(" (code %1, subcode %2)").arg(code).arg(subcode) : MetaText::tr(" (code %1)").arg(code);
    const QString forPeople = QStringList{userTitle, userMessage}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(": "));
    if (!forPeople.isEmpty())
        text += QStringLiteral(": ") + forPeople;
    return text;
}

QString GraphError::tokenAdvice(const GraphError &e)
{
    // https://developers.facebook.com/docs/graph-api/guides/error-handling: 190 "Access token has
    // expired: get a new access token" (subcode 463: expired, 467: invalid, 460: password changed).
    const QString what = e.subcode == 463 ? MetaText::tr("has expired")
                       : e.subcode == 460 ? MetaText::tr("was invalidated by a password change")
                                          : MetaText::tr("has expired or is no longer valid");
    return MetaText::tr("the Meta access token %1 (%2): create a new long-lived token (Meta Business Settings > Users > "
                        "System users > Generate new token, with ads_read and ads_management) and enter it under Agents > "
                        "Connections, or in CP_META_ACCESS_TOKEN")
        .arg(what, e.describe());
}

std::optional<GraphError> MetaApi::graphError(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body.left(64 * 1024)).object().value(QStringLiteral("error")).toObject();
    if (e.isEmpty())
        return std::nullopt;
    GraphError g;
    g.code = e.value(QStringLiteral("code")).toInt();
    g.subcode = e.value(QStringLiteral("error_subcode")).toInt();
    g.message = e.value(QStringLiteral("message")).toString().left(1000);
    g.type = e.value(QStringLiteral("type")).toString().left(100);
    g.userTitle = e.value(QStringLiteral("error_user_title")).toString().simplified().left(200);
    g.userMessage = e.value(QStringLiteral("error_user_msg")).toString().simplified().left(1000);
    return g;
}

qint64 MetaApi::regainAccessMs(const HttpResponse &r)
{
    // estimated_time_to_regain_access is in minutes, in the entries of
    // X-Business-Use-Case-Usage ({"<business id>":[{...}]}) and in X-Ad-Account-Usage.
    // https://developers.facebook.com/docs/graph-api/overview/rate-limiting#headers
    qint64 minutes = 0;
    auto consider = [&](const QJsonObject &usage) {
        minutes = std::max<qint64>(minutes, qint64(usage.value(QStringLiteral("estimated_time_to_regain_access")).toDouble()));
    };
    consider(QJsonDocument::fromJson(r.header("X-Ad-Account-Usage")).object());
    const QJsonObject buc = QJsonDocument::fromJson(r.header("X-Business-Use-Case-Usage")).object();
    for (const QJsonValue &list : buc)
        for (const QJsonValue &entry : list.toArray())
            consider(entry.toObject());
    return std::min<qint64>(minutes, 24 * 60) * 60 * 1000;
}

int MetaApi::currencyOffset(const QString &currency)
{
    // https://developers.facebook.com/docs/marketing-api/currencies ("Offset"): 1 for the
    // currencies whose ISO 4217 minor unit is 0 (CLP, ISK, JPY, KRW, PYG, VND) and for
    // COP, CRC, HUF, IDR and TWD, which ISO gives two decimals but Meta counts in whole units.
    const QString c = currency.trimmed().toUpper();
    static const QStringList wholeUnits = {QStringLiteral("COP"), QStringLiteral("CRC"), QStringLiteral("HUF"), QStringLiteral("IDR"),
                                           QStringLiteral("TWD")};
    return (!c.isEmpty() && currencyMinorDigits(c) == 0) || wholeUnits.contains(c) ? 1 : 100;
}

std::optional<Money> MetaApi::budgetToMoney(qint64 value, const QString &currency)
{
    if (value < 0 || value > 1'000'000'000'000LL)
        return std::nullopt;
    return Money::fromMinor(value * (100 / currencyOffset(currency)));
}

std::optional<qint64> MetaApi::moneyToBudget(Money amount, const QString &currency)
{
    const int perUnit = 100 / currencyOffset(currency);   // Money's cents per unit Meta counts
    if (amount.minor() < 0 || amount.minor() % perUnit != 0)
        return std::nullopt;
    return amount.minor() / perUnit;
}

int MetaApi::throttleWaitMs(const HttpResponse &r)
{
    int waitMs = 0;
    auto consider = [&](const QJsonObject &usage) {
        double peak = 0;
        for (const char *key : {"call_count", "total_cputime", "total_time", "acc_id_util_pct"})
            peak = std::max(peak, usage.value(QLatin1String(key)).toDouble());
        const int regainMinutes = usage.value(QStringLiteral("estimated_time_to_regain_access")).toInt();
        if (regainMinutes > 0)
            waitMs = std::max(waitMs, regainMinutes * 60 * 1000);
        else if (peak >= kThrottleAt)
            waitMs = std::max(waitMs, 60 * 1000);   // near the limit: a minute's breather
    };
    for (const char *header : {"X-App-Usage", "X-Ad-Account-Usage"}) {
        const QByteArray v = r.header(header);
        if (!v.isEmpty())
            consider(QJsonDocument::fromJson(v).object());
    }
    // X-Business-Use-Case-Usage: {"<business id>": [{"type": ..., "call_count": ..., ...}]}
    const QJsonObject buc = QJsonDocument::fromJson(r.header("X-Business-Use-Case-Usage")).object();
    for (const QJsonValue &list : buc)
        for (const QJsonValue &entry : list.toArray())
            consider(entry.toObject());
    return waitMs;
}

namespace {
// A Graph list page: {"data":[...], "paging":{"cursors":{"after"}, "next"}}.
// `after` gets the cursor of the next page, empty on the last one.
Result<QJsonArray> graphPage(const QByteArray &body, const QString &where, QString *after)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{MetaText::tr("the answer is not JSON (%1)").arg(parseError.errorString()), where};
    if (!root.value(QStringLiteral("data")).isArray())
        return Error{MetaText::tr("field \"data\" is not a list"), where};
    const QJsonObject paging = root.value(QStringLiteral("paging")).toObject();
    if (after)
        *after = paging.contains(QStringLiteral("next"))
                     ? paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString()
                     : QString();
    return root.value(QStringLiteral("data")).toArray();
}
} // namespace

namespace {
// A budget field: absent, null or "0" is no budget; otherwise a whole number
// in the currency's smallest unit as Meta counts it.
std::optional<QString> budgetField(const QJsonObject &o, const char *key, const QString &currency, std::optional<Money> &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    out.reset();
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    bool ok = v.isString();
    const qint64 value = v.isString() ? v.toString().toLongLong(&ok) : qint64(v.toDouble());
    if (v.isDouble())
        ok = v.toDouble() == std::floor(v.toDouble());
    const auto money = ok ? MetaApi::budgetToMoney(value, currency) : std::nullopt;
    if (!money)
        return MetaText::tr("is not an amount in the currency's smallest unit");
    if (value > 0)
        out = money;
    return std::nullopt;
}
} // namespace

Result<QList<Campaign>> MetaApi::parseCampaigns(const QByteArray &body, const QString &where, QString *after, const QString &currency)
{
    auto page = graphPage(body, where, after);
    if (!page)
        return page.error();
    QList<Campaign> out;
    const QJsonArray data = *page;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject o = data[i].toObject();
        auto bad = [&](const char *field, const QString &why) {
            return Error{MetaText::tr("data[%1].%2 %3").arg(i).arg(QLatin1String(field), why), where};
        };
        Campaign c;
        c.platform = QStringLiteral("meta");
        c.id = o.value(QStringLiteral("id")).toString();   // Graph ids are strings of digits
        if (c.id.isEmpty() || c.id.size() > 64)
            return bad("id", MetaText::tr("is missing or not an id"));
        c.name = o.value(QStringLiteral("name")).toString();
        if (c.name.size() > 1000)
            return bad("name", MetaText::tr("is %1 characters long").arg(c.name.size()));
        // effective_status: ACTIVE, PAUSED, DELETED, PENDING_REVIEW, DISAPPROVED, PREAPPROVED,
        // PENDING_BILLING_INFO, CAMPAIGN_PAUSED, ARCHIVED, ADSET_PAUSED, IN_PROCESS, WITH_ISSUES
        // (https://developers.facebook.com/docs/marketing-api/reference/ad-account/campaigns).
        // Only DELETED and ARCHIVED have ended; IN_PROCESS (the post-processing
        // after an edit, https://developers.facebook.com/docs/marketing-api/using-the-api),
        // WITH_ISSUES (cannot deliver for now), review and billing states keep
        // the campaign's own setting, `status` (ACTIVE or PAUSED).
        const QString configured = o.value(QStringLiteral("status")).toString();
        const QString effective = o.value(QStringLiteral("effective_status")).toString(configured);
        if (effective == u"DELETED" || effective == u"ARCHIVED" || configured == u"DELETED" || configured == u"ARCHIVED")
            c.status = Campaign::Status::Ended;
        else if (effective == u"ACTIVE")
            c.status = Campaign::Status::Active;
        else if (effective == u"PAUSED" || effective == u"CAMPAIGN_PAUSED" || effective == u"ADSET_PAUSED" || configured == u"PAUSED")
            c.status = Campaign::Status::Paused;
        else if (configured == u"ACTIVE" || configured.isEmpty())
            c.status = Campaign::Status::Active;   // IN_PROCESS, WITH_ISSUES, PENDING_REVIEW...: set to run
        else
            return bad("status", MetaText::tr("\"%1\" is not a campaign status").arg(configured.left(40)));
        // A campaign budget (Advantage campaign budget) is daily_budget or
        // lifetime_budget on the campaign; a campaign with neither keeps its
        // budgets on its ad sets.
        // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group
        // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/adsets
        std::optional<Money> daily, lifetime;
        if (auto e = budgetField(o, "daily_budget", currency, daily))
            return bad("daily_budget", *e);
        if (auto e = budgetField(o, "lifetime_budget", currency, lifetime))
            return bad("lifetime_budget", *e);
        // start_time / stop_time: ISO 8601 in the ad account's time zone
        // ("2026-11-01T10:00:00-0800"); the date as written is the account's day.
        // https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group (start_time, stop_time)
        for (const auto &[key, date] : {std::pair{"start_time", &c.startDate}, std::pair{"stop_time", &c.endDate}}) {
            const QString text = o.value(QLatin1String(key)).toString();
            if (text.isEmpty())
                continue;
            *date = QDate::fromString(text.left(10), Qt::ISODate);
            if (!date->isValid())
                return bad(key, MetaText::tr("\"%1\" is not a date and time").arg(text.left(40)));
        }
        // The product it advertises: a Meta campaign names none (a catalog's
        // product sets are not one product). Campaign Pilot links a campaign
        // to the shop product whose id its name carries in square brackets,
        // the last such: "Summer picnic [22833]" advertises product 22833.
        c.productId = Campaign::productIdInName(c.name);
        c.dailyBudget = daily;
        c.budgetLocation = daily      ? Campaign::BudgetLocation::CampaignDaily
                         : lifetime   ? Campaign::BudgetLocation::CampaignLifetime
                                      : Campaign::BudgetLocation::AdSet;
        out.append(c);
    }
    return out;
}

void MetaApi::get(HttpRequest request, const QString &where, std::function<void(const Result<HttpResponse> &)> done, int throttled)
{
    HttpRequest sent = request;
    sent.answerErrors = true;   // Graph's error codes and usage headers are read here
    sent.headers.append({"Authorization", "Bearer " + m_token});
    m_http->send(sent, [=, this](const Result<HttpResponse> &response) {
        if (!response)
            return done(Error{response.error().message, where, response.error().httpStatus, response.error().unsent});
        if (response->status < 400)
            return done(*response);
        const std::optional<GraphError> e = graphError(response->body);
        if (!e)
            return done(m_http->redacted(Error{MetaText::tr("HTTP %1").arg(response->status), where, response->status}));
        if (e->tokenInvalid())
            return done(m_http->redacted(Error{GraphError::tokenAdvice(*e), where, response->status}));
        if (!e->throttled())
            return done(m_http->redacted(Error{MetaText::tr("HTTP %1: %2").arg(response->status).arg(e->describe()), where, response->status}));
        // Throttled. With Meta's estimate: wait that long when the policy lets
        // this connection wait so long, else say when to try again. Without
        // one: back off as the policy says, then give up saying so.
        // https://developers.facebook.com/docs/marketing-api/overview/rate-limiting
        const qint64 regainMs = regainAccessMs(*response);
        qint64 waitMs = regainMs;
        if (regainMs > 0 && (regainMs > m_policy.retryAfterMaxMs || throttled + 1 >= m_policy.maxAttempts)) {
            const QDateTime retryAt = Clock::now().addMSecs(regainMs);
            return done(m_http->redacted(Error{MetaText::tr("Meta throttles this ad account: %1; access returns in about %2 min, "
                                                            "try again after %3 UTC")
                                                   .arg(e->describe())
                                                   .arg((regainMs + 59999) / 60000)
                                                   .arg(retryAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                               where, response->status}));
        }
        if (regainMs <= 0) {
            if (throttled + 1 >= m_policy.maxAttempts)
                return done(m_http->redacted(Error{MetaText::tr("Meta throttles this ad account: %1; still refused after %n attempt(s), "
                                                                "try again in a few minutes", nullptr, throttled + 1)
                                                       .arg(e->describe()),
                                                   where, response->status}));
            waitMs = std::min<qint64>(m_policy.backoffMaxMs, qint64(m_policy.backoffBaseMs) << std::min(throttled, 16));
        }
        m_http->announceWait(waitMs, MetaText::tr("rate limit, code %1").arg(e->code));
        QTimer::singleShot(int(waitMs), this, [=, this] { get(request, where, done, throttled + 1); });
    });
}

template<typename T>
void MetaApi::fetchPages(HttpRequest request, const QString &where, PageParser<T> parse, std::shared_ptr<QList<T>> all,
                         std::function<void(const Result<QList<T>> &)> done, int page, std::shared_ptr<QHash<QString, int>> cursors)
{
    if (!cursors)
        cursors = std::make_shared<QHash<QString, int>>();   // each "after" cursor given so far: the page it came with
    const QString at = QStringLiteral("%1 page %2").arg(where).arg(page);
    get(request, at, [=, this](const Result<HttpResponse> &response) {
        if (!response)
            return done(response.error());
        QString next;
        auto parsed = m_http->redacted(parse(response->body, at, &next));   // a field may quote what the server was sent
        if (!parsed)
            return done(parsed.error());
        *all += *parsed;
        if (next.isEmpty())
            return done(*all);
        // A cursor given before would read the same pages again, for ever: a
        // server seen answering every page with the same "after" and a "next"
        // made a cycle send 20,000 requests in 15 minutes. Stopped, nothing
        // of the list kept (a list read twice in part is not the account's).
        if (const auto seen = cursors->constFind(next); seen != cursors->cend())
            return done(Error{MetaText::tr("Meta's paging does not end: page %1 gave the cursor page %2 gave; nothing of this list was "
                                           "kept, try again later")
                                  .arg(page)
                                  .arg(*seen),
                              at});
        if (page >= kMaxPages)
            return done(Error{MetaText::tr("more than %1 pages; nothing of this list was kept").arg(kMaxPages), at});
        cursors->insert(next, page);
        const int waitMs = throttleWaitMs(*response);
        if (waitMs > m_policy.retryAfterMaxMs)
            return done(Error{MetaText::tr("the ad account is throttled by Meta for about %1 min; try again later").arg((waitMs + 59999) / 60000),
                              at});
        HttpRequest following = request;
        following.query.removeAllQueryItems(QStringLiteral("after"));
        following.query.addQueryItem(QStringLiteral("after"), next);
        m_http->announceWait(waitMs, MetaText::tr("near its rate limit"));
        QTimer::singleShot(waitMs, this, [=, this] { fetchPages<T>(following, where, parse, all, done, page + 1, cursors); });
    });
}

void MetaApi::fetchAccount(const QString &adAccountId, AccountDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/act_%1").arg(pathSegment(adAccountId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,currency,timezone_name"));
    const QString where = QStringLiteral("GET /act_%1").arg(adAccountId);
    get(r, where, [=, this](const Result<HttpResponse> &response) {
        if (!response)
            return done(response.error());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(response->body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return done(Error{MetaText::tr("the answer is not JSON (%1)").arg(parseError.errorString()), where});
        MetaAccount a;
        a.id = adAccountId;
        a.currency = o.value(QStringLiteral("currency")).toString();
        a.timeZone = o.value(QStringLiteral("timezone_name")).toString();
        if (!isCurrencyCode(a.currency))
            return done(m_http->redacted(Error{MetaText::tr("currency \"%1\" is not an ISO 4217 code").arg(a.currency.left(40)), where}));
        if (!QTimeZone(a.timeZone.toUtf8()).isValid())
            return done(m_http->redacted(Error{MetaText::tr("timezone_name \"%1\" is not a time zone this system knows").arg(a.timeZone.left(60)),
                                               where}));
        done(a);
    });
}

void MetaApi::fetchCampaigns(const QString &adAccountId, const QString &currency, CampaignsDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/act_%1/campaigns").arg(pathSegment(adAccountId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,status,effective_status,daily_budget,lifetime_budget,start_time,stop_time"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    PageParser<Campaign> parse = [currency](const QByteArray &body, const QString &where, QString *after) {
        return parseCampaigns(body, where, after, currency);
    };
    fetchPages<Campaign>(r, QStringLiteral("GET /act_%1/campaigns").arg(adAccountId), parse, std::make_shared<QList<Campaign>>(),
                         std::move(done), 1);
}

Result<QList<int>> MetaApi::parseAttribution(const QByteArray &body, const QString &where, QString *after)
{
    auto page = graphPage(body, where, after);
    if (!page)
        return page.error();
    QList<int> out;   // one entry per ad set: its longest window (0: none stated)
    const QJsonArray data = *page;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonValue spec = data[i].toObject().value(QStringLiteral("attribution_spec"));
        if (spec.isUndefined() || spec.isNull()) {
            out << 0;
            continue;
        }
        if (!spec.isArray())
            return Error{MetaText::tr("data[%1].attribution_spec is not a list").arg(i), where};
        int longest = 0;
        const QJsonArray windows = spec.toArray();
        for (qsizetype j = 0; j < windows.size(); ++j) {
            const QJsonValue days = windows[j].toObject().value(QStringLiteral("window_days"));
            // Documented values are 1, 7 and 28; text or a number.
            bool ok = false;
            const int n = days.isString() ? days.toString().toInt(&ok) : days.isDouble() ? days.toInt(-1) : -1;
            if (days.isDouble())
                ok = n >= 0;
            if (!ok || n < 0 || n > 90)
                return Error{MetaText::tr("data[%1].attribution_spec[%2].window_days is not a number of days from 0 to 90").arg(i).arg(j),
                             where};
            longest = std::max(longest, n);
        }
        out << longest;
    }
    return out;
}

void MetaApi::fetchAttributionDays(const QString &adAccountId, AttributionDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/act_%1/adsets").arg(pathSegment(adAccountId));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("attribution_spec"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    PageParser<int> parse = [](const QByteArray &body, const QString &where, QString *after) { return parseAttribution(body, where, after); };
    fetchPages<int>(r, QStringLiteral("GET /act_%1/adsets").arg(adAccountId), parse, std::make_shared<QList<int>>(),
                    [done = std::move(done)](const Result<QList<int>> &all) {
                        if (!all)
                            return done(all.error());
                        int longest = 0;
                        for (int n : *all)
                            longest = std::max(longest, n);
                        done(longest);
                    },
                    1);
}

namespace {
// The purchase among an insight row's actions ([{action_type, value}]). Meta
// reports one purchase under several action types (purchase, omni_purchase,
// offsite_conversion.fb_pixel_purchase, ...) with the same value; the first
// of these present is taken, never their sum.
// https://developers.facebook.com/docs/marketing-api/insights (actions, action_values)
std::optional<double> purchaseValue(const QJsonArray &actions, QString *bad)
{
    static const char *const kinds[] = {"purchase", "omni_purchase", "offsite_conversion.fb_pixel_purchase"};
    for (const char *kind : kinds)
        for (const QJsonValue &a : actions) {
            const QJsonObject o = a.toObject();
            if (o.value(QStringLiteral("action_type")).toString() != QLatin1String(kind))
                continue;
            double v = 0;
            if (QString e = fields::number(o, "value", 0, 1e12, v, true); !e.isEmpty()) {
                *bad = QStringLiteral("%1 value %2").arg(QLatin1String(kind), e);
                return std::nullopt;
            }
            return v;
        }
    return 0.0;
}
} // namespace

namespace {
// One insights row: {date_start, date_stop, impressions, clicks, spend, actions, action_values}.
// The error names the field and says what is wrong with it.
Result<CampaignDay> insightRow(const QJsonObject &o, const QString &campaignId, qsizetype i, const QString &where)
{
    auto bad = [&](const QString &field, const QString &why) { return Error{QStringLiteral("data[%1].%2 %3").arg(i).arg(field, why), where}; };
    CampaignDay d;
    d.campaignId = campaignId;
    const QDate start = QDate::fromString(o.value(QStringLiteral("date_start")).toString(), Qt::ISODate);
    const QDate stop = QDate::fromString(o.value(QStringLiteral("date_stop")).toString(), Qt::ISODate);
    if (!start.isValid())
        return bad(QStringLiteral("date_start"), MetaText::tr("is not a date"));
    if (stop != start)
        return bad(QStringLiteral("date_stop"), MetaText::tr("is not the same day as date_start (time_increment=1 was asked)"));
    d.date = start;
    // Graph numbers come as text ("361324").
    if (QString e = fields::count(o, "impressions", d.impressions, true); !e.isEmpty())
        return bad(QStringLiteral("impressions"), e);
    if (QString e = fields::count(o, "clicks", d.clicks, true); !e.isEmpty())
        return bad(QStringLiteral("clicks"), e);
    if (d.clicks > d.impressions)
        return bad(QStringLiteral("clicks"), MetaText::tr("%1 is more than the %2 impressions").arg(d.clicks).arg(d.impressions));
    // spend and action values: decimal text in the account currency's units ("5234" yen, "12.34" dollars).
    double spend = 0;
    if (QString e = fields::number(o, "spend", 0, fields::kMaxMoney, spend, true); !e.isEmpty())
        return bad(QStringLiteral("spend"), e);
    d.spend = Money::parse(QString::number(spend, 'f', 2)).value_or(Money());
    QString why;
    const auto purchases = purchaseValue(o.value(QStringLiteral("actions")).toArray(), &why);
    if (!purchases)
        return bad(QStringLiteral("actions"), why);
    if (*purchases != std::floor(*purchases))
        return bad(QStringLiteral("actions"), MetaText::tr("purchase count %1 is not whole").arg(*purchases));
    d.conversions = qint64(*purchases);
    const auto value = purchaseValue(o.value(QStringLiteral("action_values")).toArray(), &why);
    if (!value)
        return bad(QStringLiteral("action_values"), why);
    d.revenue = Money::parse(QString::number(*value, 'f', 2)).value_or(Money());
    return d;
}

// A row of the account-level insights: its day, or why its campaign's figures are refused.
struct InsightRow
{
    CampaignDay day;
    QString error;
};
} // namespace

Result<QList<CampaignDay>> MetaApi::parseInsights(const QByteArray &body, const QString &campaignId, const QString &where, QString *after)
{
    auto page = graphPage(body, where, after);
    if (!page)
        return page.error();
    QList<CampaignDay> out;
    const QJsonArray data = *page;
    for (qsizetype i = 0; i < data.size(); ++i) {
        auto row = insightRow(data[i].toObject(), campaignId, i, where);
        if (!row)
            return row.error();
        out.append(*row);
    }
    return out;
}

void MetaApi::fetchAccountInsights(const QString &adAccountId, QDate since, QDate until, AccountInsightsDone done)
{
    // One call for the whole account, a row per campaign and day, as Meta's
    // insights best practices advise over one call per object:
    // https://developers.facebook.com/docs/marketing-api/insights/best-practices
    // https://developers.facebook.com/docs/marketing-api/reference/ad-account/insights (level, time_increment, time_range)
    HttpRequest r;
    r.path = QStringLiteral("/act_%1/insights").arg(pathSegment(adAccountId));
    r.query.addQueryItem(QStringLiteral("level"), QStringLiteral("campaign"));
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("campaign_id,impressions,clicks,spend,actions,action_values"));
    r.query.addQueryItem(QStringLiteral("time_increment"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("time_range"), QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("since"), since.toString(Qt::ISODate)}, {QStringLiteral("until"), until.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact)));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    PageParser<InsightRow> parse = [](const QByteArray &body, const QString &where, QString *after) -> Result<QList<InsightRow>> {
        auto page = graphPage(body, where, after);
        if (!page)
            return page.error();
        QList<InsightRow> out;
        const QJsonArray data = *page;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject o = data[i].toObject();
            QString campaignId;
            if (QString e = fields::id(o, "campaign_id", campaignId); !e.isEmpty())
                return Error{QStringLiteral("data[%1].campaign_id %2").arg(i).arg(e), where};   // whose figures: cannot tell
            auto row = insightRow(o, campaignId, i, where);
            out.append(row ? InsightRow{*row, {}} : InsightRow{CampaignDay{campaignId, {}, 0, 0, {}, 0, {}}, row.error().toString()});
        }
        return out;
    };
    auto finish = [done = std::move(done)](const Result<QList<InsightRow>> &rows) {
        if (!rows)
            return done(rows.error());
        Insights out;
        for (const InsightRow &row : *rows)
            if (!row.error.isEmpty() && !out.failed.contains(row.day.campaignId))
                out.failed.insert(row.day.campaignId, row.error);
        // A campaign with a bad row keeps none of its days: never half of a campaign.
        for (const InsightRow &row : *rows)
            if (!out.failed.contains(row.day.campaignId))
                out.days.append(row.day);
        done(out);
    };
    fetchPages<InsightRow>(r, QStringLiteral("GET /act_%1/insights").arg(adAccountId), parse, std::make_shared<QList<InsightRow>>(),
                           finish, 1);
}

void MetaApi::fetchInsights(const QString &campaignId, QDate since, QDate until, InsightsDone done)
{
    HttpRequest r;
    r.path = QStringLiteral("/%1/insights").arg(pathSegment(campaignId));   // an id cannot reach another edge
    r.query.addQueryItem(QStringLiteral("fields"), QStringLiteral("impressions,clicks,spend,actions,action_values"));
    r.query.addQueryItem(QStringLiteral("time_increment"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("time_range"), QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("since"), since.toString(Qt::ISODate)}, {QStringLiteral("until"), until.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact)));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    PageParser<CampaignDay> parse = [campaignId](const QByteArray &body, const QString &where, QString *after) {
        return parseInsights(body, campaignId, where, after);
    };
    fetchPages<CampaignDay>(r, QStringLiteral("GET /%1/insights").arg(campaignId), parse, std::make_shared<QList<CampaignDay>>(),
                            std::move(done), 1);
}

} // namespace cp
