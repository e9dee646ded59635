// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationreport.h"

#include "models/csvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <thread>

namespace cp {

namespace {
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(SimulationReport)
};
QString money(qint64 minor) { return Money::fromMinor(minor).toString(); }
// ROAS as the trade reads it: revenue ÷ spend, a multiple; a number in the
// JSON and the CSV ("numbers stay numbers"), "0.97×" in the HTML.
QString roasNumber(const PolicyRun &r)
{
    return r.spendMinor() > 0 ? QString::number(double(r.revenueMinor()) / double(r.spendMinor()), 'f', 2) : QString();
}
QString roas(const PolicyRun &r)
{
    const QString n = roasNumber(r);
    return n.isEmpty() ? n : n + QStringLiteral("×");
}
} // namespace

const PolicyRun *SimulationReport::oracle() const
{
    for (const PolicyRun &r : runs)
        if (r.approval == u"-")
            return &r;
    return nullptr;
}

namespace {
QString whyNoShareOf(const PolicyRun *o, qint64 profit)
{
    if (!o)
        return ReportText::tr("no hindsight oracle in this simulation");
    // The oracle named as the report names it: the incremental one's profit
    // is another figure than the attributed one's.
    if (profit <= 0)
        return ReportText::tr("%1 made no profit (%2)").arg(o->name, money(profit));
    if (profit * 100 < o->spendMinor())
        return ReportText::tr("the profit of %1 (%2) is under 1 % of its spend (%3): too small to divide by")
            .arg(o->name, money(profit), money(o->spendMinor()));
    return {};
}
} // namespace

QString SimulationReport::whyNoShare() const
{
    const PolicyRun *o = oracle();
    return whyNoShareOf(o, o ? o->profitMinor() : 0);
}

std::optional<double> SimulationReport::shareOfOracle(const PolicyRun &run) const
{
    if (!whyNoShare().isEmpty())
        return std::nullopt;
    return double(run.recordedProfitMinor()) / double(oracle()->profitMinor());
}

const PolicyRun *SimulationReport::incrementalOracle() const
{
    for (const PolicyRun &r : runs)
        if (r.approval == u"-incremental")
            return &r;
    return nullptr;
}

QString SimulationReport::whyNoIncrementalShare() const
{
    const PolicyRun *o = incrementalOracle();
    return whyNoShareOf(o, o ? o->incrementalProfitMinor() : 0);
}

std::optional<double> SimulationReport::shareOfIncrementalOracle(const PolicyRun &run) const
{
    if (!whyNoIncrementalShare().isEmpty())
        return std::nullopt;
    return double(run.recordedIncrementalProfitMinor()) / double(incrementalOracle()->incrementalProfitMinor());
}

