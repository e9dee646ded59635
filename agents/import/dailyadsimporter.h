// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

#include "importer.h"

#include <QHash>
#include <QMap>

namespace cp {

// An ad platform's daily report: a row per ad (or ad set, or campaign) per
// day, as Meta Ads Manager ("Day", "Campaign name", "Amount spent (USD)",
// "Impressions", "Link clicks", "Purchases", "Purchases conversion value"),
// Google Ads ("Day", "Campaign", "Cost", "Conv. value") or a generic export
// ("date", "campaign_id", "spend") write it. Rows add up into campaign days:
// several ads of one campaign on one day are one campaign-day with their
// sums. A campaign is named by its id, or by its name when there is no id
// column. The same ad (ad set, campaign: the finest level the file has) twice
// on one day is an error naming both lines: summing it would count it twice.
class DailyAdsImporter final : public Importer
{
    // lupdate and tr() must agree on the context: the base's tr() would say "Importer".
    Q_DECLARE_TR_FUNCTIONS(DailyAdsImporter)
public:
    QString id() const override { return QStringLiteral("daily-ads"); }
    QString displayName() const override { return tr("Ad platform daily report"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;
    QStringList missingEvidence(const ColumnMapping &mapping) const override;
    bool requiresEvidence() const override { return true; }
    QString dayTable() const override { return QStringLiteral("campaign_days"); }
    std::pair<QDate, QDate> dayRange() const override { return {m_first, m_last}; }
    bool rowsAreDayTotals() const override { return true; }
    Status matchStore(QSqlDatabase db) override;
    bool hasDay(const QString &id, const QDate &day) const override { return m_days.contains({id, day}); }

private:
    QMap<QString, Campaign> m_campaigns;
    QHash<DayKey, CampaignDay> m_days;
    QHash<DayKey, qint64> m_conversionHundredths;   // each day's conversions, maybe fractional
    QSet<QString> m_keyedByName;   // campaigns the file names without an id (keyed by their name)
    bool m_conversionColumnsChecked = false;   // the note on conversion columns not read, once per file
    QHash<DayKey, qint64> m_unitLines;   // (ad or campaign, day) -> line, for duplicates
    QHash<QString, QPair<QString, qint64>> m_nameOf;   // campaign id -> (its name, first line)
    QDate m_first, m_last;
};

} // namespace cp
