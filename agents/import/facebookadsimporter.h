// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <QMap>

namespace cp {

// A Facebook ads export of per-ad lifetime totals (ad_id, xyz_campaign_id,
// fb_campaign_id, age, gender, interest, Impressions, Clicks, Spent,
// Total_Conversion, Approved_Conversion). Each fb_campaign_id becomes a
// campaign "fb-<id>" (platform facebook, status ended: an export describes
// the past, and it names no product); each ad keeps its totals in ad_totals.
// Spent is rounded to whole minor units ("1.429999948" -> 1.43).
class FacebookAdsImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(FacebookAdsImporter)
public:
    QString id() const override { return QStringLiteral("facebook-ads"); }
    QString displayName() const override { return tr("Facebook ads export"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;

private:
    QMap<QString, Campaign> m_campaigns;
    QList<AdTotals> m_ads;
    QHash<QString, qint64> m_adLines;   // ad id -> line, for repeated ads
};

} // namespace cp