QByteArray SimulationReport::toJson() const
{
    QJsonArray runsJson;
    for (const PolicyRun &r : runs) {
        QJsonArray days;
        for (const SimulatedDay &d : r.days)
            days.append(QJsonArray{d.date.toString(Qt::ISODate), double(d.spendMinor), double(d.revenueMinor), double(d.newSpendMinor),
                                   double(d.newRevenueMinor), double(d.incrementalValueMinor), double(d.newIncrementalValueMinor)});
        QJsonObject decisions;
        for (auto it = r.decisions.cbegin(); it != r.decisions.cend(); ++it)
            decisions.insert(it.key(), it.value());
        const auto share = shareOfOracle(r);
        const auto incrementalShare = shareOfIncrementalOracle(r);
        const DecisionQuality &q = r.quality;
        runsJson.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("approval"), r.approval},
                                    {QStringLiteral("spend"), money(r.spendMinor())},
                                    {QStringLiteral("revenue"), money(r.revenueMinor())},
                                    {QStringLiteral("profit"), money(r.profitMinor())},
                                    {QStringLiteral("profit_recorded_campaigns"), money(r.recordedProfitMinor())},
                                    {QStringLiteral("profit_new_campaigns"), money(r.profitMinor() - r.recordedProfitMinor())},
                                    {QStringLiteral("roas"), r.spendMinor() > 0 ? QJsonValue(roasNumber(r).toDouble()) : QJsonValue()},
                                    {QStringLiteral("actions"), r.actions},
                                    {QStringLiteral("share_of_oracle"), share ? QJsonValue(*share) : QJsonValue()},
                                    {QStringLiteral("incremental_profit"), money(r.incrementalProfitMinor())},
                                    {QStringLiteral("incremental_profit_recorded_campaigns"), money(r.recordedIncrementalProfitMinor())},
                                    {QStringLiteral("share_of_incremental_oracle"),
                                     incrementalShare ? QJsonValue(*incrementalShare) : QJsonValue()},
                                    {QStringLiteral("quality"), QJsonObject{{QStringLiteral("truth_known"), q.truthKnown},
                                                                            {QStringLiteral("paying_campaigns"), q.payingCampaigns},
                                                                            {QStringLiteral("losing_campaigns"), q.losingCampaigns},
                                                                            {QStringLiteral("wrong_pauses"), q.wrongPauses},
                                                                            {QStringLiteral("missed_pauses"), q.missedPauses},
                                                                            {QStringLiteral("late_loss"), money(q.lateLossMinor)}}},
                                    {QStringLiteral("decisions"), decisions},
                                    {QStringLiteral("log"), QJsonArray::fromStringList(r.log)},
                                    {QStringLiteral("days"), days}});
    }
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("campaign-pilot-simulation")},
                          {QStringLiteral("recording"), recordingId},
                          {QStringLiteral("workspace_kind"), QStringLiteral("replay")},   // a simulation only ever replays
                          {QStringLiteral("currency"), currency},
                          {QStringLiteral("from"), from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), to.toString(Qt::ISODate)},
                          {QStringLiteral("approval"), approval},
                          {QStringLiteral("share_of_oracle_na"), whyNoShare()},
                          {QStringLiteral("share_of_incremental_oracle_na"), whyNoIncrementalShare()},
                          {QStringLiteral("model"), QJsonObject{{QStringLiteral("elasticity"), model.elasticity},
                                                                {QStringLiteral("new_campaign_pacing"), model.newCampaignPacing},
                                                                {QStringLiteral("oracle_max_budget_factor"), model.oracleMaxBudgetFactor},
                                                                {QStringLiteral("margin_pct"), model.marginPct},
                                                                {QStringLiteral("judge_after_days"), model.judgeAfterDays},
                                                                {QStringLiteral("seed"), QString::number(model.seed)},
                                                                {QStringLiteral("from_policy_file"), modelSource}}},
                          {QStringLiteral("runs"), runsJson}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<SimulationReport> SimulationReport::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != u"campaign-pilot-simulation")
        return Error{ReportText::tr("not a saved simulation (%1)").arg(error.errorString()), where};
    const QJsonObject o = doc.object();
    SimulationReport r;
    r.recordingId = o.value(QStringLiteral("recording")).toString();
    r.currency = o.value(QStringLiteral("currency")).toString();
    r.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.approval = o.value(QStringLiteral("approval")).toString();
    const QJsonObject m = o.value(QStringLiteral("model")).toObject();
    r.model.elasticity = m.value(QStringLiteral("elasticity")).toDouble(r.model.elasticity);
    r.model.newCampaignPacing = m.value(QStringLiteral("new_campaign_pacing")).toDouble(r.model.newCampaignPacing);
    r.model.oracleMaxBudgetFactor = m.value(QStringLiteral("oracle_max_budget_factor")).toDouble(r.model.oracleMaxBudgetFactor);
    r.model.marginPct = m.value(QStringLiteral("margin_pct")).toDouble(r.model.marginPct);
    r.model.judgeAfterDays = m.value(QStringLiteral("judge_after_days")).toInt(r.model.judgeAfterDays);
    r.model.seed = m.value(QStringLiteral("seed")).toString().toULongLong();
    r.modelSource = m.value(QStringLiteral("from_policy_file")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("runs")).toArray()) {
        const QJsonObject ro = v.toObject();
        PolicyRun run;
        run.name = ro.value(QStringLiteral("name")).toString();
        run.approval = ro.value(QStringLiteral("approval")).toString();
        run.actions = ro.value(QStringLiteral("actions")).toInt();
        const QJsonObject decisions = ro.value(QStringLiteral("decisions")).toObject();
        for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it)
            run.decisions.insert(it.key(), it->toInt());
        for (const QJsonValue &l : ro.value(QStringLiteral("log")).toArray())
            run.log << l.toString();
        for (const QJsonValue &dv : ro.value(QStringLiteral("days")).toArray()) {
            const QJsonArray d = dv.toArray();
            // Reports saved before issue 16 have no incremental figures (0).
            run.days.append({QDate::fromString(d.at(0).toString(), Qt::ISODate), qint64(d.at(1).toDouble()), qint64(d.at(2).toDouble()),
                             qint64(d.at(3).toDouble()), qint64(d.at(4).toDouble()), qint64(d.at(5).toDouble()),
                             qint64(d.at(6).toDouble())});
        }
        const QJsonObject q = ro.value(QStringLiteral("quality")).toObject();
        run.quality.truthKnown = q.value(QStringLiteral("truth_known")).toBool();
        run.quality.payingCampaigns = q.value(QStringLiteral("paying_campaigns")).toInt();
        run.quality.losingCampaigns = q.value(QStringLiteral("losing_campaigns")).toInt();
        run.quality.wrongPauses = q.value(QStringLiteral("wrong_pauses")).toInt();
        run.quality.missedPauses = q.value(QStringLiteral("missed_pauses")).toInt();
        if (const auto late = Money::parse(q.value(QStringLiteral("late_loss")).toString()); late)
            run.quality.lateLossMinor = late->minor();
        r.runs.append(run);
    }
    return r;
}

