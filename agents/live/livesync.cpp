// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesync.h"
#include "agents/workspace/workspaceplatform.h"
#include "models/workspace.h"

#include "models/liveevidence.h"
#include "models/clock.h"
#include "models/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <cstdlib>
#include <type_traits>

namespace cp::LiveSync {

namespace {
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(LiveSync)
};

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{q.lastError().text(), QString::fromLatin1(what)};
}

QSet<QString> ids(QSqlDatabase db, const char *table)
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table)));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

// A day's figure from running totals, settled against the run of unbroken
// daily snapshots it belongs to: the days stored since the run began must add
// up to the newest total less the run's first. So today's figure is what is
// left after the earlier days; when that is negative the source restated
// (its total went down), today's figure is zero and the excess is taken back
// from the earlier days of the run, newest first, never below zero — in the
// caller's transaction. A second snapshot on the same day settles again from
// the same ground, so nothing is counted twice. Returns today's figure and
// the days rewritten.
struct Settled
{
    qint64 today = 0;
    int rewritten = 0;
    bool restated = false;
};
Result<Settled> settle(QSqlDatabase db, const char *dayTable, const char *idColumn, const QString &id, const QString &runStart,
                       const QString &day, const char *column, qint64 target)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2 WHERE %3 = ? AND day > ? AND day < ?")
                  .arg(QLatin1String(column), QLatin1String(dayTable), QLatin1String(idColumn)));
    q.addBindValue(id);
    q.addBindValue(runStart);
    q.addBindValue(day);
    if (!q.exec() || !q.next())
        return sqlError(q, dayTable);
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    if (target >= before)
        return Settled{target - before, 0, false};
    qint64 excess = before - std::max<qint64>(target, 0);
    q.prepare(QStringLiteral("SELECT day, %1 FROM %2 WHERE %3 = ? AND day > ? AND day < ? AND %1 > 0 ORDER BY day DESC")
                  .arg(QLatin1String(column), QLatin1String(dayTable), QLatin1String(idColumn)));
    q.addBindValue(id);
    q.addBindValue(runStart);
    q.addBindValue(day);
    if (!q.exec())
        return sqlError(q, dayTable);
    QList<QPair<QString, qint64>> rows;
    while (q.next() && excess > 0) {
        const qint64 take = std::min(q.value(1).toLongLong(), excess);
        rows.append({q.value(0).toString(), take});
        excess -= take;
    }
    q.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 - ? WHERE %3 = ? AND day = ?")
                      .arg(QLatin1String(dayTable), QLatin1String(column), QLatin1String(idColumn)));
    for (const auto &[d, take] : rows) {
        write.addBindValue(qlonglong(take));
        write.addBindValue(id);
        write.addBindValue(d);
        if (!write.exec())
            return sqlError(write, dayTable);
    }
    return Settled{0, int(rows.size()), true};
}

// A source that answered for a range of days whole (WooCommerce's orders of
// its re-read window, Meta's insights of its attribution window) states
// every day it has: a stored day of one of its own items in that range that
// the answer no longer mentions was restated to nothing since (refunded or
// cancelled orders; a day without delivery left). `stillHolds` picks the
// rows that say something (SQL over the day table; empty: every row), and
// `clear` (bound: id, day) says what becomes of them. Returns how many.
struct UnmentionedDays
{
    const char *table;
    const char *idColumn;
    const char *stillHolds;
    const char *clear;
};
constexpr UnmentionedDays kNoLongerOrdered{"product_days", "product_id", "(units_sold <> 0 OR revenue_minor <> 0)",
                                           "UPDATE product_days SET units_sold = 0, revenue_minor = 0, orders = 0 WHERE product_id = ? AND day = ?"};
constexpr UnmentionedDays kNoLongerReported{"campaign_days", "campaign_id", "", "DELETE FROM campaign_days WHERE campaign_id = ? AND day = ?"};

template<typename Day>
QSet<QPair<QString, QDate>> mentionedDays(const QList<Day> &days)
{
    QSet<QPair<QString, QDate>> out;
    for (const Day &d : days) {
        if constexpr (std::is_same_v<Day, ProductDay>)
            out.insert({d.productId, d.date});
        else
            out.insert({d.campaignId, d.date});
    }
    return out;
}

