// XlsxSource: Excel workbooks (issue 19). The files are written by tests/data/make_spreadsheets.py (openpyxl and
// by hand) and tests/tools/make_xlsx_sheets.cpp (libxlsxwriter); each expectation is read from what they write.
#include "reporting/xlsxsource.h"

#include "testsheets.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dw;
using dw::testsheets::readAll;
using dw::testsheets::texts;
using Type = SpreadsheetCell::Type;

namespace {

std::unique_ptr<XlsxSource> openSheet(const char* name, const QString& sheet = {})
{
    auto source = XlsxSource::open(testsheets::path(name), sheet);
    EXPECT_TRUE(source.ok()) << source.errorMessage().toStdString();
    return source.ok() ? std::move(*source) : nullptr;
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString openError(const char* name, const QString& sheet = {})
{
    auto source = XlsxSource::open(testsheets::path(name), sheet);
    return source.ok() ? QString() : source.errorMessage();
}

// The error of reading the file to the end ("" when there is none).
QString readError(const char* name)
{
    auto source = openSheet(name);
    if (!source)
        return QStringLiteral("(niet geopend)");
    SpreadsheetRow row;
    for (;;) {
        const auto more = source->next(row);
        if (!more.ok())
            return more.errorMessage();
        if (!*more)
            return {};
    }
}

// The rows of handgemaakt.xlsx: 1, 2, 3 and 7.
QVector<testsheets::Row> handRows()
{
    auto source = openSheet("handgemaakt.xlsx");
    return source ? readAll(*source) : QVector<testsheets::Row> {};
}

} // namespace

TEST(XlsxSource, ReadsTheFirstSheetOfAnOpenpyxlWorkbook)
{
    auto source = openSheet("twee-bladen.xlsx");
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), (QStringList {u("Blad1"), u("Metingen")}));
    EXPECT_EQ(source->sheetName(), u("Blad1"));
    EXPECT_FALSE(source->date1904());
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    // A1:C1 is merged: the value is in A1 only.
    EXPECT_EQ(texts(rows[0].cells), QStringList {u("Inwoners")});
    EXPECT_EQ(texts(rows[1].cells), u("Naam|Geboortedatum|Score|Team").split(u'|'));
    EXPECT_EQ(rows[2].cells[0].text, u("Jansen"));
    EXPECT_EQ(rows[2].cells[3].text, u("Financiën"));
    EXPECT_EQ(rows[3].cells[0].text, u("de Vries  ")); // trailing spaces kept
}

TEST(XlsxSource, GivesDatesForNumbersInADateStyle)
{
    auto source = openSheet("twee-bladen.xlsx");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    // Row 3, column B: 14 June 2016 in 'dd/mm/yyyy', serial 42535.
    const auto& b3 = rows[2].cells[1];
    EXPECT_EQ(b3.type, Type::Date);
    EXPECT_EQ(b3.date, QDate(2016, 6, 14));
    EXPECT_EQ(b3.number, 42535);
    EXPECT_EQ(b3.text, u("2016-06-14"));
    // Row 4: 'd-m-jjjj' (j of jaar) is a date format too.
    EXPECT_EQ(rows[3].cells[1].type, Type::Date);
    EXPECT_EQ(rows[3].cells[1].date, QDate(2016, 6, 4));
    // Row 6: a date with a time of day (13:45) is that day.
    EXPECT_EQ(rows[4].cells[1].date, QDate(1999, 12, 31));
}

TEST(XlsxSource, GivesNumbersInTheirShortestForm)
{
    auto source = openSheet("twee-bladen.xlsx");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[2].cells[2].type, Type::Number);
    EXPECT_EQ(rows[2].cells[2].number, 3.5);
    EXPECT_EQ(rows[2].cells[2].text, u("3.5"));
    EXPECT_EQ(rows[3].cells[2].text, u("4"));
}

TEST(XlsxSource, SkipsEmptyRowsAndNumbersRowsAsExcel)
{
    auto source = openSheet("twee-bladen.xlsx");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[3].number, 4);
    EXPECT_EQ(rows[4].number, 6); // row 5 is empty
    // Row 6 has A, B and D: C is empty.
    ASSERT_EQ(rows[4].cells.size(), 4);
    EXPECT_EQ(rows[4].cells[2].type, Type::Empty);
    EXPECT_EQ(rows[4].cells[3].text, u("Financiën"));
    EXPECT_EQ(source->rowNumber(), 6);
}

