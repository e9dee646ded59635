// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "models/money.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace cp {

namespace {
qint64 msecs(const QDate &d) { return QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); }
QDate dateOf(qreal x) { return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date(); }

QString valueText(double v, ChartSeries::Unit unit, const QString &currency)
{
    switch (unit) {
    case ChartSeries::Unit::Money: return formatMoney(Money::fromMinor(qRound64(v * 100)), currency);
    case ChartSeries::Unit::Count: return QLocale().toString(qint64(std::llround(v)));
    case ChartSeries::Unit::Percent: return QStringLiteral("%1 %").arg(QLocale().toString(v, 'f', 1));
    case ChartSeries::Unit::Ratio: return QLocale().toString(v, 'f', 2) + QStringLiteral("×");
    }
    return {};
}
} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyTheme();
}

QList<QPointF> ChartView::decimate(const QList<QPointF> &points, int width)
{
    const int buckets = std::max(1, width);
    if (points.size() <= 2 * buckets)
        return points;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    const qsizetype n = points.size();
    for (int b = 0; b < buckets; ++b) {
        const qsizetype from = n * b / buckets, to = n * (b + 1) / buckets;
        if (from >= to)
            continue;
        qsizetype lo = from, hi = from;
        for (qsizetype i = from + 1; i < to; ++i) {
            if (points[i].y() < points[lo].y()) lo = i;
            if (points[i].y() > points[hi].y()) hi = i;
        }
        // Keep x order so the line is drawn left to right.
        out << points[std::min(lo, hi)];
        if (lo != hi)
            out << points[std::max(lo, hi)];
    }
    return out;
}

void ChartView::applyTheme()
{
    // Follow the system palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

namespace {
// The Okabe & Ito colours for series without a fixed one (seriesColor).
const QColor kOtherColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00)};
} // namespace

