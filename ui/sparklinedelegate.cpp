// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "models/recommendationmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cp {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell as usual (selection, focus), then the line over it.
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant v = index.data(RecommendationModel::TrendRole);
    if (!v.canConvert<Trend>())
        return;
    const Trend t = v.value<Trend>();
    if (t.values.size() < 2)
        return;
    const QRectF r = QRectF(option.rect).adjusted(6, 5, -8, -5);
    if (r.width() < 10 || r.height() < 6)
        return;
    qint64 top = 0;
    for (qint64 x : t.values)
        top = std::max(top, x);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor line = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight);
    QColor base = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    base.setAlphaF(0.25f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(base, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    QPainterPath path;
    QPointF last;
    for (qsizetype i = 0; i < t.values.size(); ++i) {
        const double x = r.left() + r.width() * double(i) / double(t.values.size() - 1);
        const double y = top > 0 ? r.bottom() - r.height() * double(t.values.at(i)) / double(top) : r.bottom();
        last = QPointF(x, y);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->setPen(QPen(line, 1.5));
    painter->drawPath(path);
    painter->setBrush(line);
    painter->drawEllipse(last, 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 110), s.height()};
}

} // namespace cp
