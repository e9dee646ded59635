// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "cliio.h"
#include "workspacecommand.h"

#include "agents/backend/remoteplatform.h"
#include "agents/workspace/workspaceopener.h"
#include "agents/workspace/workspaceplatform.h"
#include "agents/live/credentials.h"
#include "agents/live/livesync.h"
#include "models/backgroundtask.h"
#include "models/clock.h"
#include "models/store.h"
#include "agents/backend/recordedbackend.h"
#include "agents/charts/chartqueries.h"
#include "agents/simulation/simulationreport.h"
#include "ui/charts/chartexport.h"
#include "agents/cycle/orchestrator.h"
#include "agents/dispatcher.h"
#include "agents/import/demobuilder.h"
#include "agents/import/importer.h"
#include "agents/import/recording.h"
#include "models/database.h"
#include "models/decisionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <tuple>

namespace cp {


CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Campaign Pilot: agents propose and evaluate ad campaigns; an operator approves every action.\n\n"
           "Commands (default: open the window):\n"
           "  import FILE...   import CSV files into the store (order lines, daily sales, catalog,\n"
           "                   WooCommerce products, Facebook ads, ad platform daily reports; detected\n"
           "                   from the header) [--importer ID] [--merge add|replace|stop] [--encoding NAME]\n"
           "  make-demo        rebuild the bundled demo recording from shared/data/public\n"
           "  cycle            run the agents once and fill the decision queue (sends nothing)\n"
           "  send --approved  send what operators approved (never approves anything)\n"
           "  cycle --store KIND --store-url URL --platform KIND --platform-url URL\n"
           "                   first take a live snapshot (campaign-pilot-api|woocommerce; campaign-pilot-api|meta)\n"
           "  export-recording --out DIR   write the store (live snapshots included) as a recording\n"
           "  policy           print the policy in effect (the store's newest, or the shipped default) as JSON\n"
           "  workspace reidentify --database PATH\n"
           "                   give a copied workspace file an identity of its own (new connections)\n"
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
    const QCommandLineOption merge(QStringLiteral("merge"),
                                   CommandLine::tr("import: what to do with days the store already has: add (sum the "
                                                   "figures), replace (the file's figures replace those days) or stop "
                                                   "(default: refuse the file and name the overlap)."),
                                   CommandLine::tr("MODE"), QStringLiteral("stop"));
    const QCommandLineOption source(QStringLiteral("source"), CommandLine::tr("make-demo: the public data folder."), CommandLine::tr("DIR"));
    const QCommandLineOption output(QStringLiteral("out"), CommandLine::tr("make-demo: where to write the recording."), CommandLine::tr("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("cycle: print the recommendations as JSON."));
    const QCommandLineOption approved(QStringLiteral("approved"), CommandLine::tr("send: send the approved actions."));
    const QCommandLineOption policy(QStringLiteral("policy"), CommandLine::tr("cycle: the policy (JSON) to apply."), CommandLine::tr("FILE"));
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
    parser.addOptions({help, version, database, recording, lang, importer, skip, encoding, merge, source, output, json, approved, policy, operatorName,
                       campaign, product, category, kind, size, from, to, report, approve, platform, platformUrl, store, storeUrl,
                       metaAccount});
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("import | make-demo (none: open the window)"),
                                 CommandLine::tr("[command]"));
    parser.addPositionalArgument(QStringLiteral("files"), CommandLine::tr("import: the CSV files"), CommandLine::tr("[files...]"));

    CommandLine cl;
    if (!parser.parse(arguments)) {
        cl.command = Command::Invalid;
        cl.message = parser.errorText();
        return cl;
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
    cl.recording = parser.value(recording);
    cl.language = parser.value(lang);
    cl.importer = parser.value(importer);
    cl.encoding = parser.value(encoding);
    cl.merge = parser.value(merge);
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

namespace {

// Opens the workspace the command names (see WorkspaceRequest for the rules)
// and says which one and of what kind on the first line of output (on
// stderr when stdout carries JSON).
Result<Database> openStore(const CommandLine &cl, Workspace *workspace = nullptr)
{
    auto opened = WorkspaceOpener::open({cl.database, cl.recording, QString(), false});
    if (!opened)
        return opened.error();
    if (const QString copy = WorkspaceOpener::copyProblem(*opened); !copy.isEmpty()) {
        // Refused before anything reads or writes it: a copy sharing its
        // original's identity would send to the original's ad account.
        opened->database->closeThreadConnection();
        return Error{CommandLine::tr("%1: campaign-pilot workspace reidentify --database %2").arg(copy, opened->workspace.path),
                     QStringLiteral("workspace")};
    }
    (cl.json ? err() : out()) << opened->workspace.describe() << Qt::endl;
    if (workspace)
        *workspace = opened->workspace;
    return *opened->database;
}

int runImport(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    if (workspace.isReplay()) {
        err() << CommandLine::tr("error: %1 is a replay workspace (a copy of one recording); import into a live workspace "
                                 "(--database PATH)").arg(workspace.path)
              << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    int failures = 0;
    const TextEncoding encoding = textEncodingFromName(cl.encoding).value_or(TextEncoding::Auto);
    for (const QString &file : cl.files) {
        auto reader = CsvReader::open(file, encoding);
        if (!reader) {
            err() << CommandLine::tr("error: %1").arg(reader.error().toString()) << Qt::endl;
            ++failures;
            continue;
        }
        std::unique_ptr<Importer> importer;
        if (!cl.importer.isEmpty()) {
            importer = createImporter(cl.importer);
        } else {
            // A reader of its own: copies of a reader share the file.
            auto peekReader = CsvReader::open(file, encoding);
            if (!peekReader) {
                err() << CommandLine::tr("error: %1").arg(peekReader.error().toString()) << Qt::endl;
                ++failures;
                continue;
            }
            CsvReader &peek = peekReader.value();
            auto headers = peek.readHeader();
            if (!headers) {
                err() << CommandLine::tr("error: %1").arg(headers.error().toString()) << Qt::endl;
                ++failures;
                continue;
            }
            const Detection detection = detectImporters(*headers);
            if (detection.winner.isEmpty()) {
                err() << CommandLine::tr("error: %1: %2 (%3-separated); name one with --importer")
                             .arg(file, detection.problem, peek.delimiterName())
                      << Qt::endl;
                ++failures;
                continue;
            }
            importer = createImporter(detection.winner);
        }
        ImportOptions options;
        options.onBadRow = cl.skipBadRows ? OnBadRow::SkipAndCount : OnBadRow::Stop;
        options.encoding = encoding;
        options.merge = mergeModeFromName(cl.merge).value_or(MergeMode::Stop);
        auto report = importer->run(std::move(reader).value(), db->connection(), options);
        if (!report) {
            const QString where = report.error().where.isEmpty() ? file + QStringLiteral(": ") : QString();
            err() << CommandLine::tr("error: %1%2").arg(where, report.error().toString()) << Qt::endl
                  << CommandLine::tr("nothing from %1 was imported").arg(file) << Qt::endl;
            ++failures;
            continue;
        }
        out() << importer->displayName() << ": " << report->summary() << Qt::endl;
        for (const QString &e : report->errors)
            err() << e << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

int runMakeDemo(const CommandLine &cl)
{
    const QString scratch = QDir(QDir::tempPath()).filePath(QStringLiteral("campaign-pilot-make-demo-%1.sqlite")
                                                                 .arg(QCoreApplication::applicationPid()));
    auto content = DemoBuilder::build(cl.source, scratch);
    if (!content) {
        err() << CommandLine::tr("error: %1").arg(content.error().toString()) << Qt::endl;
        return 1;
    }
    if (Status s = Recording::write(cl.output, *content); !s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("demo recording written to %1: %2 products, %3 product days, %4 campaigns, %5 campaign days")
                 .arg(cl.output)
                 .arg(content->products.size())
                 .arg(content->productDays.size())
                 .arg(content->campaigns.size())
                 .arg(content->campaignDays.size())
          << Qt::endl;
    return 0;
}

Result<Policy> loadPolicy(const CommandLine &cl, const Database &db)
{
    if (!cl.policy.isEmpty()) {
        QFile f(cl.policy);
        if (!f.open(QIODevice::ReadOnly))
            return Error{CommandLine::tr("cannot read the policy: %1").arg(f.errorString()), cl.policy};
        return Policy::fromJson(f.readAll(), cl.policy);
    }
    auto stored = DecisionStore(db.connection()).latestPolicy();
    if (stored && !stored->isEmpty())
        return Policy::fromJson(*stored, QStringLiteral("policy_versions"));
    return Policy{};
}

QJsonObject toJson(const Recommendation &r)
{
    return QJsonObject{{QStringLiteral("id"), double(r.id)},
                       {QStringLiteral("agent"), r.agent},
                       {QStringLiteral("decision"), r.decision},
                       {QStringLiteral("action"), Recommendation::actionKey(r.action)},
                       {QStringLiteral("campaign_id"), r.campaignId},
                       {QStringLiteral("product_id"), r.productId},
                       {QStringLiteral("proposed_budget"), r.proposedBudget ? QJsonValue(r.proposedBudget->toString()) : QJsonValue()},
                       {QStringLiteral("previous_budget"), r.previousBudget ? QJsonValue(r.previousBudget->toString()) : QJsonValue()},
                       {QStringLiteral("rule"), r.rule},
                       {QStringLiteral("risk"), r.risk},
                       {QStringLiteral("rationale"), r.rationale},
                       {QStringLiteral("inputs"), r.inputs},
                       {QStringLiteral("thresholds"), r.thresholds},
                       {QStringLiteral("expires_at"), r.expiresAt.toString(Qt::ISODate)}};
}

// The live connections the command line names.
Connections liveConnections(const CommandLine &cl)
{
    Connections c;
    if (!cl.store.isEmpty()) {
        c.store.kind = Connection::kindFromKey(cl.store).value_or(Connection::Kind::None);
        c.store.url = QUrl(cl.storeUrl);
    }
    if (cl.namesLivePlatform()) {
        c.platform.kind = Connection::kindFromKey(cl.platform).value_or(Connection::Kind::None);
        // The Graph API version goes after the host (Connection::baseUrl(): kMetaDefaultVersion).
        c.platform.url = QUrl(cl.platformUrl.isEmpty() ? QStringLiteral("https://graph.facebook.com") : cl.platformUrl);
        c.platform.account = cl.metaAccount;
    }
    return c;
}

// A connection's secrets (keychain or environment); false, said on stderr, when missing.
bool readSecrets(const QString &workspaceId, Credentials::Role role, const Connection &connection, Secrets &out)
{
    auto s = Credentials::readAndWait(workspaceId, role, connection.kind);
    if (!s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return false;
    }
    out = *s;
    return true;
}

// The connections a refresh used from the command line become the live
// workspace's own, as Agents ▸ Connections saves them (QSettings, under the
// workspace's id, without any secret: those stay in the keychain or the
// environment), so that the window and `send` find them. A connection that
// is already the saved one keeps its settings (re-read days, network policy).
void rememberConnections(const Workspace &workspace, const Connections &given)
{
    if (!workspace.isLive())
        return;
    QSettings settings;
    Connections saved = Connections::load(settings, workspace.id);
    bool changed = false;
    for (const auto &[slot, c, role] : {std::tuple{&saved.store, &given.store, CommandLine::tr("store")},
                                        std::tuple{&saved.platform, &given.platform, CommandLine::tr("ad platform")}}) {
        if (!c->isSet() || (slot->kind == c->kind && slot->url == c->url && slot->account == c->account))
            continue;
        *slot = *c;
        changed = true;
        err() << CommandLine::tr("  note: the %1 connection %2 is saved for this workspace (the window's Agents ▸ Connections); "
                                 "its credentials are not")
                     .arg(role, LiveFetch::sourceName(*c))
              << Qt::endl;
    }
    if (changed)
        saved.save(settings, workspace.id);
}

// Takes a live snapshot into the store; 0 when it landed.
// `partial` (when given) is set when some of the live data could not be
// fetched (listed as "failed:"): what was fetched is written and judged.
int runLiveRefresh(const CommandLine &cl, const Database &db, const Workspace &workspace, bool *partial = nullptr)
{
    const Connections connections = liveConnections(cl);
    Secrets storeSecrets, platformSecrets;
    if ((connections.store.isSet() && !readSecrets(workspace.id, Credentials::Role::Store, connections.store, storeSecrets))
        || (connections.platform.isSet()
            && !readSecrets(workspace.id, Credentials::Role::Platform, connections.platform, platformSecrets)))
        return 2;
    // A wait a server asked for (Meta's throttling, Retry-After) is said as it
    // begins, so that a minute's silence is never taken for a hang.
    TaskContext context;
    context.onNotice = [](const QString &what) { err() << CommandLine::tr("  note: %1").arg(what) << Qt::endl; };
    auto refreshed = LiveSync::refresh(db.connection(), connections, storeSecrets, platformSecrets, Clock::now(), &context);
    if (!refreshed) {
        err() << CommandLine::tr("error: live data: %1").arg(refreshed.error().toString()) << Qt::endl;
        return 1;
    }
    rememberConnections(workspace, connections);
    const SyncReport &r = refreshed->report;
    err() << CommandLine::tr("live snapshot: %1 products, %2 product days, %3 campaigns, %4 campaign days")
                 .arg(r.products).arg(r.productDays).arg(r.campaigns).arg(r.campaignDays)
          << Qt::endl;
    for (const QString &f : refreshed->failures)
        err() << CommandLine::tr("  failed: %1").arg(f) << Qt::endl;
    for (const QString &n : r.notes)
        err() << CommandLine::tr("  note: %1").arg(n) << Qt::endl;
    if (partial)
        *partial = !refreshed->failures.isEmpty();
    return 0;
}

int runExportRecording(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    RecordingManifest m;
    m.id = QStringLiteral("live-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    m.title = CommandLine::tr("Live snapshots exported %1").arg(QDate::currentDate().toString(Qt::ISODate));
    // The workspace's own currency; one that never named one: CP_CURRENCY, else USD.
    m.currency = workspace.currency.isEmpty() ? liveCurrency() : workspace.currency;
    // The recording says where it came from: which workspace, of which kind.
    m.generator = QStringLiteral("campaign-pilot export-recording, from the %1 workspace \"%2\"")
                      .arg(Workspace::kindKey(workspace.kind), workspace.displayName());
    auto written = Recording::exportStore(db->connection(), cl.output, m);
    if (!written) {
        err() << CommandLine::tr("error: %1").arg(written.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("recording written to %1 (%2 to %3)")
                 .arg(cl.output, written->from.toString(Qt::ISODate), written->to.toString(Qt::ISODate))
          << Qt::endl;
    db->closeThreadConnection();
    return 0;
}

int runCycle(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    bool partial = false;   // some live data could not be fetched: exit code 3 after the cycle
    if (!cl.store.isEmpty() || cl.namesLivePlatform()) {
        if (const QString why = whyNoNetwork(workspace); !why.isEmpty()) {
            err() << CommandLine::tr("error: %1").arg(why) << Qt::endl;
            return 2;
        }
        if (int code = runLiveRefresh(cl, *db, workspace, &partial); code != 0)
            return code;
    }
    auto policy = loadPolicy(cl, *db);
    if (!policy) {
        err() << CommandLine::tr("error: %1").arg(policy.error().toString()) << Qt::endl;
        return 2;
    }
    CycleResult result;
    {
        Orchestrator orchestrator(*db);
        orchestrator.setPolicy(*policy);
        QEventLoop loop;
        QObject::connect(&orchestrator, &Orchestrator::cycleFinished, &loop, [&](const CycleResult &r) {
            result = r;
            loop.quit();
        });
        orchestrator.runCycle();
        loop.exec();
    }
    db->closeThreadConnection();
    if (!result.error.isEmpty()) {
        err() << CommandLine::tr("error: %1").arg(result.error) << Qt::endl;
        return 1;
    }
    if (cl.json) {
        // stdout carries only the JSON: the day and why on stderr.
        if (!result.asOfWhy.isEmpty())
            err() << CommandLine::tr("As of %1: %2.").arg(result.asOf.toString(Qt::ISODate), result.asOfWhy) << Qt::endl;
        QJsonArray all;
        for (const Recommendation &r : result.recommendations)
            all.append(toJson(r));
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        out() << CommandLine::tr("Cycle %1 as of %2: %n recommendation(s) queued for approval; nothing was sent.", nullptr,
                                 int(result.recommendations.size()))
                     .arg(result.cycleId, result.asOf.toString(Qt::ISODate))
              << Qt::endl;
        if (!result.asOfWhy.isEmpty())
            out() << CommandLine::tr("As of %1: %2.").arg(result.asOf.toString(Qt::ISODate), result.asOfWhy) << Qt::endl;
        for (const Recommendation &r : result.recommendations)
            out() << CommandLine::tr("#%1 %2 %3 %4 (risk %5): %6")
                         .arg(r.id)
                         .arg(r.decision, -15)
                         .arg(Recommendation::actionKey(r.action), -10)
                         .arg(r.campaignId.isEmpty() ? r.productId : r.campaignId)
                         .arg(qRound(r.risk))
                         .arg(r.rationale)
                  << Qt::endl;
        if (!result.unjudged.isEmpty()) {
            out() << CommandLine::tr("%n active campaign(s) not judged:", nullptr, int(result.unjudged.size())) << Qt::endl;
            for (const QString &why : result.unjudged)
                out() << QStringLiteral("  ") << why << Qt::endl;
        }
    }
    // A scheduled run notices a refresh that fetched only part of the live data.
    return partial ? 3 : 0;
}

int runExportChart(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    ChartRequest request;
    request.kind = *ChartRequest::kindFromKey(cl.kind);
    if (!cl.campaign.isEmpty())
        request.campaignIds = {cl.campaign};
    request.productId = cl.product;
    request.category = cl.category;
    auto policy = loadPolicy(cl, *db);
    auto data = ChartQueries::build(db->connection(), request, policy ? *policy : Policy{});
    db->closeThreadConnection();
    if (!data) {
        err() << CommandLine::tr("error: %1").arg(data.error().toString()) << Qt::endl;
        return 1;
    }
    if (Status s = exportChart(*data, cl.output, cl.size, QStringLiteral("%1 · %2").arg(workspace.kindLabel(), workspace.displayName()));
        !s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return 1;
    }
    out() << CommandLine::tr("wrote %1").arg(cl.output) << Qt::endl;
    return 0;
}

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
    for (const QString &p : cl.policies) {
        if (p == u"seed" || p == u"default")
            continue;   // the report always runs these: naming them again would list them twice
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
    request.model = Simulation::Request::modelFrom(request.policies.isEmpty() ? Policy{} : request.policies.first().second);
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
                     .arg(r.name, r.approval, formatAmount(Money::fromMinor(r.spendMinor())), formatAmount(Money::fromMinor(r.revenueMinor())),
                          formatAmount(Money::fromMinor(r.profitMinor())),
                          formatAmount(Money::fromMinor(r.profitMinor() - r.recordedProfitMinor())))
                     .arg(share ? CommandLine::tr(", %1 % of the oracle").arg(QLocale().toString(*share * 100, 'f', 1)) : QString())
              << Qt::endl;
        const auto incrementalShare = result->shareOfIncrementalOracle(r);
        out() << "    "
              << CommandLine::tr("incremental profit %1%2; wrong pauses %3, missed pauses %4, late-decision loss %5")
                     .arg(formatAmount(Money::fromMinor(r.incrementalProfitMinor())),
                          incrementalShare ? CommandLine::tr(" (%1 % of the incremental oracle)")
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

int runSend(const CommandLine &cl)
{
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return 2;
    }
    // A handle on the connection (DecisionStore keeps a QSqlDatabase) must be
    // gone before closeThreadConnection() removes it, or Qt warns that the
    // connection "is still in use": this one only lives for the check.
    if (auto stop = DecisionStore(db->connection()).setting(QStringLiteral("emergency_stop")); !stop || *stop == u"1") {
        err() << CommandLine::tr("error: the emergency stop is on; an operator must resume first") << Qt::endl;
        db->closeThreadConnection();
        return 1;
    }
    // Where the actions go is the workspace's to say: a replay workspace
    // reaches no network, a live one never the recorded backend.
    if (cl.namesLivePlatform() && workspace.isReplay()) {
        err() << CommandLine::tr("error: %1; nothing was sent").arg(whyNoNetwork(workspace)) << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    if (cl.platform == u"recorded" && workspace.isLive()) {
        err() << CommandLine::tr("error: this is a live workspace: its approved actions go to its ad platform, never to the "
                                 "recorded backend; name it with --platform, or connect one in the window")
              << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    Connection connection;
    if (workspace.isLive()) {
        if (cl.namesLivePlatform()) {
            connection = liveConnections(cl).platform;
        } else {
            QSettings settings;
            connection = Connections::load(settings, workspace.id).platform;
        }
    }
    // The credentials only ever live in this process's memory.
    Secrets secrets;
    if (connection.isSet() && connection.problem(false).isEmpty()
        && !readSecrets(workspace.id, Credentials::Role::Platform, connection, secrets)) {
        db->closeThreadConnection();
        return 2;
    }
    auto built = platformForWorkspace(workspace, *db, connection, secrets);
    if (!built) {
        err() << CommandLine::tr("error: %1").arg(built.error().toString()) << Qt::endl;
        db->closeThreadConnection();
        return 2;
    }
    std::atomic_bool halted{false};
    DispatchReport report;
    {
        // The platform may hold the connection too (the recorded backend writes the store).
        std::shared_ptr<AdPlatform> platform = *built;
        built = Error{};
        report = Dispatcher::run(*db, *platform, halted, cl.operatorName);
    }
    out() << report.summary() << Qt::endl;
    for (const QString &e : report.errors)
        err() << e << Qt::endl;
    db->closeThreadConnection();
    // Waiting to confirm is not a failure: a later run settles it.
    return report.failed == 0 && report.unknown == 0 && report.errors.isEmpty() ? 0 : 1;
}

} // namespace

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
    case CommandLine::Command::PrintPolicy: {
        if (cl.database.isEmpty() && cl.recording.isEmpty() && cl.policy.isEmpty()) {
            out() << QString::fromUtf8(Policy{}.toJson());
            return 0;
        }
        auto db = openStore(cl);
        if (!db) {
            err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
            return 2;
        }
        auto policy = loadPolicy(cl, *db);
        db->closeThreadConnection();
        if (!policy) {
            err() << CommandLine::tr("error: %1").arg(policy.error().toString()) << Qt::endl;
            return 2;
        }
        out() << QString::fromUtf8(policy->toJson());
        return 0;
    }
    case CommandLine::Command::Gui:
        break;
    }
    return 2;
}

} // namespace cp
