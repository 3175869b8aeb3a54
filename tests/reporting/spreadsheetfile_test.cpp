// openSpreadsheet and readSpreadsheetRows: a team's file read as XLSX or CSV by its content (issue 19). The files
// are written by tests/data/make_spreadsheets.py and tests/tools/make_xlsx_sheets.cpp.
#include "reporting/spreadsheetfile.h"

#include "reporting/csvsource.h"
#include "reporting/xlsxsource.h"

#include "testsheets.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;
using dw::testsheets::texts;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString openError(const QString& path, const QString& sheet = {})
{
    auto source = openSpreadsheet(path, sheet);
    return source.ok() ? QString() : source.errorMessage();
}

} // namespace

TEST(SpreadsheetFile, ChoosesTheReaderByContentNotByName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A CSV saved as .xlsx, and a workbook saved as .csv.
    const QString csv = dir.filePath(QStringLiteral("eigenlijk-csv.xlsx"));
    const QString xlsx = dir.filePath(QStringLiteral("eigenlijk-xlsx.csv"));
    ASSERT_TRUE(QFile::copy(testsheets::path("komma-utf8.csv"), csv));
    ASSERT_TRUE(QFile::copy(testsheets::path("twee-bladen.xlsx"), xlsx));

    auto fromCsv = openSpreadsheet(csv);
    ASSERT_TRUE(fromCsv.ok()) << fromCsv.errorMessage().toStdString();
    EXPECT_NE(dynamic_cast<CsvSource*>(fromCsv->get()), nullptr);
    EXPECT_EQ((*fromCsv)->sheetNames(), QStringList {u("eigenlijk-csv")});

    auto fromXlsx = openSpreadsheet(xlsx);
    ASSERT_TRUE(fromXlsx.ok()) << fromXlsx.errorMessage().toStdString();
    EXPECT_NE(dynamic_cast<XlsxSource*>(fromXlsx->get()), nullptr);
    EXPECT_EQ((*fromXlsx)->sheetNames(), (QStringList {u("Blad1"), u("Metingen")}));
}

TEST(SpreadsheetFile, OpensTheSheetNamed)
{
    auto source = openSpreadsheet(testsheets::path("twee-bladen.xlsx"), u("Metingen"));
    ASSERT_TRUE(source.ok()) << source.errorMessage().toStdString();
    SpreadsheetRow row;
    ASSERT_TRUE(*(*source)->next(row));
    EXPECT_EQ(texts(row), u("Meting|Waarde").split(u'|'));
    // A CSV file's one sheet is its base name.
    EXPECT_TRUE(openSpreadsheet(testsheets::path("tab.csv"), u("tab")).ok());
}

TEST(SpreadsheetFile, NamesTheSheetsThereAreForAnUnknownOne)
{
    EXPECT_EQ(openError(testsheets::path("twee-bladen.xlsx"), u("Cliënten")),
        u("blad 'Cliënten' bestaat niet; dit bestand heeft: Blad1, Metingen"));
    EXPECT_EQ(
        openError(testsheets::path("tab.csv"), u("Blad1")), u("blad 'Blad1' bestaat niet; dit bestand heeft: tab"));
}

TEST(SpreadsheetFile, RefusesOldExcelFiles)
{
    EXPECT_EQ(openError(testsheets::path("oud-excel.xls")),
        u("Dit is een oud Excel-bestand (.xls); sla het op als .xlsx of .csv"));
    // An .xlsx with a password is an OLE file too, with an "EncryptedPackage" stream in it.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile locked(dir.filePath(QStringLiteral("wachtwoord.xlsx")));
    ASSERT_TRUE(locked.open(QIODevice::WriteOnly));
    const QString stream = QStringLiteral("EncryptedPackage");
    locked.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1000, '\0')
        + QByteArray(reinterpret_cast<const char*>(stream.utf16()), stream.size() * 2));
    locked.close();
    EXPECT_EQ(openError(locked.fileName()),
        u("Dit Excel-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op als .xlsx of .csv"));
}

TEST(SpreadsheetFile, RefusesATruncatedWorkbookAndAMissingFile)
{
    EXPECT_EQ(openError(testsheets::path("afgebroken.xlsx")),
        u("het bestand is geen volledig zip-bestand; is het afgebroken of beschadigd?"));
    EXPECT_TRUE(openError(testsheets::path("bestaat-niet.csv")).contains(u("kan niet geopend worden")));
}

TEST(SpreadsheetFile, PreviewsTheFirstRowsWithTheirNumbers)
{
    const auto csv = readSpreadsheetRows(testsheets::path("puntkomma-utf8-bom.csv"), {}, 3);
    ASSERT_TRUE(csv.ok()) << csv.errorMessage().toStdString();
    ASSERT_EQ(csv->size(), 3);
    EXPECT_EQ(csv->at(2).number, 3);
    EXPECT_EQ(csv->at(1).cells[0].text, u("Jansen"));

    // Fewer rows than asked: all of them, row 5 (empty) left out.
    const auto xlsx = readSpreadsheetRows(testsheets::path("twee-bladen.xlsx"), u("Blad1"), 10);
    ASSERT_TRUE(xlsx.ok()) << xlsx.errorMessage().toStdString();
    QVector<int> numbers;
    for (const auto& row : *xlsx)
        numbers.append(row.number);
    EXPECT_EQ(numbers, (QVector<int> {1, 2, 3, 4, 6}));
    EXPECT_EQ(xlsx->at(2).cells[1].date, QDate(2016, 6, 14));
}

TEST(SpreadsheetFile, PreviewStopsAtAnUnreadableRowWithItsReason)
{
    const auto broken = readSpreadsheetRows(testsheets::path("aanhalingsteken-open.csv"), {}, 10);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.errorMessage(), u("rij 3: aanhalingsteken niet gesloten"));
    // Two rows asked: the broken third is not reached.
    const auto two = readSpreadsheetRows(testsheets::path("aanhalingsteken-open.csv"), {}, 2);
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two->size(), 2);
}
