// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistimporter.h"

#include "models/backgroundtask.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cp {

QList<FieldSpec> CampaignListImporter::fields() const
{
    return {
        {QStringLiteral("id"), tr("Campaign ID"), headerAliases({"id", "campaign_id", "campaign id"}), true},
        {QStringLiteral("name"), tr("Campaign name"), headerAliases({"name", "campaign name", "campaign_name", "campaign"}), true},
        {QStringLiteral("status"), tr("Status"), headerAliases({"status", "campaign status", "delivery status", "effective status"}), true},
        {QStringLiteral("product_id"), tr("Product ID"), headerAliases({"product_id", "product id", "sku"}), false},
        {QStringLiteral("platform"), tr("Platform"), headerAliases({"platform", "channel"}), false},
        {QStringLiteral("daily_budget"), tr("Daily budget"), headerAliases({"daily_budget", "daily budget", "budget"}), false},
        // Ads Manager's "Budget" holds a daily or a lifetime budget; its
        // "Budget type" says which.
        {QStringLiteral("budget_type"), tr("Budget type"), headerAliases({"budget type", "budget_type"}), false},
        {QStringLiteral("start_date"), tr("Start date"), headerAliases({"start_date", "start date", "starts", "start time"}), false},
        {QStringLiteral("end_date"), tr("End date"), headerAliases({"end_date", "end date", "ends", "stop time"}), false},
    };
}

void CampaignListImporter::reset()
{
    m_rows.clear();
    m_lines.clear();
}

std::optional<QString> CampaignListImporter::readRow(const RowView &row, qint64 line)
{
    Campaign c;
    c.id = row.text(QStringLiteral("id")).trimmed();
    if (c.id.isEmpty())
        return tr("the campaign id is empty");
    if (const QString rounded = row.roundedIdentifier(QStringLiteral("id"), c.id); !rounded.isEmpty())
        return rounded;
    c.name = row.text(QStringLiteral("name")).trimmed();
    if (c.name.isEmpty())
        c.name = c.id;
    // The program's own keys, and the ad platforms' upper-case ones
    // (Meta: ACTIVE, PAUSED, ARCHIVED, DELETED).
    const QString statusText = row.text(QStringLiteral("status")).trimmed().toLower();
    auto status = Campaign::statusFromKey(statusText);
    if (!status && (statusText == u"archived" || statusText == u"deleted" || statusText == u"completed"))
        status = Campaign::Status::Ended;
    if (!status)
        return tr("status \"%1\" is not active, paused or ended (nor archived, deleted or completed)")
            .arg(row.text(QStringLiteral("status")));
    c.status = *status;
    if (row.has(QStringLiteral("product_id")))
        c.productId = row.text(QStringLiteral("product_id")).trimmed();
    c.platform = row.has(QStringLiteral("platform")) ? row.text(QStringLiteral("platform")).trimmed() : QString();
    if (c.platform.isEmpty())
        c.platform = QStringLiteral("imported");
    // Where the budget is. A lifetime budget stored as a daily one made
    // £1,500 for a whole campaign £1,500 a day (a walkthrough); "Using ad set
    // budget" (Meta's words when the budgets are on the ad sets) stopped the
    // whole file as "not an amount".
    const QString budgetType = row.has(QStringLiteral("budget_type")) ? row.text(QStringLiteral("budget_type")).trimmed().toLower() : QString();
    const QString budgetText = row.has(QStringLiteral("daily_budget")) ? row.text(QStringLiteral("daily_budget")).trimmed().toLower() : QString();
    bool budgetIsDaily = true;
    if (budgetText.contains(QLatin1String("ad set")) || budgetType.contains(QLatin1String("ad set"))) {
        c.budgetLocation = Campaign::BudgetLocation::AdSet;
        budgetIsDaily = false;
    } else if (budgetType == u"lifetime") {
        c.budgetLocation = Campaign::BudgetLocation::CampaignLifetime;
        budgetIsDaily = false;
    } else if (budgetType == u"daily") {
        c.budgetLocation = Campaign::BudgetLocation::CampaignDaily;
    } else if (!budgetType.isEmpty()) {
        return tr("column \"%1\": \"%2\" is not a budget type (Daily or Lifetime)")
            .arg(row.headerOf(QStringLiteral("budget_type")), row.text(QStringLiteral("budget_type")));
    }
    if (budgetIsDaily && row.has(QStringLiteral("daily_budget")) && !row.isEmpty(QStringLiteral("daily_budget"))) {
        const auto budget = row.money(QStringLiteral("daily_budget"));
        if (!budget)
            return row.error();
        if (budget->minor() < 0)
            return tr("column \"%1\": a negative daily budget (%2)").arg(row.headerOf(QStringLiteral("daily_budget")), budget->toString());
        c.dailyBudget = *budget;
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("start_date"), &c.startDate}, {QStringLiteral("end_date"), &c.endDate}}) {
        if (!row.has(key) || row.isEmpty(key))
            continue;
        const auto day = row.date(key);
        if (!day)
            return row.error();
        *target = *day;
    }
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return tr("it ends (%1) before it starts (%2)").arg(c.endDate.toString(Qt::ISODate), c.startDate.toString(Qt::ISODate));
    if (const auto seen = m_lines.constFind(c.id); seen != m_lines.cend())
        return tr("campaign %1 is already on line %2").arg(c.id).arg(*seen);
    m_lines.insert(c.id, line);
    m_rows.append(std::move(c));
    return std::nullopt;
}

Status CampaignListImporter::write(StoreWriter &writer, ImportReport &report, TaskContext *context)
{
    // A campaign advertises a product of the workspace's catalog: one that is
    // not there stops the import and says where, instead of a foreign key's
    // error (or a campaign silently without its product).
    QSqlQuery known(writer.database());
    known.prepare(QStringLiteral("SELECT 1 FROM products WHERE id = ?"));
    qint64 done = 0;
    for (const Campaign &c : std::as_const(m_rows)) {
        if (!c.productId.isEmpty()) {
            known.bindValue(0, c.productId);
            if (!known.exec())
                return Error{known.lastError().text(), QStringLiteral("products")};
            const bool found = known.next();
            known.finish();
            if (!found)
                return Error{tr("campaign %1 advertises product %2, which this workspace does not have: import the catalog "
                                "(or the daily sales) first")
                                 .arg(c.id, c.productId),
                             QStringLiteral("%1:%2").arg(report.file).arg(m_lines.value(c.id))};
        }
        if (Status s = writer.upsertCampaign(c); !s)
            return s;
        if (context && (++done & 0xFF) == 0 && context->isCancelled())
            return {};
    }
    report.written[QStringLiteral("campaigns")] = m_rows.size();
    return {};
}

} // namespace cp
