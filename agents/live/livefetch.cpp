// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefetch.h"

#include "agents/tools/campaignpilotapi.h"
#include "agents/tools/httpclient.h"
#include "agents/tools/metaapi.h"
#include "agents/tools/woocommerceapi.h"
#include "models/backgroundtask.h"
#include "models/clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

namespace cp {

namespace {
struct FetchText
{
    Q_DECLARE_TR_FUNCTIONS(LiveFetch)
};

QString describe(const Connection &c) { return LiveFetch::sourceName(c); }
} // namespace

QString LiveFetch::sourceName(const Connection &c)
{
    return Connection::kindKey(c.kind) + QLatin1Char(' ') + c.url.toString();
}

std::optional<int> LiveFetch::windowDays(const QString &timeRange)
{
    // The seed's server names its range "7d", "24h", "last_7_days", "30_days"...
    const QString t = timeRange.trimmed().toLower();
    static const QRegularExpression days(QStringLiteral("^(?:last_)?(\\d{1,3})(?:d|_?days?)$"));
    static const QRegularExpression hours(QStringLiteral("^(?:last_)?(\\d{1,4})(?:h|_?hours?)$"));
    if (t == u"day" || t == u"today" || t == u"yesterday")
        return 1;
    if (t == u"week" || t == u"last_week")
        return 7;
    if (const auto m = days.match(t); m.hasMatch() && m.captured(1).toInt() >= 1)
        return m.captured(1).toInt();
    if (const auto m = hours.match(t); m.hasMatch() && m.captured(1).toInt() % 24 == 0 && m.captured(1).toInt() > 0)
        return m.captured(1).toInt() / 24;
    return std::nullopt;
}

struct LiveFetch::State
{
    Connection store, platform;
    Secrets storeSecrets, platformSecrets;
    CampaignPilotApi *cpStore = nullptr;
    CampaignPilotApi *cpPlatform = nullptr;
    WooCommerceApi *woo = nullptr;
    MetaApi *meta = nullptr;

    LiveSnapshot snapshot;
    std::optional<Error> error;
    bool cancelled = false;
    bool finished = false;
    int open = 0;                  // steps started and not finished
    int total = 0, completed = 0;

    struct Job
    {
        QObject *client;
        std::function<void(std::function<void()>)> run;
    };
    QList<Job> queue;
    QHash<QObject *, int> inFlight;

    QList<ApiProduct> listed;
    QHash<QString, ApiProduct> details;
    QHash<QString, ApiAnalytics> analytics;
    QSet<QString> failedProducts;   // details or analytics failed: nothing of theirs is written
    QString waitNote;               // the last wait a server asked for, until waitUntil
    QDateTime waitUntil;
    std::optional<Error> storeError;   // the store's part failed: nothing of it is written
    std::optional<Error> platformError;
    QDate platformFromAsked;

