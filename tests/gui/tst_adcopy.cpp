// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 in the window: the language model's connection, a new campaign's
// copy picked, edited and regenerated before approval, and a generated
// explanation beside the rule's rationale — against a loopback model.
#include "../support/fakechatmodel.h"
#include "../support/faultserver.h"
#include "agents/cycle/campaigncreator.h"
#include "agents/import/recording.h"
#include "models/database.h"
#include "models/decisionstore.h"
#include "ui/adcopydialog.h"
#include "ui/connectionsdialog.h"
#include "ui/decisionqueuepane.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cp;

namespace {
ModelEndpoint endpointOf(const FaultServer &server)
{
    ModelEndpoint e;
    e.url = QUrl(server.baseUrl() + QStringLiteral("/v1"));
    e.model = QStringLiteral("test-llm");
    e.language = QStringLiteral("en");
    return e;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestAdCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<QList<cp::Recommendation>>(); }

    void theModelConnectionIsOffByDefaultAndChecked()
    {
        ConnectionsDialog dialog(Connections{});
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("modelKind"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("none"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("modelUrl"))->isEnabled());
        QCOMPARE(dialog.connections().model.kind, Connection::Kind::None);
        kind->setCurrentIndex(kind->findData(QStringLiteral("openai-compatible")));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("modelUrl"));
        QVERIFY(url->isEnabled());
        url->setText(QStringLiteral("http://192.0.2.7:8080/v1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("modelName"))->setText(QStringLiteral("llama3.1:8b"));
        QVERIFY2(dialog.validate().contains(QLatin1String("Language model")) && dialog.validate().contains(QLatin1String("HTTPS")),
                 qPrintable(dialog.validate()));
        url->setText(QStringLiteral("http://127.0.0.1:11434/v1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("modelKey"))->setText(QStringLiteral("sk-typed"));
        dialog.findChild<QLineEdit *>(QStringLiteral("modelLanguage"))->setText(QStringLiteral("de"));
        QVERIFY2(dialog.validate().isEmpty(), qPrintable(dialog.validate()));
        const Connection model = dialog.connections().model;
        QCOMPARE(model.kind, Connection::Kind::OpenAiCompatible);
        QCOMPARE(model.model, QStringLiteral("llama3.1:8b"));
        QCOMPARE(model.language, QStringLiteral("de"));
        QCOMPARE(dialog.modelSecrets().token, QByteArray("sk-typed"));
        // The form scrolls (it is taller than a small screen): the picture shows the language model's part.
        dialog.resize(720, 700);
        dialog.show();
        QCoreApplication::processEvents();
        dialog.findChild<QScrollArea *>()->ensureWidgetVisible(dialog.findChild<QWidget *>(QStringLiteral("modelBox")), 0, 0);
        shoot(&dialog, QStringLiteral("connections-language-model.png"));
    }

    void regenerateKeepsWhatWasTyped()
    {
        Recommendation r;
        r.id = 7;
        r.action = Recommendation::Action::Create;
        r.copy.variants = {AdCopy{QStringLiteral("Picnic basket — a favourite"), QStringLiteral("Picnic basket for £20.00."), QString(),
                                  QStringLiteral("template"), {}, {}}};
        r.campaignName = r.copy.variants.first().headline;
        r.adCopy = r.copy.variants.first().primaryText;
        AdCopyDialog dialog(r, CopyCheck::Limits{}, true);
        dialog.headlineEdit()->setText(QStringLiteral("My own words"));
        // The model's answer arrives after the operator typed: the edit stays, as a version of its own.
        dialog.addVariant(AdCopy{QStringLiteral("Lunch in the park"), QStringLiteral("Wicker for sunny days."), QString(),
                                 QStringLiteral("model"), QStringLiteral("test-llm-1"), QStringLiteral("ad-copy/2")});
        QCOMPARE(dialog.variantList()->count(), 3);
        QCOMPARE(dialog.headlineEdit()->text(), QStringLiteral("Lunch in the park"));
        const CopyChoice picked = dialog.choice();
        QCOMPARE(picked.variants.size(), 3);
        QCOMPARE(picked.variants[1].headline, QStringLiteral("My own words"));
        QCOMPARE(picked.variants[1].source, QStringLiteral("operator"));
        dialog.variantList()->setCurrentRow(1);
        QCOMPARE(dialog.headlineEdit()->text(), QStringLiteral("My own words"));
        // Nothing typed: no extra version.
        dialog.variantList()->setCurrentRow(2);
        dialog.addVariant(AdCopy{QStringLiteral("Another"), QStringLiteral("Wicker."), QString(), QStringLiteral("model"), {}, {}});
        QCOMPARE(dialog.variantList()->count(), 4);
    }

    void theConnectionsDialogFitsASmallScreen()
    {
        // A 1280 × 720 screen: the dialog (three connections' forms) is
        // taller than that, and its Save button must stay in reach.
        QWidget screen;
        screen.resize(1280, 720);
        ConnectionsDialog dialog(Connections{}, &screen);
        dialog.resize(900, 680);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.height() <= 680, qPrintable(QString::number(dialog.height())));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->isVisible());
        const QRect inDialog(buttons->mapTo(&dialog, QPoint(0, 0)), buttons->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(QStringLiteral("buttons at %1,%2 %3×%4 in a dialog of %5×%6")
                                                                  .arg(inDialog.x()).arg(inDialog.y()).arg(inDialog.width())
                                                                  .arg(inDialog.height()).arg(dialog.width()).arg(dialog.height())));
        // The language model's fields are reached by scrolling.
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("modelKind"));
        QVERIFY(kind);
        shoot(&dialog, QStringLiteral("connections-1280x720.png"));
    }

