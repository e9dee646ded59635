// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-quality benchmark (issue 16): semi-synthetic recordings (the
// public shop's real daily sales, campaigns whose true effect the generator
// sets: agents/simulation/benchmarkrecordings.h), each replayed with "do
// nothing", the seed's rules and the shipped default policy, every
// recommendation approved (an operator who trusts the tool). Per run: the
// share of the incremental oracle's profit, incremental profit, wrong pauses,
// missed pauses and money lost to late decisions.
// Usage: bench_decisions [--write DIR] [--log] [--coverage] [--held-out] [scenario-id ...]
//   --coverage: how often the uplift's 90 % interval holds the true effect.
//   --log: the default policy's decisions, day by day.
//   --held-out: eight other draws instead (BenchmarkRecordings::heldOut):
//   what a default chosen on the six standard ones keeps elsewhere.
//   CP_BENCH_TRACE=<campaign id> with --coverage: that campaign's decision,
//   rule and uplift interval on every day.
//   --write DIR: also write each recording to DIR/<id>/ (File > Open
//   recording, or `campaign-pilot simulate --recording DIR/<id>`).
#include "agents/simulation/benchmarkrecordings.h"
#include "agents/simulation/simulationreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace cp;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString writeTo;
    const bool showLog = args.removeAll(QStringLiteral("--log")) > 0;
    const bool coverage = args.removeAll(QStringLiteral("--coverage")) > 0;
    const bool heldOut = args.removeAll(QStringLiteral("--held-out")) > 0;
    if (const int at = int(args.indexOf(QStringLiteral("--write"))); at >= 0 && at + 1 < args.size()) {
        writeTo = args.at(at + 1);
        args.remove(at, 2);
    }
    QList<BenchmarkScenario> scenarios;
    const QList<BenchmarkScenario> all = heldOut ? BenchmarkRecordings::heldOut()
                                                 : BenchmarkRecordings::standard() + QList<BenchmarkScenario>{BenchmarkRecordings::small()};
    for (const BenchmarkScenario &s : all)
        if (args.isEmpty() ? s.id != u"small" : args.contains(s.id))
            scenarios.append(s);
    if (scenarios.isEmpty()) {
        std::fprintf(stderr, "no such scenario\n");
        return 2;
    }
    // CP_BENCH_POLICY='{"gate_false_alarm_pct": 20}': also a variant of
    // the default with these fields (for tuning: its rows are "Variant").
    std::optional<Policy> variant;
    if (const QByteArray extra = qgetenv("CP_BENCH_POLICY"); !extra.isEmpty()) {
        QJsonObject o = QJsonDocument::fromJson(Policy{}.toJson()).object();
        const QJsonObject changes = QJsonDocument::fromJson(extra).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            o.insert(it.key(), it.value());
        auto parsed = Policy::fromJson(QJsonDocument(o).toJson(), QStringLiteral("CP_BENCH_POLICY"));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error().toString()));
            return 2;
        }
        variant = *parsed;
    }
    const QString dataDir = QStringLiteral(CP_PUBLIC_DATA_DIR);
    int failures = 0;
    std::printf("%-14s %-16s %9s %14s %9s %6s %6s %6s %12s %8s\n", "recording", "run", "incr.share", "incr.profit",
                "attr.share", "wrongP", "missP", "actions", "late loss", "paying/losing");
    for (const BenchmarkScenario &sc : scenarios) {
        QElapsedTimer t;
        t.start();
        auto content = BenchmarkRecordings::generate(dataDir, sc);
        if (!content) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(content.error().message));
            return 1;
        }
        if (!writeTo.isEmpty())
            if (Status s = Recording::write(QDir(writeTo).filePath(sc.id), *content); !s) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(s.error().message));
                return 1;
            }
        const SimulationData data = BenchmarkRecordings::toSimulationData(*content);
        if (coverage) {
            // The uplift's 90 % interval against the truth: every campaign on
            // every day, nothing approved (so the recorded truth holds).
            QHash<QString, QMap<QDate, qint64>> truth, sold;
            for (const CampaignDay &d : data.campaignDays)
                truth[d.campaignId][d.date] = d.trulyAddedUnits();
            QHash<QString, QString> productOf;
            for (const Campaign &c : data.campaigns)
                productOf.insert(c.id, c.productId);
            for (const ProductDay &d : data.productDays)
                sold[d.productId][d.date] = d.unitsSold;
            SimulationSettings settings{QStringLiteral("coverage"), sc.from, sc.to, variant.value_or(Policy{}), ApprovalMode{ApprovalMode::Kind::None, {}}, {}};
            int cases = 0, covered = 0, above = 0, below = 0;
            const QString trace = qEnvironmentVariable("CP_BENCH_TRACE");
            std::atomic_bool never{false};
            Simulator::run(data, settings, never, {}, [&](QDate day, const QList<Recommendation> &recs) {
                for (const Recommendation &r : recs) {
                    if (!trace.isEmpty() && trace == r.campaignId)
                        std::printf("TRACE %s %s %s uplift %.2f (%.2f to %.2f) units a day over %d days\n", qPrintable(day.toString(Qt::ISODate)),
                                    qPrintable(r.decision), qPrintable(r.rule), r.inputs.value(QStringLiteral("uplift_units_per_day")).toDouble(),
                                    r.inputs.value(QStringLiteral("uplift_low")).toDouble(), r.inputs.value(QStringLiteral("uplift_high")).toDouble(),
                                    r.inputs.value(QStringLiteral("uplift_window_days")).toInt());
                    const QJsonValue low = r.inputs.value(QStringLiteral("uplift_low")), high = r.inputs.value(QStringLiteral("uplift_high"));
                    const int days = r.inputs.value(QStringLiteral("uplift_window_days")).toInt();
                    if (!low.isDouble() || days <= 0 || !truth.contains(r.campaignId))
                        continue;
                    const auto &t = truth[r.campaignId];
                    qint64 units = 0;
                    for (auto it = t.lowerBound(day.addDays(-(days - 1))); it != t.end() && it.key() <= day; ++it)
                        units += it.value();
                    const double perDay = double(units) / days;
                    if (qEnvironmentVariableIsSet("CP_BENCH_BIAS")) {
                        const double cf = r.inputs.value(QStringLiteral("counterfactual_units_per_day")).toDouble();
                        const double est = r.inputs.value(QStringLiteral("uplift_units_per_day")).toDouble();
                        qint64 all = 0;
                        const auto &p = sold[productOf.value(r.campaignId)];
                        for (auto it = p.lowerBound(day.addDays(-(days - 1))); it != p.end() && it.key() <= day; ++it)
                            all += it.value();
                        const double organic = double(all - units) / days;
                        std::printf("BIAS %s %d %d %.4f %.2f %.2f %.2f %.2f cf %.2f organic %.2f ctl %d\n", qPrintable(r.campaignId), day.month(), days,
                                    cf > 0 ? (est - perDay) / cf : 0.0, est, perDay, low.toDouble(), high.toDouble(), cf, organic, r.inputs.value(QStringLiteral("comparable_products")).toInt());
                    }
                    ++cases;
                    if (perDay < low.toDouble())
                        ++below;
                    else if (perDay > high.toDouble())
                        ++above;
                    else
                        ++covered;
                }
            });
            std::printf("%-14s uplift 90 %% interval covers the truth in %.1f %% of %d campaign-days (truth below: %.1f %%, above: %.1f %%)\n",
                        qPrintable(sc.id), 100.0 * covered / std::max(1, cases), cases, 100.0 * below / std::max(1, cases),
                        100.0 * above / std::max(1, cases));
            continue;
        }
        Simulation::Request request;
        request.from = sc.from;
        request.to = sc.to;
        if (variant)
            request.policies.append({QStringLiteral("Variant"), *variant});
        std::atomic_bool cancel{false};
        const auto report = Simulation::simulate(data, request, cancel);
        if (!report) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sc.id), qPrintable(report.error().message));
            return 1;
        }
        const PolicyRun *byDefault = nullptr, *seed = nullptr, *nothing = nullptr;
        for (const PolicyRun &r : report->runs) {
            if (r.approval == u"-")
                continue;   // the attributed oracle: shown by its share
            const auto share = report->shareOfIncrementalOracle(r);
            const auto attributed = report->shareOfOracle(r);
            const DecisionQuality &q = r.quality;
            std::printf("%-14s %-16s %9s %14.2f %9s %6d %6d %6d %12.2f %4d/%d\n", qPrintable(sc.id), qPrintable(r.name.left(16)),
                        share ? qPrintable(QString::number(*share * 100, 'f', 1) + QLatin1Char('%')) : "n/a",
                        double(r.incrementalProfitMinor()) / 100.0,
                        attributed ? qPrintable(QString::number(*attributed * 100, 'f', 1) + QLatin1Char('%')) : "n/a",
                        q.wrongPauses, q.missedPauses, r.actions, double(q.lateLossMinor) / 100.0, q.payingCampaigns,
                        q.losingCampaigns);
            if (showLog && r.name == (qEnvironmentVariableIsSet("CP_BENCH_POLICY") ? u"Variant" : u"Default policy")) {
                for (auto it = r.decisions.begin(); it != r.decisions.end(); ++it)
                    std::printf("    %s: %d\n", qPrintable(it.key()), it.value());
                // Each recorded campaign's truth over the range, then what the policy did to it.
                QHash<QString, double> price;
                for (const Product &p : data.products)
                    price.insert(p.id, p.price ? p.price->toDouble() : 0.0);
                for (const Campaign &c : data.campaigns) {
                    double spend = 0, value = 0, attributed = 0;
                    for (const CampaignDay &d : data.campaignDays)
                        if (d.campaignId == c.id && d.date >= sc.from && d.date <= sc.to) {
                            spend += d.spend.toDouble();
                            value += double(d.trulyAddedUnits()) * price.value(c.productId) * report->model.marginPct / 100.0;
                            attributed += d.revenue.toDouble();
                        }
                    QStringList acts;
                    for (const QString &line : r.log)
                        if (line.endsWith(QLatin1Char(' ') + c.id))
                            acts << line.section(QLatin1Char(' '), 0, 1);
                    std::printf("    %s %s..%s spend %8.0f true value %8.0f (x%.2f) attributed ROAS %.2f  %s\n", qPrintable(c.id),
                                qPrintable(c.startDate.toString(QStringLiteral("MM-dd"))), qPrintable(c.endDate.toString(QStringLiteral("MM-dd"))),
                                spend, value, spend > 0 ? value / spend : 0.0, spend > 0 ? attributed / spend : 0.0, qPrintable(acts.join(QStringLiteral(", "))));
                }
            }
            if (r.approval == u"-incremental")
                continue;
            if (r.name == u"Default policy")
                byDefault = &r;
            else if (r.name == u"Seed rules")
                seed = &r;
            else if (r.approval == u"none")
                nothing = &r;
        }
        if (!byDefault || !seed || !nothing) {
            std::printf("%s: a run is missing\n", qPrintable(sc.id));
            return 1;
        }
        const auto share = report->shareOfIncrementalOracle(*byDefault);
        const bool ok = share && *share >= 0.8 && byDefault->recordedIncrementalProfitMinor() > nothing->recordedIncrementalProfitMinor()
                        && byDefault->recordedIncrementalProfitMinor() > seed->recordedIncrementalProfitMinor();
        failures += ok ? 0 : 1;
        std::printf("%-14s default: %s (>= 80 %% of the incremental oracle, beats do nothing and the seed's rules)  [%lld ms]\n",
                    qPrintable(sc.id), ok ? "MEETS" : "FAILS", static_cast<long long>(t.elapsed()));
    }
    std::printf("%d of %lld recordings where the default policy falls short\n", failures, static_cast<long long>(scenarios.size()));
    return 0;
}