TEST(XlsxSource, ReadsASecondSheetChosenByName)
{
    auto source = openSheet("twee-bladen.xlsx", u("metingen")); // Excel's sheet names have no case
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetName(), u("Metingen"));
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 4);
    // 42535 without a date style is a number, not a date.
    EXPECT_EQ(rows[1].cells[1].type, Type::Number);
    EXPECT_EQ(rows[1].cells[1].text, u("42535"));
    // 0.1 + 0.2 is stored as Excel does, in 15 digits: 0.3, shown so and not as 0.29999999999999999.
    EXPECT_EQ(rows[2].cells[1].text, u("0.3"));
    EXPECT_EQ(rows[2].cells[1].number, 0.3);
    // 14:30 in a time format (h:mm:ss) is no date: the part of a day it is.
    EXPECT_EQ(rows[3].cells[1].type, Type::Number);
    EXPECT_DOUBLE_EQ(rows[3].cells[1].number, 14.5 / 24);
}

TEST(XlsxSource, NamesTheSheetsWhenOneIsUnknown)
{
    EXPECT_EQ(openError("twee-bladen.xlsx", u("Cliënten")),
        u("blad 'Cliënten' bestaat niet; dit bestand heeft: Blad1, Metingen"));
}

TEST(XlsxSource, ReadsDatesOfThe1904System)
{
    auto source = openSheet("datum-1904.xlsx");
    ASSERT_TRUE(source);
    EXPECT_TRUE(source->date1904());
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].cells[1].type, Type::Date);
    EXPECT_EQ(rows[0].cells[1].date, QDate(2016, 6, 14));
    EXPECT_EQ(rows[0].cells[1].number, 41073); // 42535 less the 1462 days from 1900 to 1904
}

TEST(XlsxSource, GivesTheCachedValueOfFormulasAndSharedStrings)
{
    auto source = openSheet("formule.xlsx");
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), (QStringList {u("Berekend"), u("Leeg")}));
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].cells[0].text, u("Jansen"));
    EXPECT_EQ(rows[2].cells[0].text, u("Jansen")); // the same shared string
    // C2 is =B2*2 with 42 cached; E2 a text formula; F2 a boolean, as Dutch Excel shows it.
    EXPECT_EQ(rows[1].cells[2].type, Type::Number);
    EXPECT_EQ(rows[1].cells[2].number, 42);
    EXPECT_EQ(rows[2].cells[2].number, 44);
    EXPECT_EQ(rows[1].cells[3].date, QDate(2016, 6, 14));
    EXPECT_EQ(rows[1].cells[4].text, u("Dag Jansen"));
    EXPECT_EQ(rows[1].cells[5].text, u("WAAR"));
}

TEST(XlsxSource, ReadsAnEmptySheet)
{
    auto source = openSheet("formule.xlsx", u("Leeg"));
    ASSERT_TRUE(source);
    EXPECT_TRUE(readAll(*source).isEmpty());
    EXPECT_EQ(source->rowNumber(), 0);
}

TEST(XlsxSource, ReadsRichTextInlineStringsAndCellsWithoutReference)
{
    auto source = openSheet("handgemaakt.xlsx");
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), QStringList {u("Hand")});
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 4);
    // Rich-text runs joined, the phonetic guide (rPh) left out, inline runs joined with their space.
    EXPECT_EQ(texts(rows[0].cells), u("Jansen|加藤|inline ").split(u'|'));
    // Row 2's cells have no r: A to E in turn. Booleans and errors as Dutch Excel shows them.
    EXPECT_EQ(texts(rows[1].cells), u("WAAR|ONWAAR|#N/B|Jansen!|2").split(u'|'));
    EXPECT_EQ(rows[1].cells[4].type, Type::Number);
    // Rows without r follow on (3); row 4 has only empty cells; then row 7.
    EXPECT_EQ(rows[2].number, 3);
    EXPECT_EQ(rows[3].number, 7);
}

