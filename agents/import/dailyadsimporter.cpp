// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyadsimporter.h"

#include "models/backgroundtask.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace cp {

QList<FieldSpec> DailyAdsImporter::fields() const
{
    return {
        {QStringLiteral("date"), tr("Day"), headerAliases({"date", "day", "reporting starts", "segments.date"}), true},
        {QStringLiteral("campaign_id"), tr("Campaign ID"), headerAliases({"campaign_id", "campaign id"}), false},
        {QStringLiteral("campaign"), tr("Campaign name"), headerAliases({"campaign name", "campaign", "campaign_name"}), false},
        {QStringLiteral("adset"), tr("Ad set"), headerAliases({"ad set id", "ad set name", "ad group id", "ad group"}), false},
        {QStringLiteral("ad"), tr("Ad"), headerAliases({"ad id", "ad name"}), false},
        {QStringLiteral("impressions"), tr("Impressions"), headerAliases({"impressions", "impr"}), false},
        {QStringLiteral("clicks"), tr("Clicks"), headerAliases({"link clicks", "clicks"}), false},
        {QStringLiteral("spend"), tr("Spend"), headerAliases({"amount spent", "cost", "spend", "spent"}), true},
        {QStringLiteral("conversions"), tr("Conversions"), headerAliases({"purchases", "conversions", "conv", "results"}), false},
        {QStringLiteral("revenue"), tr("Conversion value"),
         headerAliases({"purchases conversion value", "conv value", "conversion value", "revenue", "purchase value"}), false},
        // Ads Manager's export without a breakdown by day states a whole
        // range per row (Reporting starts … Reporting ends).
        {QStringLiteral("date_end"), tr("Reporting ends"), headerAliases({"reporting ends"}), false},
        // What Meta's "Results" count: the campaign's objective's event
        // (actions:link_click, …purchase…).
        {QStringLiteral("result_indicator"), tr("Result indicator"), headerAliases({"result indicator", "result type"}), false},
    };
}

QStringList DailyAdsImporter::missingEvidence(const ColumnMapping &mapping) const
{
    if (mapping.contains(QStringLiteral("campaign_id")) || mapping.contains(QStringLiteral("campaign")))
        return {};
    return {tr("campaign_id or campaign name")};
}

void DailyAdsImporter::reset()
{
    m_campaigns.clear();
    m_days.clear();
    m_unitLines.clear();
    m_nameOf.clear();
    m_conversionHundredths.clear();
    m_keyedByName.clear();
    m_conversionColumnsChecked = false;
    m_first = m_last = QDate();
}

