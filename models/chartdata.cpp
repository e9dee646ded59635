// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "csvwriter.h"

#include <QMap>
#include <QStringList>

namespace cp {

QDate ChartData::firstDate() const
{
    QDate first;
    for (const ChartSeries &s : series)
        if (!s.points.isEmpty() && (!first.isValid() || s.points.first().first < first))
            first = s.points.first().first;
    return first;
}

QDate ChartData::lastDate() const
{
    QDate last;
    for (const ChartSeries &s : series)
        if (!s.points.isEmpty() && (!last.isValid() || s.points.last().first > last))
            last = s.points.last().first;
    return last;
}

namespace {
QString number(double v, ChartSeries::Unit unit)
{
    // Money exactly as stored (two places); ratios with enough digits to re-add.
    if (unit == ChartSeries::Unit::Money)
        return QString::number(v, 'f', 2);
    if (unit == ChartSeries::Unit::Count)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 10);
}
} // namespace

QByteArray ChartData::toCsv() const
{
    QByteArray out;
    if (!series.isEmpty()) {
        QStringList header{QStringLiteral("date")};
        QMap<QDate, QStringList> rows;
        for (qsizetype i = 0; i < series.size(); ++i) {
            header << series[i].key;
            for (const auto &[date, value] : series[i].points) {
                QStringList &row = rows[date];
                while (row.size() < i)
                    row << QString();
                row << number(value, series[i].unit);
            }
        }
        out += csvRecord(header);   // quoted and neutralised like every cell we export
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QStringList row = it.value();
            while (row.size() < series.size())
                row << QString();
            out += csvRecord(QStringList{it.key().toString(Qt::ISODate)} + row);
        }
        return out;
    }
    // Portfolio: one row per point.
    out += csvRecord({QStringLiteral("set"), QStringLiteral("label"), QStringLiteral("x"), QStringLiteral("y")});
    for (const auto &[set, points] : scatter)
        for (const ChartPoint &p : points)
            out += csvRecord({set, p.label, QString::number(p.x, 'g', 10), QString::number(p.y, 'g', 10)});
    for (const auto &[label, value] : bars)
        out += csvRecord({QStringLiteral("bars"), label, QString(), QString::number(value, 'g', 10)});
    return out;
}

} // namespace cp