QColor ChartView::seriesColor(const QString &key)
{
    // Okabe & Ito (2008), "Color Universal Design": distinguishable with the
    // common colour-vision deficiencies; the yellow and black of the set are
    // left out (unreadable on a light resp. dark background).
    static const QHash<QString, QColor> fixed{
        {QStringLiteral("clicks"), QColor(0x00, 0x72, 0xB2)},       {QStringLiteral("impressions"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("spend"), QColor(0xD5, 0x5E, 0x00)},        {QStringLiteral("conversions"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("revenue"), QColor(0x00, 0x9E, 0x73)},      {QStringLiteral("roas"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("units_sold"), QColor(0x00, 0x72, 0xB2)},   {QStringLiteral("page_views"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("marker:start"), QColor(0x88, 0x88, 0x88)}, {QStringLiteral("marker:recommended"), QColor(0x8E, 0x5C, 0xC7)},
        {QStringLiteral("marker:applied"), QColor(0xC0, 0x1C, 0x28)},
    };
    if (auto it = fixed.constFind(key); it != fixed.constEnd())
        return *it;
    return kOtherColours[qHash(key) % std::size(kOtherColours)];
}

std::pair<qint64, qint64> ChartView::fullRange() const
{
    const QDate first = m_data.firstDate(), last = m_data.lastDate();
    if (!first.isValid())
        return {0, 0};
    return {msecs(first.addDays(-1)), msecs(last.addDays(1))};
}

bool ChartView::isZoomed() const
{
    if (!m_dateAxis)
        return m_zoomed;
    const auto [lo, hi] = fullRange();
    return m_dateAxis->min().toMSecsSinceEpoch() != lo || m_dateAxis->max().toMSecsSinceEpoch() != hi;
}

void ChartView::setData(const ChartData &data)
{
    // Same chart, same series: update the points in place and keep the zoom.
    bool sameShape = m_dateAxis && data.kind == m_data.kind && data.series.size() == m_data.series.size()
                     && data.windows.size() == m_data.windows.size() && data.markers.size() == m_data.markers.size();
    for (qsizetype i = 0; sameShape && i < data.series.size(); ++i)
        sameShape = data.series[i].key == m_data.series[i].key;
    if (sameShape) {
        const QDateTime min = m_dateAxis->min(), max = m_dateAxis->max();
        const bool zoomed = isZoomed();
        m_data = data;
        updateSeriesPoints();
        if (zoomed) {
            m_dateAxis->setRange(min, max);
        } else {
            const auto [lo, hi] = fullRange();
            m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC));
        }
        chart()->setTitle(titleText());
        return;
    }
    m_data = data;
    build();
}

void ChartView::build()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_dateAxis = nullptr;
    m_valueAxes.clear();
    m_drawn.clear();
    m_windows.clear();
    m_zoomed = false;
    c->setTitle(titleText());
    applyTheme();
    if (!m_data.series.isEmpty())
        buildTimeChart();
    else if (!m_data.scatter.isEmpty())
        buildScatter();
    else if (!m_data.bars.isEmpty())
        buildBars();
}

void ChartView::buildTimeChart()
{
    QChart *c = chart();
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dateAxis->setTickCount(8);
    c->addAxis(m_dateAxis, Qt::AlignBottom);
    connect(m_dateAxis, &QDateTimeAxis::rangeChanged, this, &ChartView::zoomChanged);

    auto axisFor = [&](ChartSeries::Unit unit) {
        if (QValueAxis *a = m_valueAxes.value(int(unit)))
            return a;
        auto *a = new QValueAxis;
        switch (unit) {
        case ChartSeries::Unit::Count: a->setTitleText(tr("Count")); a->setLabelFormat(QStringLiteral("%.0f")); break;
        case ChartSeries::Unit::Money: a->setTitleText(currencySymbol(m_data.currency)); a->setLabelFormat(QStringLiteral("%.0f")); break;
        case ChartSeries::Unit::Ratio: a->setTitleText(tr("ROAS (×)")); a->setLabelFormat(QStringLiteral("%.1f")); break;   // × in the title: a label format's non-ASCII drew as "?"
        case ChartSeries::Unit::Percent: a->setTitleText(tr("%")); a->setLabelFormat(QStringLiteral("%.0f")); break;
        }
        c->addAxis(a, unit == ChartSeries::Unit::Count ? Qt::AlignLeft : Qt::AlignRight);
        m_valueAxes.insert(int(unit), a);
        return a;
    };

    // Each series of one chart its own colour: a key whose colour an earlier
    // series already has (two names hashed alike, e.g. the simulation's
    // policies) takes the first of the set still free.
    QSet<QRgb> used;
    for (const ChartSeries &s : m_data.series) {
        auto *line = new QLineSeries;
        line->setName(s.label);
        QColor colour = seriesColor(s.key);
        for (qsizetype i = 0; used.contains(colour.rgb()) && i < qsizetype(std::size(kOtherColours)); ++i)
            colour = kOtherColours[i];
        used.insert(colour.rgb());
        QPen pen(colour);
        pen.setWidthF(2);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(m_dateAxis);
        line->attachAxis(axisFor(s.unit));
        m_drawn.insert(s.key, line);
        const ChartSeries::Unit unit = s.unit;
        connect(line, &QLineSeries::hovered, this, [this, unit, name = s.label](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3")
                                                        .arg(QLocale().toString(dateOf(p.x()), QLocale::LongFormat), name,
                                                             valueText(p.y(), unit, m_data.currency)),
                                   this);
        });
        // ROAS and impressions dwarf the rest: shown on demand from the legend.
        if (s.key == u"roas" || s.key == u"impressions")
            line->setVisible(false);
    }
    // Shaded windows and vertical markers on the count axis (the first there is).
    QValueAxis *frame = m_valueAxes.value(int(ChartSeries::Unit::Count), m_valueAxes.isEmpty() ? nullptr : *m_valueAxes.begin());
    const QList<QColor> windowColors{QColor(120, 120, 120, 50), QColor(38, 162, 105, 50)};
    for (qsizetype i = 0; frame && i < m_data.windows.size(); ++i) {
        auto *upper = new QLineSeries, *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        area->setName(m_data.windows[i].label);
        area->setBrush(windowColors[i % windowColors.size()]);
        area->setPen(Qt::NoPen);
        c->addSeries(area);
        area->attachAxis(m_dateAxis);
        area->attachAxis(frame);
        m_windows.append(area);
    }
    QSet<QString> named;
    for (qsizetype i = 0; frame && i < m_data.markers.size(); ++i) {
        const ChartMarker &m = m_data.markers[i];
        auto *line = new QLineSeries;
        QPen pen(seriesColor(QStringLiteral("marker:") + m.kind));
        pen.setStyle(m.kind == u"applied" ? Qt::SolidLine : Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        line->setName(m.kind == u"start" ? tr("Campaign start") : m.kind == u"applied" ? tr("Action applied") : tr("Recommended"));
        c->addSeries(line);
        line->attachAxis(m_dateAxis);
        line->attachAxis(frame);
        m_drawn.insert(QStringLiteral("marker:%1").arg(i), line);
        connect(line, &QLineSeries::hovered, this, [this, label = m.label, date = m.date](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2").arg(QLocale().toString(date, QLocale::LongFormat), label), this);
        });
        if (named.contains(m.kind))
            c->legend()->markers(line).first()->setVisible(false);
        named.insert(m.kind);
    }
    // The legend toggles a series on and off; the value axes follow what is visible.
    for (QLegendMarker *marker : c->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            auto *xy = qobject_cast<QXYSeries *>(marker->series());
            const QString key = xy ? m_drawn.key(xy) : QString();
            if (!key.isEmpty())
                setSeriesVisible(key, !xy->isVisible());
            else {
                marker->series()->setVisible(!marker->series()->isVisible());
                marker->setVisible(true);
            }
        });
        if (auto *xy = qobject_cast<QXYSeries *>(marker->series()))
            markLegend(xy);
    }
    updateSeriesPoints();
    const auto [lo, hi] = fullRange();
    // A tick a day at most: over a few days, eight ticks fell between days
    // and named each day twice.
    const qint64 days = (hi - lo) / 86'400'000;
    m_dateAxis->setTickCount(int(std::clamp<qint64>(days + 1, 2, 8)));
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC));
    chart()->setTitle(titleText());
}