QByteArray SimulationReport::toCsv() const
{
    QByteArray out = csvRecord({QStringLiteral("policy"), QStringLiteral("approval"), QStringLiteral("spend"), QStringLiteral("revenue"),
                                QStringLiteral("profit"), QStringLiteral("profit_new_campaigns"), QStringLiteral("roas"),
                                QStringLiteral("actions"), QStringLiteral("share_of_oracle"), QStringLiteral("incremental_profit"),
                                QStringLiteral("incremental_profit_recorded_campaigns"),
                                QStringLiteral("share_of_incremental_oracle"), QStringLiteral("wrong_pauses"),
                                QStringLiteral("missed_pauses"), QStringLiteral("late_loss"), QStringLiteral("currency"),
                                QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("recording")});
    // Each row says what its amounts are in and what they cover: a CSV is
    // read on its own, away from the report it came from.
    for (const PolicyRun &r : runs) {
        const auto share = shareOfOracle(r);
        const auto incrementalShare = shareOfIncrementalOracle(r);
        out += csvRecord({r.name, r.approvalShown(), money(r.spendMinor()), money(r.revenueMinor()), money(r.profitMinor()),
                          money(r.profitMinor() - r.recordedProfitMinor()), roasNumber(r), QString::number(r.actions),
                          share ? QString::number(*share, 'f', 4) : QString(), money(r.incrementalProfitMinor()),
                          money(r.recordedIncrementalProfitMinor()),
                          incrementalShare ? QString::number(*incrementalShare, 'f', 4) : QString(),
                          QString::number(r.quality.wrongPauses), QString::number(r.quality.missedPauses),
                          money(r.quality.lateLossMinor), currency, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                          recordingId});
    }
    return out;
}

