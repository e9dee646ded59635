// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "cliio.h"
#include "commands.h"

#include "agents/import/importer.h"
#include "agents/station/station.h"
#include "ui/charts/chartexport.h"
#include "models/money.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QUrl>

namespace cp {

QLocale CommandLine::localeFor(const QString &language, const QLocale &system)
{
    const QLocale asked(language);
    if (language.contains(u'_') || language.contains(u'-') || asked.language() == QLocale::C)
        return asked;
    if (system.language() == asked.language())
        return system;
    // Qt's locale data has English, German, Spanish… for many countries
    // (en_DE, es_US); QLocale falls back to another country when it has not.
    const QLocale regional(asked.language(), system.territory());
    if (system.territory() != QLocale::AnyTerritory && regional.language() == asked.language() && regional.territory() == system.territory())
        return regional;
    return asked;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Campaign Pilot: agents propose and evaluate ad campaigns; an operator approves every action.\n\n"
           "Commands (default: open the window):\n"
           "  import FILE...   import CSV files into the store (order lines, daily sales, catalog,\n"
           "                   WooCommerce products, Facebook ads, ad platform daily reports; detected\n"
           "                   from the header) [--importer ID] [--merge add|replace|stop] [--encoding NAME]\n"
           "                   [--currency CODE] (the amounts' currency, e.g. GBP)\n"
           "  make-demo        rebuild the bundled demo recording from shared/data/public\n"
           "  cycle            run the agents once and fill the decision queue (sends nothing)\n"
           "  send --approved  send what operators approved (never approves anything)\n"
           "  cycle --store KIND --store-url URL --platform KIND --platform-url URL\n"
           "                   first take a live snapshot (campaign-pilot-api|woocommerce; campaign-pilot-api|meta)\n"
           "  export-recording --out DIR   write the store (live snapshots included) as a recording\n"
           "  policy           print the policy in effect (the store's newest, or the shipped default) as JSON\n"
           "  workspace reidentify --database PATH\n"
           "                   give a copied workspace file an identity of its own (new connections)\n"
           "  queue list [--json] [--all]   the recommendations waiting for a decision (not snoozed)\n"
           "  queue approve ID...           approve (the window's rules and audit; send --approved sends)\n"
           "  queue reject ID --reason TEXT\n"
           "  queue snooze ID --until DATE  hide it from the queue until DATE (YYYY-MM-DD[THH:MM])\n"
           "  queue retry ID                a failed send: approved again, for send --approved\n"
           "  queue mark-applied ID         an unknown send you found applied on the platform: done\n"
           "  queue send-again ID           an unknown send you found not applied: approved again\n"
           "                   queue exit codes: 0 done, 1 failed, 2 bad arguments or workspace, 3 unknown id,\n"
           "                   4 already decided (who and when on stderr), 5 not permitted (expired, superseded,\n"
           "                   a guardrail, a team viewer); with several ids, the first refusal's code\n"
           "                   [--operator NAME] (default: the window's operator name, else $USER; in a team\n"
           "                   workspace always the role you logged in with)\n"
           "  station --database PATH|URL [--every 1h] [--once]\n"
           "                   the headless agent station: a live snapshot (live workspace, connected), a cycle and\n"
           "                   sending what operators approved, at once and then every DURATION (s, m, h, d; at least\n"
           "                   1m) until SIGTERM; one station per workspace. Logs to stderr with journald priorities.\n"
           "                   station exit codes: 0 stopped (--once: the round went well), 1 a round failed (--once),\n"
           "                   2 bad arguments, workspace or credentials (a team workspace's station runs as its owner\n"
           "                   or an admin), 4 another station runs on this workspace\n"
           "  audit verify     check the audit log's hash chain: 0 intact, 1 the first entry that does not match\n"
           "  stop             the workspace's emergency stop, as the window's button: no cycle runs and nothing is sent\n"
           "                   (here, in every window and station) until an operator resumes\n"
           "  resume [--operator NAME]   lift the emergency stop (audited under the name)\n"
           "  team add --database URL --role viewer|operator|admin NAME\n"
           "                   add a member to a team workspace (PostgreSQL): a login role of their own; the password\n"
           "                   is read from standard input (asked for on a terminal), never an argument. Admins only.\n"
           "  team list --database URL       the team's members and their roles\n"
           "  team remove --database URL NAME   take a member out of the team (admins only)\n"
           "                   team exit codes: 0 done, 1 the server refused, 2 bad arguments or workspace\n"
           "  export-chart     render a chart offscreen: --campaign ID|--product ID|--category NAME\n"
           "                   --kind performance|before-during --out FILE.png|FILE.csv [--size WxH]\n"
           "  simulate         replay a recording through the agents: --recording R --from D --to D\n"
           "                   --policy seed|default|FILE [--policy ...] --report FILE.html|.json|.csv [--approve all|none|DECISIONS]"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      CommandLine::tr("The workspace (SQLite file) to open as it is; a new path creates a live workspace."),
                                      CommandLine::tr("PATH"));
    const QCommandLineOption recording(QStringLiteral("recording"),
                                       CommandLine::tr("Open a recording (a folder with manifest.json, or \"demo\") in its own replay "
                                                       "workspace (never in a live one)."),
                                       CommandLine::tr("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), CommandLine::tr("User interface language, e.g. de or en."), CommandLine::tr("CODE"));
    const QCommandLineOption importer(QStringLiteral("importer"),
                                      CommandLine::tr("import: the importer to use (%1); default: detected from the header.")
                                          .arg(importerIds().join(QStringLiteral(", "))),
                                      CommandLine::tr("ID"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
                                  CommandLine::tr("import: skip and count bad rows instead of stopping at the first one."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CommandLine::tr("import: the files' text encoding when it is not UTF-8 or UTF-16 with a "
                                                      "byte-order mark: latin1 or windows-1252."),
                                      CommandLine::tr("NAME"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      CommandLine::tr("import: the currency of the files' amounts (ISO 4217, e.g. GBP): a "
                                                      "workspace without one takes it; one in another currency refuses the files. "
                                                      "export-recording: the currency of a workspace that has none yet."),
                                      CommandLine::tr("CODE"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       CommandLine::tr("import: the order of slash dates (01/11/2011): mdy (month/day/year) or dmy "
                                                       "(day/month/year). Default: month first, and a file whose slash dates could be "
                                                       "either is refused."),
                                       CommandLine::tr("ORDER"));
    const QCommandLineOption merge(QStringLiteral("merge"),
                                   CommandLine::tr("import: what to do with days the store already has: add (sum the "
                                                   "figures; a file imported already is refused), replace (the file's product- or campaign-days "
                                                   "replace the store's; the day's others stay) or stop "
                                                   "(default: refuse the file and name the overlap)."),
                                   CommandLine::tr("MODE"), QStringLiteral("stop"));
    const QCommandLineOption source(QStringLiteral("source"), CommandLine::tr("make-demo: the public data folder."), CommandLine::tr("DIR"));
    const QCommandLineOption output(QStringLiteral("out"), CommandLine::tr("make-demo: where to write the recording."), CommandLine::tr("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("cycle: print the recommendations as JSON."));
    const QCommandLineOption approved(QStringLiteral("approved"), CommandLine::tr("send: send the approved actions."));
    const QCommandLineOption policy(QStringLiteral("policy"), CommandLine::tr("cycle: the policy (JSON) to apply. simulate: a policy to compare (seed, default or a JSON file; repeatable)."), CommandLine::tr("FILE"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), CommandLine::tr("send: the operator named in the audit log."),
                                          CommandLine::tr("NAME"));
    const QCommandLineOption campaign(QStringLiteral("campaign"), CommandLine::tr("export-chart: a campaign id."), CommandLine::tr("ID"));
    const QCommandLineOption product(QStringLiteral("product"), CommandLine::tr("export-chart: a product id."), CommandLine::tr("ID"));
    const QCommandLineOption category(QStringLiteral("category"), CommandLine::tr("export-chart: a category."), CommandLine::tr("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"), CommandLine::tr("export-chart: performance or before-during."),
                                  CommandLine::tr("KIND"), QStringLiteral("performance"));
    const QCommandLineOption size(QStringLiteral("size"), CommandLine::tr("export-chart: image size, e.g. 1200x700."),
                                  CommandLine::tr("WxH"), QStringLiteral("1200x700"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("simulate: first day (YYYY-MM-DD)."), CommandLine::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("simulate: last day (YYYY-MM-DD)."), CommandLine::tr("DATE"));
    const QCommandLineOption report(QStringLiteral("report"), CommandLine::tr("simulate: the report file (.html, .json or .csv)."),
                                    CommandLine::tr("FILE"));
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     CommandLine::tr("simulate: which recommendations the simulation approves: all, none, or "
                                                     "decisions such as PAUSE,EMERGENCY_PAUSE."),
                                     CommandLine::tr("MODE"), QStringLiteral("all"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      CommandLine::tr("cycle, send: the ad platform: recorded (default), campaign-pilot-api or meta. "
                                                      "Credentials come from the keychain or the environment "
                                                      "(CP_PLATFORM_TOKEN, CP_META_ACCESS_TOKEN)."),
                                      CommandLine::tr("NAME"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   CommandLine::tr("cycle: the live store: campaign-pilot-api or woocommerce (credentials: "
                                                   "keychain, or CP_STORE_TOKEN, CP_WC_CONSUMER_KEY and CP_WC_CONSUMER_SECRET)."),
                                   CommandLine::tr("NAME"));
    const QCommandLineOption storeUrl(QStringLiteral("store-url"), CommandLine::tr("cycle: the store's address (HTTPS)."),
                                      CommandLine::tr("URL"));
    const QCommandLineOption metaAccount(QStringLiteral("meta-account"), CommandLine::tr("cycle, send: the Meta ad account id (digits; needed with --platform meta)."),
                                         CommandLine::tr("ID"));
    const QCommandLineOption platformUrl(QStringLiteral("platform-url"), CommandLine::tr("cycle, send: the platform's address (HTTPS)."),
                                         CommandLine::tr("URL"));
    const QCommandLineOption reason(QStringLiteral("reason"), CommandLine::tr("queue reject: why (it goes into the audit log)."),
                                    CommandLine::tr("TEXT"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   CommandLine::tr("queue snooze: until when (YYYY-MM-DD: that day's start, local time; or "
                                                   "YYYY-MM-DDTHH:MM)."),
                                   CommandLine::tr("DATE"));
    const QCommandLineOption all(QStringLiteral("all"), CommandLine::tr("queue list: every recommendation, decided and snoozed ones too."));
    const QCommandLineOption every(QStringLiteral("every"),
                                   CommandLine::tr("station: the time between rounds, e.g. 15m, 1h or 1d (default 1h)."),
                                   CommandLine::tr("DURATION"), QStringLiteral("1h"));
    const QCommandLineOption once(QStringLiteral("once"), CommandLine::tr("station: one round, then exit (for cron and tests)."));
    const QCommandLineOption teamRole(QStringLiteral("role"), CommandLine::tr("team add: what the member may do: viewer, operator or admin."),
                                      CommandLine::tr("ROLE"));
    const QList<QCommandLineOption> options{help, version, database, recording, lang, importer, skip, encoding, currency, merge, dateOrder, source,
                                            output, json, approved, policy, operatorName, campaign, product, category, kind, size,
                                            from, to, report, approve, platform, platformUrl, store, storeUrl, metaAccount, reason,
                                            until, all, every, once, teamRole};
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("import | make-demo | cycle | send | queue | simulate | export-recording | export-chart | policy | workspace | "
                                                                  "audit | team | station (none: open the window)"),
                                 CommandLine::tr("[command]"));
    parser.addPositionalArgument(QStringLiteral("files"), CommandLine::tr("import: the CSV files"), CommandLine::tr("[files...]"));

    CommandLine cl;
    if (!parser.parse(arguments)) {
        cl.command = Command::Invalid;
        cl.message = parser.errorText();
        return cl;
    }
    // An option that takes a value, given an empty one (`--currency ""`, a
    // shell variable that was not set), is refused rather than read as not given.
    for (const QCommandLineOption &o : options) {
        if (o.valueName().isEmpty() || !parser.isSet(o))
            continue;
        for (const QString &v : parser.values(o)) {
            if (v.trimmed().isEmpty()) {
                cl.command = Command::Invalid;
                cl.message = CommandLine::tr("--%1 was given an empty value; give it a %2 or leave the option out")
                                 .arg(o.names().constLast(), o.valueName());
                return cl;
            }
        }
    }
    if (parser.isSet(lang)) {
        // QLocale takes an unknown code as the C locale; a language the program
        // has no translation for is shown in English (main.cpp says so).
        const QLocale asked(parser.value(lang));
        if (asked.language() == QLocale::C || asked.language() == QLocale::AnyLanguage) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("--lang \"%1\" is not a language code (e.g. de, en, es)").arg(parser.value(lang));
            return cl;
        }
    }
    if (parser.isSet(help)) {
        cl.command = Command::Help;
        cl.message = parser.helpText();
        return cl;
    }
    if (parser.isSet(version)) {
        cl.command = Command::Version;
        cl.message = QStringLiteral("campaign-pilot %1").arg(QStringLiteral(CP_VERSION));
        return cl;
    }
    cl.database = parser.value(database);
    cl.teamRole = parser.value(teamRole);
    cl.recording = parser.value(recording);
    cl.language = parser.value(lang);
    cl.importer = parser.value(importer);
    cl.encoding = parser.value(encoding);
    cl.currency = parser.value(currency).trimmed().toUpper();
    cl.merge = parser.value(merge);
    cl.dateOrder = parser.value(dateOrder);
    cl.skipBadRows = parser.isSet(skip);
    cl.source = parser.value(source);
    cl.output = parser.value(output);
    cl.json = parser.isSet(json);
    cl.policies = parser.values(policy);
    cl.from = parser.value(from);
    cl.to = parser.value(to);
    cl.report = parser.value(report);
    cl.approve = parser.value(approve);
    cl.platform = parser.value(platform);
    cl.platformUrl = parser.value(platformUrl);
    cl.store = parser.value(store);
    cl.storeUrl = parser.value(storeUrl);
    cl.metaAccount = parser.value(metaAccount);
    cl.campaign = parser.value(campaign);
    cl.product = parser.value(product);
    cl.category = parser.value(category);
    cl.kind = parser.value(kind);
    {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        cl.size = wh.size() == 2 ? QSize(wh[0].toInt(&okW), wh[1].toInt(&okH)) : QSize();
        if (!okW || !okH)
            cl.size = QSize();
    }
    cl.approved = parser.isSet(approved);
    cl.policy = parser.value(policy);
    cl.operatorName = parser.isSet(operatorName) ? parser.value(operatorName) : qEnvironmentVariable("USER", QStringLiteral("operator"));
    cl.operatorGiven = parser.isSet(operatorName);
    cl.reason = parser.value(reason);
    cl.until = parser.value(until);
    cl.all = parser.isSet(all);
    cl.every = parser.value(every);
    cl.once = parser.isSet(once);
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cl;
    const QString command = positional.takeFirst();
    if (command == u"import") {
        cl.command = Command::Import;
        cl.files = positional;
        if (cl.files.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: name at least one CSV file");
        } else if (!cl.encoding.isEmpty() && !textEncodingFromName(cl.encoding)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: unknown encoding \"%1\"; known: latin1, windows-1252").arg(cl.encoding);
        } else if (!cl.currency.isEmpty() && !isCurrencyCode(cl.currency)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: --currency \"%1\" is not a currency code (ISO 4217, three letters, e.g. GBP)")
                             .arg(cl.currency);
        } else if (!cl.dateOrder.isEmpty() && !dateOrderFromName(cl.dateOrder)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: unknown --date-order \"%1\"; known: mdy (month/day/year), dmy (day/month/year)")
                             .arg(cl.dateOrder);
        } else if (!mergeModeFromName(cl.merge)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: unknown --merge \"%1\"; known: add, replace, stop").arg(cl.merge);
        } else if (!cl.importer.isEmpty() && !importerIds().contains(cl.importer)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("import: unknown importer \"%1\"; known: %2").arg(cl.importer, importerIds().join(QStringLiteral(", ")));
        }
    } else if (command == u"make-demo") {
        cl.command = Command::MakeDemo;
        if (cl.source.isEmpty() || cl.output.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("make-demo: --source DIR and --out DIR are required");
        }
    } else if (command == u"cycle") {
        cl.command = Command::Cycle;
        if (!cl.store.isEmpty() && cl.store != u"campaign-pilot-api" && cl.store != u"woocommerce") {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("cycle: unknown store \"%1\" (campaign-pilot-api, woocommerce)").arg(cl.store);
        } else if (!cl.platform.isEmpty() && cl.platform != u"recorded" && cl.platform != u"campaign-pilot-api" && cl.platform != u"meta") {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("cycle: unknown platform \"%1\" (recorded, campaign-pilot-api, meta)").arg(cl.platform);
        } else if (!cl.store.isEmpty() && cl.storeUrl.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("cycle: --store-url URL is required with --store");
        } else if (cl.namesLivePlatform() && cl.platformUrl.isEmpty() && cl.platform != u"meta") {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("cycle: --platform-url URL is required with --platform %1").arg(cl.platform);
        } else if (!cl.recording.isEmpty() && (!cl.store.isEmpty() || cl.namesLivePlatform())) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("cycle: a recording and live connections do not mix; use one or the other");
        }
    } else if (command == u"export-recording") {
        cl.command = Command::ExportRecording;
        if (cl.output.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-recording: --out DIR is required");
        } else if (!cl.currency.isEmpty() && !isCurrencyCode(cl.currency)) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-recording: --currency \"%1\" is not a currency code (ISO 4217, three letters, e.g. GBP)")
                             .arg(cl.currency);
        }
    } else if (command == u"simulate") {
        cl.command = Command::Simulate;
        if (cl.recording.isEmpty() || cl.from.isEmpty() || cl.to.isEmpty() || cl.policies.isEmpty() || cl.report.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("simulate: --recording, --from, --to, --policy and --report are required");
        }
    } else if (command == u"export-chart") {
        cl.command = Command::ExportChart;
        const int targets = int(!cl.campaign.isEmpty()) + int(!cl.product.isEmpty()) + int(!cl.category.isEmpty());
        if (cl.output.isEmpty() || targets != 1) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-chart: --out FILE and exactly one of --campaign, --product, --category are required");
        } else if (cl.kind != u"performance" && cl.kind != u"before-during") {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-chart: --kind must be performance or before-during, not \"%1\"").arg(cl.kind);
        } else if (!cl.size.isValid()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-chart: --size must be WIDTHxHEIGHT, e.g. 1200x700");
        } else if (Status s = checkChartExport(cl.output, cl.size); !s) {
            // Bad arguments exit 2, before any workspace is opened (they exited 1 from the export).
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("export-chart: %1").arg(s.error().toString());
        }
    } else if (command == u"policy") {
        cl.command = Command::PrintPolicy;
    } else if (command == u"workspace") {
        cl.command = Command::Workspace;
        cl.subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
        if (cl.subcommand != u"reidentify") {
            cl.command = Command::Invalid;
            cl.message = cl.subcommand.isEmpty() ? CommandLine::tr("workspace: name what to do: reidentify")
                                                 : CommandLine::tr("workspace: unknown \"%1\" (reidentify)").arg(cl.subcommand);
        }
    } else if (command == u"queue") {
        cl.command = Command::Queue;
        cl.subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
        static const QStringList subcommands{QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("reject"),
                                             QStringLiteral("snooze"), QStringLiteral("retry"), QStringLiteral("mark-applied"),
                                             QStringLiteral("send-again")};
        bool idsOk = true;
        for (const QString &p : std::as_const(positional)) {
            bool ok = false;
            const qint64 id = p.toLongLong(&ok);
            if (!ok || id <= 0) {
                idsOk = false;
                cl.message = CommandLine::tr("queue %1: \"%2\" is not a recommendation id").arg(cl.subcommand, p);
                break;
            }
            cl.ids << id;
        }
        positional.clear();
        const auto invalid = [&cl](const QString &why) {
            cl.command = Command::Invalid;
            cl.message = why;
        };
        if (!subcommands.contains(cl.subcommand))
            invalid(cl.subcommand.isEmpty()
                        ? CommandLine::tr("queue: name what to do: list, approve, reject, snooze, retry, mark-applied or send-again")
                        : CommandLine::tr("queue: unknown \"%1\" (list, approve, reject, snooze, retry, mark-applied, send-again)").arg(cl.subcommand));
        else if (!idsOk)
            cl.command = Command::Invalid;
        else if (cl.subcommand == u"list" && !cl.ids.isEmpty())
            invalid(CommandLine::tr("queue list takes no ids"));
        else if (cl.subcommand == u"approve" && cl.ids.isEmpty())
            invalid(CommandLine::tr("queue approve: name at least one recommendation id"));
        else if (cl.subcommand != u"list" && cl.subcommand != u"approve" && cl.ids.size() != 1)
            invalid(CommandLine::tr("queue %1: name one recommendation id").arg(cl.subcommand));
        else if (cl.subcommand == u"reject" && cl.reason.trimmed().isEmpty())
            invalid(CommandLine::tr("queue reject: say why with --reason TEXT (it goes into the audit log)"));
        else if (cl.subcommand == u"snooze" && cl.until.isEmpty())
            invalid(CommandLine::tr("queue snooze: say until when with --until DATE"));
        else if (!cl.policy.isEmpty())
            // The workspace's policy in effect decides, as in the window: a file given here could loosen its guardrails.
            invalid(CommandLine::tr("queue: --policy is not taken; the workspace's policy in effect applies"));
    } else if (command == u"stop" || command == u"resume") {
        cl.command = command == u"stop" ? Command::Stop : Command::Resume;
    } else if (command == u"audit") {
        cl.command = Command::Audit;
        cl.subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
        if (cl.subcommand != u"verify") {
            cl.command = Command::Invalid;
            cl.message = cl.subcommand.isEmpty() ? CommandLine::tr("audit: name what to do: verify")
                                                 : CommandLine::tr("audit: unknown \"%1\" (verify)").arg(cl.subcommand);
        }
    } else if (command == u"team") {
        cl.command = Command::Team;
        cl.subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
        const auto invalid = [&cl](const QString &why) {
            cl.command = Command::Invalid;
            cl.message = why;
        };
        if (cl.subcommand != u"add" && cl.subcommand != u"list" && cl.subcommand != u"remove") {
            invalid(cl.subcommand.isEmpty() ? CommandLine::tr("team: name what to do: add, list or remove")
                                            : CommandLine::tr("team: unknown \"%1\" (add, list, remove)").arg(cl.subcommand));
        } else if (!cl.database.startsWith(QLatin1String("postgresql://")) && !cl.database.startsWith(QLatin1String("postgres://"))) {
            invalid(CommandLine::tr("team: name the team workspace with --database postgresql://[USER@]HOST[:PORT]/DB "
                                    "(a workspace file has no team)"));
        } else if (cl.subcommand == u"list") {
            if (!positional.isEmpty())
                invalid(CommandLine::tr("team list takes no names"));
        } else if (positional.size() != 1) {
            invalid(CommandLine::tr("team %1: name one member").arg(cl.subcommand));
        } else {
            cl.member = positional.takeFirst();
            if (cl.subcommand == u"add" && cl.teamRole != u"viewer" && cl.teamRole != u"operator" && cl.teamRole != u"admin")
                invalid(cl.teamRole.isEmpty() ? CommandLine::tr("team add: say what the member may do with --role viewer|operator|admin")
                                              : CommandLine::tr("team add: unknown role \"%1\" (viewer, operator, admin)").arg(cl.teamRole));
        }
    } else if (command == u"station") {
        cl.command = Command::Station;
        const auto invalid = [&cl](const QString &why) {
            cl.command = Command::Invalid;
            cl.message = why;
        };
        if (cl.database.isEmpty())
            invalid(CommandLine::tr("station: name the workspace with --database PATH|postgresql://HOST[:PORT]/DB"));
        else if (!Station::parseEvery(cl.every))
            invalid(CommandLine::tr("station: --every \"%1\" is not a duration: a whole number and s, m, h or d, e.g. 15m, 1h, 1d "
                                    "(at least 1m)").arg(cl.every));
        else if (!cl.store.isEmpty() && cl.store != u"campaign-pilot-api" && cl.store != u"woocommerce")
            invalid(CommandLine::tr("station: unknown store \"%1\" (campaign-pilot-api, woocommerce)").arg(cl.store));
        else if (!cl.platform.isEmpty() && cl.platform != u"recorded" && cl.platform != u"campaign-pilot-api" && cl.platform != u"meta")
            invalid(CommandLine::tr("station: unknown platform \"%1\" (recorded, campaign-pilot-api, meta)").arg(cl.platform));
        else if (!cl.store.isEmpty() && cl.storeUrl.isEmpty())
            invalid(CommandLine::tr("station: --store-url URL is required with --store"));
        else if (cl.namesLivePlatform() && cl.platformUrl.isEmpty() && cl.platform != u"meta")
            invalid(CommandLine::tr("station: --platform-url URL is required with --platform %1").arg(cl.platform));
        else if (cl.json)
            invalid(CommandLine::tr("station: --json is not taken; the station logs lines for the journal"));
    } else if (command == u"send") {
        cl.command = Command::Send;
        if (!cl.approved) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("send: say --approved (it sends only what operators approved)");
        } else if (!cl.platform.isEmpty() && cl.platform != u"recorded" && cl.platform != u"campaign-pilot-api" && cl.platform != u"meta") {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("send: unknown platform \"%1\" (recorded, campaign-pilot-api, meta)").arg(cl.platform);
        } else if (cl.platform == u"campaign-pilot-api" && !QUrl(cl.platformUrl).isValid()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("send: --platform-url URL is required for campaign-pilot-api");
        } else if (cl.platform == u"campaign-pilot-api" && cl.platformUrl.isEmpty()) {
            cl.command = Command::Invalid;
            cl.message = CommandLine::tr("send: --platform-url URL is required for campaign-pilot-api");
        }
    } else {
        cl.command = Command::Invalid;
        cl.message = CommandLine::tr("unknown command \"%1\" (try --help)").arg(command);
    }
    if (cl.command != Command::Invalid && !positional.isEmpty() && cl.command != Command::Import) {
        cl.command = Command::Invalid;
        cl.message = CommandLine::tr("unexpected argument \"%1\"").arg(positional.first());
    }
    return cl;
}

