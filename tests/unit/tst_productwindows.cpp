// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's kept window sums (models/productwindows.h) on both engines:
// after any sequence of writes to product_days (inserts, changes, deletes,
// days before, inside and after the window) and window ends that move
// forward, backward, by a window or more, or not at all, the catalog read
// from the kept rows equals the sums recomputed here with plain SQL; a
// change the rows have not caught up with is never read from them.
#include "support/program.h"
#include "models/database.h"
#include "models/productwindows.h"
#include "models/store.h"
#include "support/teststore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using cp::test::freshStore;
using cp::test::scalar;

namespace {

const QDate kFirst(2024, 1, 1);

struct Expected
{
    std::optional<qint64> views;
    qint64 units = 0, revenue = 0;
    std::optional<qint64> stock;
};

std::optional<qint64> optional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// What the catalog must say for the window ending on `to`, per product,
// summed here one product at a time without the kept rows.
QMap<QString, Expected> expected(QSqlDatabase db, QDate to)
{
    const QString f = to.addDays(-(ProductWindows::kDays - 1)).toString(Qt::ISODate), t = to.toString(Qt::ISODate);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT p.id, "
        "  (SELECT SUM(page_views) FROM product_days WHERE product_id = p.id AND day BETWEEN ? AND ?), "
        "  (SELECT COALESCE(SUM(units_sold), 0) FROM product_days WHERE product_id = p.id AND day BETWEEN ? AND ?), "
        "  (SELECT COALESCE(SUM(revenue_minor), 0) FROM product_days WHERE product_id = p.id AND day BETWEEN ? AND ?), "
        "  COALESCE((SELECT stock FROM product_days WHERE product_id = p.id AND day <= ? AND stock IS NOT NULL "
        "            ORDER BY day DESC LIMIT 1), p.stock) "
        "FROM products p ORDER BY p.id"));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(f);
        q.addBindValue(t);
    }
    q.addBindValue(t);
    QMap<QString, Expected> out;
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), {optional(q.value(1)), q.value(2).toLongLong(), q.value(3).toLongLong(), optional(q.value(4))});
    return out;
}

