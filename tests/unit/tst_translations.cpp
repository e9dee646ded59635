// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the translations stay complete. For German and Spanish: no
// unfinished or vanished message; every string the sources mark is in the .ts
// (lupdate is run into a temporary copy); a translation keeps the source's
// placeholders, HTML tags and & mnemonic; a plural has all its forms. A
// heuristic scan of the sources fails on user-visible text that tr() cannot
// reach. A spot check loads the built .qm files and asks classes whose tr()
// context differs from lupdate's guess (inherited tr(), Q_DECLARE_TR_FUNCTIONS).
//
// CP_I18N_SOURCE_DIR points the test at another copy of the tree (to see it
// fail on a deliberately broken copy).
#include "agents/import/catalogimporter.h"
#include "agents/import/csvreader.h"
#include "agents/import/dailyadsimporter.h"
#include "models/money.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("es")};
// Plural forms per language, as Qt's lrelease counts them.
const QHash<QString, int> kPluralForms{{QStringLiteral("de"), 2}, {QStringLiteral("es"), 2}};
const QStringList kScanned{QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("agents"), QStringLiteral("models")};

QString sourceDir()
{
    return qEnvironmentVariable("CP_I18N_SOURCE_DIR", QStringLiteral(CP_SOURCE_DIR));
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;          // "", "unfinished", "vanished", "obsolete"
    QStringList forms;     // one text, or the plural forms
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();   // <numerusform>
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath(const QString &dir, const QString &lang)
{
    return dir + QStringLiteral("/translations/campaign-pilot_%1.ts").arg(lang);
}

QStringList placeholders(const QString &text, bool withN = true)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(1);
        if (withN || p != u"n")
            out << p;
    }
    out.sort();
    return out;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toLower();
    out.sort();
    return out;
}

int mnemonics(QString text)
{
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    text.replace(QStringLiteral("&&"), QString());
    return int(text.count(re));
}

QString summary(const QStringList &problems)
{
    QStringList shown = problems.mid(0, 15);
    if (problems.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(problems.size() - shown.size());
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + shown.join(QStringLiteral("\n  "));
}

QString lupdate()
{
    const QString configured = QStringLiteral(CP_LUPDATE);
    if (QFileInfo(configured).isExecutable())
        return configured;
    const QString debian = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

// Whether position `at` of a line lies inside an open tr(…), translate(…) or
// QT_*_NOOP(…) call that starts on the same line.
bool insideTranslateCall(const QString &line, qsizetype at)
{
    static const QRegularExpression marker(QStringLiteral("\\b(?:tr|translate|QT_TR_NOOP|QT_TR_N_NOOP|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3)\\s*\\("));
    for (auto it = marker.globalMatch(line.left(at)); it.hasNext();) {
        const auto m = it.next();
        int depth = 0;
        bool inString = false;
        for (qsizetype i = m.capturedEnd(0) - 1; i < at; ++i) {
            const QChar c = line.at(i);
            if (inString) {
                if (c == u'\\')
                    ++i;
                else if (c == u'"')
                    inString = false;
            } else if (c == u'"') {
                inString = true;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                --depth;
            }
        }
        if (depth > 0)
            return true;
    }
    return false;
}

// A line without its trailing // comment (a "//" inside a literal stays).
QString withoutComment(const QString &line)
{
    bool inString = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'/' && line.at(i + 1) == u'/') {
            return line.left(i);
        }
    }
    return line;
}

// A string literal's text with what is not a word taken out: placeholders,
// HTML tags, entities, escapes.
QString wordsOf(QString text)
{
    static const QRegularExpression strip(QStringLiteral("<[^>]*>|&\\w+;|%L?\\d+|%n|\\\\[nt\"\\\\]"));
    return text.replace(strip, QStringLiteral(" "));
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noUnfinishedOrVanished_data();
    void noUnfinishedOrVanished();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void everySourceStringIsInTheTs_data();
    void everySourceStringIsInTheTs();
    void userVisibleLiteralsAreTranslatable_data();
    void userVisibleLiteralsAreTranslatable();
    void loadedTranslationsReachTheCode_data();
    void loadedTranslationsReachTheCode();
    void englishHasEveryPluralForm();
    void englishPluralsReachTheCode();

private:
    QHash<QString, QList<Message>> m_ts;         // language -> the committed .ts
    QHash<QString, QList<Message>> m_refreshed;  // language -> lupdate's view of the sources
    QString m_lupdateError;
};