TEST(XlsxSource, KeepsExcelsLeapDayOf1900)
{
    const auto rows = handRows();
    ASSERT_EQ(rows.size(), 4);
    const auto& row3 = rows[2].cells;
    ASSERT_EQ(row3.size(), 6);
    EXPECT_EQ(row3[0].type, Type::Empty);
    EXPECT_EQ(row3[1].date, QDate(1900, 2, 28)); // serial 59
    // Serial 60 is 29 February 1900, which Excel shows and the calendar never had: text the mapping refuses.
    EXPECT_EQ(row3[2].type, Type::Text);
    EXPECT_EQ(row3[2].text, u("1900-02-29"));
    EXPECT_EQ(row3[3].date, QDate(1900, 3, 1)); // serial 61
    // A time format ([$-413]h:mm) is no date; a date with 18:00 in it is its day.
    EXPECT_EQ(row3[4].type, Type::Number);
    EXPECT_EQ(row3[4].text, u("0.5"));
    EXPECT_EQ(row3[5].date, QDate(2016, 6, 14));
    EXPECT_EQ(row3[5].number, 42535.75);
}

TEST(XlsxSource, ReadsIsoDatesAndTheLastColumn)
{
    const auto rows = handRows();
    ASSERT_EQ(rows.size(), 4);
    const auto& row7 = rows[3].cells;
    ASSERT_EQ(row7.size(), XlsxSource::maxColumns); // up to XFD
    EXPECT_EQ(row7[27].type, Type::Date); // AB7, t="d"
    EXPECT_EQ(row7[27].date, QDate(2016, 6, 14));
    EXPECT_EQ(row7[27].number, 42535);
    EXPECT_EQ(row7[16383].text, u("-1500"));
    EXPECT_EQ(spreadsheetColumnName(16383), u("XFD"));
}

TEST(XlsxSource, ReadsAHundredThousandRowsToTheEnd)
{
    auto source = openSheet("groot-100k.xlsx");
    ASSERT_TRUE(source);
    const auto [count, last] = testsheets::tally(*source);
    EXPECT_EQ(count, 100000);
    EXPECT_EQ(source->rowNumber(), 100000);
    // Row 100000: 100000 mod 1000 = 0 days after 1 January 2016 (serial 42370), score 0.5; inline strings.
    ASSERT_EQ(last.size(), 4);
    EXPECT_EQ(last[0].text, u("DW-100000"));
    EXPECT_EQ(last[1].date, QDate(2016, 1, 1));
    EXPECT_EQ(last[2].text, u("0.5"));
    EXPECT_EQ(last[3].text, u("Inwoner 100000"));
}

TEST(XlsxSource, RefusesBrokenWorkbooksWithAReason)
{
    EXPECT_EQ(
        openError("afgebroken.xlsx"), u("het bestand is geen volledig zip-bestand; is het afgebroken of beschadigd?"));
    EXPECT_EQ(openError("geen-werkmap.zip"), u("dit zip-bestand is geen Excel-werkmap (.xlsx)"));
    EXPECT_EQ(openError("rekenblad.ods"),
        u("dit is een OpenDocument-rekenblad (.ods); sla het op als Excel-werkmap (.xlsx) of .csv"));
    EXPECT_EQ(readError("gedeelde-tekst-ontbreekt.xlsx"),
        u("blad 'Hand', rij 2: cel B2 verwijst naar gedeelde tekst 7, die er niet is"));
    EXPECT_EQ(readError("rijen-door-elkaar.xlsx"),
        u("blad 'Hand', rij 5: rij 3 staat na rij 5; de rijen staan niet op volgorde"));
}

TEST(XlsxSource, ReadsFromBytesInMemory)
{
    QFile file(testsheets::path("formule.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto source = XlsxSource::fromBytes(file.readAll(), u("Berekend"));
    ASSERT_TRUE(source.ok()) << source.errorMessage().toStdString();
    const auto rows = readAll(**source);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[2].cells[1].number, 22);

    const auto garbage = XlsxSource::fromBytes(QByteArray("PK\x03\x04 niets meer"));
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().kind, Error::Kind::BadInput);
    EXPECT_FALSE(garbage.errorMessage().isEmpty());
}