Result<int> clearUnmentioned(QSqlDatabase db, const UnmentionedDays &how, const QList<QPair<QDate, QDate>> &ranges,
                             const QSet<QString> &ofSource, const QSet<QPair<QString, QDate>> &mentioned)
{
    QSqlQuery held(db);
    held.prepare(QStringLiteral("SELECT %1, day FROM %2 WHERE day BETWEEN ? AND ?%3")
                     .arg(QLatin1String(how.idColumn), QLatin1String(how.table),
                          *how.stillHolds ? QStringLiteral(" AND ") + QLatin1String(how.stillHolds) : QString()));
    QList<QPair<QString, QString>> gone;
    for (const auto &[from, to] : ranges) {
        held.addBindValue(from.toString(Qt::ISODate));
        held.addBindValue(to.toString(Qt::ISODate));
        if (!held.exec())
            return sqlError(held, how.table);
        while (held.next()) {
            const QString id = held.value(0).toString();
            if (ofSource.contains(id) && !mentioned.contains({id, QDate::fromString(held.value(1).toString(), Qt::ISODate)}))
                gone.append({id, held.value(1).toString()});
        }
        held.finish();
    }
    QSqlQuery clear(db);
    clear.prepare(QLatin1String(how.clear));
    for (const auto &[id, day] : gone) {
        clear.addBindValue(id);
        clear.addBindValue(day);
        if (!clear.exec())
            return sqlError(clear, how.table);
    }
    return int(gone.size());
}

// Counts of what could not become a day's figures, by reason.
struct Skipped
{
    int first = 0, gap = 0, backwards = 0, daysRewritten = 0;
    QStringList backwardsIds;
    void describe(const QString &what, QStringList &notes) const
    {
        if (first)
            notes << SyncText::tr("%1 %2: first snapshot; their daily figures begin with the next day's").arg(first).arg(what);
        if (gap)
            notes << SyncText::tr("%1 %2: no snapshot yesterday; the days in between are not guessed").arg(gap).arg(what);
        if (backwards)
            notes << SyncText::tr("%1 %2: the source restated its totals downwards (%3); the newest figures win: %4 earlier "
                                  "day(s) rewritten")
                         .arg(backwards)
                         .arg(what, backwardsIds.mid(0, 5).join(QStringLiteral(", ")))
                         .arg(daysRewritten);
    }
    void refuse(const QString &id)
    {
        ++backwards;
        backwardsIds << id;
    }
};

// One kind of running totals in the store (live_product_totals or
// live_campaign_totals): the last row before a day, and that day's row.
class RunningTotals
{
public:
    RunningTotals(QSqlDatabase db, const char *table, const char *idColumn, const QStringList &values, QDate day)
        : m_table(table), m_columns(int(values.size())), m_previous(db), m_at(db), m_save(db), m_day(day.toString(Qt::ISODate)),
          m_yesterday(day.addDays(-1).toString(Qt::ISODate))
    {
        const QString columns = values.join(QStringLiteral(", "));
        m_previous.prepare(QStringLiteral("SELECT day, COALESCE(run_start, day) FROM %1 WHERE %2 = ? AND day < ? ORDER BY day DESC LIMIT 1")
                               .arg(QLatin1String(table), QLatin1String(idColumn)));
        m_at.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND day = ?").arg(columns, QLatin1String(table), QLatin1String(idColumn)));
        QStringList updates{QStringLiteral("taken_at = excluded.taken_at"), QStringLiteral("run_start = excluded.run_start")};
        for (const QString &v : values)
            updates << QStringLiteral("%1 = excluded.%1").arg(v);
        m_save.prepare(QStringLiteral("INSERT INTO %1 (%2, day, taken_at, run_start, %3) VALUES (?, ?, ?, ?%4) "
                                      "ON CONFLICT (%2, day) DO UPDATE SET %5")
                           .arg(QLatin1String(table), QLatin1String(idColumn), columns, QStringLiteral(", ?").repeated(values.size()),
                                updates.join(QStringLiteral(", "))));
    }

    // Where `id`'s run of unbroken daily snapshots began, and its totals
    // then, when yesterday's snapshot continues it; none when there is no
    // snapshot yesterday (counted in `skips` as first or gap: today starts a run).
    struct Run
    {
        QString start;
        QVariantList base;
    };
    Result<std::optional<Run>> run(const QString &id)
    {
        m_previous.addBindValue(id);
        m_previous.addBindValue(m_day);
        if (!m_previous.exec())
            return sqlError(m_previous, m_table);
        std::optional<Run> out;
        if (!m_previous.next()) {
            ++skips.first;
        } else if (m_previous.value(0).toString() != m_yesterday) {
            ++skips.gap;
        } else {
            out.emplace();
            out->start = m_previous.value(1).toString();
        }
        m_previous.finish();
        if (out) {
            m_at.addBindValue(id);
            m_at.addBindValue(out->start);
            if (!m_at.exec())
                return sqlError(m_at, m_table);
            if (!m_at.next())
                return Error{SyncText::tr("the snapshot that began the run of %1 is missing").arg(id), QLatin1String(m_table)};
            for (int i = 0; i < m_columns; ++i)
                out->base.append(m_at.value(i));
            m_at.finish();
        }
        return out;
    }