void TstTranslations::initTestCase()
{
    for (const QString &lang : kLanguages) {
        QString error;
        m_ts[lang] = readTs(tsPath(sourceDir(), lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsPath(sourceDir(), lang) + QStringLiteral(": ") + error));
        QVERIFY2(!m_ts[lang].isEmpty(), qPrintable(tsPath(sourceDir(), lang) + QStringLiteral(" holds no message")));
    }

    // lupdate over the sources, into copies: what the .ts files would be after a refresh.
    const QString tool = lupdate();
    if (tool.isEmpty()) {
        m_lupdateError = QStringLiteral("lupdate not found (Debian: qt6-l10n-tools, which .ci/setup installs)");
        return;
    }
    static QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete")};
    for (const QString &d : kScanned)
        args << sourceDir() + u'/' + d;
    args << QStringLiteral("-ts");
    for (const QString &lang : kLanguages) {
        const QString copy = tmp.filePath(QStringLiteral("campaign-pilot_%1.ts").arg(lang));
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsPath(sourceDir(), lang), copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        args << copy;
    }
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_lupdateError = QStringLiteral("lupdate failed: ") + QString::fromUtf8(p.readAllStandardError());
        return;
    }
    for (const QString &lang : kLanguages) {
        QString error;
        m_refreshed[lang] = readTs(tmp.filePath(QStringLiteral("campaign-pilot_%1.ts").arg(lang)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TstTranslations::noUnfinishedOrVanished_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : kLanguages)
        QTest::newRow(qPrintable(lang)) << lang;
}

void TstTranslations::noUnfinishedOrVanished()
{
    QFETCH(QString, lang);
    QStringList problems;
    for (const Message &m : std::as_const(m_ts[lang])) {
        if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(" ") + m.name();
        else if (std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            problems << QStringLiteral("empty ") + m.name();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(lang + QStringLiteral(": ") + summary(problems)
                                            + QStringLiteral("\nRun translations/refresh.sh (see translations/README.md).")));
}

void TstTranslations::translationsKeepPlaceholders_data()
{
    noUnfinishedOrVanished_data();
}

void TstTranslations::translationsKeepPlaceholders()
{
    QFETCH(QString, lang);
    QStringList problems;
    for (const Message &m : std::as_const(m_ts[lang])) {
        if (!m.type.isEmpty())
            continue;   // reported by noUnfinishedOrVanished
        if (m.numerus && m.forms.size() != kPluralForms.value(lang)) {
            problems << QStringLiteral("%1 plural form(s), %2 has %3: ").arg(m.forms.size()).arg(lang).arg(kPluralForms.value(lang)) + m.name();
            continue;
        }
        for (const QString &form : m.forms) {
            const bool sameArgs = m.numerus ? placeholders(form, false) == placeholders(m.source, false)
                                                  && (!m.source.contains(QLatin1String("%n")) || form.contains(QLatin1String("%n")))
                                            : placeholders(form) == placeholders(m.source);
            if (!sameArgs)
                problems << QStringLiteral("placeholders %1 vs %2 in \"%3\" for ")
                                .arg(placeholders(form).join(u','), placeholders(m.source).join(u','), form)
                         + m.name();
            if (htmlTags(form) != htmlTags(m.source))
                problems << QStringLiteral("HTML tags differ in \"%1\" for ").arg(form) + m.name();
            if (mnemonics(form) != mnemonics(m.source))
                problems << QStringLiteral("%1 mnemonic(s) in \"%2\", the source has %3: ").arg(mnemonics(form)).arg(form).arg(mnemonics(m.source))
                                + m.name();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(lang + QStringLiteral(": ") + summary(problems)));
}

void TstTranslations::everySourceStringIsInTheTs_data()
{
    noUnfinishedOrVanished_data();
}

void TstTranslations::everySourceStringIsInTheTs()
{
    QFETCH(QString, lang);
    QVERIFY2(m_lupdateError.isEmpty(), qPrintable(m_lupdateError));
    QSet<QString> committed, scanned;
    QHash<QString, QString> names;
    for (const Message &m : std::as_const(m_ts[lang])) {
        committed.insert(m.key());
        names.insert(m.key(), m.name());
    }
    for (const Message &m : std::as_const(m_refreshed[lang])) {
        scanned.insert(m.key());
        names.insert(m.key(), m.name());
    }
    QStringList problems;
    for (const QString &k : scanned - committed)
        problems << QStringLiteral("not in the .ts (new in the sources): ") + names.value(k);
    for (const QString &k : committed - scanned)
        problems << QStringLiteral("in the .ts but gone from the sources: ") + names.value(k);
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(lang + QStringLiteral(": ") + summary(problems)
                                            + QStringLiteral("\nRun translations/refresh.sh (see translations/README.md).")));
}

void TstTranslations::userVisibleLiteralsAreTranslatable_data()
{
    // Each rule: a pattern whose capture 1 is a literal's text, and the folders
    // it applies to. A literal is reported when, placeholders and markup taken
    // out, it still holds a word (two letters in a row; for an Error's message
    // and for ui/ literals in general, two words: "data.budget " is a JSON
    // path, not a sentence).
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<bool>("sentencesOnly");
    const QString literal = QStringLiteral("(?:QStringLiteral\\(|QLatin1String\\(|QString::fromUtf8\\(|u)?\"((?:[^\"\\\\]|\\\\.)*)\"");
    // A widget setter, a message box or a widget constructor called with a bare literal.
    QTest::newRow("widget text")
        << QStringLiteral("\\b(?:setText|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setWindowTitle|setTitle|setLabelText"
                          "|showMessage|addItem|addItems|addAction|addMenu|addTab|insertTab|setTabText|setTabToolTip|setAccessibleName"
                          "|setAccessibleDescription|setSuffix|setPrefix|setSpecialValueText|addRow|setHeaderLabels|setButtonText"
                          "|information|warning|critical|question|about|QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton"
                          "|QGroupBox|QAction|QMenu)\\((?:[^,()\"]*,\\s*)*")
               + literal
        << QStringList{QStringLiteral("ui"), QStringLiteral("app")} << false;
    // An Error's message is shown to the user as it is.
    QTest::newRow("error message") << QStringLiteral("\\bError\\{\\s*") + literal << kScanned << true;
    // Any other ui/ literal that reads as a sentence (status texts, outcomes…).
    QTest::newRow("ui sentence") << literal << QStringList{QStringLiteral("ui")} << true;
}

void TstTranslations::userVisibleLiteralsAreTranslatable()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, folders);
    QFETCH(bool, sentencesOnly);
    // Not words to translate: example addresses (plain HTTP only on this
    // machine: a local language model's), Qt style sheets, the
    // generator line written into an exported recording's manifest (data).
    static const QStringList allowed{QStringLiteral("https://"), QStringLiteral("http://127.0.0.1"), QStringLiteral("QLabel#"), QStringLiteral("QToolButton{"),
                                     QStringLiteral("QPushButton{"), QStringLiteral("Campaign Pilot File > Export recording")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression sentence(QStringLiteral("[A-Za-z]{2,}[,;:]?\\s+[A-Za-z]{2,}"));
    const QRegularExpression re(pattern);
    QStringList problems;
    for (const QString &folder : folders) {
        QDirIterator it(sourceDir() + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString line = withoutComment(lines.at(i)).trimmed();
                // Comments, includes, and a literal continuing the previous
                // line's call (its call is judged on that line).
                if (line.startsWith(QLatin1String("//")) || line.startsWith(u'*') || line.startsWith(QLatin1String("/*"))
                    || line.startsWith(QLatin1String("#include")) || line.startsWith(u'"'))
                    continue;
                for (auto m = re.globalMatch(line); m.hasNext();) {
                    const auto match = m.next();
                    // Already inside tr("…") or a NOOP marker: translatable.
                    if (insideTranslateCall(line, match.capturedStart(0)))
                        continue;
                    const QString text = match.captured(1);
                    if (std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return text.contains(a); }))
                        continue;
                    const QString words = wordsOf(text);
                    if (sentencesOnly ? !sentence.match(words).hasMatch() : !word.match(words).hasMatch())
                        continue;
                    problems << QStringLiteral("%1:%2: \"%3\"").arg(QDir(sourceDir()).relativeFilePath(path)).arg(i + 1).arg(text);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("user-visible text outside tr(): ") + summary(problems)));
}

