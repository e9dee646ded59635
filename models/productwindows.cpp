// SPDX-License-Identifier: GPL-3.0-or-later
#include "productwindows.h"
#include "database.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace cp::ProductWindows {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The SQL below is written for SQLite; PostgreSQL has no unary plus on
// text (SQLite's hint to scan in key order instead of through the day
// index) and no ON after CROSS JOIN (SQLite's way of fixing the loop order).
QString dialect(const QSqlDatabase &db, QString s)
{
    if (Database::onPostgres(db))
        s.replace(QLatin1String("+d.day"), QLatin1String("d.day")).replace(QLatin1String("CROSS JOIN"), QLatin1String("JOIN"));
    return s;
}

using Binds = std::initializer_list<std::pair<const char *, QVariant>>;

Status run(QSqlDatabase db, const QString &sql, Binds binds = {}, QSqlQuery *out = nullptr)
{
    QSqlQuery local(db);
    QSqlQuery &q = out ? *out : local;
    q.setForwardOnly(true);
    // Without values, not prepared: PostgreSQL prepares no LOCK statement.
    if (binds.size() == 0) {
        if (!q.exec(dialect(db, sql)))
            return Error{q.lastError().text(), QStringLiteral("product_windows")};
        return {};
    }
    if (!q.prepare(dialect(db, sql)))
        return Error{q.lastError().text(), QStringLiteral("product_windows")};
    for (const auto &[name, value] : binds)
        q.bindValue(QString::fromLatin1(name), value);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("product_windows")};
    return {};
}

Status run(QSqlDatabase db, const char *sql, Binds binds = {}, QSqlQuery *out = nullptr)
{
    return run(db, QString::fromLatin1(sql), binds, out);
}

// The window's sums and the newest stock of the products whose days `days`
// names: every product (kAllDays) or the stale ones only (kStaleDays, their
// own days by the primary key). Products with no day in the window get no
// sums row (a reader reads nothing as zero units and unknown views, as the
// sums over the product-days give); those with a stock figure get a row for it.
constexpr const char *kAllDays = "product_days d";
constexpr const char *kStaleDays = "product_windows_stale x CROSS JOIN product_days d ON d.product_id = x.product_id";

// Every product: one scan of the table in key order ("+d.day": not through
// the day index, slower here). The stale ones: each product's window days
// through the primary key (product_id, day), a range of 30 rows whatever
// the length of its history (with "+d.day" it read every day the product
// has: 365 for a year, the whole table again when most are stale).
QString sumsSql(const char *days)
{
    return QStringLiteral("INSERT INTO product_windows (product_id, views, views_days, units, revenue_minor) "
                          "SELECT d.product_id, COALESCE(SUM(d.page_views), 0), COUNT(d.page_views), SUM(d.units_sold), "
                          "SUM(d.revenue_minor) FROM %1 WHERE %2 BETWEEN :from AND :to GROUP BY d.product_id")
        .arg(QLatin1String(days), QLatin1String(qstrcmp(days, kAllDays) == 0 ? "+d.day" : "d.day"));
}

// The newest stock figure among the days `days` names that `when` admits,
// written over what is kept. "WHERE true": an upsert's SELECT needs a WHERE
// clause, or SQLite reads its ON CONFLICT as a join's ON
// (https://www.sqlite.org/lang_upsert.html, 2.2).
QString stockSql(const char *days, const char *when)
{
    return QStringLiteral("INSERT INTO product_windows (product_id, stock, stock_day) "
                          "SELECT s.product_id, ps.stock, s.day FROM "
                          "(SELECT d.product_id, MAX(d.day) AS day FROM %1 WHERE %2 AND d.stock IS NOT NULL GROUP BY d.product_id) s "
                          "JOIN product_days ps ON ps.product_id = s.product_id AND ps.day = s.day WHERE true "
                          "ON CONFLICT (product_id) DO UPDATE SET stock = excluded.stock, stock_day = excluded.stock_day")
        .arg(QLatin1String(days), QLatin1String(when));
}
constexpr const char *kUpToEnd = "+d.day <= :to";
constexpr const char *kStaleUpToEnd = "d.day <= :to";
// Forward: a stock figure in the gained days is newer than any kept.
constexpr const char *kInGained = "d.day BETWEEN :a1 AND :a2";