    // WooCommerce
    QDateTime now;                  // the instant the shop's today is taken at
    QDate storeFrom, storeTo;
    QList<WooCommerceApi::ProductRow> wooRows;
    QHash<QString, Result<QList<WooCommerceApi::Variation>>> wooVariations;
    std::optional<qint64> wooAllProducts;   // X-WP-Total of status=any
    QString wooCurrency, wooCurrencyProblem;  // the shop's currency setting, or why it could not be read
    QString wooCountProblem;
    QMap<qint64, WooCommerceApi::Order> wooOrders;     // by id: an order read twice counts once
    QHash<qint64, QList<WooCommerceApi::Refund>> wooRefunds;
    StoreMarks marks;
    QSet<QDate> wooRereadDays;      // days before storeFrom read whole again (an order of theirs was modified)
    int wooModifiedOutside = 0;     // orders modified since the mark that belong to those days
    std::optional<QTimeZone> shopZone;
    QString zoneProblem;            // why the site's zone could not be read
    bool zoneFromOrders = false, offsetLooked = false;
};

LiveFetch::LiveFetch(Connection store, Secrets storeSecrets, Connection platform, Secrets platformSecrets, QObject *parent)
    : QObject(parent), d(std::make_unique<State>())
{
    d->store = std::move(store);
    d->platform = std::move(platform);
    d->storeSecrets = std::move(storeSecrets);
    d->platformSecrets = std::move(platformSecrets);
    switch (d->store.kind) {
    case Connection::Kind::CampaignPilotApi:
        d->cpStore = new CampaignPilotApi(d->store.baseUrl(), d->store.network(), d->storeSecrets.token, this);
        break;
    case Connection::Kind::WooCommerce:
        d->woo = new WooCommerceApi(d->store.baseUrl(), d->store.network(), d->storeSecrets.key, d->storeSecrets.secret, this);
        break;
    default:
        break;
    }
    switch (d->platform.kind) {
    case Connection::Kind::CampaignPilotApi:
        d->cpPlatform = new CampaignPilotApi(d->platform.baseUrl(), d->platform.network(), d->platformSecrets.token, this);
        break;
    case Connection::Kind::Meta:
        d->meta = new MetaApi(d->platform.baseUrl(), d->platform.network(), d->platformSecrets.token, this);
        break;
    default:
        break;
    }
    // A wait a server asked for is said, never silent (the status bar, the command line's stderr).
    HttpClient *storeClient = d->cpStore ? d->cpStore->http() : d->woo ? d->woo->http() : nullptr;
    HttpClient *platformClient = d->cpPlatform ? d->cpPlatform->http() : d->meta ? d->meta->http() : nullptr;
    for (const auto &[client, connection] : {std::pair{storeClient, &d->store}, std::pair{platformClient, &d->platform}}) {
        if (!client)
            continue;
        connect(client, &HttpClient::waiting, this, [this, who = label(*connection)](qint64 ms, const QString &why) {
            const QDateTime until = QDateTime::currentDateTime().addMSecs(ms);
            d->waitUntil = until;
            d->waitNote = FetchText::tr("%1 asked to wait %2 s (%3); resuming at %4")
                              .arg(who)
                              .arg((ms + 999) / 1000)
                              .arg(why, QLocale().toString(until.time(), QStringLiteral("HH:mm:ss")));
            emit waiting(d->waitNote);
        });
    }
}

LiveFetch::~LiveFetch() = default;

QString LiveFetch::label(const Connection &c)
{
    switch (c.kind) {
    case Connection::Kind::WooCommerce:
        return FetchText::tr("WooCommerce shop %1").arg(c.url.toString());
    case Connection::Kind::CampaignPilotApi:
        return FetchText::tr("Campaign Pilot API %1").arg(c.url.toString());
    case Connection::Kind::Meta:
        return FetchText::tr("Meta ad account %1").arg(c.account);
    case Connection::Kind::None:
        break;
    }
    return sourceName(c);
}

void LiveFetch::setStoreMarks(const StoreMarks &marks)
{
    d->marks = marks;
}

QList<HttpClient *> LiveFetch::clients() const
{
    QList<HttpClient *> out;
    if (d->cpStore) out << d->cpStore->http();
    if (d->woo) out << d->woo->http();
    if (d->cpPlatform) out << d->cpPlatform->http();
    if (d->meta) out << d->meta->http();
    return out;
}

int LiveFetch::wireRequests() const
{
    int n = 0;
    for (HttpClient *c : clients())
        n += c->wireRequests();
    return n;
}

void LiveFetch::start(QDate from, QDate to, QDate platformFrom, QDate storeFrom, QDateTime now)
{
    d->now = now.isValid() ? now.toUTC() : Clock::now().toUTC();
    d->snapshot.takenAt = d->now;
    d->snapshot.from = from;
    d->snapshot.to = to;
    d->platformFromAsked = platformFrom.isValid() ? platformFrom : from;
    d->storeFrom = storeFrom.isValid() ? storeFrom : from;
    d->storeTo = to;
    if (d->store.isSet())
        d->snapshot.store = describe(d->store);
    if (d->platform.isSet())
        d->snapshot.platform = describe(d->platform);
    if (!d->store.isSet() && !d->platform.isSet()) {
        d->error = Error{FetchText::tr("no store and no ad platform connected (Agents ▸ Connections)"), QStringLiteral("live")};
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    storeStep();
    platformStep();
}

void LiveFetch::cancel()
{
    d->cancelled = true;
    d->open -= int(d->queue.size());
    d->queue.clear();
    if (d->open == 0)
        QTimer::singleShot(0, this, [this] { finish(); });
}

void LiveFetch::storeStep()
{
    if (d->cpStore) {
        ++d->open;
        ++d->total;
        d->cpStore->fetchProducts([this](const Result<QList<ApiProduct>> &r) {
            if (!r) {
                storeFailed(r.error());
                return stepDone();
            }
            d->listed = *r;
            for (const ApiProduct &p : *r) {
                const QString id = p.product.id;
                enqueue(d->cpStore->http(), [this, id](std::function<void()> done) {
                    d->cpStore->fetchProduct(id, [this, id, done](const Result<ApiProduct> &one) {
                        if (one && one->product.id == id)
                            d->details.insert(id, *one);
                        else {
                            d->failedProducts.insert(id);
                            d->snapshot.failures << FetchText::tr("product %1: %2")
                                                        .arg(id, one ? FetchText::tr("the details name product %1").arg(one->product.id)
                                                                     : one.error().toString());
                        }
                        done();
                    });
                });
                enqueue(d->cpStore->http(), [this, id](std::function<void()> done) {
                    d->cpStore->fetchAnalytics(id, [this, id, done](const Result<ApiAnalytics> &a) {
                        if (a && a->productId == id)
                            d->analytics.insert(id, *a);
                        else {
                            d->failedProducts.insert(id);
                            d->snapshot.failures << FetchText::tr("product %1: %2")
                                                        .arg(id, a ? FetchText::tr("the analytics name product %1").arg(a->productId)
                                                                   : a.error().toString());
                        }
                        done();
                    });
                });
            }
            stepDone();
        });
    } else if (d->woo) {
        wooStep();
    }
}

void LiveFetch::wooStep()
{
    // The published products, then each variable one's variations (its
    // stock is theirs) and how many products there are in all (the
    // unpublished ones left out are said).
    ++d->open;
    ++d->total;
    d->woo->fetchProductRows([this](const Result<QList<WooCommerceApi::ProductRow>> &r) {
        if (!r) {
            storeFailed(r.error());
            return stepDone();
        }
        d->wooRows = *r;
        for (const WooCommerceApi::ProductRow &row : *r) {
            if (row.problem || row.type != u"variable" || row.variations.isEmpty() || row.stockStatus == u"outofstock")
                continue;
            const QString id = row.product.id;
            enqueue(d->woo->http(), [this, id](std::function<void()> done) {
                d->woo->fetchVariations(id, [this, id, done](const Result<QList<WooCommerceApi::Variation>> &v) {
                    d->wooVariations.insert(id, v);
                    done();
                });
            });
        }
        enqueue(d->woo->http(), [this](std::function<void()> done) {
            d->woo->fetchCurrency([this, done](const Result<QString> &code) {
                if (code)
                    d->wooCurrency = *code;
                else
                    d->wooCurrencyProblem = code.error().toString();
                done();
            });
        });
        enqueue(d->woo->http(), [this](std::function<void()> done) {
            d->woo->countProducts(QStringLiteral("any"), [this, done](const Result<qint64> &n) {
                if (n)
                    d->wooAllProducts = *n;
                else
                    d->wooCountProblem = n.error().toString();
                done();
            });
        });
        stepDone();
    });
    // The orders are days of the shop's calendar: its time zone first.
    ++d->open;
    ++d->total;
    d->woo->fetchTimeZone([this](const Result<QTimeZone> &zone) {
        if (zone)
            d->shopZone = *zone;
        else
            d->zoneProblem = zone.error().toString();
        if (d->shopZone)
            d->storeTo = d->now.toTimeZone(*d->shopZone).date();   // the shop's today, not this computer's
        d->storeFrom = std::min(d->storeFrom, d->storeTo);
        if (!d->cancelled && !d->error && !d->storeError) {
            wooOrders(d->storeFrom, d->storeTo);
            if (d->marks.modifiedSince.isValid())
                wooModifiedOrders();
        }
        stepDone();
    });
}

void LiveFetch::wooOrders(QDate from, QDate to)
{
    ++d->open;
    ++d->total;
    d->woo->fetchOrders(from, to, [this](const Result<QList<WooCommerceApi::Order>> &r) {
        if (!r) {
            storeFailed(r.error());
            return stepDone();
        }
        for (const WooCommerceApi::Order &o : *r)
            d->wooOrders.insert(o.id, o);
        if (!d->shopZone && !d->offsetLooked) {
            // The site did not say its zone: its orders' offset stands in
            // (date_created is site time, date_created_gmt UTC). A shop ahead
            // of this computer has a today the range did not reach yet: read it too.
            d->offsetLooked = true;
            if (const auto offset = WooCommerceApi::offsetSeenInOrders(*r)) {
                d->shopZone = QTimeZone(*offset);
                d->zoneFromOrders = true;
                const QDate shopToday = d->now.toTimeZone(*d->shopZone).date();
                const QDate asked = d->storeTo;
                d->storeTo = shopToday;
                d->storeFrom = std::min(d->storeFrom, d->storeTo);
                if (shopToday > asked && !d->cancelled && !d->error)
                    wooOrders(asked.addDays(1), shopToday);
            }
        }
        // Refunds: each refunded order's own, to take them off the day of the sale.
        for (const WooCommerceApi::Order &o : *r) {
            if (!o.isSale() || !o.hasRefunds)
                continue;
            const qint64 id = o.id;
            enqueue(d->woo->http(), [this, id](std::function<void()> done) {
                d->woo->fetchRefunds(id, [this, id, done](const Result<QList<WooCommerceApi::Refund>> &refunds) {
                    if (refunds)
                        d->wooRefunds.insert(id, *refunds);
                    else   // its day's figures would be wrong: nothing of the shop is written
                        storeFailed(Error{FetchText::tr("the refunds of order %1: %2").arg(id).arg(refunds.error().message),
                                          refunds.error().where, refunds.error().httpStatus});
                    done();
                });
            });
        }
        stepDone();
    });
}

// The orders modified since the last refresh whose day lies before the
// re-read window (a refund weeks after the sale): each such day is read again
// whole, so that its figures are rewritten from all of its orders.
void LiveFetch::wooModifiedOrders()
{
    ++d->open;
    ++d->total;
    d->woo->fetchOrdersModifiedSince(d->marks.modifiedSince, [this](const Result<QList<WooCommerceApi::Order>> &r) {
        if (!r) {
            storeFailed(r.error());
            return stepDone();
        }
        QSet<QDate> days;
        for (const WooCommerceApi::Order &o : *r) {
            if (o.modifiedUtc.isValid() && o.modifiedUtc < d->marks.modifiedSince.addSecs(-1)) {
                // Listed though modified before the instant asked: the shop
                // ignores modified_after and listed every order.
                d->snapshot.storeIgnoresModifiedAfter = true;
                d->snapshot.notes << FetchText::tr("the shop does not filter orders by modified_after (WooCommerce too old?): an order "
                                                   "refunded or cancelled after the re-read window is not noticed; the shop is not asked again");
                stepDone();
                return;
            }
            // A day the store does not hold yet is not begun here (heldFrom).
            if (o.day < d->storeFrom && d->marks.heldFrom.isValid() && o.day >= d->marks.heldFrom) {
                days.insert(o.day);
                ++d->wooModifiedOutside;
            }
        }
        QList<QDate> sorted(days.cbegin(), days.cend());
        std::sort(sorted.begin(), sorted.end());
        // One request per run of consecutive days.
        for (qsizetype i = 0; i < sorted.size() && !d->cancelled && !d->error;) {
            qsizetype j = i;
            while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j].addDays(1))
                ++j;
            for (qsizetype k = i; k <= j; ++k)
                d->wooRereadDays.insert(sorted[k]);
            wooOrders(sorted[i], sorted[j]);
            i = j + 1;
        }
        stepDone();
    });
}

