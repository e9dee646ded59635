// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign Pilot — wiring only: parse the command line, then either run a
// headless command or open the main window.
#include "commandline.h"
#include "models/database.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QFile>
#include <QSettings>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

// Whether the window opens: the command line, parsed once before there is an
// application (so untranslated; it is parsed again after the translators are
// in). A hand-kept list of the options that take a value took `--merge add`
// without a command for one: the window was made on a QCoreApplication.
bool needsGui(int argc, char **argv)
{
    // Qt's own options for a window (QGuiApplication, QApplication: -reverse,
    // -style fusion, -platform xcb, …) are taken out first: QApplication
    // takes them out of the arguments the second parse reads.
    static const QByteArrayList qtFlags{"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};
    static const QByteArrayList qtWithValue{"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
                                            "-qwindowtitle", "-qwindowicon", "-style", "-stylesheet", "-session", "-display",
                                            "-geometry"};
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (i > 0 && qtFlags.contains(a))
            continue;
        if (i > 0 && qtWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (i > 0 && (a.startsWith("-style=") || a.startsWith("-stylesheet=")))
            continue;
        args << QString::fromLocal8Bit(a);
    }
    return cp::CommandLine::parse(args).command == cp::CommandLine::Command::Gui;
}

QString requestedLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : cp::CommandLine::localeFor(language, QLocale::system());
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // A language without a translation of its own (and the C locale) gets
    // the English one, which holds the plural forms: "1 day", "2 days", not "day(s)".
    const bool ownLanguage = own->load(locale, QStringLiteral("campaign-pilot"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (ownLanguage || own->load(QStringLiteral("campaign-pilot_en"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    // --lang fr: a real language without a translation of ours is shown in
    // English, and said so (an unknown code is refused by the command line).
    if (!ownLanguage && !language.isEmpty() && locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage)
        std::fprintf(stderr, "campaign-pilot: there is no %s translation of Campaign Pilot; its own texts are in English\n",
                     qPrintable(QLocale::languageToString(locale.language())));
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// The settings file holds no secret (passwords are in the keychain), but
// who works in which workspaces and where the team's server is are nobody
// else's to read: 0600, as the workspaces' own files. QSettings keeps a
// file's permissions when it rewrites it; one it creates is fixed on exit.
void protectSettingsFile()
{
    QSettings settings;
    settings.sync();
    const QString path = settings.fileName();
    if (settings.format() == QSettings::NativeFormat && QFileInfo::exists(path))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

bool exportsChart(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "export-chart")
            return true;
    return false;
}

int main(int argc, char **argv)
{
    // export-chart renders with Qt Charts (widgets) but needs no display.
    const bool chart = exportsChart(argc, argv);
    if (chart && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool gui = needsGui(argc, argv) || chart;
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("campaign-pilot"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-pilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
    installTranslators(*app, requestedLanguage(argc, argv));

    protectSettingsFile();
    const cp::CommandLine cl = cp::CommandLine::parse(QCoreApplication::arguments());
    if (cl.command != cp::CommandLine::Command::Gui) {
        const int code = cp::runHeadless(cl);
        protectSettingsFile();
        return code;
    }

    // Without --database or --recording: the last workspace, else the store of
    // an earlier version at the old default path, else the start page.
    cp::WorkspaceRequest request{cl.database, cl.recording, QString(), false};
    if (request.path.isEmpty() && request.recording.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("last_workspace")).toString();
        // A team workspace is an address, not a file: reopened too (it logs
        // in first, as when it was opened).
        if (!last.isEmpty() && (QFileInfo(last).isFile() || cp::Database::isPostgresUrl(last)))
            request.path = last;
        else if (QFileInfo(cp::Workspaces::defaultLivePath()).isFile())
            request.path = cp::Workspaces::defaultLivePath();
        request.mustExist = !request.path.isEmpty();
    }
    cp::Theme::applySaved();   // light, dark or the system's (Settings ▸ General)
    cp::MainWindow window(request);
    window.show();
    const int code = app->exec();
    protectSettingsFile();
    return code;
}
