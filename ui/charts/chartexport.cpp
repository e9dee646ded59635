// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartview.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QBuffer>
#include <QSaveFile>

namespace cp {

namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};
} // namespace

Status checkChartExport(const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"csv")
        return Error{ExportText::tr("the file must end in .png or .csv"), path};
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return Error{ExportText::tr("size %1×%2 is outside 100…10000").arg(size.width()).arg(size.height()), path};
    return {};
}

Status exportChart(const ChartData &shown, const QString &path, QSize size, const QString &workspace,
                   const std::optional<ChartViewState> &state)
{
    ChartData data = shown;
    if (!workspace.isEmpty())
        data.title = workspace + QStringLiteral(" — ") + data.title;
    if (Status s = checkChartExport(path, size); !s)
        return s;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"csv") {
        bytes = data.toCsv();
    } else {
        // The view is never shown: lay its chart out at the requested size and
        // render the scene, not the (unsized) widget.
        ChartView view;
        view.resize(size);
        view.chart()->setPos(0, 0);
        view.chart()->resize(size);
        view.setData(data);
        if (state)   // else as a fresh view shows it: an empty state drew the hidden series under struck-out legend entries
            view.setState(*state);
        view.chart()->resize(size);
        view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
        // Axes, title and legend are laid out on posted layout requests.
        QCoreApplication::sendPostedEvents();
        if (view.chart()->layout())
            view.chart()->layout()->activate();
        QCoreApplication::sendPostedEvents();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(view.palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return Error{ExportText::tr("cannot encode the PNG"), path};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ExportText::tr("cannot write: %1").arg(file.errorString()), path};
    return {};
}

} // namespace cp
