// SPDX-License-Identifier: GPL-3.0-or-later
// Redraw time of a 100,000-point daily series (about 274 years of days, or a
// year for 274 campaigns laid end to end) in the chart view: drawn as is,
// and decimated to the plot's width as the view does. Median of 5 renders
// into a 1200x700 image, offscreen.
#include "ui/charts/chartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace cp;

namespace {
void layOut(QChartView &view)
{
    view.chart()->setPos(0, 0);
    view.chart()->resize(view.size());
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), view.size()));
    QCoreApplication::sendPostedEvents();
    view.chart()->layout()->activate();
    QCoreApplication::sendPostedEvents();
}

qint64 renderMs(QChartView &view)
{
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        view.scene()->render(&p);
        p.end();
        times << t.elapsed();
    }
    std::sort(times.begin(), times.end());
    return times[2];
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ChartData data;
    data.kind = QStringLiteral("performance");
    ChartSeries s{QStringLiteral("spend"), QStringLiteral("Spend"), ChartSeries::Unit::Money, {}};
    const QDate start(1800, 1, 1);
    for (int i = 0; i < 100000; ++i)
        s.points.append({start.addDays(i), 50 + 40 * std::sin(i / 90.0) + (i % 7)});
    data.series = {s};

    ChartView decimated;
    decimated.resize(1200, 700);
    layOut(decimated);
    QElapsedTimer t;
    t.start();
    decimated.setData(data);
    layOut(decimated);
    const qint64 setMs = t.elapsed();
    std::printf("100k points, decimated: setData %lld ms, %lld points drawn, render %lld ms\n", static_cast<long long>(setMs),
                static_cast<long long>(decimated.drawnSeries(QStringLiteral("spend"))->count()),
                static_cast<long long>(renderMs(decimated)));

    // The same series drawn without decimation, for comparison.
    QList<QPointF> all;
    for (const auto &[d, v] : s.points)
        all << QPointF(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(), v);
    t.restart();
    decimated.drawnSeries(QStringLiteral("spend"))->replace(all);
    const qint64 replaceMs = t.elapsed();
    std::printf("100k points, not decimated: replace %lld ms, render %lld ms\n", static_cast<long long>(replaceMs),
                static_cast<long long>(renderMs(decimated)));
    return 0;
}
