// SPDX-License-Identifier: GPL-3.0-or-later
// Charts on the demo recording: the values drawn are the store's, export
// writes what was asked, a live update keeps the analyst's zoom.
#include "agents/charts/chartqueries.h"
#include "agents/charts/kpis.h"
#include "agents/import/recording.h"
#include "models/charttablemodel.h"
#include "models/database.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartview.h"

#include <QAbstractItemModelTester>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QValueAxis>
#include <QXYSeries>

using namespace cp;

namespace {
qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

double sum(const ChartSeries &s)
{
    double total = 0;
    for (const auto &p : s.points)
        total += p.second;
    return total;
}

const ChartSeries *series(const ChartData &d, const QString &key)
{
    for (const ChartSeries &s : d.series)
        if (s.key == key)
            return &s;
    return nullptr;
}

double maxOf(const ChartSeries &s)
{
    double m = 0;
    for (const auto &p : s.points)
        m = std::max(m, p.second);
    return m;
}

// The picture a view shows, laid out at its size (as the export lays out its own).
QImage picture(ChartView &view)
{
    const QSize size = view.size();
    view.chart()->setPos(0, 0);
    view.chart()->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    QCoreApplication::sendPostedEvents();
    if (view.chart()->layout())
        view.chart()->layout()->activate();
    QCoreApplication::sendPostedEvents();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

// Share of pixels that differ between two pictures of one size.
double differing(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return 1.0;
    qint64 diff = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c)
            diff += x.pixel(c, r) != y.pixel(c, r);
    return double(diff) / double(x.width() * x.height());
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    ChartData performance(const QString &campaign)
    {
        ChartRequest r;
        r.campaignIds = {campaign};
        return ChartQueries::build(m_db->connection(), r).value();
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(Recording::load(QStringLiteral("demo"), db->connection()).ok());
        m_db = *db;
    }
    void cleanupTestCase() { m_db->closeThreadConnection(); }

    void valuesOnTheChartAreTheStores()
    {
        const ChartData d = performance(QStringLiteral("demo-09"));
        QSqlDatabase c = m_db->connection();
        QCOMPARE(qRound64(sum(*series(d, QStringLiteral("spend"))) * 100),
                 scalar(c, QStringLiteral("SELECT SUM(spend_minor) FROM campaign_days WHERE campaign_id = 'demo-09'")));
        QCOMPARE(qint64(sum(*series(d, QStringLiteral("clicks")))),
                 scalar(c, QStringLiteral("SELECT SUM(clicks) FROM campaign_days WHERE campaign_id = 'demo-09'")));
        QCOMPARE(series(d, QStringLiteral("spend"))->points.size(),
                 int(scalar(c, QStringLiteral("SELECT COUNT(*) FROM campaign_days WHERE campaign_id = 'demo-09'"))));
        // What the view draws is those values (no decimation at this size).
        ChartView view;
        view.resize(1200, 700);
        view.setData(d);
        QXYSeries *drawn = view.drawnSeries(QStringLiteral("spend"));
        QVERIFY(drawn);
        QCOMPARE(drawn->count(), series(d, QStringLiteral("spend"))->points.size());
        double drawnSum = 0;
        for (const QPointF &p : drawn->points())
            drawnSum += p.y();
        QCOMPARE(qRound64(drawnSum * 100), qRound64(sum(*series(d, QStringLiteral("spend"))) * 100));
        // The campaign's start is marked.
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT start_day FROM campaigns WHERE id = 'demo-09'")) && q.next());
        const QDate start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(std::any_of(d.markers.begin(), d.markers.end(),
                            [start](const ChartMarker &m) { return m.kind == u"start" && m.date == start; }));
    }

    void edgesDrawWhatThereIsAndSayWhenThereIsNothing()
    {
        // A walkthrough: a campaign's one day drew no line nor point, its
        // axis named each day twice, and a campaign without days showed
        // empty axes without a word.
        ChartData one;
        one.title = QStringLiteral("One day");
        one.series.append({QStringLiteral("spend"), QStringLiteral("Spend"), ChartSeries::Unit::Money, {{QDate(2011, 11, 14), 8.5}}});
        ChartView view;
        view.resize(900, 500);
        view.setData(one);
        QXYSeries *drawn = view.drawnSeries(QStringLiteral("spend"));
        QVERIFY(drawn);
        QCOMPARE(drawn->count(), 1);
        QVERIFY(drawn->pointsVisible());
        QVERIFY(view.dateAxis());
        QVERIFY2(view.dateAxis()->tickCount() <= 3, qPrintable(QString::number(view.dateAxis()->tickCount())));   // a tick a day at most
        QVERIFY(!view.chart()->title().contains(QLatin1String("No figures")));

        ChartData none;
        none.title = QStringLiteral("No days");
        none.series.append({QStringLiteral("spend"), QStringLiteral("Spend"), ChartSeries::Unit::Money, {}});
        view.setData(none);
        QVERIFY2(view.chart()->title().contains(QLatin1String("No figures to chart yet")), qPrintable(view.chart()->title()));
        ChartData empty;   // a portfolio chart before any cycle
        empty.title = QStringLiteral("Budget vs sales lift");
        view.setData(empty);
        QVERIFY2(view.chart()->title().contains(QLatin1String("No figures to chart yet")), qPrintable(view.chart()->title()));

        // A category's chart says which category it is (a walkthrough's
        // export read "5 campaigns" and never named Furniture).
        ChartRequest byCategory;
        byCategory.category = QStringLiteral("Furniture");
        const auto furniture = ChartQueries::build(m_db->connection(), byCategory);
        QVERIFY2(furniture.ok(), qPrintable(furniture.ok() ? QString() : furniture.error().toString()));
        QVERIFY2(furniture->title.contains(QLatin1String("Furniture")), qPrintable(furniture->title));

        // The Overview's change: no percentage across a sign change.
        QVERIFY(!Kpis::changePct(172.52, -722.59));
        QVERIFY(!Kpis::changePct(-10, 5));
        QCOMPARE(*Kpis::changePct(100, 150), 50.0);
        QCOMPARE(*Kpis::changePct(-100, -50), 50.0);
        QVERIFY(!Kpis::changePct(0, 5));
    }

    void beforeDuringShowsTheAnalystsImpact()
    {
        ChartRequest r;
        r.kind = ChartRequest::Kind::BeforeDuring;
        r.productId = QStringLiteral("22826");
        auto d = ChartQueries::build(m_db->connection(), r);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->windows.size(), 2);
        QCOMPARE(d->windows[0].to, QDate(2011, 10, 4));   // baseline ends the day before the start (2011-10-05)
        QCOMPARE(d->windows[0].from, QDate(2011, 9, 21));  // and covers the policy's 14 days
        QVERIFY(d->note.contains(QLatin1String("+100.0")));   // the Analyst's sales impact for demo-09
        QVERIFY(series(*d, QStringLiteral("units_sold")));
        QVERIFY(series(*d, QStringLiteral("page_views")));
        // The impact is on the chart, also after an update in place.
        ChartView view;
        view.setData(*d);
        QVERIFY(view.chart()->title().contains(QLatin1String("+100.0")));
        view.setData(*d);
        QVERIFY(view.chart()->title().contains(QLatin1String("+100.0")));
    }