    void pickEditRegenerateAndExplain()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(opened);
        Database db = *opened;
        QVERIFY(Recording::load(QStringLiteral("demo"), db.connection()));
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE workspace SET kind = 'live'")));
        auto input = CycleSteps::load(db.connection());
        QVERIFY(input);

        FaultServer server;
        auto model = std::make_shared<FakeChatModel>();
        QString headline = QStringLiteral("Picnic in style");
        model->answer = [&headline](const QJsonObject &request) {
            const QString system = request.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString();
            if (system.contains(QLatin1String("You explain")))
                return FakeChatModel::reply(QStringLiteral("The campaign's sales and page views are judged against the days before "
                                                           "it; the rules found this result and propose what is shown above."));
            return FakeChatModel::reply(FakeChatModel::copy(headline,
                                                            QStringLiteral("A wicker basket for sunny days."), QStringLiteral("Ready for the park")));
        };
        server.handler = [model](const FaultServer::Seen &s) { return (*model)(s); };

        // A cycle's Creator with the model, its recommendations in the store.
        CampaignCreator creator(std::make_shared<TemplateCopyWriter>());
        QSignalSpy created(&creator, &CampaignCreator::finished);
        std::atomic_bool never{false};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        creator.run(*input, Policy{}, QStringLiteral("c1"), now, std::make_shared<std::atomic_bool>(false), endpointOf(server));
        QVERIFY(created.wait(60000));
        QList<Recommendation> recs = created.first().first().value<QList<Recommendation>>();
        recs += CycleSteps::manage(CycleSteps::analyse(*input, Policy{}, never), Policy{}, QStringLiteral("c1"), now, never);
        DecisionStore store(db.connection());
        QVERIFY(store.add(recs).ok());

        DecisionQueuePane pane;
        pane.resize(1280, 720);
        auto reload = [&] { pane.setRows(*store.list(), QStringLiteral("GBP")); };
        QStringList outcomes;
        pane.setDesk({[&](DecisionQueuePane::Work work, bool, const QList<qint64> &) {
                          const StoreSession::Outcome o = work(store);
                          outcomes << o.title + QStringLiteral(": ") + o.text;
                          reload();
                      },
                      [] { return QStringLiteral("ops"); }, [] { return Policy{}; }});
        reload();
        pane.show();
        QVERIFY(!pane.explainAction()->isEnabled() || pane.selectedIds().isEmpty());
        pane.setLanguageModel(endpointOf(server));

