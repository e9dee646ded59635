// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <optional>

namespace cp {

// A product of the shop's catalog. Fields a source does not know stay empty
// (std::nullopt), never a made-up zero.
struct Product
{
    QString id;            // the shop's identifier: stock code, SKU or WooCommerce ID
    QString name;
    QString category;      // top-level category ("Clothing"), empty when unknown
    std::optional<Money> price;
    std::optional<qint64> stock;
    QString description;
    QString imageUrl;
};

// One product's figures on one day.
struct ProductDay
{
    QString productId;
    QDate date;
    std::optional<qint64> pageViews;
    qint64 unitsSold = 0;
    Money revenue;
    qint64 orders = 0;
    qint64 unitsReturned = 0;   // from cancellations and returns
    Money returnedRevenue;
    std::optional<qint64> stock; // stock at the end of the day
};

} // namespace cp

Q_DECLARE_METATYPE(cp::Product)
Q_DECLARE_METATYPE(cp::ProductDay)
