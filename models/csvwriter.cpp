// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace cp {

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray f = fields.at(i).toUtf8();
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