void TstTranslations::loadedTranslationsReachTheCode_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("catalog");        // CatalogImporter::displayName(): tr() inherited from Importer
    QTest::addColumn<QString>("adSet");          // DailyAdsImporter's ad-unit name
    QTest::addColumn<QString>("cannotOpen");     // CsvReader's own context
    QTest::addColumn<QString>("amount");         // formatAmount through QLocale
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Produktkatalog") << QStringLiteral("Anzeigengruppe")
                        << QStringLiteral("die Datei kann nicht geöffnet werden") << QStringLiteral("-351,84");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Catálogo de productos") << QStringLiteral("Conjunto de anuncios")
                        << QStringLiteral("no se puede abrir el archivo") << QStringLiteral("-351,84");
}

void TstTranslations::loadedTranslationsReachTheCode()
{
    QFETCH(QString, lang);
    QFETCH(QString, catalog);
    QFETCH(QString, adSet);
    QFETCH(QString, cannotOpen);
    QFETCH(QString, amount);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(CP_QM_DIR "/campaign-pilot_%1.qm").arg(lang)),
             qPrintable(QStringLiteral("cannot load %1/campaign-pilot_%2.qm (built with the campaign-pilot target)").arg(QStringLiteral(CP_QM_DIR), lang)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale before;
    QLocale::setDefault(QLocale(lang));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });

    QCOMPARE(cp::CatalogImporter().displayName(), catalog);
    const auto fields = cp::DailyAdsImporter().fields();
    QVERIFY(std::any_of(fields.cbegin(), fields.cend(), [&](const cp::FieldSpec &f) { return f.label == adSet; }));
    const auto opened = cp::CsvReader::open(QStringLiteral("/nonexistent/campaign-pilot.csv"));
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.startsWith(cannotOpen), qPrintable(opened.error().message));
    QCOMPARE(cp::formatAmount(cp::Money::fromMinor(-35184)), amount);
}