void LiveFetch::wooFinish()
{
    LiveSnapshot &s = d->snapshot;
    QStringList failures;
    qint64 unpublished = 0;
    if (d->wooAllProducts)
        unpublished = *d->wooAllProducts - d->wooRows.size();
    else
        s.notes << FetchText::tr("how many unpublished products were left out could not be read (%1)").arg(d->wooCountProblem);
    s.products += WooCommerceApi::catalog(d->wooRows, d->wooVariations, unpublished, &s.notes, &failures, &s.setAside);
    s.failures += failures;

    // The shop's currency: its setting; when that cannot be read, the one
    // currency its orders state (several: unknown, and none is counted).
    QString currency = d->wooCurrency;
    bool countedNone = false;   // orders in two currencies and no setting: none counted, the stored days stay
    if (currency.isEmpty()) {
        QSet<QString> seen;
        for (const WooCommerceApi::Order &o : std::as_const(d->wooOrders))
            if (!o.currency.isEmpty() && o.isSale())
                seen.insert(o.currency);
        if (seen.size() == 1) {
            currency = *seen.cbegin();
            s.notes << FetchText::tr("the shop's currency setting could not be read (%1); its orders are in %2")
                           .arg(d->wooCurrencyProblem, currency);
        } else if (seen.size() > 1) {
            QStringList codes(seen.cbegin(), seen.cend());
            codes.sort();
            s.failures << FetchText::tr("the shop's currency setting could not be read (%1) and its orders are in %2: "
                                        "no order was counted, so that two currencies are never added up")
                              .arg(d->wooCurrencyProblem, codes.join(QStringLiteral(", ")));
            countedNone = true;
        }
    }
    s.storeCurrency = currency;

    // Every order of the shop's days from..to, net of its refunds, on its own day.
    QList<WooCommerceApi::OrderLine> lines;
    int refunded = 0;
    QMap<QString, QList<qint64>> otherCurrency;   // orders in another currency than the shop's, by currency
    for (const WooCommerceApi::Order &o : std::as_const(d->wooOrders)) {
        if ((o.day < d->storeFrom || o.day > d->storeTo) && !d->wooRereadDays.contains(o.day))
            continue;
        if (!o.currency.isEmpty() && o.currency != currency) {
            if (o.isSale())
                otherCurrency[o.currency].append(o.id);
            continue;   // a sum of two currencies would be a wrong number
        }
        const auto refunds = d->wooRefunds.constFind(o.id);
        if (refunds != d->wooRefunds.constEnd() && !refunds->isEmpty())
            ++refunded;
        lines += WooCommerceApi::netLines(o, refunds == d->wooRefunds.constEnd() ? QList<WooCommerceApi::Refund>() : *refunds);
    }
    for (auto it = otherCurrency.cbegin(); it != otherCurrency.cend(); ++it) {
        QStringList ids;
        for (qint64 id : it.value())
            ids << QString::number(id);
        if (!currency.isEmpty())
            s.failures << FetchText::tr("%n order(s) in %1, not the shop's %2, were not counted (orders %3)", nullptr, int(ids.size()))
                              .arg(it.key(), currency, ids.join(QStringLiteral(", ")));
    }
    s.productDays += WooCommerceApi::dailySales(lines, &s.notes);
    // Every order of the range was read: an empty range is a quiet shop, not
    // a gap. Not when none could be counted: the days held stay as they are.
    s.productDaysComplete = !countedNone;
    s.storeFrom = d->storeFrom;
    s.storeTo = d->storeTo;
    s.storeRereadDays = QList<QDate>(d->wooRereadDays.cbegin(), d->wooRereadDays.cend());
    std::sort(s.storeRereadDays.begin(), s.storeRereadDays.end());
    if (!s.storeRereadDays.isEmpty()) {
        QStringList days;
        for (const QDate &day : std::as_const(s.storeRereadDays))
            days << day.toString(Qt::ISODate);
        s.notes << FetchText::tr("%n order(s) changed since the last refresh (a refund or cancellation) belong to days before the "
                                 "re-read window: %1 read again whole", nullptr, d->wooModifiedOutside)
                       .arg(days.join(QStringLiteral(", ")));
    }
    // Every order modified before the fetch began has been read.
    s.storeModifiedThrough = d->now;
    if (refunded > 0)
        s.notes << FetchText::tr("%n order(s) partly refunded: the refunds are taken off the day of the sale", nullptr, refunded);
    const QString today = d->storeTo.toString(Qt::ISODate);
    if (d->shopZone && !d->zoneFromOrders) {
        s.storeTimeZone = QString::fromUtf8(d->shopZone->id());
        s.notes << FetchText::tr("the shop's time zone is %1 (its site's setting): its days are counted there; its today is %2")
                       .arg(s.storeTimeZone, today);
    } else if (d->shopZone) {
        s.storeTimeZone = QString::fromUtf8(d->shopZone->id());
        s.notes << FetchText::tr("the shop's time zone could not be read (%1); its newest order says %2 (date_created less "
                                 "date_created_gmt): its days are counted at that offset; its today is %3")
                       .arg(d->zoneProblem, s.storeTimeZone, today);
    } else {
        s.notes << FetchText::tr("the shop's time zone could not be read (%1) and no order says its offset: days are as the shop "
                                 "states them (date_created); its today is taken to be this computer's, %2")
                       .arg(d->zoneProblem, today);
    }
}

