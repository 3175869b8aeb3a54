#pragma once

#include "core/spreadsheet.h"

#include <QString>
#include <QVector>

#include <memory>

namespace dw {

// A team's sheet file, XLSX or CSV by its content (not its name): a zip is read as an Excel workbook, anything else
// as CSV. An old Excel file (.xls) or a workbook with a password is refused with a Dutch reason. `sheet` chooses a
// sheet by name (empty: the first); an unknown name is refused, naming the sheets there are.
Result<std::unique_ptr<SpreadsheetSource>> openSpreadsheet(const QString& path, const QString& sheet = {});

// One row of a preview, with the number Excel shows for it.
struct NumberedRow
{
    int number = 0;
    SpreadsheetRow cells;
};

// The first `maxRows` rows with text of the sheet, for a preview (the wizard's first page).
Result<QVector<NumberedRow>> readSpreadsheetRows(const QString& path, const QString& sheet, int maxRows);

} // namespace dw