    Status save(const QString &id, const QString &takenAt, const QString &runStart, const QVariantList &values)
    {
        for (const QVariant &v : QVariantList{id, m_day, takenAt, runStart.isEmpty() ? m_day : runStart} + values)
            m_save.addBindValue(v);
        if (!m_save.exec())
            return sqlError(m_save, m_table);
        return {};
    }

    Skipped skips;

private:
    const char *m_table;
    int m_columns;
    QSqlQuery m_previous, m_at, m_save;
    QString m_day, m_yesterday;
};
} // namespace

std::pair<QDate, QDate> range(QSqlDatabase db, QDate today, int historyDays, int rereadDays)
{
    const auto [first, last] = StoreReader::productDayRange(db);
    Q_UNUSED(first);
    // Re-read the last days too: the newest may have been fetched while still
    // running, and sources restate recent days (late conversions, refunds);
    // the newest figures for those days win.
    rereadDays = std::max(1, rereadDays);
    QDate from = last.isValid() ? std::min(last, today).addDays(-(rereadDays - 1)) : today.addDays(-(historyDays - 1));
    from = std::max(from, today.addDays(-(historyDays - 1)));
    return {from, today};
}

int storeRereadDays(const Connection &store)
{
    if (store.rereadDays > 0)
        return store.rereadDays;
    return store.kind == Connection::Kind::WooCommerce ? kWooCommerceRereadDays : kRereadDays;
}

QDate platformFrom(QSqlDatabase db, const Connection &platform, QDate today, int historyDays)
{
    if (platform.kind != Connection::Kind::Meta)
        return {};
    // Meta's default attribution setting is 7-day click and 1-day view: a
    // purchase can still be credited to a day up to 7 days later (28 with the
    // account's 28-day windows), and the insights of that day change until
    // then. https://www.facebook.com/business/help/460276478298895 (About the attribution setting)
    // https://developers.facebook.com/docs/marketing-api/reference/ads-action-stats (action_attribution_windows)
    // Where the ad sets count longer (28-day click, as their attribution_spec
    // said at the last refresh), that many.
    int days = kMetaRereadDays;
    const auto workspace = Workspaces::read(db, db.databaseName());
    if (workspace && workspace->attributionDays > days)
        days = workspace->attributionDays;
    if (platform.rereadDays > 0)
        days = platform.rereadDays;
    // Counted back from the last day every campaign was read whole, not from
    // today: after refreshes that failed (as a whole, or for one campaign) or
    // did not happen, the days since are asked again as well. None yet: the
    // whole history (012_attribution_window.sql starts an older store at its
    // newest day of Meta figures).
    const QDate last = workspace ? workspace->platformReadThrough : QDate();
    const QDate oldest = today.addDays(-(std::max(historyDays, days) - 1));
    const QDate from = last.isValid() ? std::min(last, today).addDays(-(days - 1)) : today.addDays(-(historyDays - 1));
    return std::max(from, oldest);
}

StoreMarks storeMarks(QSqlDatabase db, const Connection &store)
{
    StoreMarks marks;
    marks.heldFrom = StoreReader::productDayRange(db).first;
    if (store.kind != Connection::Kind::WooCommerce)
        return marks;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT modified_through, modified_after_ignored FROM live_read_marks WHERE source = ?"));
    q.addBindValue(LiveFetch::sourceName(store));
    if (q.exec() && q.next() && q.value(1).toInt() == 0) {
        const QDateTime through = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        // An hour's overlap: this computer's clock and the shop's may differ
        // a little, and an order read twice counts once.
        if (through.isValid())
            marks.modifiedSince = through.toUTC().addSecs(-kModifiedOverlapSeconds);
    }
    return marks;
}