void LiveFetch::platformStep()
{
    if (d->cpPlatform) {
        ++d->open;
        ++d->total;
        d->cpPlatform->fetchCampaigns([this](const Result<QList<ApiCampaign>> &r) {
            if (!r) {
                platformFailed(r.error());
                return stepDone();
            }
            for (const ApiCampaign &c : *r) {
                d->snapshot.campaigns << c.campaign;
                CampaignTotals t{c.campaign.id, c.impressions, c.clicks, c.conversions, c.spend, std::nullopt};
                // The seed's ROAS is (revenue - cost) / cost, so revenue = cost x (1 + ROAS).
                if (c.roas)
                    t.revenue = Money::fromMinor(qRound64(double(c.spend.minor()) * (1.0 + *c.roas)));
                d->snapshot.campaignTotals << t;
            }
            stepDone();
        });
    } else if (d->meta) {
        // The account first (its currency is the budgets' unit, its time zone
        // the insights' days), then the campaigns, then every campaign's days
        // in one account-level call.
        ++d->open;
        ++d->total;
        const QString account = d->platform.account;
        d->meta->fetchAccount(account, [this, account](const Result<MetaAccount> &a) {
            if (!a || d->cancelled || d->error) {
                if (!a)
                    platformFailed(a.error());
                return stepDone();
            }
            LiveSnapshot &s = d->snapshot;
            s.platformCurrency = a->currency;
            s.platformTimeZone = a->timeZone;
            // Insights days are the ad account's days: its today, in its time
            // zone, is the last one there can be (a later "until" is refused).
            // https://developers.facebook.com/docs/marketing-api/reference/ad-account (timezone_name)
            s.platformTo = d->now.toTimeZone(QTimeZone(a->timeZone.toUtf8())).date();
            s.platformFrom = std::min(d->platformFromAsked, s.platformTo);
            s.notes << FetchText::tr("Meta ad account %1: currency %2, time zone %3; its days %4 to %5 were read in that time zone%6")
                           .arg(account, a->currency, a->timeZone, s.platformFrom.toString(Qt::ISODate), s.platformTo.toString(Qt::ISODate),
                                s.platformTo != s.to ? FetchText::tr(" (today there is %1, here %2)")
                                                           .arg(s.platformTo.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
                                                     : QString());
            ++d->open;
            ++d->total;
            d->meta->fetchCampaigns(account, a->currency, [this, account](const Result<QList<Campaign>> &r) {
                if (!r || d->cancelled || d->error) {
                    if (!r)
                        platformFailed(r.error());
                    return stepDone();
                }
                d->snapshot.campaigns += *r;
                QStringList ids;
                for (const Campaign &c : *r)
                    ids << c.id;
                // The ad sets' attribution windows: how far back the next
                // refreshes re-read (LiveSync::platformFrom). Not needed for
                // this refresh's figures, so a failure is a note, not a failure.
                ++d->open;
                ++d->total;
                d->meta->fetchAttributionDays(account, [this](const Result<int> &days) {
                    if (days)
                        d->snapshot.platformAttributionDays = *days;
                    else
                        d->snapshot.notes << FetchText::tr("the ad sets' attribution windows could not be read (%1); the re-read "
                                                           "window stays as it was")
                                                 .arg(days.error().toString());
                    stepDone();
                });
                ++d->open;
                ++d->total;
                d->meta->fetchAccountInsights(account, d->snapshot.platformFrom, d->snapshot.platformTo,
                                              [this, ids](const Result<MetaApi::Insights> &insights) {
                    if (!insights) {
                        // No campaign's figures: their stored days stay, and the
                        // next refresh asks the window again (LiveSync::platformFrom).
                        d->snapshot.failures << FetchText::tr("Meta insights: %1").arg(insights.error().toString());
                        d->snapshot.staleCampaigns += ids;
                    } else {
                        d->snapshot.campaignDays += insights->days;
                        for (auto it = insights->failed.cbegin(); it != insights->failed.cend(); ++it) {
                            d->snapshot.failures << FetchText::tr("campaign %1: %2").arg(it.key(), it.value());
                            d->snapshot.staleCampaigns << it.key();
                        }
                    }
                    stepDone();
                });
                stepDone();
            });
            stepDone();
        });
    }
}

namespace {
// "WooCommerce shop https://…: GET /wp-json/wc/v3/orders page 2: HTTP 500 after 4 attempts: …"
Error ofConnection(const Error &e, const QString &label)
{
    return Error{e.message, e.where.isEmpty() ? label : label + QStringLiteral(": ") + e.where, e.httpStatus, e.unsent};
}
} // namespace

void LiveFetch::platformFailed(const Error &error)
{
    if (d->platformError)
        return;
    d->platformError = ofConnection(error, label(d->platform));
    d->snapshot.platformComplete = false;
    if (!d->store.isSet() || d->storeError) {
        // Nothing else to write: the fetch fails as a whole.
        if (!d->error)
            d->error = d->storeError ? Error{FetchText::tr("%1; and %2").arg(d->storeError->toString(), d->platformError->toString()),
                                             QString(), d->platformError->httpStatus}
                                     : *d->platformError;
        d->open -= int(d->queue.size());
        d->queue.clear();
        return;
    }
    d->snapshot.failures << FetchText::tr("%1 (nothing of the ad platform was written; the store's data was)")
                                .arg(d->platformError->toString());
}

void LiveFetch::storeFailed(const Error &error)
{
    if (d->storeError)
        return;
    d->storeError = ofConnection(error, label(d->store));
    d->snapshot.storeComplete = false;
    if (!d->platform.isSet() || d->platformError) {
        if (!d->error)
            d->error = d->platformError ? Error{FetchText::tr("%1; and %2").arg(d->platformError->toString(), d->storeError->toString()),
                                                QString(), d->storeError->httpStatus}
                                        : *d->storeError;
        d->open -= int(d->queue.size());
        d->queue.clear();
        return;
    }
    // The store's requests still waiting are not sent; the ad platform's go on.
    QObject *storeClient = d->cpStore ? static_cast<QObject *>(d->cpStore->http()) : d->woo ? d->woo->http() : nullptr;
    for (qsizetype i = d->queue.size() - 1; i >= 0; --i)
        if (d->queue[i].client == storeClient) {
            d->queue.removeAt(i);
            --d->open;
        }
    d->snapshot.failures << FetchText::tr("%1 (nothing of the store was written; the ad platform's data was)").arg(d->storeError->toString());
}

void LiveFetch::enqueue(QObject *client, std::function<void(std::function<void()>)> job)
{
    if (d->cancelled || d->error)
        return;
    if (d->storeError && ((d->cpStore && client == d->cpStore->http()) || (d->woo && client == d->woo->http())))
        return;   // the store's part failed: nothing more of it is asked
    ++d->open;
    ++d->total;
    d->queue.append({client, std::move(job)});
}

void LiveFetch::pump()
{
    for (qsizetype i = 0; i < d->queue.size() && !d->cancelled && !d->error;) {
        QObject *client = d->queue[i].client;
        if (d->inFlight.value(client) >= kMaxInFlight) {
            ++i;
            continue;
        }
        State::Job job = d->queue.takeAt(i);
        ++d->inFlight[client];
        job.run([this, client] {
            --d->inFlight[client];
            stepDone();
        });
    }
}

void LiveFetch::stepDone()
{
    --d->open;
    ++d->completed;
    QString what = FetchText::tr("Fetching live data: %1 of %2 requests").arg(d->completed).arg(d->total);
    if (d->waitUntil.isValid() && QDateTime::currentDateTime() < d->waitUntil)
        what += QStringLiteral(" — ") + d->waitNote;
    emit progress(d->completed, d->total, what);
    pump();
    if (d->open == 0)
        finish();
}

void LiveFetch::finish()
{
    if (d->finished)
        return;
    d->finished = true;
    if (d->error) {
        m_result = *d->error;
    } else if (d->cancelled) {
        m_result = Error{FetchText::tr("cancelled; nothing was written"), QStringLiteral("live")};
    } else {
        if (d->woo && !d->storeError)
            wooFinish();
        // The Campaign Pilot API's products: the details where they came, the list otherwise.
        int unreadRanges = 0;
        if (d->storeError)
            d->listed.clear();   // nothing of a store whose part failed
        for (const ApiProduct &listed : std::as_const(d->listed)) {
            const ApiProduct p = d->details.value(listed.product.id, listed);
            d->snapshot.products << p.product;
            if (d->failedProducts.contains(p.product.id)) {
                // A failed fetch writes nothing for that item: its stored
                // figures stay as they were (the failure is listed).
                d->snapshot.stale << p.product.id;
                continue;
            }
            d->snapshot.productTotals << ProductTotals{p.product.id, p.pageViews, p.sales, p.revenue};
            const auto a = d->analytics.constFind(p.product.id);
            if (a != d->analytics.constEnd()) {
                // The window the store measured itself is evidence from the first contact.
                if (const auto days = windowDays(a->timeRange)) {
                    SourceWindow w;
                    w.productId = p.product.id;
                    w.asOf = d->snapshot.to;
                    w.days = *days;
                    w.source = QStringLiteral("campaign-pilot-api");
                    w.views = a->pageViews;
                    w.viewsPrevious = a->pageViewsPrevious;
                    w.units = a->sales;
                    w.unitsPrevious = a->salesPrevious;
                    w.revenue = a->revenue;
                    w.revenuePrevious = a->revenuePrevious;
                    d->snapshot.windows << w;
                } else {
                    ++unreadRanges;
                }
            }
            if (a != d->analytics.constEnd() && a->coversOneDay()) {
                ProductDay day;
                day.productId = p.product.id;
                day.date = d->snapshot.to;
                day.pageViews = a->pageViews;
                day.unitsSold = a->sales;
                day.revenue = a->revenue;
                day.stock = p.product.stock;
                d->snapshot.productDays << day;
            }
        }
        if (unreadRanges)
            d->snapshot.notes << FetchText::tr("%n product(s): the analytics' time_range was not understood; their comparison "
                                               "windows were not kept", nullptr, unreadRanges);
        LiveSnapshot &s = d->snapshot;
        s.staleCampaigns.removeDuplicates();
        d->snapshot.failures.sort();
        m_result = d->snapshot;
    }
    emit finished();
}

Result<LiveSnapshot> LiveFetch::run(const Connection &store, const Secrets &storeSecrets, const Connection &platform,
                                    const Secrets &platformSecrets, QDate from, QDate to, TaskContext *context, BreakerHook onBreaker,
                                    QDate platformFrom, QDate storeFrom, QDateTime now, const StoreMarks &marks)
{
    LiveFetch fetch(store, storeSecrets, platform, platformSecrets);
    fetch.setStoreMarks(marks);
    if (onBreaker)
        for (HttpClient *client : fetch.clients())
            QObject::connect(client, &HttpClient::breakerChanged, &fetch, [onBreaker, client](HttpClient::Breaker state) {
                onBreaker(client->base().host(), int(state));
            });
    QEventLoop loop;
    QObject::connect(&fetch, &LiveFetch::finished, &loop, &QEventLoop::quit);
    QTimer poll;   // the context's cancel flag is a plain atomic: look at it now and then
    if (context) {
        QObject::connect(&fetch, &LiveFetch::progress, &loop, [context](int done, int total, const QString &what) {
            context->report(done, total, what);
        });
        QObject::connect(&fetch, &LiveFetch::waiting, &loop, [context](const QString &what) { context->notice(what); });
        QObject::connect(&poll, &QTimer::timeout, &fetch, [&] {
            if (context->isCancelled())
                fetch.cancel();
        });
        poll.start(50);
    }
    fetch.start(from, to, platformFrom, storeFrom, now);
    if (!fetch.d->finished)
        loop.exec();
    return fetch.result();
}

} // namespace cp