QString ChartView::titleText() const
{
    // The note (e.g. the Analyst's impacts) is shown on the chart, under the
    // title; a chart with no figures at all says so rather than draw empty axes.
    QString note = m_data.note;
    const bool empty = std::all_of(m_data.series.cbegin(), m_data.series.cend(), [](const ChartSeries &s) { return s.points.isEmpty(); })
                       && m_data.scatter.isEmpty() && m_data.bars.isEmpty();
    if (empty)
        note = note.isEmpty() ? tr("No figures to chart yet.") : tr("No figures to chart yet.") + QLatin1Char(' ') + note;
    if (note.isEmpty())
        return m_data.title;
    return QStringLiteral("%1<br><small>%2</small>").arg(m_data.title.toHtmlEscaped(), note.toHtmlEscaped());
}

void ChartView::updateSeriesPoints()
{
    const int width = std::max(100, int(chart()->plotArea().width()));
    for (const ChartSeries &s : m_data.series) {
        QList<QPointF> points;
        points.reserve(s.points.size());
        for (const auto &[date, value] : s.points)
            points << QPointF(msecs(date), value);
        if (QXYSeries *drawn = m_drawn.value(s.key)) {
            drawn->replace(decimate(points, width));   // replace(), not clear()+append(): one repaint
            // One day draws no line: its point is shown instead (a
            // campaign's first day looked like no figures at all).
            drawn->setPointsVisible(points.size() == 1);
        }
    }
    fitValueAxes();
}