std::optional<QString> DailyAdsImporter::readRow(const RowView &row, qint64 line)
{
    // The report's own sums (Google Ads ends its download with "Total:
    // Account", "Total: Campaigns", …, in the day column): not a day of any
    // campaign, and they would count everything twice.
    auto isTotal = [&row](const QString &key) {
        return row.has(key) && row.text(key).trimmed().startsWith(QLatin1String("Total"), Qt::CaseInsensitive);
    };
    if (isTotal(QStringLiteral("date")) || (row.isEmpty(QStringLiteral("date")) || row.raw(QStringLiteral("date")) == "--")
                                               && (isTotal(QStringLiteral("campaign")) || isTotal(QStringLiteral("campaign_id")))) {
        note(tr("total rows (\"Total: …\") not imported: the report's own sums"));
        return std::nullopt;
    }
    const QString campaignId = row.has(QStringLiteral("campaign_id")) ? row.text(QStringLiteral("campaign_id")) : QString();
    const QString campaignName = row.has(QStringLiteral("campaign")) ? row.text(QStringLiteral("campaign")) : QString();
    const QString id = campaignId.isEmpty() ? campaignName : campaignId;
    if (id.isEmpty())
        return tr("the campaign id and name are empty");
    if (const QString rounded = row.roundedIdentifier(QStringLiteral("campaign_id"), campaignId); !rounded.isEmpty())
        return rounded;
    // One id, one campaign: a file whose id names two campaigns has lost
    // what told them apart (a spreadsheet's rounding, a bad join), and
    // their figures would be summed under the first one's name.
    if (!campaignId.isEmpty() && !campaignName.isEmpty()) {
        const auto named = m_nameOf.constFind(campaignId);
        if (named == m_nameOf.cend())
            m_nameOf.insert(campaignId, {campaignName, line});
        else if (named->first != campaignName)
            return tr("campaign id %1 is \"%2\" here but \"%3\" on line %4: one id must name one campaign")
                .arg(campaignId, campaignName, named->first).arg(named->second);
    }
    const auto date = row.pastDay(QStringLiteral("date"));
    // Conversions only in columns this importer does not take ("All conv.",
    // "All conv. value": Google's secondary actions; "Conv. rate") landed as
    // none without a word: said once.
    if (!m_conversionColumnsChecked) {
        m_conversionColumnsChecked = true;
        // The file's columns not read whose name holds one of `words`, said
        // once in a note with `why` (%1: their names).
        const QStringList notRead = row.unreadHeaders();
        auto say = [this, &notRead](std::initializer_list<QLatin1String> words, const QString &why) {
            QStringList named;
            for (const QString &h : notRead)
                if (const QString n = normalizeHeader(h); std::any_of(words.begin(), words.end(), [&n](QLatin1String w) { return n.contains(w); }))
                    named << h;
            if (!named.isEmpty())
                note(why.arg(named.join(QStringLiteral(", "))), named.size());
        };
        if (!row.has(QStringLiteral("conversions")) || !row.has(QStringLiteral("revenue")))
            say({QLatin1String("conv")}, tr("columns about conversions not read (%1): conversions and their value are read from "
                                            "Conversions and Conv. value (Meta: Purchases, Purchases conversion value)"));
        // A campaign's status and budget in a daily report ("Campaign
        // status", "Budget", "Budget type": Google's download can carry
        // them) are today's, not the days'; the report's campaigns are
        // stored as ended. Said, not silently dropped (a walkthrough's live
        // campaign, with figures for yesterday, landed ended, no budget).
        say({QLatin1String("status"), QLatin1String("budget")},
            tr("columns not read (%1): a report's campaigns are stored as ended, with no budget; their status and daily "
               "budget come from a live connection or a campaign list (the \"Campaign list\" importer)"));
    }
    // Google Ads writes "--" where a figure has no value: nothing was spent.
    const auto spend = row.raw(QStringLiteral("spend")) == "--" ? std::optional<Money>(Money()) : row.money(QStringLiteral("spend"));
    if (!date || !spend)
        return row.error();
    if (spend->minor() < 0)
        return tr("column \"%1\": a negative spend (%2)").arg(row.headerOf(QStringLiteral("spend")), spend->toString());

    // One row is one day: a row for a range (a total) would put the whole
    // range's money on its first day.
    if (row.has(QStringLiteral("date_end")) && !row.isEmpty(QStringLiteral("date_end"))) {
        const auto end = row.date(QStringLiteral("date_end"));
        if (!end)
            return row.error();
        if (*end != *date)
            return tr("the row covers %1 to %2 (%n day(s)), not one day: export the report broken down by day (Ads Manager: "
                      "Breakdown ▸ By time ▸ Day)", nullptr, int(date->daysTo(*end)) + 1)
                .arg(date->toString(Qt::ISODate), end->toString(Qt::ISODate));
    }
    // Meta's "Results" count the objective's event: purchases only when it
    // says so. Link clicks counted as conversions would be a wrong CPA.
    // Without the indicator nothing says they are purchases: a traffic
    // campaign's 140 link clicks read as 140 purchases at £0.09 each.
    if (row.has(QStringLiteral("conversions")) && !row.has(QStringLiteral("result_indicator"))
        && normalizeHeader(row.headerOf(QStringLiteral("conversions"))) == u"results" && !row.isEmpty(QStringLiteral("conversions")))
        return tr("column \"%1\" counts each campaign's objective (link clicks, leads, purchases…) and the file does not say "
                  "which (no \"Result indicator\" column): export the Purchases column, or add Result indicator")
            .arg(row.headerOf(QStringLiteral("conversions")));
    if (row.has(QStringLiteral("conversions")) && row.has(QStringLiteral("result_indicator"))
        && normalizeHeader(row.headerOf(QStringLiteral("conversions"))) == u"results") {
        const QString indicator = row.text(QStringLiteral("result_indicator")).trimmed();
        if (!indicator.isEmpty() && !indicator.contains(QLatin1String("purchase"), Qt::CaseInsensitive))
            return tr("column \"%1\" counts %2 here, not purchases: export the Purchases column (its conversions would be %2)")
                .arg(row.headerOf(QStringLiteral("conversions")), indicator);
    }

    auto noValue = [&row](const QString &key) { return !row.has(key) || row.isEmpty(key) || row.raw(key) == "--"; };
    CampaignDay add;
    add.spend = *spend;
    for (auto [key, target] : {std::pair{QStringLiteral("impressions"), &add.impressions}, {QStringLiteral("clicks"), &add.clicks}}) {
        if (noValue(key))
            continue;
        const auto v = row.integerLenient(key);
        if (!v)
            return row.error();
        if (*v < 0)
            return row.negativeFigure(key, QString::number(*v));
        *target = *v;
    }
    // Conversions in hundredths: data-driven attribution shares one
    // between clicks ("3.33"); each campaign-day's sum is rounded in write().
    qint64 conversionHundredths = 0;
    if (!noValue(QStringLiteral("conversions"))) {
        const auto v = row.hundredths(QStringLiteral("conversions"));
        if (!v)
            return row.error();
        if (*v < 0)
            return row.negativeFigure(QStringLiteral("conversions"), row.text(QStringLiteral("conversions")));
        conversionHundredths = *v;
    }
    if (!noValue(QStringLiteral("revenue"))) {
        const auto revenue = row.money(QStringLiteral("revenue"));
        if (!revenue)
            return row.error();
        if (revenue->minor() < 0)
            return tr("column \"%1\": a negative conversion value (%2)").arg(row.headerOf(QStringLiteral("revenue")), revenue->toString());
        add.revenue = *revenue;
    }

    // The finest level the file names is what must not repeat within a day.
    // An ad's name may repeat in other ad sets (an ad duplicated into
    // several): the ad set is part of what must not repeat.
    QString unit = tr("campaign %1").arg(id);
    const QString adSet = row.has(QStringLiteral("adset")) ? row.text(QStringLiteral("adset")) : QString();
    const QString ad = row.has(QStringLiteral("ad")) ? row.text(QStringLiteral("ad")) : QString();
    if (!ad.isEmpty() && !adSet.isEmpty())
        unit = tr("ad %1 in ad set %2 of campaign %3").arg(ad, adSet, id);
    else if (!ad.isEmpty())
        unit = tr("ad %1 of campaign %2").arg(ad, id);
    else if (!adSet.isEmpty())
        unit = tr("ad set %1 of campaign %2").arg(adSet, id);
    const DayKey unitKey(unit, *date);
    if (const auto seen = m_unitLines.constFind(unitKey); seen != m_unitLines.cend()) {
        // A report broken down (by age, placement, country…) repeats each
        // day once per value of a column this importer does not read.
        const QStringList others = row.unreadHeaders();
        if (!others.isEmpty())
            return tr("%1 on %2 is already on line %3: a row per ad per day must not repeat. If the rows differ in %4, the "
                      "report has a breakdown: export it without one (or by day only)")
                .arg(unit, date->toString(Qt::ISODate)).arg(*seen).arg(others.join(QStringLiteral(", ")));
        return tr("%1 on %2 is already on line %3: a row per ad per day must not repeat")
            .arg(unit, date->toString(Qt::ISODate)).arg(*seen);
    }
    m_unitLines.insert(unitKey, line);

    m_first = m_first.isValid() ? std::min(m_first, *date) : *date;
    m_last = m_last.isValid() ? std::max(m_last, *date) : *date;
    CampaignDay &day = m_days[{id, *date}];
    day.campaignId = id;
    day.date = *date;
    const auto spendSum = day.spend.checkedAdd(add.spend);
    const auto revenueSum = day.revenue.checkedAdd(add.revenue);
    if (!spendSum || !revenueSum)
        return tr("the campaign's day total leaves the money range");
    day.spend = *spendSum;
    day.revenue = *revenueSum;
    qint64 &conversions = m_conversionHundredths[{id, *date}];
    if (__builtin_add_overflow(day.impressions, add.impressions, &day.impressions)
        || __builtin_add_overflow(day.clicks, add.clicks, &day.clicks)
        || __builtin_add_overflow(conversions, conversionHundredths, &conversions))
        return tr("the campaign's day total leaves the range of whole numbers");

    if (campaignId.isEmpty())
        m_keyedByName.insert(id);
    if (!m_campaigns.contains(id)) {
        Campaign c;
        c.id = id;
        c.name = campaignName.isEmpty() ? id : campaignName;
        c.platform = QStringLiteral("imported");
        // A report describes the past and names no product.
        c.status = Campaign::Status::Ended;
        m_campaigns.insert(id, c);
    }
    Campaign &c = m_campaigns[id];
    if (!c.startDate.isValid() || *date < c.startDate)
        c.startDate = *date;
    return std::nullopt;
}