// A window moved by less than its length: the days it gains (:a1..:a2) are
// added, the days it loses (:d1..:d2) subtracted, each product's in one row
// (the two day ranges are read through the day index).
constexpr const char *kSlide =
    "INSERT INTO product_windows (product_id, views, views_days, units, revenue_minor) "
    "SELECT d.product_id, "
    "       COALESCE(SUM(CASE WHEN d.day BETWEEN :a1 AND :a2 THEN d.page_views ELSE -d.page_views END), 0), "
    "       SUM(CASE WHEN d.page_views IS NULL THEN 0 WHEN d.day BETWEEN :a1 AND :a2 THEN 1 ELSE -1 END), "
    "       SUM(CASE WHEN d.day BETWEEN :a1 AND :a2 THEN d.units_sold ELSE -d.units_sold END), "
    "       SUM(CASE WHEN d.day BETWEEN :a1 AND :a2 THEN d.revenue_minor ELSE -d.revenue_minor END) "
    "FROM product_days d WHERE d.day BETWEEN :a1 AND :a2 OR d.day BETWEEN :d1 AND :d2 GROUP BY d.product_id "
    "ON CONFLICT (product_id) DO UPDATE SET views = product_windows.views + excluded.views, "
    "views_days = product_windows.views_days + excluded.views_days, units = product_windows.units + excluded.units, "
    "revenue_minor = product_windows.revenue_minor + excluded.revenue_minor";
// Backward: a kept stock figure from after the new end no longer counts;
// those products are summed again.
constexpr const char *kStaleByStock =
    "INSERT INTO product_windows_stale (product_id) SELECT product_id FROM product_windows WHERE stock_day > :to "
    "ON CONFLICT DO NOTHING";

struct State
{
    QDate through;
    int days = 0;
};

Result<std::optional<State>> readState(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (Status s = run(db, "SELECT through_day, days FROM product_windows_state WHERE id = 1", {}, &q); !s)
        return s.error();
    if (!q.next())
        return std::optional<State>{};
    return std::optional<State>{State{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt()}};
}

