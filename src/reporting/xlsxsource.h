#pragma once

#include "core/spreadsheet.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace dw {

// An Excel workbook (.xlsx: a zip of XML parts, read with libzip and QXmlStreamReader), one sheet read row by row:
// the sheet's XML is inflated and parsed in chunks, so a sheet of any length is read in little memory; the shared
// strings are held. What is read and what not: docs/spreadsheet-lezers.md.
// - Text: shared, inline and formula strings, rich text joined; booleans as WAAR/ONWAAR, errors as Dutch Excel
//   shows them (#N/B); a formula cell is its cached value.
// - Numbers are Number cells, shown in the shortest form that reads back the same ("4", "3.5"), without locale;
//   a number in a date format (the cell's style) is a Date cell, in the 1900 or 1904 system of the workbook.
// - Rows are numbered by their r attribute as Excel shows them; rows without any value are skipped, trailing
//   empty cells left off.
class XlsxSource : public SpreadsheetSource
{
public:
    // The sheet named `sheet` (Excel compares names without case), or the first worksheet.
    static Result<std::unique_ptr<XlsxSource>> open(const QString& path, const QString& sheet = {});
    static Result<std::unique_ptr<XlsxSource>> fromBytes(const QByteArray& bytes, const QString& sheet = {});
    ~XlsxSource() override;

    Result<bool> next(SpreadsheetRow& row) override;
    int rowNumber() const override;
    QStringList sheetNames() const override;
    // The sheet being read, and whether the workbook counts days from 1904 (old Mac Excel).
    QString sheetName() const;
    bool date1904() const;

    // Limits against files that are no team sheet; beyond them the file is refused with a Dutch reason.
    static constexpr quint64 maxSharedStringsBytes = 256ull << 20;
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr qsizetype maxCellChars = 1 << 20;

    struct State;

private:
    explicit XlsxSource(std::unique_ptr<State> state);
    static Result<std::unique_ptr<XlsxSource>> load(std::unique_ptr<State> state, const QString& sheet);
    Result<bool> readRow(SpreadsheetRow& row, int number);
    Error fail(const QString& reason) const;

    std::unique_ptr<State> d;
};

} // namespace dw
