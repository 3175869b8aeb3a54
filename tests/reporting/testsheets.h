#pragma once

// The test sheets that tests/data/make_spreadsheets.py and tests/tools/make_xlsx_sheets.cpp write at build time,
// and reading one to the end.
#include "core/spreadsheet.h"
#include "support/qtprinters.h"

#include <QString>
#include <QVector>

#include <gtest/gtest.h>

namespace dw::testsheets {

inline QString path(const char* name)
{
    return QStringLiteral(DW_TEST_SHEETS "/") + QString::fromUtf8(name);
}

struct Row
{
    int number;
    SpreadsheetRow cells;
};

// Every row to the end, with its number; a read error fails the test (and ends the list).
inline QVector<Row> readAll(SpreadsheetSource& source)
{
    QVector<Row> rows;
    SpreadsheetRow row;
    for (;;) {
        const auto more = source.next(row);
        EXPECT_TRUE(more.ok()) << more.errorMessage().toStdString();
        if (!more.ok() || !*more)
            return rows;
        rows.append({source.rowNumber(), row});
    }
}

// Every row to the end without keeping them (a sheet of 100,000 rows): how many, and the last.
struct Tally
{
    int rows = 0;
    SpreadsheetRow last;
};

inline Tally tally(SpreadsheetSource& source)
{
    Tally tally;
    SpreadsheetRow row;
    for (;;) {
        const auto more = source.next(row);
        EXPECT_TRUE(more.ok()) << more.errorMessage().toStdString();
        if (!more.ok() || !*more)
            return tally;
        ++tally.rows;
        tally.last = row;
    }
}

// The texts of a row's cells ("" for an empty one), to compare a row at once.
inline QStringList texts(const SpreadsheetRow& row)
{
    QStringList list;
    for (const auto& cell : row)
        list.append(cell.text);
    return list;
}

} // namespace dw::testsheets
