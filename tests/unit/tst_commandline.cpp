// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a user would: the real binary in a QProcess.
#include "agents/rules/policy.h"
#include "app/commandline.h"
#include "models/database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cp::CommandLine;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CP_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("command");
        QTest::newRow("no arguments: the window") << QStringList{"cp"} << int(CommandLine::Command::Gui);
        QTest::newRow("recording") << QStringList{"cp", "--recording", "demo"} << int(CommandLine::Command::Gui);
        QTest::newRow("help") << QStringList{"cp", "--help"} << int(CommandLine::Command::Help);
        QTest::newRow("version") << QStringList{"cp", "--version"} << int(CommandLine::Command::Version);
        QTest::newRow("import") << QStringList{"cp", "import", "a.csv"} << int(CommandLine::Command::Import);
        QTest::newRow("import without files") << QStringList{"cp", "import"} << int(CommandLine::Command::Invalid);
        QTest::newRow("import, unknown importer") << QStringList{"cp", "import", "--importer", "nope", "a.csv"}
                                                  << int(CommandLine::Command::Invalid);
        QTest::newRow("import, --merge add") << QStringList{"cp", "import", "--merge", "add", "a.csv"}
                                             << int(CommandLine::Command::Import);
        QTest::newRow("import, unknown --merge") << QStringList{"cp", "import", "--merge", "sum", "a.csv"}
                                                 << int(CommandLine::Command::Invalid);
        QTest::newRow("import, --encoding latin1") << QStringList{"cp", "import", "--encoding", "latin1", "a.csv"}
                                                   << int(CommandLine::Command::Import);
        QTest::newRow("import, unknown --encoding") << QStringList{"cp", "import", "--encoding", "ebcdic", "a.csv"}
                                                    << int(CommandLine::Command::Invalid);
        QTest::newRow("make-demo without --out") << QStringList{"cp", "make-demo", "--source", "x"}
                                                 << int(CommandLine::Command::Invalid);
        QTest::newRow("unknown command") << QStringList{"cp", "frobnicate"} << int(CommandLine::Command::Invalid);
        QTest::newRow("unknown option") << QStringList{"cp", "--frobnicate"} << int(CommandLine::Command::Invalid);
        QTest::newRow("import, --currency given empty") << QStringList{"cp", "import", "--currency", "", "a.csv"}
                                                        << int(CommandLine::Command::Invalid);
        QTest::newRow("queue, --reason of spaces") << QStringList{"cp", "queue", "reject", "1", "--reason", "  "}
                                                   << int(CommandLine::Command::Invalid);
        QTest::newRow("--lang, not a language") << QStringList{"cp", "--lang", "xx"} << int(CommandLine::Command::Invalid);
        QTest::newRow("--lang fr (no translation: English)") << QStringList{"cp", "--lang", "fr"} << int(CommandLine::Command::Gui);
    }
    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, command);
        QCOMPARE(int(CommandLine::parse(args).command), command);
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--database", "--recording", "--lang", "--version", "import", "make-demo"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QLatin1String(CP_VERSION)));
    }

    void adsAreWrittenInTheAdsLanguageNotTheWindows()
    {
        // A walkthrough ran a cycle from a German window: the UK shop's new
        // campaign got "… für 25,00 £. Auf Lager und versandbereit." and it
        // was sent. Without a language model's language, ads are English.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("cycle"), QStringLiteral("--recording"),
                                            QStringLiteral("demo"), QStringLiteral("--database"), db});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ads"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT ad_copy, rationale FROM recommendations WHERE action = 'create'")));
            int n = 0;
            while (q.next()) {
                ++n;
                const QString ad = q.value(0).toString();
                QVERIFY2(ad.contains(QLatin1String("In stock and ready to ship")) && ad.contains(u'£') && !ad.contains(QLatin1String("für")),
                         qPrintable(ad));
                QVERIFY2(q.value(1).toString().contains(QLatin1String("Auswahlkriterien")), qPrintable(q.value(1).toString()));   // the rationale is the window's
            }
            QVERIFY(n >= 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ads"));
    }

    void langKeepsTheSystemsRegionalFormats()
    {
        // `--lang en` on a British desktop wrote US dates (12/7/26) for a
        // shop in pounds: the language is asked for, the formats are the system's.
        const QLocale gb = CommandLine::localeFor(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(gb.territory(), QLocale::UnitedKingdom);
        QCOMPARE(gb.toString(QDate(2026, 12, 7), QLocale::ShortFormat), QStringLiteral("07/12/2026"));
        const QLocale inGermany = CommandLine::localeFor(QStringLiteral("en"), QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(inGermany.language(), QLocale::English);
        QCOMPARE(inGermany.territory(), QLocale::Germany);
        const QLocale spanishInGermany = CommandLine::localeFor(QStringLiteral("es"), QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(spanishInGermany.language(), QLocale::Spanish);   // no es_DE in Qt's data: Spain's formats
        QCOMPARE(spanishInGermany.territory(), QLocale::Spain);
        // Said with its country, or on a system without one: as asked.
        QCOMPARE(CommandLine::localeFor(QStringLiteral("en_US"), QLocale(QLocale::English, QLocale::UnitedKingdom)).territory(),
                 QLocale::UnitedStates);
        QCOMPARE(CommandLine::localeFor(QStringLiteral("de"), QLocale::c()).territory(), QLocale::Germany);
    }

    void theSettingsFileIsTheUsersAlone()
    {
        // A walkthrough found ~/.config/campaign-pilot/campaign-pilot.conf
        // world-readable (0644): the workspaces one works in and the team's
        // server are nobody else's to read. Any run makes it 0600.
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("config/campaign-pilot"));
        QVERIFY(QDir().mkpath(dir));
        QFile conf(dir + QStringLiteral("/campaign-pilot.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[General]\nlast_team_workspace=postgresql://ana@db.example/shop\n");
        conf.close();
        QVERIFY(conf.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("policy"), QStringLiteral("--database"), home.filePath(QStringLiteral("w.sqlite"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QFileInfo(conf.fileName()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile back(conf.fileName());
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll().contains("last_team_workspace"));   // kept, not rewritten empty
    }

    void badArgumentsExitWithTwo()
    {
        // Without a display, too: an unknown command is an error, not a window.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("--database"), QStringLiteral("x.sqlite"), QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("frobnicate")));
    }

    void germanHelpWithLang()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::fromUtf8("Diese Hilfe anzeigen.")), qPrintable(r.out));
    }

    void emptyValuesAndUnknownLanguagesAreSaid()
    {
        // `--currency "$CUR"` with CUR unset used to import as if no currency
        // had been named; `--lang xx` opened in English without a word.
        const Run empty = run({QStringLiteral("import"), QStringLiteral("--currency"), QString(), QStringLiteral("a.csv")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(QLatin1String("--currency was given an empty value")), qPrintable(empty.err));
        const Run unknown = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("\"xx\" is not a language code")), qPrintable(unknown.err));
        const Run french = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")});
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(french.err.contains(QLatin1String("no French translation")), qPrintable(french.err));
        const Run german = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version")});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.err.isEmpty(), qPrintable(german.err));
    }

    void aMistypedTeamAddressIsNotAFile()
    {
        // `postgresql:/otto@host/shop` (one slash) opened a new local file
        // under ./postgresql:/otto@host/, and the team's queue looked empty.
        QTemporaryDir dir;
        for (const QString &typo : {QStringLiteral("postgresql:/otto@127.0.0.1/shop"), QStringLiteral("postgresq://otto@127.0.0.1/shop")}) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral(CP_BINARY), {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), typo});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 2);
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(err.contains(QLatin1String("begins an address, and the only addresses are postgresql://")), qPrintable(err));
            QVERIFY2(QDir(dir.path()).isEmpty(), qPrintable(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',')));
        }
    }

    void importReportsAndStoresARealFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--database"), db,
                           QStringLiteral(CP_PUBLIC_DATA_DIR "/ads/facebook_ads_conversion_2017.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("1143 rows read")), qPrintable(r.out));
        // "691 campaigns written" (English plurals), or the source's "campaign(s)" where no translation is loaded.
        QVERIFY2(QRegularExpression(QStringLiteral("691 campaign(s|\\(s\\)) written")).match(r.out).hasMatch(), qPrintable(r.out));
    }

    void cycleFillsTheQueueAndSendsNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const Run r = run({QStringLiteral("cycle"), QStringLiteral("--recording"), QStringLiteral("demo"),
                           QStringLiteral("--database"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(all.size() >= 8, qPrintable(r.out.left(500)));
        QSet<QString> kinds;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            kinds.insert(o.value(QStringLiteral("decision")).toString());
            for (const char *key : {"decision", "action", "inputs", "thresholds", "rule", "risk", "rationale"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            // As shown, to two decimals (not 60.00000000000001): the text itself.
            const QString risk = QString::fromUtf8(QJsonDocument(QJsonArray{o.value(QStringLiteral("risk"))}).toJson(QJsonDocument::Compact));
            QVERIFY2(risk.section(u'.', 1).remove(u']').size() <= 2, qPrintable(risk));
        }
        QVERIFY(kinds.contains(QStringLiteral("NEW_CAMPAIGN")));
        QVERIFY(kinds.contains(QStringLiteral("EMERGENCY_PAUSE")));
        QVERIFY(kinds.contains(QStringLiteral("PAUSE")));   // below break-even (the demo's love seat)
        // Nothing was sent: send with nothing approved sends nothing either.
        const Run send = run({QStringLiteral("send"), QStringLiteral("--approved"), QStringLiteral("--database"), db});
        QCOMPARE(send.exitCode, 0);
        QVERIFY2(send.out.contains(QLatin1String("sent 0, confirmed by reconcile 0, unknown 0, failed 0, waiting to confirm 0")),
                 qPrintable(send.out));
        // A bad policy file is refused with the field.
        const QString policy = dir.filePath(QStringLiteral("policy.json"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"min_stock\": -1}");
        f.close();
        const Run bad = run({QStringLiteral("cycle"), QStringLiteral("--database"), db, QStringLiteral("--policy"), policy});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("min_stock")));
    }

    void exportChartRendersOffscreen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString png = dir.filePath(QStringLiteral("p.png"));
        const Run r = run({QStringLiteral("export-chart"), QStringLiteral("--recording"), QStringLiteral("demo"),
                           QStringLiteral("--database"), db, QStringLiteral("--campaign"), QStringLiteral("demo-09"),
                           QStringLiteral("--kind"), QStringLiteral("before-during"), QStringLiteral("--out"), png,
                           QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(640, 360));
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QCOMPARE(run({QStringLiteral("export-chart"), QStringLiteral("--database"), db, QStringLiteral("--category"),
                      QStringLiteral("Furniture"), QStringLiteral("--out"), csv}).exitCode, 0);
        QVERIFY(QFile(csv).size() > 100);
        const Run bad = run({QStringLiteral("export-chart"), QStringLiteral("--database"), db, QStringLiteral("--campaign"),
                             QStringLiteral("demo-09"), QStringLiteral("--kind"), QStringLiteral("pie"), QStringLiteral("--out"), png});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("pie")));
        // A file name or size it cannot write: bad arguments (2), not a failure (1).
        for (const QStringList &args : {QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("p.gif"))},
                                        QStringList{QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("50x50")}}) {
            const Run r = run(QStringList{QStringLiteral("export-chart"), QStringLiteral("--database"), db, QStringLiteral("--campaign"),
                                          QStringLiteral("demo-09")} + args);
            QCOMPARE(r.exitCode, 2);
        }
        const Run unknown = run({QStringLiteral("export-chart"), QStringLiteral("--database"), db, QStringLiteral("--product"),
                                 QStringLiteral("NOPE"), QStringLiteral("--out"), png});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("NOPE")));
        // An unknown campaign likewise (it drew an empty chart and exited 0).
        const Run noCampaign = run({QStringLiteral("export-chart"), QStringLiteral("--database"), db, QStringLiteral("--campaign"),
                                    QStringLiteral("nosuch"), QStringLiteral("--out"), png});
        QCOMPARE(noCampaign.exitCode, 1);
        QVERIFY2(noCampaign.err.contains(QLatin1String("no campaign nosuch")), qPrintable(noCampaign.err));
    }

    void policyPrintsOnlyJsonOnStdout()
    {
        // `campaign-pilot policy --database D > policy.json` wrote the
        // workspace's line first: not JSON.
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("policy"), QStringLiteral("--database"), dir.filePath(QStringLiteral("w.sqlite"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError error;
        QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("Workspace:")));
    }

    // A walkthrough's yen shop: the default policy's "at most 100 a day"
    // was ¥100, so every campaign sat "at its cap" and no raise was ever
    // proposed. With no policy saved, its amounts are sized for the
    // workspace's currency, and the command says so.
    void theDefaultPolicysAmountsAreSizedForTheWorkspacesCurrency()
    {
        QCOMPARE(cp::Policy::defaultScale(QStringLiteral("GBP")), 1);
        QCOMPARE(cp::Policy::defaultFor(QStringLiteral("EUR")).toJson(), cp::Policy{}.toJson());
        const cp::Policy yen = cp::Policy::defaultFor(QStringLiteral("JPY"));
        QCOMPARE(yen.maxDailyBudget.minor(), cp::Policy{}.maxDailyBudget.minor() * 100);
        QCOMPARE(yen.minSpend.minor(), cp::Policy{}.minSpend.minor() * 100);
        QCOMPARE(yen.minStock, cp::Policy{}.minStock);   // counts are no money
        QVERIFY(yen.validate().ok());
        for (const char *code : {"IDR", "VND", "KRW", "CLP"})
            QVERIFY2(cp::Policy::defaultFor(QLatin1String(code)).validate().ok(), code);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("yen.sqlite"));
        {
            auto db = cp::Database::open(path);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE workspace SET currency = 'JPY'")));
            db->closeThreadConnection();
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CP_BINARY), {QStringLiteral("policy"), QStringLiteral("--database"), path});
        QVERIFY(p.waitForFinished(60000));
        const QString errors = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject printed = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(printed.value(QStringLiteral("max_daily_budget")).toString(), QStringLiteral("10000.00"));
        QVERIFY2(errors.contains(QLatin1String("sized for JPY")), qPrintable(errors));
    }

    // A headless team had no brake: the stop was the window's only. And
    // `cycle` under a stop fetched everything before it refused.
    void stopAndResumeFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.sqlite"));
        const auto cli = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("USER"), QString());
            env.insert(QStringLiteral("CP_WC_CONSUMER_KEY"), QStringLiteral("ck_x"));
            env.insert(QStringLiteral("CP_WC_CONSUMER_SECRET"), QStringLiteral("cs_x"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CP_BINARY), args + QStringList{QStringLiteral("--database"), db});
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        auto [stopped, said] = cli({QStringLiteral("stop")});
        QCOMPARE(stopped, 0);
        QVERIFY2(said.contains(QLatin1String("halted")), qPrintable(said));
        // Nothing fetched: the shop's address is a closed port, and the
        // refusal is the stop's, not the connection's.
        auto [cycle, why] = cli({QStringLiteral("cycle"), QStringLiteral("--store"), QStringLiteral("woocommerce"),
                                 QStringLiteral("--store-url"), QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(cycle, 1);
        QVERIFY2(why.contains(QLatin1String("the emergency stop is on")) && !why.contains(QLatin1String("127.0.0.1")), qPrintable(why));
        auto [nameless, asked] = cli({QStringLiteral("resume")});
        QCOMPARE(nameless, 2);
        QVERIFY2(asked.contains(QLatin1String("--operator")), qPrintable(asked));
        auto [resumed, ok] = cli({QStringLiteral("resume"), QStringLiteral("--operator"), QStringLiteral("mara")});
        QCOMPARE(resumed, 0);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stop"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT operator, event FROM audit_log ORDER BY id")));
            QStringList events;
            while (q.next())
                events << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
            QCOMPARE(events, (QStringList{QStringLiteral("|emergency_stop"), QStringLiteral("mara|resumed")}));
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'emergency_stop'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("0"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stop"));
    }

    void policyFilesAreThePresets()
    {
        // The two shipped presets: the seed's rules, and the shipped default.
        for (const auto &[file, policy] : {std::pair{"seed-policy.json", cp::Policy::seedRules()},
                                           std::pair{"default-policy.json", cp::Policy{}}}) {
            QFile f(QStringLiteral(CP_SOURCE_DIR "/resources/policy/") + QLatin1String(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            auto p = cp::Policy::fromJson(bytes, f.fileName());
            QVERIFY(p.ok());
            QCOMPARE(bytes, policy.toJson());
        }
    }

    void importOfABadFileNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,stock_code,description,units,revenue_gbp,orders\n2011-01-01,A,x,1,1.00,1\n2011-01-02,A,x,one,1.00,1\n");
        f.close();
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--database"), db, csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":3: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing from")));
        // The workspace this import created is not left behind empty.
        QVERIFY2(r.err.contains(QStringLiteral("the new workspace %1 was removed again: nothing was imported into it").arg(db)),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
        // Two files, one bad: said how many landed; the workspace stays.
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("date,stock_code,description,units,revenue_gbp,orders\n2011-01-01,A,x,1,1.00,1\n");
        g.close();
        const QString both = dir.filePath(QStringLiteral("both.sqlite"));
        const Run some = run({QStringLiteral("import"), QStringLiteral("--database"), both, good, csv});
        QCOMPARE(some.exitCode, 1);
        QVERIFY2(some.err.contains(QLatin1String("1 of 2 files imported; nothing from the others (see above)")), qPrintable(some.err));
        QVERIFY(QFile::exists(both));
        // With --skip-bad-rows the good row lands and the bad one is listed.
        const Run skip = run({QStringLiteral("import"), QStringLiteral("--skip-bad-rows"), QStringLiteral("--database"), db, csv});
        QCOMPARE(skip.exitCode, 0);
        QVERIFY(skip.out.contains(QLatin1String("1 bad row skipped")));
        QVERIFY(skip.err.contains(csv + QStringLiteral(":3: ")));
    }

    void importDetectionMergeAndEncoding()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        // No clear winner: exit 1, the two best candidates and what they miss.
        const QString creatives = write(QStringLiteral("creatives.csv"), "id,name,body\n1,Ad one,Buy now\n");
        const Run weak = run({QStringLiteral("import"), QStringLiteral("--database"), db, creatives});
        QCOMPARE(weak.exitCode, 1);
        QVERIFY2(weak.err.contains(QLatin1String("the columns match no importer; the closest are Product catalog (catalog, "
                                                 "missing price, category or stock)")), qPrintable(weak.err));
        QVERIFY(weak.err.contains(QLatin1String("comma-separated")));
        // An overlap stops by default, naming it; --merge add sums.
        const QString day = write(QStringLiteral("day.csv"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,2,3.00\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, day}).exitCode, 0);
        const Run again = run({QStringLiteral("import"), QStringLiteral("--database"), db, day});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(day + QStringLiteral(": 1 product-days of this file are already in the store (2024-01-01 to "
                                                         "2024-01-01)")), qPrintable(again.err));
        // The same file added again would count twice: refused (exit 1); a later export's rows add.
        const Run twice = run({QStringLiteral("import"), QStringLiteral("--merge"), QStringLiteral("add"), QStringLiteral("--database"),
                               db, day});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("this file's content was imported already")), qPrintable(twice.err));
        // The same rows saved again (a BOM, CRLF: other bytes) are the same
        // report: refused too, by their figures (a walkthrough's re-saved
        // Meta report doubled every figure).
        const QString resaved = write(QStringLiteral("resaved.csv"), "\xEF\xBB\xBF" "date,stock_code,units,revenue_gbp\r\n2024-01-01,A,2,3.00\r\n");
        const Run resavedAdd = run({QStringLiteral("import"), QStringLiteral("--merge"), QStringLiteral("add"),
                                    QStringLiteral("--database"), db, resaved});
        QCOMPARE(resavedAdd.exitCode, 1);
        QVERIFY2(resavedAdd.err.contains(QLatin1String("1 of the 1 product-days this file shares with the store hold exactly the figures "
                                                       "the store has for them (the first: A on ")),
                 qPrintable(resavedAdd.err));
        const QString other = write(QStringLiteral("other.csv"), "date,stock_code,units,revenue_gbp\n2024-01-01,A,2,3.10\r\n");
        const Run add = run({QStringLiteral("import"), QStringLiteral("--merge"), QStringLiteral("add"), QStringLiteral("--database"),
                             db, other});
        QCOMPARE(add.exitCode, 0);
        // Latin-1: refused with the offset, imported when named.
        const QString latin1 = write(QStringLiteral("l.csv"), "date,stock_code,description,units,revenue_gbp\n2024-02-01,C,CAF\xC9,1,1.00\n");
        const Run refused = run({QStringLiteral("import"), QStringLiteral("--database"), db, latin1});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("byte offset 62")), qPrintable(refused.err));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--encoding"), QStringLiteral("latin1"), QStringLiteral("--database"),
                      db, latin1}).exitCode, 0);
        auto opened = cp::Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT units_sold, revenue_minor FROM product_days WHERE product_id = 'A'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(4));
        QCOMPARE(q.value(1).toLongLong(), qint64(610));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM products WHERE id = 'C'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("CAFÉ"));
        opened->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