Result<qint64> count(QSqlDatabase db, const char *sql)
{
    QSqlQuery q(db);
    if (Status s = run(db, sql, {}, &q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

// What summing one stale product again costs, in rows of a full scan
// (measured, see refresh()).
constexpr qint64 kStaleProductRows = 100;

// The work of update(), inside its transaction.
Status refresh(QSqlDatabase db, QDate through)
{
    auto state = readState(db);
    if (!state)
        return state.error();
    auto stale = count(db, "SELECT count(*) FROM product_windows_stale");
    if (!stale)
        return stale.error();
    const std::optional<State> &was = *state;
    if (was && was->through == through && was->days == kDays && *stale == 0)
        return {};
    auto kept = count(db, "SELECT count(*) FROM product_windows");
    if (!kept)
        return kept.error();
    const QString from = iso(through.addDays(-(kDays - 1))), to = iso(through);
    const qint64 shift = was && was->through.isValid() ? was->through.daysTo(through) : 0;
    bool scratch = !was || !was->through.isValid() || was->days != kDays || std::abs(shift) >= kDays;
    // Many stale products (a live sync rewrote today's figures for most of
    // them): summing every product from one scan of the table costs its
    // rows; summing the stale ones, about 100 rows' worth each (a key
    // lookup and its 30 days: 0.31 s for 25,000 products against 0.53 s for
    // a scan of 3.3 M rows; 0.26 s for 20,000 against 0.43 s for 7.3 M,
    // BENCHMARKS.md). The table is counted only when it could matter.
    if (!scratch && *stale * 20 > *kept) {
        auto rows = Database::onPostgres(db)
                        ? count(db, "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = 'product_days'::regclass")
                        : count(db, "SELECT count(*) FROM product_days");
        if (!rows)
            return rows.error();
        scratch = *stale * kStaleProductRows > *rows;
    }
    if (scratch) {
        if (Status s = run(db, "DELETE FROM product_windows"); !s)
            return s;
        if (Status s = run(db, sumsSql(kAllDays), {{":from", from}, {":to", to}}); !s)
            return s;
        if (Status s = run(db, stockSql(kAllDays, kUpToEnd), {{":to", to}}); !s)
            return s;
    } else {
        if (shift != 0) {
            const QDate old = was->through;
            // Forward: gains (old, through], loses [old - 29, through - 30].
            // Backward: gains [through - 29, old - 30], loses (through, old].
            const QDate a1 = shift > 0 ? old.addDays(1) : through.addDays(-(kDays - 1));
            const QDate a2 = shift > 0 ? through : old.addDays(-kDays);
            const QDate d1 = shift > 0 ? old.addDays(-(kDays - 1)) : through.addDays(1);
            const QDate d2 = shift > 0 ? through.addDays(-kDays) : old;
            if (Status s = run(db, kSlide, {{":a1", iso(a1)}, {":a2", iso(a2)}, {":d1", iso(d1)}, {":d2", iso(d2)}}); !s)
                return s;
            if (Status s = shift > 0 ? run(db, stockSql(kAllDays, kInGained), {{":a1", iso(a1)}, {":a2", iso(a2)}})
                                     : run(db, kStaleByStock, {{":to", to}});
                !s)
                return s;
        }
        if (Status s = run(db, "DELETE FROM product_windows WHERE product_id IN (SELECT product_id FROM product_windows_stale)"); !s)
            return s;
        if (Status s = run(db, sumsSql(kStaleDays), {{":from", from}, {":to", to}}); !s)
            return s;
        if (Status s = run(db, stockSql(kStaleDays, kStaleUpToEnd), {{":to", to}}); !s)
            return s;
    }
    if (Status s = run(db, "DELETE FROM product_windows_stale"); !s)
        return s;
    return run(db,
               "INSERT INTO product_windows_state (id, through_day, days) VALUES (1, :to, :days) "
               "ON CONFLICT (id) DO UPDATE SET through_day = excluded.through_day, days = excluded.days",
               {{":to", to}, {":days", kDays}});
}

// `work` in a transaction of its own. On PostgreSQL product_days is locked
// first (SHARE): writers wait until this commits, and this waits for those
// in flight, so nothing changes between what is read and what is marked
// done (https://www.postgresql.org/docs/current/explicit-locking.html).
Status inTransaction(QSqlDatabase db, const std::function<Status()> &work)
{
    // Inside a caller's transaction (a cycle loading in one): a savepoint,
    // released into the caller's transaction, never a COMMIT of the
    // caller's work (QPSQL's transaction() would send a second BEGIN, which
    // PostgreSQL only warns about, and the COMMIT would end the caller's).
    // The savepoint's locks stay with the caller's transaction until it
    // ends (on PostgreSQL the SHARE lock on product_days, which holds back
    // imports meanwhile): a caller keeps such a transaction short. No
    // cycle of the program's runs in one; tests do.
    const bool nested = Database::inTransactionBlock(db);
    if (nested) {
        if (Status s = run(db, "SAVEPOINT cp_product_windows"); !s)
            return s;
    } else if (!db.transaction()) {
        return Error{db.lastError().text(), QStringLiteral("product_windows: BEGIN")};
    }
    Status s = Database::onPostgres(db) ? run(db, "LOCK TABLE product_days IN SHARE MODE") : Status{};
    if (s)
        s = work();
    if (nested) {
        if (!s)
            (void)run(db, "ROLLBACK TO SAVEPOINT cp_product_windows");   // s already says what failed
        if (Status released = run(db, "RELEASE SAVEPOINT cp_product_windows"); s && !released)
            s = released;
        return s;
    }
    if (s && !db.commit())
        s = Error{db.lastError().text(), QStringLiteral("product_windows: COMMIT")};
    if (!s)
        db.rollback();
    return s;
}

} // namespace

QStringList installSql(bool postgres, const QString &adminGroup)
{
    if (postgres)
        // One function for the three events; the window's end read from the
        // state row (none yet: every change counts). The search path is
        // pinned as for the queue's triggers (database.cpp).
        return {
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION cp_product_windows_stale() RETURNS trigger LANGUAGE plpgsql "
                "SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE through text; BEGIN "
                "SELECT through_day INTO through FROM product_windows_state WHERE id = 1; "
                "IF TG_OP <> 'INSERT' AND (through IS NULL OR OLD.day <= through) THEN "
                "INSERT INTO product_windows_stale (product_id) VALUES (OLD.product_id) ON CONFLICT DO NOTHING; END IF; "
                "IF TG_OP <> 'DELETE' AND (through IS NULL OR NEW.day <= through) THEN "
                "INSERT INTO product_windows_stale (product_id) VALUES (NEW.product_id) ON CONFLICT DO NOTHING; END IF; "
                "RETURN NULL; END $$"),
            QStringLiteral("CREATE TRIGGER product_days_windows AFTER INSERT OR UPDATE OR DELETE ON product_days "
                           "FOR EACH ROW EXECUTE FUNCTION cp_product_windows_stale()"),
            // Admins import and run cycles (the team roles of schema 20;
            // viewers read every table already). The group's name is one
            // TeamRoles::groups checked: campaign_pilot_ and [a-z0-9_].
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON product_windows, product_windows_state, product_windows_stale "
                           "TO \"%1\"").arg(adminGroup),
        };
    // SQLite: a trigger per event (https://www.sqlite.org/lang_createtrigger.html);
    // the days after the window's end do not count until it moves over them.
    const char *const through = "COALESCE((SELECT through_day FROM product_windows_state WHERE id = 1), '9999-12-31')";
    return {
        QStringLiteral("CREATE TRIGGER product_days_windows_insert AFTER INSERT ON product_days WHEN NEW.day <= %1 BEGIN "
                       "INSERT INTO product_windows_stale (product_id) VALUES (NEW.product_id) ON CONFLICT DO NOTHING; END")
            .arg(QLatin1String(through)),
        QStringLiteral("CREATE TRIGGER product_days_windows_update AFTER UPDATE ON product_days "
                       "WHEN OLD.day <= %1 OR NEW.day <= %1 BEGIN "
                       "INSERT INTO product_windows_stale (product_id) VALUES (OLD.product_id) ON CONFLICT DO NOTHING; "
                       "INSERT INTO product_windows_stale (product_id) VALUES (NEW.product_id) ON CONFLICT DO NOTHING; END")
            .arg(QLatin1String(through)),
        QStringLiteral("CREATE TRIGGER product_days_windows_delete AFTER DELETE ON product_days WHEN OLD.day <= %1 BEGIN "
                       "INSERT INTO product_windows_stale (product_id) VALUES (OLD.product_id) ON CONFLICT DO NOTHING; END")
            .arg(QLatin1String(through)),
    };
}

Status update(QSqlDatabase db, QDate through)
{
    if (!through.isValid())
        return {};
    return inTransaction(db, [&] { return refresh(db, through); });
}

Status updateToNewest(QSqlDatabase db)
{
    return inTransaction(db, [&]() -> Status {
        const QDate newest = StoreReader::productDayRange(db).second;
        if (newest.isValid())
            return refresh(db, newest);
        for (const char *table : {"DELETE FROM product_windows", "DELETE FROM product_windows_stale", "DELETE FROM product_windows_state"})
            if (Status s = run(db, table); !s)
                return s;
        return {};
    });
}

QString currentColumnsSql()
{
    return QStringLiteral("(SELECT count(*) FROM product_windows_state s WHERE s.id = 1 AND s.through_day = :to AND s.days = %1), "
                          "(SELECT count(*) FROM (SELECT 1 FROM product_windows_stale LIMIT 1) x)")
        .arg(kDays);
}

bool isCurrent(QSqlDatabase db, QDate through)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + currentColumnsSql());
    q.bindValue(QStringLiteral(":to"), iso(through));
    return q.exec() && q.next() && q.value(0).toLongLong() == 1 && q.value(1).toLongLong() == 0;
}

} // namespace cp::ProductWindows