// A campaign the file names without an id (an ad-group report exported
// without "Campaign ID") is the workspace's campaign of that name when one
// has it: keyed by its name, the same campaign landed a second time beside
// its id and its spend counted twice (a walkthrough's Google reports). Two
// of that name: refused, as the file cannot say which.
Status DailyAdsImporter::matchStore(QSqlDatabase db)
{
    if (m_keyedByName.isEmpty())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE name = ? AND id <> name ORDER BY id"));
    QHash<QString, QString> idOf;
    for (const QString &name : std::as_const(m_keyedByName)) {
        q.addBindValue(name);
        if (!q.exec())
            return Error{q.lastError().text(), QStringLiteral("campaigns")};
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        if (ids.size() > 1)
            return Error{tr("campaign \"%1\" is named without an id, and %2 campaigns of the workspace have that name (%3): "
                            "export the report with its Campaign ID column")
                             .arg(name)
                             .arg(ids.size())
                             .arg(ids.mid(0, 5).join(QStringLiteral(", "))),
                         QString()};
        if (ids.size() == 1)
            idOf.insert(name, ids.first());
    }
    if (idOf.isEmpty())
        return {};
    auto rekey = [&idOf](auto &hash) {
        std::remove_reference_t<decltype(hash)> out;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
            DayKey key = it.key();
            key.first = idOf.value(key.first, key.first);
            out.insert(key, it.value());
        }
        hash = std::move(out);
    };
    rekey(m_conversionHundredths);
    QHash<DayKey, CampaignDay> days;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        CampaignDay d = it.value();
        d.campaignId = idOf.value(d.campaignId, d.campaignId);
        days.insert({d.campaignId, d.date}, d);
    }
    m_days = std::move(days);
    for (auto it = idOf.cbegin(); it != idOf.cend(); ++it)
        m_campaigns.remove(it.key());   // the workspace's campaign stays as it is
    note(tr("campaigns named without an id matched to the workspace's campaign of that name (e.g. \"%1\" → %2)")
             .arg(idOf.cbegin().key(), idOf.cbegin().value()),
         idOf.size());
    return {};
}