QByteArray SimulationReport::toHtml() const
{
    // Cumulative incremental profit per run (what the policy is judged on),
    // as an inline SVG polyline chart.
    const int w = 900, h = 360, left = 70, bottom = 30;
    qint64 lo = 0, hi = 1;
    QList<QList<qint64>> cumulative;
    for (const PolicyRun &r : runs) {
        QList<qint64> c;
        qint64 sum = 0;
        for (const SimulatedDay &d : r.days) {
            sum += d.incrementalProfitMinor();
            c << sum;
            lo = std::min(lo, sum);
            hi = std::max(hi, sum);
        }
        cumulative << c;
    }
    const QStringList colours{QStringLiteral("#77767b"), QStringLiteral("#3584e4"), QStringLiteral("#26a269"),
                              QStringLiteral("#e66100"), QStringLiteral("#9141ac"), QStringLiteral("#c01c28")};
    const int days = runs.isEmpty() ? 1 : std::max<int>(1, int(runs.first().days.size()) - 1);
    auto y = [&](qint64 v) { return double(h - bottom) - double(v - lo) / double(hi - lo) * double(h - bottom - 10); };
    QString svg = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='%1' height='%2' role='img' aria-label='%3'>")
                      .arg(w).arg(h).arg(ReportText::tr("Cumulative incremental profit per policy"));
    svg += QStringLiteral("<line x1='%1' y1='%2' x2='%3' y2='%2' stroke='#999'/>").arg(left).arg(y(0)).arg(w - 10);
    svg += QStringLiteral("<text x='5' y='%1' font-size='11'>%2</text>").arg(y(hi) + 10).arg(money(hi).toHtmlEscaped());
    svg += QStringLiteral("<text x='5' y='%1' font-size='11'>%2</text>").arg(y(lo)).arg(money(lo).toHtmlEscaped());
    svg += QStringLiteral("<text x='%1' y='%2' font-size='11'>%3</text>").arg(left).arg(h - 8).arg(from.toString(Qt::ISODate));
    svg += QStringLiteral("<text x='%1' y='%2' font-size='11' text-anchor='end'>%3</text>").arg(w - 10).arg(h - 8).arg(to.toString(Qt::ISODate));
    for (qsizetype i = 0; i < cumulative.size(); ++i) {
        QStringList pts;
        for (qsizetype d = 0; d < cumulative[i].size(); ++d)
            pts << QStringLiteral("%1,%2").arg(left + double(d) / days * (w - left - 10), 0, 'f', 1).arg(y(cumulative[i][d]), 0, 'f', 1);
        svg += QStringLiteral("<polyline fill='none' stroke='%1' stroke-width='2' points='%2'/>")
                   .arg(colours[i % colours.size()], pts.join(QLatin1Char(' ')));
    }
    svg += QStringLiteral("</svg>");

    QString rows;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const PolicyRun &r = runs[i];
        const auto share = shareOfOracle(r);
        const auto incrementalShare = shareOfIncrementalOracle(r);
        rows += QStringLiteral("<tr><td><span style='color:%1'>■</span> %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td><td>%9</td>")
                    .arg(colours[i % colours.size()], r.name.toHtmlEscaped(), r.approvalShown().toHtmlEscaped(), money(r.spendMinor()),
                         money(r.revenueMinor()), money(r.profitMinor()) + QStringLiteral(" (%1 new)").arg(money(r.profitMinor() - r.recordedProfitMinor())), roas(r))
                    .arg(r.actions)
                    .arg(share ? QStringLiteral("%1 %").arg(*share * 100, 0, 'f', 1) : ReportText::tr("n/a"));
        rows += QStringLiteral("<td>%1</td><td>%2</td><td>%3 / %4</td><td>%5</td></tr>")
                    .arg(money(r.incrementalProfitMinor())
                             + QStringLiteral(" (%1)").arg(ReportText::tr("recorded campaigns %1").arg(money(r.recordedIncrementalProfitMinor()))),
                         incrementalShare ? QStringLiteral("%1 %").arg(*incrementalShare * 100, 0, 'f', 1) : ReportText::tr("n/a"))
                    .arg(r.quality.wrongPauses)
                    .arg(r.quality.missedPauses)
                    .arg(money(r.quality.lateLossMinor));
    }
    if (const QString why = whyNoShare(); !why.isEmpty())
        rows += QStringLiteral("<tr><td colspan='13'><small>%1</small></td></tr>").arg(ReportText::tr("Share of oracle profit n/a: %1").arg(why).toHtmlEscaped());
    if (const QString why = whyNoIncrementalShare(); !why.isEmpty())
        rows += QStringLiteral("<tr><td colspan='13'><small>%1</small></td></tr>")
                    .arg(ReportText::tr("Share of the incremental oracle's profit n/a: %1").arg(why).toHtmlEscaped());
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>%1</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;"
        "text-align:right}td:first-child,th:first-child,td:nth-child(2){text-align:left}</style></head><body>"
        "<h1>%1</h1><p>%2</p><table><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>ROAS</th><th>%8</th><th>%9</th>"
        "%14</tr>%10</table>"
        "<h2>%11</h2>%12<p><small>%13</small></p></body></html>")
        .arg(ReportText::tr("Simulation of %1, %2 – %3").arg(recordingId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)).toHtmlEscaped(),
             ReportText::tr("Replay workspace (offline): nothing in this report was sent to any platform. Approval mode: %1. "
                            "Money in %2.").arg(approval, currency).toHtmlEscaped(), ReportText::tr("Policy"),
             ReportText::tr("Approval"), ReportText::tr("Spend"), ReportText::tr("Revenue"), ReportText::tr("Profit"),
             ReportText::tr("Actions"), ReportText::tr("Share of oracle profit (recorded campaigns)"))
        .arg(rows, ReportText::tr("Cumulative incremental profit"), svg,
             ReportText::tr("Counterfactual model: pause = no spend and no attributed revenue; budget × k = spend × k, revenue × k^%1; "
                            "new campaigns draw CPC and conversion rate from the recording's campaigns (seed %2). Profit = revenue − spend.")
                 .arg(model.elasticity)
                 .arg(model.seed)
                 .toHtmlEscaped()
             + (modelSource.isEmpty() ? QString()
                                      : QLatin1Char(' ') + ReportText::tr("The model's fields are %1's: every policy in this report ran under them.")
                                                               .arg(modelSource)
                                                               .toHtmlEscaped())
             + QLatin1Char(' ')
             + ReportText::tr("Incremental profit = the units the ads truly added (the recording's ground truth where it has one, "
                              "else every attributed conversion) × price × %1 % margin − spend. Wrong pauses: campaigns that truly "
                              "paid for themselves, paused; missed pauses: campaigns that truly lost money, still running at the end; "
                              "late-decision loss: what those lost after their first %2 days.")
                   .arg(model.marginPct)
                   .arg(model.judgeAfterDays)
                   .toHtmlEscaped(),
             QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
                 .arg(ReportText::tr("Incremental profit"), ReportText::tr("Share of the incremental oracle (recorded campaigns)"),
                      ReportText::tr("Wrong / missed pauses"), ReportText::tr("Late-decision loss")));
    return html.toUtf8();
}