    void tableModelUnderTheTester()
    {
        ChartTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChartData d = performance(QStringLiteral("demo-09"));
        model.setData(d);
        QCOMPARE(model.columnCount(), int(d.series.size()) + 1);
        QCOMPARE(model.rowCount(), int(series(d, QStringLiteral("spend"))->points.size()));
        // A live update that adds a day is an insert at the end.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (ChartSeries &s : d.series)
            s.points.append({QDate(2011, 12, 31), 1});
        model.setData(d);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void exportWritesTheRequestedPngAndTheStoresSums()
    {
        const ChartData d = performance(QStringLiteral("demo-09"));
        const QString png = m_dir.filePath(QStringLiteral("c.png"));
        QVERIFY(exportChart(d, png, QSize(800, 450)).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 450));
        // Not a blank picture: the chart drew something.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            for (int y = 0; y < image.height(); y += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);

        const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(exportChart(d, csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> header = f.readLine().trimmed().split(',');
        const int spendColumn = int(header.indexOf("spend"));
        QVERIFY(spendColumn > 0);
        qint64 spendMinor = 0;
        while (!f.atEnd()) {
            const QList<QByteArray> cells = f.readLine().trimmed().split(',');
            spendMinor += Money::parse(QString::fromUtf8(cells.at(spendColumn)))->minor();
        }
        QCOMPARE(spendMinor, scalar(m_db->connection(), QStringLiteral("SELECT SUM(spend_minor) FROM campaign_days WHERE campaign_id = 'demo-09'")));

        QVERIFY(!exportChart(d, m_dir.filePath(QStringLiteral("c.gif"))).ok());
        QVERIFY(!exportChart(d, png, QSize(5, 5)).ok());
    }

    void liveUpdateKeepsTheZoom()
    {
        ChartView view;
        view.resize(1000, 600);
        ChartData d = performance(QStringLiteral("demo-09"));
        view.setData(d);
        QVERIFY(!view.isZoomed());
        const QDateTime from(QDate(2011, 10, 20), QTime(0, 0), Qt::UTC), to(QDate(2011, 11, 5), QTime(0, 0), Qt::UTC);
        view.dateAxis()->setRange(from, to);   // what a rubber band does
        QVERIFY(view.isZoomed());
        for (ChartSeries &s : d.series)
            s.points.append({s.points.last().first.addDays(1), 5});
        view.setData(d);
        QCOMPARE(view.dateAxis()->min(), from);
        QCOMPARE(view.dateAxis()->max(), to);
        QCOMPARE(view.drawnSeries(QStringLiteral("spend"))->count(), series(d, QStringLiteral("spend"))->points.size());
        // Not zoomed: the axis follows the new data.
        view.resetZoom();
        for (ChartSeries &s : d.series)
            s.points.append({s.points.last().first.addDays(1), 5});
        view.setData(d);
        QCOMPARE(view.dateAxis()->max().date(), d.lastDate().addDays(1));
    }

    void zoomingMovesTimeOnlyAndResetRestoresEveryAxis()
    {
        ChartView view;
        view.resize(1000, 600);
        view.setData(performance(QStringLiteral("demo-09")));
        QValueAxis *money = view.valueAxis(ChartSeries::Unit::Money);
        QValueAxis *count = view.valueAxis(ChartSeries::Unit::Count);
        QVERIFY(money && count);
        const double moneyMax = money->max(), countMax = count->max();
        const qint64 width = view.dateAxis()->min().msecsTo(view.dateAxis()->max());
        QTest::keyClick(&view, Qt::Key_Plus);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.isZoomed());
        QVERIFY(view.dateAxis()->min().msecsTo(view.dateAxis()->max()) < width * 0.7);
        QCOMPARE(money->max(), moneyMax);   // "+" zooms time, never the values
        QCOMPARE(count->max(), countMax);
        // A value axis zoomed by other means (a pinch) comes back with Home.
        money->setRange(0, moneyMax / 10);
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(!view.isZoomed());
        QCOMPARE(view.dateAxis()->min().msecsTo(view.dateAxis()->max()), width);
        QCOMPARE(money->max(), moneyMax);
        QCOMPARE(count->max(), countMax);
    }

    void valueAxesFollowTheVisibleSeries()
    {
        ChartView view;
        view.resize(1000, 600);
        const ChartData d = performance(QStringLiteral("demo-09"));
        view.setData(d);
        QValueAxis *count = view.valueAxis(ChartSeries::Unit::Count);
        // Impressions start hidden: the count axis is the clicks' and conversions', not flat under impressions.
        QVERIFY(!view.isSeriesVisible(QStringLiteral("impressions")));
        const double clicks = maxOf(*series(d, QStringLiteral("clicks")));
        const double impressions = maxOf(*series(d, QStringLiteral("impressions")));
        QVERIFY(impressions > 3 * clicks);
        QVERIFY(count->max() >= clicks);
        QVERIFY(count->max() < impressions);
        view.setSeriesVisible(QStringLiteral("impressions"), true);
        QVERIFY(count->max() >= impressions);
        // Nothing shown on an axis: the axis is hidden.
        for (const QString &k : {QStringLiteral("impressions"), QStringLiteral("clicks"), QStringLiteral("conversions")})
            view.setSeriesVisible(k, false);
        QVERIFY(!count->isVisible());
    }

    void everySeriesHasItsOwnColour()
    {
        ChartView view;
        const ChartData d = performance(QStringLiteral("demo-09"));
        view.setData(d);
        QSet<QRgb> colours;
        for (const ChartSeries &s : d.series)
            colours.insert(view.drawnSeries(s.key)->pen().color().rgb());
        QCOMPARE(colours.size(), int(d.series.size()));
        // Markers differ from every series they are drawn with.
        for (const QString &m : {QStringLiteral("marker:start"), QStringLiteral("marker:recommended"), QStringLiteral("marker:applied")})
            QVERIFY(!colours.contains(ChartView::seriesColor(m).rgb()));
    }

    void seriesWhoseNamesHashAlikeStillDiffer()
    {
        // The simulation's runs are keyed by name; "Seed rules", "Default
        // policy" and "Hindsight oracle (incremental)" hashed to one colour.
        ChartData d;
        d.kind = QStringLiteral("simulation");
        for (const char *name : {"Do nothing", "Seed rules", "Default policy", "Hindsight oracle", "Hindsight oracle (incremental)"})
            d.series.append(ChartSeries{QString::fromLatin1(name), QString::fromLatin1(name), ChartSeries::Unit::Money,
                                        {{QDate(2011, 10, 1), 1.0}, {QDate(2011, 10, 2), 2.0}}});
        ChartView view;
        view.setData(d);
        QSet<QRgb> colours;
        for (const ChartSeries &s : d.series)
            colours.insert(view.drawnSeries(s.key)->pen().color().rgb());
        QCOMPARE(colours.size(), int(d.series.size()));
    }

    void exportedPngIsWhatTheViewShows()
    {
        ChartView view;
        view.resize(900, 500);
        const ChartData d = performance(QStringLiteral("demo-09"));
        view.setData(d);
        view.dateAxis()->setRange(QDateTime(QDate(2011, 10, 20), QTime(0, 0), Qt::UTC),
                                  QDateTime(QDate(2011, 11, 5), QTime(0, 0), Qt::UTC));
        view.setSeriesVisible(QStringLiteral("spend"), false);
        view.setSeriesVisible(QStringLiteral("impressions"), true);
        const QString shown = m_dir.filePath(QStringLiteral("shown.png")), plain = m_dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(exportChart(view.data(), shown, view.size(), {}, view.state()).ok());
        QVERIFY(exportChart(view.data(), plain, view.size()).ok());
        const QImage onScreen = picture(view);
        QCOMPARE(QImage(shown).size(), view.size());
        // The export is the view's picture (a few antialiased pixels may differ), and not the unzoomed chart.
        QVERIFY2(differing(QImage(shown), onScreen) < 0.01, qPrintable(QString::number(differing(QImage(shown), onScreen))));
        QVERIFY(differing(QImage(plain), onScreen) > 0.05);
        // Without a state (the command line), what a fresh view shows: ROAS
        // and impressions hidden. They were drawn under struck-out entries.
        ChartView fresh;
        fresh.resize(900, 500);
        fresh.setData(d);
        QVERIFY(!fresh.isSeriesVisible(QStringLiteral("roas")));
        QVERIFY2(differing(QImage(plain), picture(fresh)) < 0.01, qPrintable(QString::number(differing(QImage(plain), picture(fresh)))));
    }

    void decimationKeepsExtremes()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points << QPointF(i, std::sin(i / 500.0) * 100 + (i == 54321 ? 1000 : 0));
        const QList<QPointF> drawn = ChartView::decimate(points, 800);
        QVERIFY(drawn.size() <= 1600);
        double maxY = -1e9;
        for (int i = 1; i < drawn.size(); ++i) {
            QVERIFY(drawn[i].x() > drawn[i - 1].x());
            maxY = std::max(maxY, drawn[i].y());
        }
        QVERIFY(maxY > 1000);   // the spike survives
        QCOMPARE(ChartView::decimate(points.mid(0, 100), 800).size(), 100);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