Result<SyncReport> write(QSqlDatabase db, const LiveSnapshot &snapshot)
{
    LiveSnapshot s = snapshot;
    // Live data lands only in a live workspace (a replay workspace never
    // takes it, whatever its connections say).
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (const QString why = whyNoNetwork(*workspace); !why.isEmpty())
        return Error{why, db.databaseName()};
    if (auto rec = StoreReader::recording(db); rec && rec->has_value())
        return Error{SyncText::tr("this store holds the recording \"%1\"; keep live data in a store of its own "
                                  "(start with --database PATH)")
                         .arg((*rec)->title),
                     db.databaseName()};
    SyncReport report;
    report.notes = s.notes;
    // One currency a workspace: fixed at the first contact that names one
    // (CP_CURRENCY, else the shop's, else the ad account's), then every
    // source is held to it. A shop in another currency writes nothing; an ad
    // account in another writes its campaigns without their money.
    // The shop's comes first: a shop connected but not read this time (a
    // mistyped key on the first contact) does not hand the choice to the ad
    // account. A walkthrough's euro shop got a dollar workspace that way,
    // and the shop was refused for good once its key was fixed.
    QString currency = workspace->isLive() ? workspace->currency : QString();
    const bool shopUnread = !s.store.isEmpty() && !s.storeComplete && s.storeCurrency.isEmpty();
    const QString adopt = !currency.isEmpty()                 ? QString()
                          : qEnvironmentVariableIsSet("CP_CURRENCY") ? liveCurrency()
                          : !s.storeCurrency.isEmpty()         ? s.storeCurrency
                          : shopUnread                         ? QString()
                                                               : s.platformCurrency;
    if (!s.storeCurrency.isEmpty() && !(currency.isEmpty() ? adopt : currency).isEmpty()
        && s.storeCurrency != (currency.isEmpty() ? adopt : currency))
        return Error{SyncText::tr("the shop's currency is %1 but this workspace records %2: nothing was written, so that two "
                                  "currencies are never mixed (a shop in %1 needs a workspace of its own)")
                         .arg(s.storeCurrency, currency.isEmpty() ? adopt : currency),
                     s.store};
    // Amounts are kept in hundredths: a currency with three decimals (KWD,
    // BHD, JOD, OMR, TND…) would be rounded on every figure, so it is refused
    // before anything is written rather than stored wrong.
    for (const QString &c : {adopt, s.storeCurrency, s.platformCurrency})
        if (!c.isEmpty() && currencyMinorDigits(c) > 2)
            return Error{SyncText::tr("%1 has three decimals, and Campaign Pilot keeps amounts in hundredths: nothing was written, "
                                      "so that no figure is rounded (a shop or ad account in %1 is not supported yet)")
                             .arg(c),
                         c == s.platformCurrency && c != s.storeCurrency ? s.platform : s.store};
    if (!adopt.isEmpty()) {
        currency = adopt;
        report.notes << SyncText::tr("This workspace records its money in %1 from now on.").arg(currency);
    }
    // The ad account's campaigns without their money (its days, totals and
    // budgets), asked for again at the next refresh.
    const auto withoutPlatformMoney = [&s] {
        for (Campaign &c : s.campaigns) {
            c.dailyBudget.reset();
            s.staleCampaigns << c.id;
        }
        s.staleCampaigns.removeDuplicates();
        s.campaignDays.clear();
        s.campaignTotals.clear();
    };
    if (currency.isEmpty() && shopUnread && (!s.campaignDays.isEmpty() || !s.campaignTotals.isEmpty() || !s.campaigns.isEmpty())) {
        report.failures << SyncText::tr("the ad account's spend, revenue and budgets were not written: this workspace takes its "
                                        "currency from the shop first, and the shop could not be read this time; the next refresh "
                                        "that reads the shop writes them");
        withoutPlatformMoney();
    }
    if (!s.platformCurrency.isEmpty() && !currency.isEmpty() && s.platformCurrency != currency) {
        report.failures << SyncText::tr("the Meta ad account's currency is %1 but this workspace records %2: no campaign spend, "
                                        "revenue or budget was written, so that two currencies are never mixed; connect an ad "
                                        "account in %2, or keep this account's data in a workspace of its own")
                               .arg(s.platformCurrency, currency);
        withoutPlatformMoney();
    }
    StoreWriter writer(db);
    if (Status st = writer.begin(); !st)
        return st.error();
    auto fail = [&](const Error &e) -> Result<SyncReport> {
        writer.rollback();
        return e;
    };
    if (!adopt.isEmpty())
        if (Status st = Workspaces::setCurrency(db, adopt); !st)
            return fail(st.error());
    // The workspace's days and its today are the shop's (its site's zone),
    // else the ad account's; kept up to date as the sources say.
    if (workspace->isLive()) {
        const QString zone = !s.storeTimeZone.isEmpty() ? s.storeTimeZone : s.store.isEmpty() ? s.platformTimeZone : QString();
        if (!zone.isEmpty() && zone != workspace->timeZone && QTimeZone(zone.toUtf8()).isValid())
            if (Status st = Workspaces::setTimeZone(db, zone); !st)
                return fail(st.error());
    }
    if (workspace->isLive() && s.platformAttributionDays > 0 && s.platformAttributionDays != workspace->attributionDays)
    {
        if (Status st = Workspaces::setAttributionDays(db, std::min(s.platformAttributionDays, 90)); !st)
            return fail(st.error());
        report.notes << SyncText::tr("the ad sets credit purchases up to %1 days after the ad: each refresh re-reads the last %2 days "
                                     "of insights")
                            .arg(s.platformAttributionDays)
                            .arg(std::max(s.platformAttributionDays, kMetaRereadDays));
    }
    // Every campaign's insights read whole up to the account's today: the
    // next refresh's window counts back from there (platformFrom).
    if (workspace->isLive() && !s.platform.isEmpty() && s.platformTo.isValid() && s.platformComplete && s.staleCampaigns.isEmpty())
        if (Status st = Workspaces::setPlatformReadThrough(db, s.platformTo); !st)
            return fail(st.error());
    // The same for the store: everything it sold read whole up to its today
    // (a shop's orders to its own today; a product whose figures failed, or
    // orders that could not be counted, leave it where it was). The cycle
    // judges as of the earlier of the two marks (CycleSteps::asOf).
    if (workspace->isLive() && !s.store.isEmpty() && s.storeComplete && s.stale.isEmpty() && (!s.storeTo.isValid() || s.productDaysComplete))
        if (Status st = Workspaces::setStoreReadThrough(db, s.storeTo.isValid() ? s.storeTo : s.to); !st)
            return fail(st.error());
    for (const Product &p : s.products)
        if (Status st = writer.upsertProduct(p); !st)
            return fail(st.error());
    report.products = int(s.products.size());
    QSet<QString> products = ids(db, "products");
    for (const Product &p : s.setAside) {
        if (products.contains(p.id))
            continue;   // what the store held of it stays
        if (Status st = writer.upsertProduct(p); !st)
            return fail(st.error());
        products.insert(p.id);
    }

    QSet<QString> statedDays;   // product ids with a day stated outright for s.to
    int unknownProductDays = 0;
    QSet<std::pair<QString, qint64>> writtenProductDays;   // each counted once, however often listed
    for (const ProductDay &day : s.productDays) {
        if (!products.contains(day.productId)) {
            ++unknownProductDays;
            continue;
        }
        if (Status st = writer.upsertProductDay(day); !st)
            return fail(st.error());
        if (!writtenProductDays.contains({day.productId, day.date.toJulianDay()})) {
            writtenProductDays.insert({day.productId, day.date.toJulianDay()});
            ++report.productDays;
        }
        if (day.date == s.to)
            statedDays.insert(day.productId);
    }
    if (s.productDaysComplete) {
        // Orders refunded or cancelled after their day was stored: the day now
        // sold nothing (page views and stock, which orders do not carry, stay).
        // Only the source's own products: other imports stay as they are.
        // The store's own days (a shop's re-read window, to its today), the whole fetch's otherwise.
        QSet<QString> ofThisShop;
        for (const Product &p : s.products)
            ofThisShop.insert(p.id);
        for (const Product &p : s.setAside)   // its orders were read all the same
            ofThisShop.insert(p.id);
        // Days before the window whose orders were read again whole (an
        // order of theirs modified since the last refresh) likewise.
        QList<QPair<QDate, QDate>> whole{{s.storeFrom.isValid() ? s.storeFrom : s.from, s.storeTo.isValid() ? s.storeTo : s.to}};
        for (const QDate &day : s.storeRereadDays)
            whole.append({day, day});
        auto emptied = clearUnmentioned(db, kNoLongerOrdered, whole, ofThisShop, mentionedDays(s.productDays));
        if (!emptied)
            return fail(emptied.error());
        if (*emptied)
            report.notes << SyncText::tr("%n product-day(s) no longer have orders (refunded or cancelled since): now 0", nullptr, *emptied);
    }
    if (unknownProductDays)
        report.notes << SyncText::tr("%n day(s) of sales for products not in the catalog were not written", nullptr, int(unknownProductDays));

    const QString takenAt = s.takenAt.toString(Qt::ISODateWithMs);
    QHash<QString, std::optional<qint64>> stockOf;
    for (const Product &p : s.products)
        stockOf.insert(p.id, p.stock);

    RunningTotals productTotals(db, "live_product_totals", "product_id",
                                {QStringLiteral("page_views"), QStringLiteral("units"), QStringLiteral("revenue_minor")}, s.to);
    for (const ProductTotals &t : s.productTotals) {
        if (!products.contains(t.productId))
            continue;
        QString runStart;
        if (!statedDays.contains(t.productId)) {
            auto run = productTotals.run(t.productId);
            if (!run)
                return fail(run.error());
            if (const auto &r = *run) {
                runStart = r->start;
                // A total that went down is a restatement: the newest snapshot
                // wins, and the days it changes are rewritten here, in this
                // transaction, so that the stored days add up to the newest total.
                ProductDay d;
                d.productId = t.productId;
                d.date = s.to;
                d.stock = stockOf.value(t.productId);
                bool restated = false;
                for (const auto &[column, total, index] :
                     {std::tuple{"page_views", qint64(t.pageViews), 0}, std::tuple{"units_sold", qint64(t.units), 1},
                      std::tuple{"revenue_minor", qint64(t.revenue.minor()), 2}}) {
                    auto settled = settle(db, "product_days", "product_id", t.productId, r->start, d.date.toString(Qt::ISODate), column,
                                          total - r->base.at(index).toLongLong());
                    if (!settled)
                        return fail(settled.error());
                    restated = restated || settled->restated;
                    productTotals.skips.daysRewritten += settled->rewritten;
                    if (index == 0)
                        d.pageViews = settled->today;
                    else if (index == 1)
                        d.unitsSold = settled->today;
                    else
                        d.revenue = Money::fromMinor(settled->today);
                }
                if (restated)
                    productTotals.skips.refuse(t.productId);
                if (Status st = writer.upsertProductDay(d); !st)
                    return fail(st.error());
                ++report.productDays;
            }
        }
        if (Status st = productTotals.save(t.productId, takenAt, runStart,
                                           {qlonglong(t.pageViews), qlonglong(t.units), qlonglong(t.revenue.minor())});
            !st)
            return fail(st.error());
    }
    productTotals.skips.describe(SyncText::tr("product(s)"), report.notes);
    for (const SourceWindow &w : s.windows) {
        if (!products.contains(w.productId))
            continue;
        if (Status st = LiveEvidence::saveWindow(db, w, takenAt); !st)
            return fail(st.error());
        ++report.windows;
    }
    if (!s.staleCampaigns.isEmpty())
        report.notes << SyncText::tr("%n campaign(s) kept their earlier figures because theirs could not be fetched (%1); the next "
                                     "refresh asks for the days of its re-read window again",
                                     nullptr, int(s.staleCampaigns.size()))
                            .arg(s.staleCampaigns.mid(0, 5).join(QStringLiteral(", "))
                                 + (s.staleCampaigns.size() > 5 ? QStringLiteral(", …") : QString()));   // "6 campaigns (5 ids)" read as a miscount
    if (!s.stale.isEmpty())
        report.notes << SyncText::tr("%n product(s) kept their earlier figures because their fetch failed (%1)", nullptr,
                                     int(s.stale.size()))
                            .arg(s.stale.mid(0, 5).join(QStringLiteral(", ")) + (s.stale.size() > 5 ? QStringLiteral(", …") : QString()));

    int unlinked = 0;
    for (Campaign c : s.campaigns) {
        if (!c.productId.isEmpty() && !products.contains(c.productId)) {
            ++unlinked;
            c.productId.clear();   // the store does not know that product (yet)
        }
        if (Status st = writer.upsertCampaign(c); !st)
            return fail(st.error());
    }
    report.campaigns = int(s.campaigns.size());
    // After a shop that failed to read, its products are unknown, not
    // missing (a walkthrough's 401 was followed by this note for products
    // that exist): said so; the next refresh that reads the shop links them.
    if (unlinked && shopUnread)
        report.notes << SyncText::tr("%1 campaign(s) name a product of the shop, which was not read this time; they are linked "
                                     "when it is")
                            .arg(unlinked);
    else if (unlinked)
        report.notes << SyncText::tr("%1 campaign(s) name a product the store does not know; kept without the link").arg(unlinked);
    const QSet<QString> campaigns = ids(db, "campaigns");
    QSet<QString> statedCampaignDays;
    QSet<std::pair<QString, qint64>> writtenCampaignDays;
    // Past days the platform states again with other figures (Meta restates
    // conversions up to 28 days back): kept, as the newest figures win, and
    // said with what changed (a walkthrough's campaigns lost purchases on
    // three days without a word). Today's day still grows and is not counted.
    QHash<std::pair<QString, qint64>, CampaignDay> storedDays;
    if (!s.campaignDays.isEmpty() && s.platformFrom.isValid()) {
        QSqlQuery stored(db);
        stored.setForwardOnly(true);
        stored.prepare(QStringLiteral("SELECT %1 FROM campaign_days WHERE day >= ? AND day < ?")
                           .arg(QLatin1String(StoreReader::kCampaignDayColumns)));
        stored.addBindValue(s.platformFrom.toString(Qt::ISODate));
        stored.addBindValue(s.to.toString(Qt::ISODate));
        if (!stored.exec())
            return fail(sqlError(stored, "campaign_days"));
        while (stored.next()) {
            const CampaignDay d = StoreReader::campaignDay(stored);
            storedDays.insert({d.campaignId, d.date.toJulianDay()}, d);
        }
    }
    int restatedDays = 0;
    qint64 conversionsChange = 0;
    Money spendChange, revenueChange;
    QStringList restatedIds;
    for (const CampaignDay &d : s.campaignDays) {
        if (!campaigns.contains(d.campaignId))
            continue;
        if (const auto before = storedDays.constFind({d.campaignId, d.date.toJulianDay()});
            before != storedDays.cend() && d.date < s.to
            && (before->spend != d.spend || before->conversions != d.conversions || before->revenue != d.revenue
                || before->impressions != d.impressions || before->clicks != d.clicks)) {
            ++restatedDays;
            conversionsChange += d.conversions - before->conversions;
            spendChange += d.spend - before->spend;
            revenueChange += d.revenue - before->revenue;
            if (!restatedIds.contains(d.campaignId))
                restatedIds << d.campaignId;
            storedDays.remove({d.campaignId, d.date.toJulianDay()});   // a page served twice counts once
        }
        if (Status st = writer.upsertCampaignDay(d); !st)
            return fail(st.error());
        // A day a source listed twice (a page served again) is one day held.
        if (!writtenCampaignDays.contains({d.campaignId, d.date.toJulianDay()})) {
            writtenCampaignDays.insert({d.campaignId, d.date.toJulianDay()});
            ++report.campaignDays;
        }
        if (d.date == s.to)
            statedCampaignDays.insert(d.campaignId);
    }
    if (restatedDays > 0) {
        // What changed, signed ("conversions -2, conversion value -$60.00"):
        // a locale's "($60.00)" for a negative amount read as a note aside.
        auto signedMoney = [&currency](const Money &m) {
            return (m.minor() < 0 ? QStringLiteral("-") : QStringLiteral("+")) + formatMoney(Money::fromMinor(std::abs(m.minor())), currency);
        };
        QStringList changes;
        if (conversionsChange != 0)
            changes << SyncText::tr("conversions %1").arg((conversionsChange > 0 ? QStringLiteral("+") : QString()) + QString::number(conversionsChange));
        if (spendChange.minor() != 0)
            changes << SyncText::tr("spend %1").arg(signedMoney(spendChange));
        if (revenueChange.minor() != 0)
            changes << SyncText::tr("conversion value %1").arg(signedMoney(revenueChange));
        if (changes.isEmpty())
            changes << SyncText::tr("impressions or clicks");
        report.notes << SyncText::tr("%n past campaign-day(s) restated by the platform since they were read (%1): %2; the newest "
                                     "figures are kept",
                                     nullptr, restatedDays)
                            .arg(restatedIds.mid(0, 5).join(QStringLiteral(", ")) + (restatedIds.size() > 5 ? QStringLiteral(", …") : QString()),
                                 changes.join(QStringLiteral(", ")));
    }
    if (s.platformFrom.isValid() && s.platformTo.isValid() && s.platformComplete) {
        // Meta's insights leave out the days a campaign did not deliver: a
        // stored day of the window read that the answer no longer mentions
        // was restated to nothing (invalid traffic refunded, say). Dropped,
        // as a first read would never have had it; a campaign whose figures
        // failed (stale) keeps its days.
        // https://developers.facebook.com/docs/marketing-api/insights/best-practices (rows only where there is data)
        const QSet<QString> stale(s.staleCampaigns.cbegin(), s.staleCampaigns.cend());
        QSet<QString> read;
        for (const Campaign &c : s.campaigns)
            if (!stale.contains(c.id))
                read.insert(c.id);
        auto gone = clearUnmentioned(db, kNoLongerReported, {{s.platformFrom, s.platformTo}}, read, mentionedDays(s.campaignDays));
        if (!gone)
            return fail(gone.error());
        if (*gone)
            report.notes << SyncText::tr("%n campaign-day(s) that Meta no longer reports (no delivery left on that day) were removed", nullptr,
                                         *gone);
    }
    RunningTotals campaignTotals(db, "live_campaign_totals", "campaign_id",
                                 {QStringLiteral("impressions"), QStringLiteral("clicks"), QStringLiteral("spend_minor"),
                                  QStringLiteral("conversions"), QStringLiteral("revenue_minor")},
                                 s.to);
    for (const CampaignTotals &t : s.campaignTotals) {
        if (!campaigns.contains(t.campaignId))
            continue;
        QString runStart;
        if (!statedCampaignDays.contains(t.campaignId)) {
            auto run = campaignTotals.run(t.campaignId);
            if (!run)
                return fail(run.error());
            if (const auto &r = *run) {
                runStart = r->start;
                // Platforms restate recent days (Meta up to 28 days of
                // conversions): the newest totals win, earlier days give back.
                CampaignDay d;
                d.campaignId = t.campaignId;
                d.date = s.to;
                const bool revenueKnown = t.revenue && !r->base.at(4).isNull();
                bool restated = false;
                for (const auto &[column, total, index] :
                     {std::tuple{"impressions", qint64(t.impressions), 0}, std::tuple{"clicks", qint64(t.clicks), 1},
                      std::tuple{"spend_minor", qint64(t.spend.minor()), 2}, std::tuple{"conversions", qint64(t.conversions), 3},
                      std::tuple{"revenue_minor", revenueKnown ? qint64(t.revenue->minor()) : qint64(-1), 4}}) {
                    if (total < 0)
                        continue;   // revenue the platform does not report
                    auto settled = settle(db, "campaign_days", "campaign_id", t.campaignId, r->start, d.date.toString(Qt::ISODate),
                                          column, total - r->base.at(index).toLongLong());
                    if (!settled)
                        return fail(settled.error());
                    restated = restated || settled->restated;
                    campaignTotals.skips.daysRewritten += settled->rewritten;
                    switch (index) {
                    case 0: d.impressions = settled->today; break;
                    case 1: d.clicks = settled->today; break;
                    case 2: d.spend = Money::fromMinor(settled->today); break;
                    case 3: d.conversions = settled->today; break;
                    default: d.revenue = Money::fromMinor(settled->today); break;
                    }
                }
                if (restated)
                    campaignTotals.skips.refuse(t.campaignId);
                if (Status st = writer.upsertCampaignDay(d); !st)
                    return fail(st.error());
                ++report.campaignDays;
            }
        }
        if (Status st = campaignTotals.save(t.campaignId, takenAt, runStart,
                                            {qlonglong(t.impressions), qlonglong(t.clicks), qlonglong(t.spend.minor()),
                                             qlonglong(t.conversions), t.revenue ? QVariant(qlonglong(t.revenue->minor())) : QVariant()});
            !st)
            return fail(st.error());
    }
    campaignTotals.skips.describe(SyncText::tr("campaign(s)"), report.notes);

    // Every order the shop modified up to the fetch was read: the next
    // refresh asks for those modified since (LiveSync::storeMarks).
    if (!s.store.isEmpty() && s.productDaysComplete && (s.storeModifiedThrough.isValid() || s.storeIgnoresModifiedAfter)) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT INTO live_read_marks (source, modified_through, modified_after_ignored) VALUES (?, ?, ?) "
                                    "ON CONFLICT (source) DO UPDATE SET modified_through = excluded.modified_through, "
                                    "modified_after_ignored = MAX(modified_after_ignored, excluded.modified_after_ignored)"));
        mark.addBindValue(s.store);
        mark.addBindValue(s.storeModifiedThrough.toUTC().toString(Qt::ISODate));
        mark.addBindValue(s.storeIgnoresModifiedAfter ? 1 : 0);
        if (!mark.exec())
            return fail(sqlError(mark, "live_read_marks"));
    }

    ImportLogEntry log;
    log.importer = QStringLiteral("live");
    log.file = QStringList{s.store, s.platform}.join(QStringLiteral(" + "));
    log.rowsRead = s.products.size() + s.productDays.size() + s.productTotals.size() + s.campaigns.size() + s.campaignDays.size()
                 + s.campaignTotals.size();
    log.rowsWritten = report.products + report.productDays + report.campaigns + report.campaignDays;
    log.rowsSkipped = s.failures.size();
    log.firstErrors = (s.failures + report.notes).mid(0, 20);
    if (Status st = writer.logImport(log); !st)
        return fail(st.error());
    if (Status st = writer.commit(); !st)
        return fail(st.error());
    return report;
}