Status SimulationReport::write(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"html" || suffix == u"htm")
        bytes = toHtml();
    else if (suffix == u"json")
        bytes = toJson();
    else if (suffix == u"csv")
        bytes = toCsv();
    else
        return Error{ReportText::tr("the report must end in .html, .json or .csv"), path};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ReportText::tr("cannot write: %1").arg(file.errorString()), path};
    return {};
}

namespace Simulation {

CounterfactualModel Request::modelFrom(const Policy &policy)
{
    CounterfactualModel m;
    m.elasticity = policy.simulationElasticity;
    m.newCampaignPacing = policy.simulationNewCampaignPacing;
    m.oracleMaxBudgetFactor = policy.simulationOracleMaxBudgetFactor;
    return m;
}

Status Request::takeModelFromPolicies()
{
    const CounterfactualModel defaults = modelFrom(Policy{});
    auto same = [](const CounterfactualModel &a, const CounterfactualModel &b) {
        return a.elasticity == b.elasticity && a.newCampaignPacing == b.newCampaignPacing
               && a.oracleMaxBudgetFactor == b.oracleMaxBudgetFactor;
    };
    auto describe = [](const CounterfactualModel &m) {
        return ReportText::tr("simulation_elasticity %1, simulation_new_campaign_pacing %2, simulation_oracle_max_budget_factor %3")
            .arg(m.elasticity)
            .arg(m.newCampaignPacing)
            .arg(m.oracleMaxBudgetFactor);
    };
    CounterfactualModel chosen = defaults;
    QString from;
    for (const auto &[name, policy] : policies) {
        const CounterfactualModel m = modelFrom(policy);
        if (same(m, defaults) || same(m, chosen))
            continue;
        if (!from.isEmpty())
            return Error{ReportText::tr("%1 sets the simulation's model to %2, and %3 to %4: one report runs every policy under "
                                        "one model; give the same simulation_* fields in both, or simulate them apart")
                             .arg(from, describe(chosen), name, describe(m)),
                         name};
        chosen = m;
        from = name;
    }
    model = chosen;
    modelSource = from;
    return {};
}

Status check(const SimulationData &data, const Request &request)
{
    if (!request.from.isValid() || !request.to.isValid())
        return Error{ReportText::tr("give both dates as YYYY-MM-DD"), QStringLiteral("--from/--to")};
    if (request.to < request.from)
        return Error{ReportText::tr("the date range %1 – %2 is empty").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)),
                     QStringLiteral("--from/--to")};
    if (!data.first.isValid())
        return Error{ReportText::tr("the recording has no daily figures"), QStringLiteral("recording")};
    if (request.from > data.last || request.to < data.first)
        return Error{ReportText::tr("%1 – %2 is outside the recording (%3 – %4)")
                         .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate), data.first.toString(Qt::ISODate),
                              data.last.toString(Qt::ISODate)),
                     QStringLiteral("--from/--to")};
    return {};   // the seed's rules are always compared: no policy of the request's own is needed
}

