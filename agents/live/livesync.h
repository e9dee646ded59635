// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livefetch.h"

#include <QSqlDatabase>

namespace cp {

struct SyncReport
{
    int products = 0, productDays = 0, campaigns = 0, campaignDays = 0;
    int windows = 0;          // comparison windows the store measured itself
    QStringList notes;        // what could not be turned into a day's figures, and why
    QStringList failures;     // what was refused as a whole (an ad account in another currency)
};

// Writes a live snapshot into the store, in one transaction, as the same
// product and campaign days a recording holds, so that the agents, the
// charts and File > Export recording treat live data exactly as recorded
// data. Days a source states outright (WooCommerce orders, Meta insights,
// one-day analytics) are written as they are; running totals (the seed
// API's products and campaigns) become a day's figures as the difference to
// the last snapshot of the day before: the first snapshot only sets the
// starting point, a gap of days is not guessed at, and a total that went
// backwards is refused for that product. Either all of it lands or nothing.
namespace LiveSync {

// The days to ask the sources for: from the day after the newest day the
// store holds (or `historyDays` before `today` when it holds none) to today.
// Days re-read on every refresh, counted back from the newest stored day
// (Meta's default attribution window is 7 days).
inline constexpr int kRereadDays = 7;
// A WooCommerce shop's orders are re-read for 14 days: refunds and
// cancellations come days after the sale and lower the day of the sale.
inline constexpr int kWooCommerceRereadDays = 14;
inline constexpr int kHistoryDays = 28;   // asked on a first fetch
std::pair<QDate, QDate> range(QSqlDatabase db, QDate today, int historyDays = kHistoryDays, int rereadDays = kRereadDays);
// The store side's re-read window: the connection's own, or its kind's default.
int storeRereadDays(const Connection &store);

// Meta's conversions keep arriving for the days of its attribution window
// (7-day click / 1-day view by default; 28 days where the account uses 28-day
// windows): each refresh re-reads that many days of insights, counted back
// from the newest day of Meta figures the store holds, and the newest figures
// win. The ad sets' longest window (attribution_spec, read at every refresh
// and kept in the workspace) widens it; `Connection::rereadDays` overrides both.
inline constexpr int kMetaRereadDays = 7;
// Where the ad platform's re-read window starts; invalid when the platform
// keeps no days of its own (the store's range applies).
QDate platformFrom(QSqlDatabase db, const Connection &platform, QDate today, int historyDays = 28);

// What the store's earlier refreshes read (WooCommerce: the orders modified
// up to which instant, kept per connection), and the first day it holds.
StoreMarks storeMarks(QSqlDatabase db, const Connection &store);
inline constexpr int kModifiedOverlapSeconds = 3600;

Result<SyncReport> write(QSqlDatabase db, const LiveSnapshot &snapshot);

// Fetch and write, on the calling (worker) thread: what the command line's
// `cycle --store/--platform` and the window's Refresh live data run. A fetch
// that fails writes nothing; the report carries the per-item failures.
struct Refresh
{
    SyncReport report;
    QStringList failures;
    int requests = 0;
};
Result<Refresh> refresh(QSqlDatabase db, const Connections &connections, const Secrets &storeSecrets, const Secrets &platformSecrets,
                        QDate today, TaskContext *context = nullptr, LiveFetch::BreakerHook onBreaker = {});
// The same at the instant `now`: `today` is its date on this computer; a
// shop with its own time zone counts its today from `now` there.
Result<Refresh> refresh(QSqlDatabase db, const Connections &connections, const Secrets &storeSecrets, const Secrets &platformSecrets,
                        const QDateTime &now, TaskContext *context = nullptr, LiveFetch::BreakerHook onBreaker = {});

} // namespace LiveSync
} // namespace cp