void ChartView::fitValueAxes()
{
    // Each value axis spans the series shown on it, over the whole time range
    // (zooming time keeps it fixed); an axis with nothing shown is hidden, so
    // a hidden series (impressions) never flattens the visible ones.
    QHash<int, double> maxima, minima;
    QSet<int> shown;
    for (const ChartSeries &s : m_data.series) {
        const QXYSeries *drawn = m_drawn.value(s.key);
        if (!drawn || !drawn->isVisible())
            continue;
        shown.insert(int(s.unit));
        for (const auto &p : s.points) {
            maxima[int(s.unit)] = std::max(maxima.value(int(s.unit)), p.second);
            minima[int(s.unit)] = std::min(minima.value(int(s.unit)), p.second);
        }
    }
    for (auto it = m_valueAxes.begin(); it != m_valueAxes.end(); ++it) {
        it.value()->setVisible(shown.contains(it.key()));
        // Zero is always on the axis; negative values (a loss) extend it down.
        double lo = minima.value(it.key(), 0.0);
        if (lo < 0)
            lo *= 1.08;
        const double hi = maxima.value(it.key(), 1.0);
        it.value()->setRange(lo, hi <= lo ? lo + 1 : hi * 1.08);
        it.value()->applyNiceNumbers();
    }
    QValueAxis *frame = m_valueAxes.value(int(ChartSeries::Unit::Count), m_valueAxes.isEmpty() ? nullptr : *m_valueAxes.begin());
    if (!frame)
        return;
    for (qsizetype i = 0; i < m_data.windows.size() && i < m_windows.size(); ++i) {
        QLineSeries *upper = m_windows[i]->upperSeries();
        QLineSeries *lower = m_windows[i]->lowerSeries();
        if (!upper || !lower)
            continue;
        const qint64 from = msecs(m_data.windows[i].from) - 12 * 3600 * 1000, to = msecs(m_data.windows[i].to) + 12 * 3600 * 1000;
        upper->replace({QPointF(from, frame->max()), QPointF(to, frame->max())});
        lower->replace({QPointF(from, frame->min()), QPointF(to, frame->min())});
    }
    for (qsizetype i = 0; i < m_data.markers.size(); ++i)
        if (QXYSeries *line = m_drawn.value(QStringLiteral("marker:%1").arg(i)))
            line->replace({QPointF(msecs(m_data.markers[i].date), frame->min()), QPointF(msecs(m_data.markers[i].date), frame->max())});
}

void ChartView::buildScatter()
{
    QChart *c = chart();
    auto *x = new QValueAxis, *y = new QValueAxis;
    x->setTitleText(m_data.xLabel);
    y->setTitleText(m_data.yLabel);
    x->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double maxX = 1, maxY = 1, minY = 0;
    for (const auto &[name, points] : m_data.scatter) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerSize(10);
        for (const ChartPoint &p : points) {
            s->append(p.x, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
            minY = std::min(minY, p.y);
        }
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        m_drawn.insert(name, s);
        connect(s, &QScatterSeries::hovered, this, [this, points](const QPointF &p, bool state) {
            if (!state)
                return;
            for (const ChartPoint &cp : points)
                if (qFuzzyCompare(cp.x + 1, p.x() + 1) && qFuzzyCompare(cp.y + 1, p.y() + 1))
                    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3\n%4: %5")
                                                            .arg(cp.label, m_data.xLabel, QLocale().toString(cp.x, 'f', 2),
                                                                 m_data.yLabel, QLocale().toString(cp.y, 'f', 2)),
                                       this);
        });
    }
    x->setRange(0, maxX * 1.1);
    y->setRange(minY < 0 ? minY * 1.1 : 0, maxY * 1.1);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    x->setTickCount(5);
}