Result<Refresh> refresh(QSqlDatabase db, const Connections &connections, const Secrets &storeSecrets, const Secrets &platformSecrets,
                        QDate today, TaskContext *context, LiveFetch::BreakerHook onBreaker)
{
    // `today` at the clock's time of day (Clock::now(): the tests' clock too).
    return refresh(db, connections, storeSecrets, platformSecrets, QDateTime(today, Clock::now().toLocalTime().time()), context,
                   std::move(onBreaker));
}

Result<Refresh> refresh(QSqlDatabase db, const Connections &connections, const Secrets &storeSecrets, const Secrets &platformSecrets,
                        const QDateTime &now, TaskContext *context, LiveFetch::BreakerHook onBreaker)
{
    const QDate today = now.toLocalTime().date();
    // Checked before any request leaves: a replay workspace reaches no network.
    auto workspace = Workspaces::read(db, db.databaseName());
    if (!workspace)
        return workspace.error();
    if (const QString why = whyNoNetwork(*workspace); !why.isEmpty())
        return Error{why, db.databaseName()};
    for (const auto &[c, asStore] : {std::pair{&connections.store, true}, std::pair{&connections.platform, false}})
        if (QString problem = c->problem(asStore); !problem.isEmpty())
            return Error{problem, asStore ? SyncText::tr("store connection") : SyncText::tr("ad platform connection")};
    const auto [from, to] = range(db, today);
    // The store asks its own window back from the newest stored day; a
    // WooCommerce shop then reads up to its own today (LiveFetch). The ad
    // platform asks its own (Meta: its attribution window).
    const QDate storeFrom = range(db, today, kHistoryDays, storeRereadDays(connections.store)).first;
    auto snapshot = LiveFetch::run(connections.store, storeSecrets, connections.platform, platformSecrets, from, to, context, onBreaker,
                                   platformFrom(db, connections.platform, today), storeFrom, now, storeMarks(db, connections.store));
    if (!snapshot)
        return snapshot.error();
    auto written = write(db, *snapshot);
    if (!written)
        return written.error();
    return Refresh{*written, snapshot->failures + written->failures, 0};
}

} // namespace cp::LiveSync
