#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace dw {

// One cell of a team's sheet as its file gives it. CSV only knows text; XLSX also knows numbers, and dates (a number
// whose cell style has a date format). A formula cell is its cached value.
struct SpreadsheetCell
{
    enum class Type { Empty, Text, Number, Date };
    Type type = Type::Empty;
    QString text; // Text: as in the file (trimming is the mapping's business); Number/Date: as shown, best effort
    double number = 0; // Number; Date: the Excel serial number
    QDate date; // Date

    static SpreadsheetCell ofText(const QString& t)
    {
        return t.isEmpty() ? SpreadsheetCell {} : SpreadsheetCell {Type::Text, t, 0, {}};
    }
    static SpreadsheetCell ofNumber(double n, const QString& shown) { return {Type::Number, shown, n, {}}; }
    static SpreadsheetCell ofDate(const QDate& d, double serial)
    {
        return {Type::Date, d.toString(Qt::ISODate), serial, d};
    }
    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
};

using SpreadsheetRow = QVector<SpreadsheetCell>;

// A sheet read row by row, so a sheet of any length is read in little memory. Rows are numbered as the team sees
// them in Excel: the first row of the file is row 1. Empty rows may be skipped or returned empty; rowNumber() is
// always the number of the row just returned, so a message can name it.
class SpreadsheetSource
{
public:
    virtual ~SpreadsheetSource() = default;
    // The next row into `row` (cells by column, A = 0; trailing empty cells may be left off). Returns false at
    // the end. A file that cannot be read further gives an Error with a Dutch reason naming the row.
    virtual Result<bool> next(SpreadsheetRow& row) = 0;
    // The number of the row last returned by next(); 0 before the first.
    virtual int rowNumber() const = 0;
    // The names of the sheets in the file (XLSX: workbook order; CSV: one, the file's base name).
    virtual QStringList sheetNames() const = 0;
};

// "A", "B", ..., "Z", "AA", ... for a 0-based column, as Excel names them.
QString spreadsheetColumnName(int column);
// The 0-based column of Excel's letters ("A" 0, "AA" 26); -1 for anything that is not 1 to 3 capital letters.
int spreadsheetColumnIndex(QStringView letters);
// The day of an Excel serial number in the 1900 system (with the 29 February 1900 Excel counts and the calendar has
// not: serial 60 is no day) or the 1904 system; the fraction (the time of day) is dropped. Nothing outside 0001-9999.
std::optional<QDate> excelDate(double serial, bool date1904);
double excelSerial(const QDate& date, bool date1904);

} // namespace dw
