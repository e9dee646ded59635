// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartdata.h"

#include <QChartView>
#include <QDateTime>
#include <QHash>
#include <QSet>

class QDateTimeAxis;
class QValueAxis;
class QAreaSeries;
class QXYSeries;

namespace cp {

// What the analyst changed on a chart: the series hidden from the legend and
// the time range zoomed to (invalid: the whole range). An export applies it,
// so the picture is what is shown.
struct ChartViewState
{
    QSet<QString> hidden;
    QDateTime from, to;
};

// One chart of Campaign Pilot: daily series on a date axis (an axis per
// unit: counts left, money and ratios right), shaded windows, vertical
// markers; or a scatter; or bars. Rubber-band and wheel zoom, arrow-key pan,
// double-click / Home to reset, hover tooltips with date and exact value, a
// legend that toggles series. New data for the same series keeps the
// analyst's zoom. Large series are decimated for display (min/max per pixel
// column); the data itself, the CSV and the table keep every point.
// Qt Charts is deprecated from Qt 6.10 (Qt Graphs has no widgets API yet):
// all chart code stays in ui/charts.
class ChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    // Resets every axis: the whole time range, value axes fitted to the
    // visible series.
    void resetZoom();
    bool isZoomed() const;
    // Zooms the time axis only, about its centre (factor > 1: in); value axes
    // keep their range.
    void zoomTime(double factor);
    void setSeriesVisible(const QString &key, bool visible);
    bool isSeriesVisible(const QString &key) const;
    ChartViewState state() const;
    void setState(const ChartViewState &state);
    // The colour of a series, from one palette readable on light and dark
    // backgrounds (Okabe & Ito's colour-blind-safe set).
    static QColor seriesColor(const QString &key);
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *valueAxis(ChartSeries::Unit unit) const { return m_valueAxes.value(int(unit)); }
    // The drawn series of a data series (for tests).
    QXYSeries *drawnSeries(const QString &key) const { return m_drawn.value(key); }

    // Min/max decimation to at most 2 points per pixel column of `width`.
    static QList<QPointF> decimate(const QList<QPointF> &points, int width);

signals:
    void zoomChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void buildTimeChart();
    void buildScatter();
    void buildBars();
    void updateSeriesPoints();
    void fitValueAxes();
    void markLegend(QXYSeries *series);
    void applyTheme();
    std::pair<qint64, qint64> fullRange() const;
    QString titleText() const;

    ChartData m_data;
    QDateTimeAxis *m_dateAxis = nullptr;
    QHash<int, QValueAxis *> m_valueAxes;
    QHash<QString, QXYSeries *> m_drawn;
    QList<QAreaSeries *> m_windows;
    bool m_zoomed = false;
    bool m_building = false;
};

} // namespace cp
