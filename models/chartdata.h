// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <optional>

namespace cp {

// What a chart shows, as plain values: one or more daily series, markers on
// dates, shaded windows. Built off the GUI thread, drawn by ui/charts, and
// written as CSV by the same code path the window's Export uses.
struct ChartSeries
{
    enum class Unit { Count, Money, Ratio, Percent };
    QString key;      // "spend", "units_sold", ...
    QString label;    // translated
    Unit unit = Unit::Count;
    QList<QPair<QDate, double>> points;   // by date, ascending; days without data are absent
};

struct ChartMarker
{
    QDate date;
    QString kind;     // "start", "recommended", "applied"
    QString label;
};

struct ChartWindow
{
    QDate from, to;
    QString label;    // "Baseline", "Campaign"
};

// A scatter point (portfolio charts): x/y with the item it stands for.
struct ChartPoint
{
    double x = 0, y = 0;
    QString label;
};

struct ChartData
{
    QString kind;     // "performance", "before-during", "portfolio"
    QString title;
    QString currency;
    QList<ChartSeries> series;
    QList<ChartMarker> markers;
    QList<ChartWindow> windows;
    QString note;     // e.g. the Analyst's impacts, shown on the chart
    // Portfolio: scatter sets and labelled values.
    QList<QPair<QString, QList<ChartPoint>>> scatter;
    QString xLabel, yLabel;
    QList<QPair<QString, double>> bars;   // e.g. campaigns by decision

    QDate firstDate() const;
    QDate lastDate() const;
    // Date in the first column, one column per series; money as decimal text.
    QByteArray toCsv() const;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::ChartData)
