// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

namespace cp {

// What the command line asked for. Parsed before any QApplication exists, so
// that headless commands never need a display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Command { Gui, Import, MakeDemo, Cycle, Send, PrintPolicy, ExportChart, ExportRecording, Simulate, Workspace, Queue, Audit, Stop, Resume, Station, Team, Help, Version, Invalid };

    Command command = Command::Gui;
    QString database;        // --database PATH
    QString recording;       // --recording PATH|demo
    QString language;        // --lang CODE
    // import
    QString importer;        // --importer ID (default: detected from the header)
    QStringList files;       // positional files
    bool skipBadRows = false;
    QString currency;        // --currency GBP (import: the files' amounts)
    QString encoding;        // --encoding latin1|windows-1252 (default: UTF-8/UTF-16 with BOM)
    QString merge;           // --merge add|replace|stop (default stop)
    QString dateOrder;       // --date-order mdy|dmy (default: month first, ambiguous files refused)
    // make-demo
    QString source;          // --source DIR (shared/data/public)
    QString output;          // --out DIR
    // cycle / send
    bool json = false;       // --json
    bool approved = false;   // send --approved
    QString policy;          // --policy FILE
    QString operatorName;    // --operator NAME (default: $USER)
    bool operatorGiven = false;   // --operator was given (queue: else the window's operator name)
    // send: the live platform
    QString platform;        // --platform recorded|campaign-pilot-api|meta
    QString platformUrl;     // --platform-url URL
    QString metaAccount;     // --meta-account ID
    // cycle: the live store
    QString store;           // --store campaign-pilot-api|woocommerce
    QString storeUrl;        // --store-url URL
    // simulate
    QStringList policies;    // --policy, repeatable (simulate)
    QString from, to, report, approve;
    // export-chart
    QString campaign, product, category, kind;
    QSize size{1200, 700};
    QString subcommand;      // workspace: reidentify; queue: list|approve|reject|snooze; audit: verify
    // queue
    QList<qint64> ids;       // the recommendations' ids
    QString reason;          // reject --reason TEXT
    QString until;           // snooze --until DATE
    bool all = false;        // list --all: every status, snoozed ones too
    // station
    QString every;           // --every DURATION (15m, 1h, 1d; default 1h)
    bool once = false;       // --once: one round, then exit
    // team
    QString teamRole;        // add --role viewer|operator|admin
    QString member;          // add|remove NAME
    QString message;         // help text, version text or the parse error

    static CommandLine parse(const QStringList &arguments);
    // The locale for --lang CODE: the language asked for, with the system's
    // regional formats where the system has that language in its country
    // (--lang en on an en_GB or de_DE desktop writes 07/12/2026, not the US
    // 12/7/26). A code with its country (en_US, de_AT) is taken as it is.
    static QLocale localeFor(const QString &language, const QLocale &system);
    // --platform names a live ad platform (not empty, not "recorded").
    bool namesLivePlatform() const { return !platform.isEmpty() && platform != u"recorded"; }
};

// Runs a headless command; returns the process exit code.
int runHeadless(const CommandLine &cl);

} // namespace cp
