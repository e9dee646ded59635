// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>

namespace cp {

// Text as WordPress stores it, as a person reads it. Product titles and
// term names are kept HTML-escaped ("Wool Scarf &amp; Hat Set"; see
// woocommerce/woocommerce#40029, #16250) and may carry markup
// ("<strong>Sale!</strong> Tote Bag"); both reached the catalog, ad copy and
// the comparison of categories with an imported "Home & Garden". Tags are
// read as a space, character references decoded (numeric ones, and the named ones
// WordPress writes), white space folded.
QString plainTextOfHtml(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral(" "));
    if (!text.contains(u'&'))
        return text.simplified();
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},      {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},     {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))}, {QStringLiteral("euro"), QString(QChar(0x20AC))},
        {QStringLiteral("pound"), QString(QChar(0xA3))},   {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("reg"), QString(QChar(0xAE))},     {QStringLiteral("trade"), QString(QChar(0x2122))}};
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    qsizetype from = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString ref = m.captured(1);
        QString decoded;
        if (ref.startsWith(u'#')) {
            bool ok = false;
            const uint code = ref.size() > 1 && (ref.at(1) == u'x' || ref.at(1) == u'X') ? ref.mid(2).toUInt(&ok, 16) : ref.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else {
            decoded = named.value(ref);
        }
        if (decoded.isEmpty())
            continue;   // not a reference we know: kept as written
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += decoded;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.simplified();
}

} // namespace cp