QString compare(QSqlDatabase db, QDate to)
{
    const auto want = expected(db, to);
    auto rows = StoreReader::catalog(db, to.addDays(-(ProductWindows::kDays - 1)), to);
    if (!rows)
        return rows.error().toString();
    if (rows->size() != want.size())
        return QStringLiteral("%1 rows, %2 products").arg(rows->size()).arg(want.size());
    for (const CatalogRow &r : *rows) {
        const Expected e = want.value(r.product.id);
        if (r.pageViews != e.views || r.unitsSold != e.units || r.revenue.minor() != e.revenue || r.product.stock != e.stock)
            return QStringLiteral("%1 on %2: views %3/%4 units %5/%6 revenue %7/%8 stock %9/%10")
                .arg(r.product.id, to.toString(Qt::ISODate))
                .arg(r.pageViews ? QString::number(*r.pageViews) : QStringLiteral("-"),
                     e.views ? QString::number(*e.views) : QStringLiteral("-"))
                .arg(r.unitsSold)
                .arg(e.units)
                .arg(r.revenue.minor())
                .arg(e.revenue)
                .arg(r.product.stock ? QString::number(*r.product.stock) : QStringLiteral("-"),
                     e.stock ? QString::number(*e.stock) : QStringLiteral("-"));
    }
    return {};
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Random writes to product_days in one transaction, straight through SQL
// (StoreWriter would bring the rows up to date itself at commit).
bool scribble(QSqlDatabase db, QRandomGenerator &rng, int products, int days, int writes)
{
    if (!db.transaction())
        return false;
    for (int i = 0; i < writes; ++i) {
        const QString id = QStringLiteral("P%1").arg(rng.bounded(products), 3, 10, QLatin1Char('0'));
        const QString day = kFirst.addDays(rng.bounded(days)).toString(Qt::ISODate);
        const int kind = rng.bounded(10);
        QString sql;
        if (kind == 0) {
            sql = QStringLiteral("DELETE FROM product_days WHERE product_id = '%1' AND day = '%2'").arg(id, day);
        } else {
            const QString views = rng.bounded(3) == 0 ? QStringLiteral("NULL") : QString::number(rng.bounded(500));
            const QString stock = rng.bounded(4) == 0 ? QString::number(rng.bounded(90)) : QStringLiteral("NULL");
            sql = QStringLiteral("INSERT INTO product_days (product_id, day, page_views, units_sold, revenue_minor, orders, stock) "
                                 "VALUES ('%1', '%2', %3, %4, %5, 1, %6) ON CONFLICT (product_id, day) DO UPDATE SET "
                                 "page_views = excluded.page_views, units_sold = excluded.units_sold, "
                                 "revenue_minor = excluded.revenue_minor, stock = excluded.stock")
                      .arg(id, day, views)
                      .arg(rng.bounded(20))
                      .arg(rng.bounded(100000))
                      .arg(stock);
        }
        if (!exec(db, sql)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace

class TestProductWindows : public QObject
{
    Q_OBJECT
private slots:
    void keptSumsEqualTheDailyFiguresWhateverTheWritesAndTheWindow()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("windows.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QSqlDatabase c = db->connection();
        constexpr int kProducts = 25, kDaysSpan = 120;
        for (int i = 0; i < kProducts; ++i)   // some with a catalog stock, some without
            QVERIFY(exec(c, QStringLiteral("INSERT INTO products (id, name, stock) VALUES ('P%1', 'Product %1', %2)")
                                .arg(i, 3, 10, QLatin1Char('0'))
                                .arg(i % 3 == 0 ? QStringLiteral("NULL") : QString::number(1000 + i))));
        QRandomGenerator rng(20261206);
        QVERIFY(scribble(c, rng, kProducts, kDaysSpan, 800));
        QDate through = kFirst.addDays(60);
        // Window ends: small steps both ways, none, a jump past a window.
        const int steps[] = {0, 1, 1, 3, -2, 0, 29, -29, 30, -45, 7, 0, 1, -1, 12, 64, -100, 5};
        for (int round = 0; round < int(std::size(steps)); ++round) {
            through = through.addDays(steps[round]);
            const Status s = ProductWindows::update(c, through);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
            QVERIFY2(ProductWindows::isCurrent(c, through), qPrintable(through.toString(Qt::ISODate)));
            const QString diff = compare(c, through);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1 (kept rows): %2").arg(round).arg(diff)));
            // Writes anywhere, not yet caught up with: never read from the
            // kept rows while a product is stale.
            QVERIFY(scribble(c, rng, kProducts, kDaysSpan, 1 + rng.bounded(round % 4 == 0 ? 200 : 6)));
            const bool stale = scalar(c, QStringLiteral("SELECT count(*) FROM product_windows_stale")).toLongLong() > 0;
            QCOMPARE(ProductWindows::isCurrent(c, through), !stale);
            const QString after = compare(c, through);
            QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("round %1 (after writes): %2").arg(round).arg(after)));
        }
    }

    void onlyDaysUpToTheWindowsEndMarkAProductStale()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("stale.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QSqlDatabase c = db->connection();
        QVERIFY(exec(c, "INSERT INTO products (id, name) VALUES ('A', 'a'), ('B', 'b')"));
        QVERIFY(exec(c, "INSERT INTO product_days (product_id, day, units_sold) VALUES ('A', '2024-03-01', 2), ('B', '2024-03-10', 5)"));
        const QDate end(2024, 3, 10);
        QVERIFY(ProductWindows::update(c, end).ok());
        QVERIFY(ProductWindows::isCurrent(c, end));
        QVERIFY(!ProductWindows::isCurrent(c, end.addDays(1)));
        // A day after the window's end: counted when the window moves over it.
        QVERIFY(exec(c, "INSERT INTO product_days (product_id, day, units_sold) VALUES ('A', '2024-03-11', 7)"));
        QVERIFY(ProductWindows::isCurrent(c, end));
        QCOMPARE(scalar(c, "SELECT count(*) FROM product_windows_stale").toInt(), 0);
        // Inside it (a change, then a delete): stale until updated.
        QVERIFY(exec(c, "UPDATE product_days SET units_sold = 3 WHERE product_id = 'B'"));
        QVERIFY(!ProductWindows::isCurrent(c, end));
        QCOMPARE(scalar(c, "SELECT product_id FROM product_windows_stale").toString(), QStringLiteral("B"));
        QVERIFY(compare(c, end).isEmpty());
        QVERIFY(ProductWindows::update(c, end.addDays(1)).ok());
        QCOMPARE(scalar(c, "SELECT units FROM product_windows WHERE product_id = 'A'").toInt(), 9);
        QCOMPARE(scalar(c, "SELECT units FROM product_windows WHERE product_id = 'B'").toInt(), 3);
        QVERIFY(exec(c, "DELETE FROM product_days WHERE product_id = 'A' AND day = '2024-03-01'"));
        QVERIFY(!ProductWindows::isCurrent(c, end.addDays(1)));
        QVERIFY(compare(c, end.addDays(1)).isEmpty());
    }

    void anImportLeavesTheWindowOfItsNewestDayCurrent()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshStore(dir, QStringLiteral("import.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QSqlDatabase c = db->connection();
        for (int round = 0; round < 2; ++round) {
            StoreWriter w(c);
            QVERIFY(w.begin().ok());
            for (int i = 0; i < 3; ++i) {
                Product p;
                p.id = QStringLiteral("P%1").arg(i);
                p.name = p.id;
                QVERIFY(w.upsertProduct(p).ok());
                for (int d = 0; d < 40; ++d) {
                    ProductDay pd;
                    pd.productId = p.id;
                    pd.date = kFirst.addDays(d + 20 * round);
                    pd.unitsSold = i + d + round;
                    pd.revenue = Money::fromMinor(100 * (d + 1));
                    if (d % 7 == 0)
                        pd.stock = 50 - d;
                    QVERIFY(w.upsertProductDay(pd).ok());
                }
            }
            QVERIFY(w.commit().ok());
            const QDate newest = StoreReader::productDayRange(c).second;
            QCOMPARE(newest, kFirst.addDays(39 + 20 * round));
            QVERIFY(ProductWindows::isCurrent(c, newest));
            const QString diff = compare(c, newest);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        // A cleared store keeps nothing.
        StoreWriter w(c);
        QVERIFY(w.begin().ok());
        QVERIFY(w.clearData().ok());
        QVERIFY(w.commit().ok());
        QCOMPARE(scalar(c, "SELECT count(*) FROM product_windows").toInt(), 0);
        QCOMPARE(scalar(c, "SELECT count(*) FROM product_windows_state").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProductWindows)
#include "tst_productwindows.moc"
