// SPDX-License-Identifier: GPL-3.0-or-later
#include "facebookadsimporter.h"

#include <QSet>

namespace cp {

QList<FieldSpec> FacebookAdsImporter::fields() const
{
    return {
        {QStringLiteral("ad"), tr("Ad ID"), {QStringLiteral("ad_id")}, true},
        {QStringLiteral("group"), tr("Campaign group"), {QStringLiteral("xyz_campaign_id")}, false},
        {QStringLiteral("campaign"), tr("Campaign ID"), {QStringLiteral("fb_campaign_id"), QStringLiteral("campaign_id")}, true},
        {QStringLiteral("age"), tr("Age"), {QStringLiteral("age")}, false},
        {QStringLiteral("gender"), tr("Gender"), {QStringLiteral("gender")}, false},
        {QStringLiteral("interest"), tr("Interest"), {QStringLiteral("interest")}, false},
        {QStringLiteral("impressions"), tr("Impressions"), {QStringLiteral("Impressions")}, true},
        {QStringLiteral("clicks"), tr("Clicks"), {QStringLiteral("Clicks")}, true},
        {QStringLiteral("spent"), tr("Spent"), {QStringLiteral("Spent"), QStringLiteral("Amount spent")}, true},
        {QStringLiteral("conversions"), tr("Conversions"), {QStringLiteral("Total_Conversion")}, true},
        {QStringLiteral("approved"), tr("Approved conversions"), {QStringLiteral("Approved_Conversion")}, true},
    };
}

void FacebookAdsImporter::reset()
{
    m_campaigns.clear();
    m_ads.clear();
    m_adLines.clear();
}

std::optional<QString> FacebookAdsImporter::readRow(const RowView &row, qint64 line)
{
    AdTotals ad;
    ad.adId = row.text(QStringLiteral("ad"));
    const QString campaign = row.text(QStringLiteral("campaign"));
    if (ad.adId.isEmpty())
        return tr("column \"ad_id\" is empty");
    if (campaign.isEmpty())
        return tr("column \"fb_campaign_id\" is empty");
    for (const auto &[key, value] : {std::pair{QStringLiteral("ad"), ad.adId}, std::pair{QStringLiteral("campaign"), campaign}})
        if (const QString rounded = row.roundedIdentifier(key, value); !rounded.isEmpty())
            return rounded;
    const auto impressions = row.integer(QStringLiteral("impressions"));
    const auto clicks = row.integer(QStringLiteral("clicks"));
    const auto spent = row.money(QStringLiteral("spent"));
    const auto conversions = row.integer(QStringLiteral("conversions"));
    const auto approved = row.integer(QStringLiteral("approved"));
    if (!impressions || !clicks || !spent || !conversions || !approved)
        return row.error();
    const std::pair<QString, QString> figures[] = {
        {QStringLiteral("impressions"), *impressions < 0 ? QString::number(*impressions) : QString()},
        {QStringLiteral("clicks"), *clicks < 0 ? QString::number(*clicks) : QString()},
        {QStringLiteral("spent"), spent->minor() < 0 ? spent->toString() : QString()},
        {QStringLiteral("conversions"), *conversions < 0 ? QString::number(*conversions) : QString()},
        {QStringLiteral("approved"), *approved < 0 ? QString::number(*approved) : QString()}};
    for (const auto &[key, negative] : figures)
        if (!negative.isEmpty())
            return row.negativeFigure(key, negative);
    if (*clicks > *impressions)
        return tr("more clicks (%1) than impressions (%2)").arg(*clicks).arg(*impressions);
    if (*approved > *conversions)
        return tr("more approved conversions (%1) than conversions (%2)").arg(*approved).arg(*conversions);
    // Lifetime totals have one row per ad. Several rows are a report by day
    // (or by segment): keeping one of them would lose the others' spend.
    if (const auto seen = m_adLines.constFind(ad.adId); seen != m_adLines.cend())
        return tr("ad %1 is already on line %2: this importer reads one row of lifetime totals per ad; a file with a "
                  "row per ad per day is a daily report (import it with --importer daily-ads)")
            .arg(ad.adId).arg(*seen);
    m_adLines.insert(ad.adId, line);
    ad.campaignId = QStringLiteral("fb-") + campaign;
    ad.impressions = *impressions;
    ad.clicks = *clicks;
    ad.spend = *spent;
    ad.conversions = *conversions;
    ad.approvedConversions = *approved;
    QStringList audience;
    if (row.has(QStringLiteral("age")))
        audience << tr("age %1").arg(row.text(QStringLiteral("age")));
    if (row.has(QStringLiteral("gender")))
        audience << row.text(QStringLiteral("gender"));
    if (row.has(QStringLiteral("interest")))
        audience << tr("interest %1").arg(row.text(QStringLiteral("interest")));
    ad.audience = audience.join(QStringLiteral(", "));

    if (!m_campaigns.contains(ad.campaignId)) {
        Campaign c;
        c.id = ad.campaignId;
        const QString group = row.has(QStringLiteral("group")) ? row.text(QStringLiteral("group")) : QString();
        c.name = group.isEmpty() ? tr("Facebook campaign %1").arg(campaign)
                                 : tr("Facebook campaign %1 (group %2)").arg(campaign, group);
        c.platform = QStringLiteral("facebook");
        c.status = Campaign::Status::Ended;
        m_campaigns.insert(c.id, c);
    }
    m_ads.append(std::move(ad));
    return std::nullopt;
}

Status FacebookAdsImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *)
{
    for (const Campaign &c : std::as_const(m_campaigns)) {
        if (Status s = writer.upsertCampaign(c); !s)
            return s;
    }
    QSet<QString> ads;
    for (const AdTotals &a : std::as_const(m_ads)) {
        if (Status s = writer.upsertAdTotals(a); !s)
            return s;
        ads.insert(a.adId);
    }
    report.written[QStringLiteral("campaigns")] = m_campaigns.size();
    report.written[QStringLiteral("ads")] = ads.size();
    return {};
}

} // namespace cp
