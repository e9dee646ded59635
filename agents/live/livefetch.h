// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections.h"
#include "models/campaign.h"
#include "models/liveevidence.h"
#include "models/product.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace cp {

class TaskContext;
class HttpClient;

// Running totals a source reports (the seed API's products and campaigns
// count from their beginning): a day's figure is the difference between two
// snapshots on consecutive days (LiveSync).
struct ProductTotals
{
    QString productId;
    qint64 pageViews = 0;
    qint64 units = 0;
    Money revenue;
};

struct CampaignTotals
{
    QString campaignId;
    qint64 impressions = 0, clicks = 0, conversions = 0;
    Money spend;
    std::optional<Money> revenue;
};

// One fetch of the live store and ad platform, before it is written.
struct LiveSnapshot
{
    QDateTime takenAt;
    QDate from, to;                     // the days asked for (to: today)
    // The ad platform's days, when it keeps its own calendar (Meta: days in
    // the ad account's time zone, to = the account's today); invalid: from..to.
    QDate platformFrom, platformTo;
    QString storeCurrency;              // the shop's currency (ISO 4217), when the store says
    QString platformCurrency;           // the ad account's currency (ISO 4217), when the platform says
    QString platformTimeZone;           // the ad account's time zone (IANA), when the platform says
    // The longest attribution window of the ad account's ad sets, in days
    // (Meta: 28 where an ad set counts 28-day clicks); 0: none stated or not read.
    int platformAttributionDays = 0;
    // False when the ad platform's part failed (said in failures): none of
    // its campaigns or days are in the snapshot; the store's part stands.
    bool platformComplete = true;
    // The same for the store's part: none of its products or days are in
    // the snapshot; the ad platform's part stands.
    bool storeComplete = true;
    // The store's own days when it keeps its own calendar (WooCommerce: its
    // re-read window up to the shop's today, in the shop's time zone);
    // invalid: from and to.
    QDate storeFrom, storeTo;
    QString storeTimeZone;              // the shop's zone (IANA id, or "UTC+13" for an offset); empty: unknown
    QString store, platform;            // "woocommerce https://shop.example.com"
    QList<Product> products;
    QList<ProductDay> productDays;      // days the source states outright
    // The days above are all the source sold in storeFrom..storeTo (WooCommerce orders):
    // a stored product-day in that range that they do not mention sold nothing
    // (its orders were refunded or cancelled since).
    bool productDaysComplete = false;
    // Days before storeFrom whose orders were all read again because one of
    // them was modified since the last refresh (a refund or cancellation
    // weeks after the sale): whole days too, like storeFrom..storeTo.
    QList<QDate> storeRereadDays;
    // WooCommerce: the instant up to which every order modified was read;
    // the next refresh asks for the orders modified since. Invalid: not read whole.
    QDateTime storeModifiedThrough;
    // The shop listed orders modified before the instant asked: it does not
    // know modified_after (an old WooCommerce), and is not asked again.
    bool storeIgnoresModifiedAfter = false;
    QList<ProductTotals> productTotals;
    QList<Campaign> campaigns;
    QList<CampaignDay> campaignDays;
    QList<CampaignTotals> campaignTotals;
    QList<SourceWindow> windows;        // comparisons the store measured itself
    QStringList failures;               // one product or campaign each; the rest is intact
    QStringList stale;                  // product ids whose fetch failed: nothing of theirs is written
    // Products the shop listed with a field wrong (said in failures), by id
    // and name only: the store's record of one stays; one new is kept as
    // that, so that its sales are not lost.
    QList<Product> setAside;
    QStringList staleCampaigns;         // campaign ids whose figures could not be fetched: none of their days are written
    QStringList notes;
};

// What earlier refreshes read of the store (LiveSync keeps it per connection).
struct StoreMarks
{
    // WooCommerce: read again every order modified since this instant (UTC),
    // whatever its creation date; invalid: none.
    QDateTime modifiedSince;
    // The first day the store holds: an older day is never written.
    QDate heldFrom;
};

