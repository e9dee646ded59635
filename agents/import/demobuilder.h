// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording.h"

namespace cp {

// Builds the bundled demo recording from the public data in
// shared/data/public with this program's own importers, and models what that
// data lacks. Every modelled column is named in the manifest's "modelled"
// map with how it was made. The model (all of it seeded, so the demo is the
// same bytes on every machine):
//
// Products: the 48 best-selling merchandise products of the UCI shop (codes
//   that start with a digit: POST, DOT, M... are fees, not products) plus
//   the 12 best-selling priced at GBP 20 or more. Price: the median unit
//   price of their sale lines (recorded).
// Category (modelled): keyword rules over the product name (categoryFor()).
// Page views (modelled): orders x a per-product views-per-order figure drawn
//   from a log-normal (median 25, i.e. a 4 % visit-to-order rate), with
//   +-20 % daily noise; every ad click adds a page view.
// Stock (modelled): each product starts with 20-90 days of its average
//   sales; when stock falls under 10 days of cover it is refilled to
//   60 days of cover the next day.
// Campaigns (modelled): 16 campaigns on 16 different demo products (8 of
//   them premium), started between 2011-09-20 and 2011-11-25, 45-100 days long, each calibrated on one real
//   Facebook campaign of the 2017 export: its CTR (clicks/impressions), CPC
//   (spent/clicks) and conversion rate (approved conversions/clicks, at most
//   50 %). Daily spend = daily budget x a pacing of 80-100 %; clicks =
//   spend / CPC; impressions = clicks / CTR; conversions ~ Binomial(clicks,
//   rate); revenue = conversions x price.
// Uplift (modelled): a campaign's conversions are added to its product's
//   units, orders and revenue on that day.
class DemoBuilder
{
public:
    static constexpr quint64 kSeed = 20111209;

    // `publicDataDir` is shared/data/public; `scratchDatabase` a path for the
    // temporary store the importers write to (removed afterwards).
    static Result<RecordingContent> build(const QString &publicDataDir, const QString &scratchDatabase,
                                          TaskContext *context = nullptr);
    static QString categoryFor(const QString &productName);
    // "SET OF 3 CAKE TINS" -> "Set Of 3 Cake Tins" (the UCI names are upper case).
    static QString titleCase(const QString &upper);
};

} // namespace cp
