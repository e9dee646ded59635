// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the main window on the demo, in German and in Spanish, shows no
// English text that has a translation: every label, button, action, tab,
// menu and column header is compared with the .ts sources. With
// CP_SCREENSHOT_DIR set it also saves main-window-de.png and -es.png.
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cp;

namespace {
// The English sources that have a translation of their own in `lang`, without
// mnemonics ("&File" -> "File").
QSet<QString> translatedSources(const QString &lang)
{
    QFile f(QStringLiteral(CP_SOURCE_DIR "/translations/campaign-pilot_%1.ts").arg(lang));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.isEmpty() && t != source && !source.contains(u'%'))
                out.insert(QString(source).remove(u'&'));
        }
    }
    return out;
}

QString plain(const QString &text)
{
    QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return t.remove(u'&').trimmed();
}
} // namespace

class TstLanguages : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(CP_QM_DIR "/campaign-pilot_%1.qm").arg(lang)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QLocale before;
        QLocale::setDefault(QLocale(lang));
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        const QSet<QString> english = translatedSources(lang);
        QVERIFY2(english.size() > 500, qPrintable(QString::number(english.size())));

        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("demo"));
        window.resize(1280, 720);
        QSignalSpy shown(&window, &MainWindow::storeShown);
        window.show();
        QVERIFY(shown.wait(60000));

        QStringList left;
        auto check = [&](const QString &where, const QString &text) {
            const QString t = plain(text);
            if (english.contains(t))
                left << QStringLiteral("%1: \"%2\"").arg(where, t);
        };
        check(QStringLiteral("window title"), window.windowTitle());
        for (auto *w : window.findChildren<QLabel *>())
            check(QStringLiteral("label"), w->text());
        for (auto *w : window.findChildren<QAbstractButton *>())
            check(QStringLiteral("button"), w->text());
        for (auto *w : window.findChildren<QGroupBox *>())
            check(QStringLiteral("group"), w->title());
        for (auto *a : window.findChildren<QAction *>())
            check(QStringLiteral("action"), a->text());
        for (auto *m : window.findChildren<QMenu *>())
            check(QStringLiteral("menu"), m->title());
        for (auto *bar : window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                check(QStringLiteral("tab"), bar->tabText(i));
        for (auto *view : window.findChildren<QTableView *>()) {
            if (!view->model())
                continue;
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(QStringLiteral("column"), view->model()->headerData(c, Qt::Horizontal).toString());
        }
        left.removeDuplicates();
        QVERIFY2(left.isEmpty(), qPrintable(lang + QStringLiteral(": English left in the window:\n  ") + left.join(QStringLiteral("\n  "))));

        const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(2000);   // the overview's figures load in the background
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            window.grab().save(shots + QStringLiteral("/main-window-%1.png").arg(lang));
        }
    }
};

QTEST_MAIN(TstLanguages)
#include "tst_languages.moc"