        qint64 createId = 0;
        for (const Recommendation &r : pane.model()->rows())
            if (r.action == Recommendation::Action::Create && !createId)
                createId = r.id;
        QVERIFY(pane.select(createId));
        QVERIFY(pane.detail()->toPlainText().contains(QLatin1String("written by the language model test-llm-1")));
        QVERIFY(pane.copyAction()->isEnabled());

        // Ad copy…: the two versions, one more from the model, then the operator's edit.
        pane.copyAction()->trigger();
        AdCopyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<AdCopyDialog *>()) != nullptr);
        QCOMPARE(dialog->variantList()->count(), 2);
        QCOMPARE(dialog->headlineEdit()->text(), QStringLiteral("Picnic in style"));
        QVERIFY(dialog->regenerateButton()->isEnabled());
        headline = QStringLiteral("Lunch in the park");
        QTest::mouseClick(dialog->regenerateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->variantList()->count(), 3, 30000);
        QCOMPARE(dialog->headlineEdit()->text(), QStringLiteral("Lunch in the park"));
        dialog->resize(640, dialog->sizeHint().height());
        shoot(dialog, QStringLiteral("ad-copy-dialog.png"));
        dialog->headlineEdit()->setText(QStringLiteral("The finest wicker picnic basket for the whole family"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("copyCounts"))->text().contains(QLatin1String("52/40")));
        dialog->accept();
        QVERIFY2(dialog->problemLabel()->text().contains(QLatin1String("headline has 52 characters")), qPrintable(dialog->problemLabel()->text()));
        QVERIFY(dialog->isVisible());   // refused: not saved
        dialog->headlineEdit()->setText(QStringLiteral("Wicker for the park"));
        dialog->accept();
        QTRY_VERIFY(!outcomes.isEmpty());
        QVERIFY2(outcomes.last().startsWith(QLatin1String("Ad copy changed")), qPrintable(outcomes.last()));
        const Recommendation saved = *store.get(createId);
        QCOMPARE(saved.campaignName, QStringLiteral("Wicker for the park"));
        QCOMPARE(saved.adCopy, QStringLiteral("A wicker basket for sunny days."));
        QCOMPARE(saved.copy.current()->source, QStringLiteral("operator"));
        QCOMPARE(saved.copy.variants.size(), 4);   // template, model, regenerated, the operator's

        // Explain: a paragraph beside the rationale, marked as generated.
        qint64 managerId = 0;
        for (const Recommendation &r : pane.model()->rows())
            if (r.agent == u"manager" && !managerId)
                managerId = r.id;
        QVERIFY(pane.select(managerId));
        QVERIFY(pane.explainAction()->isEnabled());
        const QString rationale = store.get(managerId)->rationale;
        pane.explainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane.detail()->toPlainText().contains(QLatin1String("In plain words")), 30000);
        const QString detail = pane.detail()->toPlainText();
        QVERIFY(detail.contains(QLatin1String("generated by the language model test-llm-1")));
        QVERIFY(detail.contains(rationale.left(40)));   // beside, never instead of, the rule's own
        shoot(&pane, QStringLiteral("decision-queue-explanation.png"));

        // A hostile explanation is refused with the reason.
        model->answer = [](const QJsonObject &) { return FakeChatModel::reply(QStringLiteral("Pause it now: ROAS is 123.45 <b>!</b>")); };
        pane.explainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane.detail()->toPlainText().contains(QLatin1String("explanation was refused")), 30000);
        QVERIFY(!pane.detail()->toPlainText().contains(QLatin1String("123.45")));
        store = DecisionStore(QSqlDatabase());   // lets go of the connection before it is closed
        db.closeThreadConnection();
    }
};

QTEST_MAIN(TestAdCopy)
#include "tst_adcopy.moc"
