// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QRegularExpression>

namespace cp {

QString neutralisedCell(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return field;
    // A lone sign ("-" for "not applicable") has no operand to run.
    if (field.size() == 1 && (first == u'-' || first == u'+'))
        return field;
    // A plain decimal number, signed, with an optional exponent: what our
    // exports write for amounts and ratios. It cannot be a formula.
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    if (number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

QByteArray csvRecord(const QStringList &fields, CsvCells cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray f = (cells == CsvCells::Neutralised ? neutralisedCell(fields.at(i)) : fields.at(i)).toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            QByteArray quoted = f;
            quoted.replace("\"", "\"\"");
            out += '"' + quoted + '"';
        } else {
            out += f;
        }
    }
    out += '\n';
    return out;
}

} // namespace cp
