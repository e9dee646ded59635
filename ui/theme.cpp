// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace cp::Theme {

namespace {
struct Original
{
    QString style;
    QPalette palette;
    bool kept = false;
};
Original &original()
{
    static Original o;
    if (!o.kept && qApp) {
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.kept = true;
    }
    return o;
}

QPalette dark()
{
    // Fusion's dark palette as Qt's own examples build it, with contrast
    // above WCAG AA for text on base and window.
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee), mid(0x3c, 0x3c, 0x3c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, mid);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

Mode fromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

QString key(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

void apply(Mode mode)
{
    const Original &o = original();
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark());
        break;
    }
}

void applySaved()
{
    original();
    const Mode mode = fromKey(QSettings().value(QStringLiteral("theme")).toString());
    if (mode != Mode::System)
        apply(mode);
}

} // namespace cp::Theme