// English is the source language, but "%n day(s)" needs its plural forms:
// campaign-pilot_en.ts holds the numerus messages only (lupdate
// -pluralonly), each with a singular and a plural and no "(s)" left.
void TstTranslations::englishHasEveryPluralForm()
{
    const QString tool = lupdate();
    if (tool.isEmpty())
        QFAIL("lupdate not found (Debian: qt6-l10n-tools, which .ci/setup installs)");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QStringLiteral("campaign-pilot_en.ts"));
    QVERIFY(QFile::copy(tsPath(sourceDir(), QStringLiteral("en")), copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-pluralonly"),
                     QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-target-language"), QStringLiteral("en")};
    for (const QString &d : kScanned)
        args << sourceDir() + u'/' + d;
    args << QStringLiteral("-ts") << copy;
    QProcess p;
    p.start(tool, args);
    QVERIFY(p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0);
    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (!m.type.isEmpty())
            problems << m.name() + QStringLiteral(" is ") + m.type + QStringLiteral(" (add it to translations/en.json, run refresh.sh)");
        else if (m.forms.size() != 2 || m.forms.first().isEmpty() || m.forms.last().isEmpty())
            problems << m.name() + QStringLiteral(": not a singular and a plural");
        else if (m.forms.join(u' ').contains(QLatin1String("(s)")))
            problems << m.name() + QStringLiteral(": a form still says (s)");
    }
    QVERIFY2(numerus > 20, qPrintable(QStringLiteral("only %1 plural messages found").arg(numerus)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::englishPluralsReachTheCode()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(CP_QM_DIR "/campaign-pilot_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    const char *text = "No daily figures for the last %n day(s)";
    QCOMPARE(QCoreApplication::translate("cp::RecommendationModel", text, nullptr, 1), QStringLiteral("No daily figures for the last 1 day"));
    QCOMPARE(QCoreApplication::translate("cp::RecommendationModel", text, nullptr, 14), QStringLiteral("No daily figures for the last 14 days"));
    QCOMPARE(QCoreApplication::translate("cp::MainWindow", "%n decision(s) wait for you", nullptr, 1), QStringLiteral("1 decision waits for you"));
    QCOMPARE(QCoreApplication::translate("cp::AuditPane", "Audit log exported: %n entry(s) to %1", nullptr, 2),
             QStringLiteral("Audit log exported: 2 entries to %1"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
