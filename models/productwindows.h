// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace cp {

// The catalog's window sums kept up to date (issue 14, schema 22): per
// product, the page views, units and revenue of the 30 days ending on one
// day, and its newest stock figure on or before that day, in the table
// product_windows. A cycle and the catalog pane read one row per product
// from it instead of summing every product-day of the window.
//
// How it stays true:
// - Triggers on product_days (installSql) put a product in
//   product_windows_stale, in the same transaction, whenever one of its days
//   on or before the window's end is inserted, changed or deleted.
// - update() makes the rows true again for a window's end: a window that
//   moves by less than its length adds the days it gains and subtracts the
//   days it loses (two day ranges through the day index), the stale
//   products are summed again from their own days, and anything else (no
//   rows yet, a jump of a window or more, most products stale) is summed
//   from scratch. Imports call it after they commit, a cycle before it reads.
// - A reader (StoreReader::catalog) uses the rows only when, in the same
//   statement that reads them, the window is the one it asks for and no
//   product is stale; otherwise it sums the product-days itself. So a
//   failed or skipped update() costs time, never a wrong number.
namespace ProductWindows {

constexpr int kDays = 30;

// The statements of schema 22 that differ per engine (the triggers),
// run by Database::migrate; on PostgreSQL the workspace's admin group
// (TeamRoles::groups) may write the kept rows.
QStringList installSql(bool postgres, const QString &adminGroup = {});

// Brings the rows to the window ending on `through`, in a transaction of
// its own (the connection must have none open). On PostgreSQL it first
// locks product_days against writers (SHARE mode) so that no change slips
// between what it reads and what it marks done.
Status update(QSqlDatabase db, QDate through);
// The same for the newest day with product figures (after an import);
// empties the rows when there are none.
Status updateToNewest(QSqlDatabase db);

// Whether the rows hold the window ending on `through` with no stale
// product (a cheap check before reading them).
bool isCurrent(QSqlDatabase db, QDate through);
// The same check as two columns of a SELECT, for a reader to ask in the
// statement that reads the rows (one snapshot): the first is 1 when the rows
// end on the day bound to :to, the second 0 when no product is stale.
QString currentColumnsSql();

} // namespace ProductWindows
} // namespace cp
