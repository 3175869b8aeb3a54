#pragma once

#include "domain.h"
#include "spreadsheet.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dw::spreadsheetcel {

// A cell read as a date: a date cell; an Excel serial number (a number cell, or five digits as text); or text as
// Dutch teams type it: dd-mm-jjjj, d-m-jjjj, jjjj-mm-dd (also with / or .), or "14 juni 2016". Two-digit years are
// refused: "14-06-16" could be 1916 or 2016. On failure `reden` says why, in Dutch.
std::optional<QDate> datum(const SpreadsheetCell& cel, QString& reden);
// A cell read as a whole number: a number cell, or text like "4", " 4 ", "4,0" or "4.0" (a decimal comma is
// Dutch Excel's). "3,5" is not whole; on failure `reden` says why.
std::optional<int> geheelGetal(const SpreadsheetCell& cel, QString& reden);
// A cell read as a perspective: "inwoner" or "professional", also "i", "p", "prof", "zelfbeeld", "tabel 1/2".
std::optional<Perspectief> perspectief(const SpreadsheetCell& cel);
// The cell as the team sees it, trimmed: the text, or the number as shown.
QString tekst(const SpreadsheetCell& cel);
// The key a value list is looked up with: trimmed, runs of spaces as one, lower case.
QString sleutel(const SpreadsheetCell& cel);

} // namespace dw::spreadsheetcel
