// SPDX-License-Identifier: GPL-3.0-or-later
#include "copywriter.h"

#include <QCoreApplication>

namespace cp {

namespace {
struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(CopyWriter)
};

QString niceName(const QString &name)
{
    // Shop catalogs often shout (UCI names are upper case): title-case those.
    if (name != name.toUpper())
        return name;
    QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}
} // namespace

QString TemplateCopyWriter::headline(const Product &p, const QString &) const
{
    return p.category.isEmpty() ? CopyText::tr("%1 — order today").arg(niceName(p.name))
                                : CopyText::tr("%1 — a favourite in %2").arg(niceName(p.name), p.category);
}

QString TemplateCopyWriter::body(const Product &p, const QString &currency) const
{
    const QString price = p.price ? formatMoney(*p.price, currency) : QString();
    if (p.stock && *p.stock > 0 && !price.isEmpty())
        return CopyText::tr("%1 for %2. In stock and ready to ship.").arg(niceName(p.name), price);
    if (!price.isEmpty())
        return CopyText::tr("%1 for %2.").arg(niceName(p.name), price);
    return CopyText::tr("Discover %1.").arg(niceName(p.name));
}

} // namespace cp
