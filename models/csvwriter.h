// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace cp {

// What a cell that a spreadsheet would run as a formula becomes.
enum class CsvCells {
    // For files people open in a spreadsheet (chart data, simulation
    // reports): a text cell that begins with = + - @ tab or CR gets a leading
    // single quote (OWASP, "CSV Injection"), so Excel, LibreOffice and Sheets
    // show it as text instead of evaluating it. A cell that is a number as a
    // whole ("-12.50", "+3", "1e-05") stays as it is, and numeric.
    // https://owasp.org/www-community/attacks/CSV_Injection
    Neutralised,
    // For files the program reads back itself (recordings): every cell
    // exactly as given, so a product named "=SUM(A1)" returns as that.
    Raw,
};

// One RFC 4180 record: fields with a comma, quote or line break are quoted,
// quotes doubled; lines end in LF (our own files; the reader takes both).
// Neutralised unless asked otherwise: a new export is safe by default.
QByteArray csvRecord(const QStringList &fields, CsvCells cells = CsvCells::Neutralised);

// The cell as a spreadsheet-safe value (see CsvCells::Neutralised).
QString neutralisedCell(const QString &field);

} // namespace cp
