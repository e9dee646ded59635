// SPDX-License-Identifier: GPL-3.0-or-later
// The README cannot go stale unnoticed: every command and option of its
// command-line block is in the program's --help, every screenshot it shows
// exists, the default paths it names are the ones the program uses, and the
// version agrees across --version, CHANGELOG.md and the AppStream metainfo.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CP_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// The fenced block that follows a heading.
QString blockAfter(const QString &text, const QString &heading)
{
    const qsizetype at = text.indexOf(heading);
    if (at < 0)
        return {};
    const qsizetype open = text.indexOf(QLatin1String("```"), at);
    const qsizetype close = text.indexOf(QLatin1String("```"), open + 3);
    return open < 0 || close < 0 ? QString() : text.mid(open + 3, close - open - 3);
}
} // namespace

class TestReadme : public QObject
{
    Q_OBJECT
    const QString m_readme = read(QStringLiteral(CP_SOURCE_DIR "/README.md"));

private slots:
    void everyCommandAndOptionIsInTheHelp()
    {
        const QString block = blockAfter(m_readme, QStringLiteral("## Command line"));
        QVERIFY2(block.contains(QLatin1String("campaign-pilot")), "no command-line block after '## Command line'");
        const QString help = run({QStringLiteral("--help")});
        QVERIFY(help.contains(QLatin1String("--database")));
        QSet<QString> commands, options;
        static const QRegularExpression commandRe(QStringLiteral("^campaign-pilot ([a-z][a-z-]+)"), QRegularExpression::MultilineOption);
        for (auto it = commandRe.globalMatch(block); it.hasNext();)
            commands.insert(it.next().captured(1));
        static const QRegularExpression optionRe(QStringLiteral("(--[a-z][a-z-]+)"));
        for (auto it = optionRe.globalMatch(block); it.hasNext();)
            options.insert(it.next().captured(1));
        QVERIFY(commands.size() >= 8);
        for (const QString &c : std::as_const(commands))
            QVERIFY2(help.contains(QStringLiteral("  ") + c), qPrintable(QStringLiteral("README names command \"%1\"; --help does not").arg(c)));
        for (const QString &o : std::as_const(options))
            QVERIFY2(help.contains(o), qPrintable(QStringLiteral("README names option %1; --help does not").arg(o)));
    }

    void everyScreenshotShownExists()
    {
        static const QRegularExpression imageRe(QStringLiteral("\\]\\((docs/screenshots/[^)]+\\.png)\\)"));
        int shown = 0;
        for (auto it = imageRe.globalMatch(m_readme); it.hasNext(); ++shown) {
            const QString path = QStringLiteral(CP_SOURCE_DIR "/") + it.next().captured(1);
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        }
        QVERIFY(shown >= 5);
    }

    void theDefaultPathsAreTheProgramsOwn()
    {
        // The README says where the default live workspace lives; the program says which one it used.
        static const QRegularExpression pathRe(QStringLiteral("`(~/\\.local/share/[^`]*campaign-pilot\\.sqlite)`"));
        const auto m = pathRe.match(m_readme);
        QVERIFY2(m.hasMatch(), "the README names no default workspace path");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        const QString used = run({QStringLiteral("export-recording"), QStringLiteral("--out"), home.filePath(QStringLiteral("x"))}, env);
        QString expected = m.captured(1);
        expected.replace(QLatin1Char('~'), home.path());
        QVERIFY2(used.section(QLatin1Char('\n'), 0, 0).endsWith(expected), qPrintable(used.section(QLatin1Char('\n'), 0, 0) + QStringLiteral(" vs ") + expected));
        // And the replay workspaces' folder.
        QVERIFY(m_readme.contains(QLatin1String("replays/demo.sqlite")));
        // (`policy` prints its JSON on stdout and the workspace's line on stderr.)
        const QString demo = run({QStringLiteral("policy"), QStringLiteral("--recording"), QStringLiteral("demo")}, env);
        QVERIFY2(demo.contains(home.filePath(QStringLiteral(".local/share/campaign-pilot/campaign-pilot/replays/demo.sqlite")) + QLatin1Char('\n')),
                 qPrintable(demo));
    }

    void theVersionAgreesEverywhere()
    {
        const QString version = QStringLiteral(CP_VERSION);
        QVERIFY(run({QStringLiteral("--version")}).contains(version));
        static const QRegularExpression changelogRe(QStringLiteral("^## (\\d+\\.\\d+\\.\\d+)"), QRegularExpression::MultilineOption);
        QCOMPARE(changelogRe.match(read(QStringLiteral(CP_SOURCE_DIR "/CHANGELOG.md"))).captured(1), version);
        static const QRegularExpression releaseRe(QStringLiteral("<release version=\"([^\"]+)\""));
        QCOMPARE(releaseRe.match(read(QStringLiteral(CP_SOURCE_DIR "/resources/linux/io.github.campaignpilot.CampaignPilot.metainfo.xml"))).captured(1),
                 version);
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