void ChartView::buildBars()
{
    QChart *c = chart();
    auto *set = new QBarSet(m_data.title);
    QStringList categories;
    double maxValue = 1;
    for (const auto &[label, value] : m_data.bars) {
        *set << value;
        categories << label;
        maxValue = std::max(maxValue, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-35);
    // Decisions whole ("EMERGENCY_PAUSE" read "EMERGENC…"); slanted, they fit.
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(0, maxValue * 1.15);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c->legend()->setVisible(false);
}

void ChartView::resetZoom()
{
    chart()->zoomReset();   // the scatter's and bars' axes; a no-op where nothing zoomed
    if (m_dateAxis) {
        const auto [lo, hi] = fullRange();
        m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC));
        fitValueAxes();
    }
    m_zoomed = false;
}

void ChartView::zoomTime(double factor)
{
    if (!m_dateAxis) {
        chart()->zoom(factor);
        m_zoomed = true;
        return;
    }
    if (factor <= 0)
        return;
    const double lo = double(m_dateAxis->min().toMSecsSinceEpoch()), hi = double(m_dateAxis->max().toMSecsSinceEpoch());
    const double centre = (lo + hi) / 2, half = std::max((hi - lo) / 2 / factor, 12.0 * 3600 * 1000);   // at least a day shown
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(centre - half), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(qint64(centre + half), Qt::UTC));
    m_zoomed = true;
}

void ChartView::markLegend(QXYSeries *series)
{
    // A hidden series keeps its legend entry, struck out, so it can be shown again.
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    if (markers.isEmpty())
        return;
    QLegendMarker *marker = markers.first();
    if (!series->isVisible() || marker->isVisible()) {
        marker->setVisible(true);
        QFont f = marker->font();
        f.setStrikeOut(!series->isVisible());
        marker->setFont(f);
    }
}

void ChartView::setSeriesVisible(const QString &key, bool visible)
{
    QXYSeries *s = m_drawn.value(key);
    if (!s || s->isVisible() == visible)
        return;
    s->setVisible(visible);
    markLegend(s);
    fitValueAxes();
}

bool ChartView::isSeriesVisible(const QString &key) const
{
    const QXYSeries *s = m_drawn.value(key);
    return s && s->isVisible();
}

ChartViewState ChartView::state() const
{
    ChartViewState st;
    for (auto it = m_drawn.begin(); it != m_drawn.end(); ++it)
        if (!it.value()->isVisible())
            st.hidden.insert(it.key());
    if (m_dateAxis && isZoomed()) {
        st.from = m_dateAxis->min();
        st.to = m_dateAxis->max();
    }
    return st;
}

void ChartView::setState(const ChartViewState &st)
{
    for (auto it = m_drawn.begin(); it != m_drawn.end(); ++it) {
        it.value()->setVisible(!st.hidden.contains(it.key()));
        markLegend(it.value());
    }
    if (m_dateAxis && st.from.isValid() && st.to.isValid() && st.from < st.to) {
        m_dateAxis->setRange(st.from, st.to);
        m_zoomed = true;
    }
    if (m_dateAxis)
        fitValueAxes();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    zoomTime(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: chart()->scroll(-chart()->plotArea().width() / 10, 0); break;
    case Qt::Key_Right: chart()->scroll(chart()->plotArea().width() / 10, 0); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomTime(1.25); return;
    case Qt::Key_Minus: zoomTime(0.8); return;
    case Qt::Key_Home:
    case Qt::Key_0: resetZoom(); return;
    default: QChartView::keyPressEvent(event); return;
    }
    m_zoomed = true;
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // A right click zooms out a step in time (QChartView's own would zoom the
    // value axes out too); a rubber band zooms the time axis only (horizontal band).
    if (event->button() == Qt::RightButton && m_dateAxis) {
        zoomTime(0.5);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    m_zoomed = true;
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // Light ↔ dark: the chart's theme follows, keeping what the analyst set.
    if (event->type() == QEvent::PaletteChange && !m_building) {
        const ChartViewState st = state();
        m_building = true;
        if (m_data.series.isEmpty() && m_data.scatter.isEmpty() && m_data.bars.isEmpty())
            applyTheme();
        else
            build();
        setState(st);
        m_building = false;
    }
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_data.series.isEmpty())
        updateSeriesPoints();   // decimation follows the plot's width
}

} // namespace cp