Status DailyAdsImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    for (const Campaign &c : std::as_const(m_campaigns)) {
        if (Status s = writer.addReportedCampaign(c); !s)
            return s;
    }
    report.written[QStringLiteral("campaigns")] = m_campaigns.size();
    // Whole conversions, as the store counts them. Fractions (data-driven
    // attribution) are rounded on each campaign's running total in date
    // order, so its total survives: rounded day by day, 0.40 a day kept
    // none of a campaign's 12 (a walkthrough). Said, with the totals.
    QHash<QString, QList<QDate>> daysOf;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        daysOf[it.key().first].append(it.key().second);
    QHash<DayKey, qint64> whole;
    qint64 fractional = 0, fileHundredths = 0, stored = 0;
    for (auto it = daysOf.begin(); it != daysOf.end(); ++it) {
        std::sort(it->begin(), it->end());
        qint64 running = 0, roundedBefore = 0;
        for (const QDate &day : std::as_const(*it)) {
            const qint64 hundredths = m_conversionHundredths.value({it.key(), day});
            running += hundredths;
            const qint64 rounded = (running + 50) / 100;
            whole.insert({it.key(), day}, rounded - roundedBefore);
            roundedBefore = rounded;
            fractional += hundredths % 100 != 0 ? 1 : 0;
        }
        fileHundredths += running;
        stored += roundedBefore;
    }
    qint64 done = 0;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        CampaignDay day0 = *it;
        day0.conversions = whole.value(it.key());
        auto day = merged(day0);
        if (!day)
            return day.error();
        if (Status s = writer.upsertCampaignDay(*day); !s)
            return s;
        if (context && (++done & 0xFFF) == 0) {
            if (context->isCancelled())
                return {};
            context->report(done, m_days.size(), tr("Writing daily figures"));
        }
    }
    report.written[QStringLiteral("campaign days")] = m_days.size();
    if (fractional > 0)
        report.notes[tr("campaign-days whose conversions had fractions (data-driven attribution): rounded on each campaign's "
                        "running total, the file's %1 conversions stored as %2")
                         .arg(QLocale().toString(double(fileHundredths) / 100.0, 'f', 2), QLocale().toString(stored))] += fractional;
    return {};
}

} // namespace cp