// Fetches a snapshot from the configured connections: the product and
// campaign lists, then the details and analytics of every product (the
// Campaign Pilot API) or the insights of every campaign (Meta) concurrently,
// at most kMaxInFlight requests at a time per host (Qt's own per-host
// connection limit, so none waits in Qt's queue past its timeout). A failed
// list fails the fetch; a failure for one product or campaign is listed and
// leaves the others intact. Lives in the thread that starts it; never blocks.
class LiveFetch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 6;
    // The length in days of a range the seed's server names ("7d",
    // "last_7_days", "24h"); empty when it cannot be read.
    static std::optional<int> windowDays(const QString &timeRange);

    LiveFetch(Connection store, Secrets storeSecrets, Connection platform, Secrets platformSecrets, QObject *parent = nullptr);
    ~LiveFetch() override;

    // "woocommerce https://shop.example": how a snapshot names a connection
    // (LiveSnapshot::store, ::platform), and what its marks are kept under.
    static QString sourceName(const Connection &connection);
    // What an error message calls it: "WooCommerce shop https://shop.example",
    // "Meta ad account 42".
    static QString label(const Connection &connection);
    // Before start().
    void setStoreMarks(const StoreMarks &marks);

    // Fetches days from..to (sources with daily figures: WooCommerce orders,
    // Meta insights) and the current state. finished() follows, once.
    // `platformFrom`: where the ad platform's re-read window starts when it
    // has its own (Meta's insights); invalid: `from`. Meta's last day is the
    // ad account's today (its time zone, at Clock::now()), not `to`.
    // A WooCommerce store reads its orders from `storeFrom` (invalid: from)
    // to the shop's today at `now` (invalid: the current time) in the shop's
    // time zone; `to` when the zone cannot be learnt.
    void start(QDate from, QDate to, QDate platformFrom = {}, QDate storeFrom = {}, QDateTime now = {});
    // Starts nothing new; what is in flight completes, then finished() says "cancelled".
    void cancel();
    // Requests put on the wire so far (retries included).
    int wireRequests() const;
    QList<HttpClient *> clients() const;

    // The whole fetch on the calling (worker) thread, with progress and
    // cancel from the context.
    // `onBreaker` hears each host's circuit breaker change (for the status bar).
    using BreakerHook = std::function<void(const QString &host, int state)>;
    static Result<LiveSnapshot> run(const Connection &store, const Secrets &storeSecrets, const Connection &platform,
                                    const Secrets &platformSecrets, QDate from, QDate to, TaskContext *context = nullptr,
                                    BreakerHook onBreaker = {}, QDate platformFrom = {}, QDate storeFrom = {},
                                    QDateTime now = {}, const StoreMarks &marks = {});

signals:
    void progress(int done, int total, const QString &what);
    // A server asked to wait ("Meta ad account 42 asked to wait 60 s (rate
    // limit, code 17); resuming at 14:03:10"): said at once, and appended to
    // the progress text until the wait is over.
    void waiting(const QString &what);
    void finished();

public:
    // After finished(): the snapshot, or why there is none.
    const Result<LiveSnapshot> &result() const { return m_result; }

private:
    struct State;
    void storeStep();
    void wooStep();
    void wooOrders(QDate from, QDate to);
    void wooModifiedOrders();
    void wooFinish();
    void platformStep();
    void enqueue(QObject *client, std::function<void(std::function<void()>)> job);
    void pump();
    // The ad platform's part failed: with a store connected, said in the
    // failures and the store's part goes on; alone, the fetch fails.
    void platformFailed(const Error &error);
    // The same the other way round: the store's part failed, the ad
    // platform's goes on; alone (or both failed), the fetch fails.
    void storeFailed(const Error &error);
    void stepDone();
    void finish();

    std::unique_ptr<State> d;
    Result<LiveSnapshot> m_result = Error{tr("not fetched"), QStringLiteral("live")};
};

} // namespace cp