Result<SimulationReport> simulate(const SimulationData &data, const Request &request, const std::atomic_bool &cancel,
                                  const std::function<void(int, int)> &progress)
{
    if (Status s = check(data, request); !s)
        return s.error();
    SimulationReport report;
    report.recordingId = data.recordingId;
    report.currency = data.currency;
    report.from = request.from;
    report.to = request.to;
    report.approval = request.approval.describe();
    report.model = request.model;
    report.modelSource = request.modelSource;
    report.runs.append(Simulator::doNothing(data, request.from, request.to, request.model));
    // Always compared: the seed's rules and the shipped default (issue 16),
    // then the policies asked for.
    QList<QPair<QString, Policy>> policies{{ReportText::tr("Seed rules"), Policy::seedRules()},
                                           {ReportText::tr("Default policy"), Policy{}}};
    policies += request.policies;
    // Every run of a report named apart: a file called "Default policy.json"
    // read as a second "Default policy" row.
    QStringList taken{report.runs.first().name, QCoreApplication::translate("Simulation", "Hindsight oracle"),
                      QCoreApplication::translate("Simulation", "Hindsight oracle (incremental)")};
    for (auto &[name, policy] : policies) {
        const QString base = name;
        for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        taken << name;
    }
    const int days = int(request.from.daysTo(request.to)) + 1;
    const int total = days * int(policies.size());
    // Independent policies on separate threads; each run only reads `data`.
    // Progress is the sum of the runs' days, reported by one thread at a time.
    QList<PolicyRun> runs(policies.size());
    std::vector<int> done(size_t(policies.size()), 0);
    std::mutex progressLock;
    std::atomic_int next{0};
    const auto work = [&] {
        for (int i = next++; i < int(policies.size()); i = next++) {
            SimulationSettings settings{policies[i].first, request.from, request.to, policies[i].second, request.approval, request.model};
            runs[i] = Simulator::run(data, settings, cancel, [&, i](int d, int) {
                if (!progress)
                    return;
                const std::lock_guard lock(progressLock);
                done[size_t(i)] = d;
                progress(std::accumulate(done.begin(), done.end(), 0), total);
            });
        }
    };
    const int threads = std::clamp(request.threads > 0 ? request.threads : QThread::idealThreadCount(), 1, int(policies.size()));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &w : workers)
        w.join();
    for (const PolicyRun &run : std::as_const(runs)) {
        if (run.cancelled)
            return Error{ReportText::tr("cancelled"), QStringLiteral("simulation")};
        report.runs.append(run);
    }
    report.runs.append(Simulator::oracle(data, request.from, request.to, request.model));
    report.runs.append(Simulator::oracle(data, request.from, request.to, request.model, true));
    return report;
}

Result<qint64> save(QSqlDatabase db, const SimulationReport &report)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO simulation_runs (created_at, recording_id, date_from, date_to, title, report_json) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    QStringList names;
    for (const PolicyRun &r : report.runs)
        names << r.name;
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(report.recordingId.isNull() ? QStringLiteral("") : report.recordingId);
    q.addBindValue(report.from.toString(Qt::ISODate));
    q.addBindValue(report.to.toString(Qt::ISODate));
    q.addBindValue(QStringLiteral("%1 – %2: %3").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
                                                      names.join(QStringLiteral(", "))));
    q.addBindValue(QString::fromUtf8(report.toJson()));
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("simulation_runs")};
    // RETURNING (SQLite 3.35, PostgreSQL): QPSQL's lastInsertId() is an OID.
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<QPair<qint64, QString>>> savedRuns(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, created_at, title FROM simulation_runs ORDER BY id DESC")))
        return Error{q.lastError().text(), QStringLiteral("simulation_runs")};
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), QStringLiteral("#%1 %2").arg(q.value(0).toLongLong()).arg(q.value(2).toString())});
    return out;
}

Result<SimulationReport> load(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT report_json FROM simulation_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text(), QStringLiteral("simulation_runs")};
    if (!q.next())
        return Error{ReportText::tr("no saved simulation %1").arg(id), QStringLiteral("simulation_runs")};
    auto r = SimulationReport::fromJson(q.value(0).toString().toUtf8(), QStringLiteral("simulation_runs #%1").arg(id));
    if (r)
        r.value().savedId = id;
    return r;
}

} // namespace Simulation
} // namespace cp
