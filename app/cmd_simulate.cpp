// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot simulate: a recording replayed through the agents under
// one or more policies, with a report.
#include "commands.h"
#include "cliio.h"

#include "agents/simulation/simulationreport.h"
#include "models/money.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <atomic>

namespace cp {

int runSimulate(const CommandLine &cl)
{
    auto fail = [](const Error &e, int code) {
        err() << CommandLine::tr("error: %1").arg(e.toString()) << Qt::endl;
        return code;
    };
    Simulation::Request request;
    request.from = QDate::fromString(cl.from, Qt::ISODate);
    request.to = QDate::fromString(cl.to, Qt::ISODate);
    if (!request.from.isValid())
        return fail({CommandLine::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cl.from), QStringLiteral("--from")}, 2);
    if (!request.to.isValid())
        return fail({CommandLine::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cl.to), QStringLiteral("--to")}, 2);
    auto approval = ApprovalMode::parse(cl.approve);
    if (!approval)
        return fail(approval.error(), 2);
    request.approval = *approval;
    QStringList given;
    for (const QString &p : cl.policies) {
        if (p == u"seed" || p == u"default")
            continue;   // the report always runs these: naming them again would list them twice
        // The same file twice would be two rows of one policy.
        if (const QString path = QFileInfo(p).absoluteFilePath(); given.contains(path))
            return fail({CommandLine::tr("given twice: each policy file is simulated once"), p}, 2);
        else
            given << path;
        QFile f(p);
        if (!f.exists())
            return fail({CommandLine::tr("unknown policy: neither \"seed\", \"default\" nor a policy file"), p}, 2);
        if (!f.open(QIODevice::ReadOnly))
            return fail({f.errorString(), p}, 2);
        auto policy = Policy::fromJson(f.readAll(), p);
        if (!policy)
            return fail(policy.error(), 2);
        request.policies.append({QFileInfo(p).completeBaseName(), *policy});
    }
    // One model for the whole report: the seed's rules and both oracles run
    // under a policy file's simulation_* fields too, so say whose they are.
    if (Status s = request.takeModelFromPolicies(); !s)
        return fail(s.error(), 2);
    const QString suffix = QFileInfo(cl.report).suffix().toLower();
    if (suffix != u"html" && suffix != u"json" && suffix != u"csv")
        return fail({CommandLine::tr("the report must end in .html, .json or .csv"), cl.report}, 2);

    // The recording is replayed from its own replay workspace, which also
    // keeps the saved run; a live workspace is never loaded over.
    auto sdb = openStore(cl);
    if (!sdb)
        return fail(sdb.error(), 2);
    auto data = SimulationData::fromStore(sdb->connection());
    if (!data) {
        sdb->closeThreadConnection();
        return fail(data.error(), 2);
    }
    if (Status s = Simulation::check(*data, request); !s)
        return fail(s.error(), 2);
    // Days the recording does not hold would be simulated as days of no
    // figures: a new campaign "earning" on them inflated a policy's result
    // (--to 2030-12-09 on the demo: 6,979 days, profit ×3). The window's
    // date fields keep within the recording; so does the command line.
    if (request.from < data->first || request.to > data->last) {
        sdb->closeThreadConnection();
        return fail({CommandLine::tr("%1 – %2 runs past the recording's days (%3 – %4): give dates within them")
                         .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate), data->first.toString(Qt::ISODate),
                              data->last.toString(Qt::ISODate)),
                     QStringLiteral("--from/--to")},
                    2);
    }
    if (!request.modelSource.isEmpty())
        out() << CommandLine::tr("the simulation's model is %1's (elasticity %2, new-campaign pacing %3, oracle budget up to %4×): "
                                 "every policy of this report, the oracles too, runs under it")
                     .arg(request.modelSource)
                     .arg(request.model.elasticity)
                     .arg(request.model.newCampaignPacing)
                     .arg(request.model.oracleMaxBudgetFactor)
              << Qt::endl;
    std::atomic_bool cancel{false};
    auto result = Simulation::simulate(*data, request, cancel);
    if (!result)
        return fail(result.error(), 1);
    if (Status s = result->write(cl.report); !s)
        return fail(s.error(), 1);
    if (auto id = Simulation::save(sdb->connection(), *result))
        out() << CommandLine::tr("saved as simulation #%1 in %2").arg(*id).arg(sdb->path()) << Qt::endl;
    sdb->closeThreadConnection();
    for (const PolicyRun &r : result->runs) {
        const auto share = result->shareOfOracle(r);
        out() << CommandLine::tr("%1 (%2): spend %3, revenue %4, profit %5 (new campaigns %6), %n action(s)%7", nullptr, r.actions)
                     .arg(r.name, r.approvalShown(), formatAmount(Money::fromMinor(r.spendMinor())), formatAmount(Money::fromMinor(r.revenueMinor())),
                          formatAmount(Money::fromMinor(r.profitMinor())),
                          formatAmount(Money::fromMinor(r.profitMinor() - r.recordedProfitMinor())))
                     .arg(share ? CommandLine::tr(", recorded campaigns %1 % of the oracle's")
                                      .arg(QLocale().toString(*share * 100, 'f', 1))
                                : QString())
              << Qt::endl;
        const auto incrementalShare = result->shareOfIncrementalOracle(r);
        out() << "    "
              << CommandLine::tr("incremental profit %1 (recorded campaigns %2%3); wrong pauses %4, missed pauses %5, late-decision loss %6")
                     .arg(formatAmount(Money::fromMinor(r.incrementalProfitMinor())),
                          formatAmount(Money::fromMinor(r.recordedIncrementalProfitMinor())),
                          incrementalShare ? CommandLine::tr(", %1 % of the incremental oracle's")
                                                 .arg(QLocale().toString(*incrementalShare * 100, 'f', 1))
                                           : QString())
                     .arg(r.quality.wrongPauses)
                     .arg(r.quality.missedPauses)
                     .arg(formatAmount(Money::fromMinor(r.quality.lateLossMinor)))
              << Qt::endl;
    }
    if (const QString why = result->whyNoShare(); !why.isEmpty())
        out() << CommandLine::tr("share of the oracle's profit: n/a (%1)").arg(why) << Qt::endl;
    if (const QString why = result->whyNoIncrementalShare(); !why.isEmpty())
        out() << CommandLine::tr("share of the incremental oracle's profit: n/a (%1)").arg(why) << Qt::endl;
    if (!result->runs.isEmpty() && !result->runs.first().quality.truthKnown)
        out() << CommandLine::tr("the recording states no true incremental units: every attributed conversion counts as incremental")
              << Qt::endl;
    out() << CommandLine::tr("report written to %1").arg(cl.report) << Qt::endl;
    return 0;
}

} // namespace cp