int runHeadless(const CommandLine &cl)
{
    switch (cl.command) {
    case CommandLine::Command::Help:
    case CommandLine::Command::Version:
        out() << cl.message << Qt::endl;
        return 0;
    case CommandLine::Command::Invalid:
        err() << CommandLine::tr("error: %1").arg(cl.message) << Qt::endl;
        return 2;
    case CommandLine::Command::Import:
        return runImport(cl);
    case CommandLine::Command::MakeDemo:
        return runMakeDemo(cl);
    case CommandLine::Command::Cycle:
        return runCycle(cl);
    case CommandLine::Command::Send:
        return runSend(cl);
    case CommandLine::Command::ExportChart:
        return runExportChart(cl);
    case CommandLine::Command::Simulate:
        return runSimulate(cl);
    case CommandLine::Command::ExportRecording:
        return runExportRecording(cl);
    case CommandLine::Command::Workspace:
        return runWorkspace(cl);
    case CommandLine::Command::PrintPolicy:
        return runPolicy(cl);
    case CommandLine::Command::Queue:
        return runQueue(cl);
    case CommandLine::Command::Audit:
        return runAudit(cl);
    case CommandLine::Command::Stop:
    case CommandLine::Command::Resume:
        return runEmergencyStop(cl);
    case CommandLine::Command::Station:
        return runStation(cl);
    case CommandLine::Command::Team:
        return runTeam(cl);
    case CommandLine::Command::Gui:
        break;
    }
    return 2;
}

} // namespace cp
