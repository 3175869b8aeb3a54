// CsvSource: CSV files as Dutch Excel writes them (issue 19). The files are written by
// tests/data/make_spreadsheets.py; each expectation below is read from the function that writes the file.
#include "reporting/csvsource.h"

#include "testsheets.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace dw;
using dw::testsheets::readAll;
using dw::testsheets::texts;

namespace {

std::unique_ptr<CsvSource> openSheet(const char* name)
{
    auto source = CsvSource::open(testsheets::path(name));
    EXPECT_TRUE(source.ok()) << source.errorMessage().toStdString();
    return source.ok() ? std::move(*source) : nullptr;
}

// A source on bytes in memory, as the fuzzer reads.
CsvSource fromBytes(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return CsvSource(std::move(buffer), QStringLiteral("geheugen"));
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The error of reading `bytes` to the end, or "" when they read without one.
QString errorOf(const QByteArray& bytes)
{
    CsvSource source = fromBytes(bytes);
    SpreadsheetRow row;
    for (;;) {
        const auto more = source.next(row);
        if (!more.ok())
            return more.errorMessage();
        if (!*more)
            return {};
    }
}

} // namespace

TEST(CsvSource, ReadsSemicolonsUtf8WithBomAndCrlf)
{
    auto source = openSheet("puntkomma-utf8-bom.csv");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    EXPECT_EQ(source->separator(), ';');
    EXPECT_EQ(source->encoding(), CsvSource::Encoding::Utf8);
    ASSERT_EQ(rows.size(), 5);
    // The BOM is not part of the first header.
    EXPECT_EQ(texts(rows[0].cells), u("Naam|Geboortedatum|Score|Team|Opmerking").split(u'|'));
    EXPECT_EQ(texts(rows[1].cells), u("Jansen|14-06-2016|3,5|Financiën|Zegt: \"prima\"").split(u'|'));
    // The quoted line end stays in the field, as "\n": one row, not two.
    EXPECT_EQ(rows[2].number, 3);
    EXPECT_EQ(rows[2].cells[4].text, u("Twee\nregels"));
    EXPECT_EQ(texts(rows[3].cells), u("Özdemir|2016-06-14|42535|Wonen|a;b").split(u'|'));
}

TEST(CsvSource, EveryCellIsTextAsInTheFile)
{
    auto source = openSheet("puntkomma-utf8-bom.csv");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    // Decimal commas and dates are the mapping's business: "3,5" and "14-06-2016" are text here.
    EXPECT_EQ(rows[1].cells[2].type, SpreadsheetCell::Type::Text);
    EXPECT_EQ(rows[1].cells[2].text, u("3,5"));
    EXPECT_EQ(rows[1].cells[1].type, SpreadsheetCell::Type::Text);
    EXPECT_FALSE(rows[1].cells[1].date.isValid());
}

TEST(CsvSource, SkipsTheEmptyRowButCountsItAndDropsTrailingEmptyCells)
{
    auto source = openSheet("puntkomma-utf8-bom.csv");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[3].number, 4);
    EXPECT_EQ(rows[4].number, 6); // row 5 is empty
    // "Bakker;;7,25;   spaties achteraan   ;;": B is empty, spaces are kept, the two empty cells at the end left off.
    ASSERT_EQ(rows[4].cells.size(), 4);
    EXPECT_EQ(rows[4].cells[1].type, SpreadsheetCell::Type::Empty);
    EXPECT_EQ(rows[4].cells[3].text, u("   spaties achteraan   "));
    EXPECT_EQ(source->rowNumber(), 6);
}

TEST(CsvSource, ReadsCommasUtf8WithoutBomAndLf)
{
    auto source = openSheet("komma-utf8.csv");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    EXPECT_EQ(source->separator(), ',');
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(texts(rows[1].cells), u("Jansen|14-06-2016|3,5|Den Haag, Centrum").split(u'|'));
    EXPECT_EQ(texts(rows[2].cells), u("O'Brien \"Bob\"|4-6-2016|4|Utrecht").split(u'|'));
    // The last line has no line end.
    EXPECT_EQ(texts(rows[3].cells), u("Müller|42535|7,25|Zoë’s dorp").split(u'|'));
    EXPECT_EQ(rows[3].number, 4);
}

TEST(CsvSource, ReadsWindows1252WithTheRealTable)
{
    auto source = openSheet("puntkomma-cp1252.csv");
    ASSERT_TRUE(source);
    const auto rows = readAll(*source);
    EXPECT_EQ(source->encoding(), CsvSource::Encoding::Windows1252);
    ASSERT_EQ(rows.size(), 3);
    // € is 0x80 and ’ is 0x92 in Windows-1252, not the C1 controls Latin-1 has there.
    EXPECT_EQ(rows[1].cells[1].text, u("€ 12,50"));
    EXPECT_EQ(rows[1].cells[2].text, u("café’s"));
    EXPECT_EQ(texts(rows[1].cells).first(), u("Hélène"));
    EXPECT_EQ(texts(rows[2].cells), u("Zoë|3,5|naïef").split(u'|'));
}

TEST(CsvSource, FindsTabsAndTheSepLine)
{
    auto tabs = openSheet("tab.csv");
    ASSERT_TRUE(tabs);
    const auto tabRows = readAll(*tabs);
    EXPECT_EQ(tabs->separator(), '\t');
    ASSERT_EQ(tabRows.size(), 2);
    EXPECT_EQ(texts(tabRows[1].cells), u("Jansen|a, b; c|3,5").split(u'|'));

    // "sep=," wins over the two ';' of the header, and is no row of its own.
    auto sep = openSheet("sep-regel.csv");
    ASSERT_TRUE(sep);
    const auto sepRows = readAll(*sep);
    EXPECT_EQ(sep->separator(), ',');
    ASSERT_EQ(sepRows.size(), 2);
    EXPECT_EQ(sepRows[0].number, 1);
    EXPECT_EQ(texts(sepRows[0].cells), u("Naam;Voornaam|Score").split(u'|'));
    EXPECT_EQ(texts(sepRows[1].cells), u("Jansen;Piet|4").split(u'|'));
}

TEST(CsvSource, NamesItsOneSheetAfterTheFile)
{
    auto source = openSheet("komma-utf8.csv");
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sheetNames(), QStringList {u("komma-utf8")});
    EXPECT_EQ(source->rowNumber(), 0);
}

TEST(CsvSource, NamesTheRowOfAQuoteThatIsNeverClosed)
{
    auto source = openSheet("aanhalingsteken-open.csv");
    ASSERT_TRUE(source);
    SpreadsheetRow row;
    ASSERT_TRUE(*source->next(row));
    ASSERT_TRUE(*source->next(row));
    const auto third = source->next(row);
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.errorMessage(), u("rij 3: aanhalingsteken niet gesloten"));
    EXPECT_EQ(third.error().kind, Error::Kind::BadInput);
}

TEST(CsvSource, NamesTheLineWhereAQuoteOpenedAfterALineEndInAField)
{
    EXPECT_EQ(errorOf("a;b\n\"x\ny\";\"open\nz\n"), u("rij 2: aanhalingsteken niet gesloten (geopend op regel 3)"));
}

TEST(CsvSource, ReadsAHundredThousandRowsToTheEnd)
{
    auto source = openSheet("groot-100k.csv");
    ASSERT_TRUE(source);
    const auto [count, last] = testsheets::tally(*source);
    EXPECT_EQ(count, 100000);
    EXPECT_EQ(source->rowNumber(), 100000);
    // Row 100000: 100000 mod 1000 = 0 days after 1 January 2016, score 100000 mod 10 = 0 and a half.
    EXPECT_EQ(texts(last), u("DW-100000|01-01-2016|0,5|Inwoner 100000").split(u'|'));
}

TEST(CsvSource, KeepsTextAfterAClosingQuoteAndQuotesInsideAField)
{
    CsvSource source = fromBytes("\"ab\"c;d\"e\"f;\"\"\r\r\nx");
    const auto rows = readAll(source);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(texts(rows[0].cells), u("abc|d\"e\"f").split(u'|')); // "" is an empty field, left off at the end
    // A lone CR ends a row too: the CR of "\r\r\n" ends row 1, "\r\n" is the empty row 2.
    EXPECT_EQ(rows[1].number, 3);
    EXPECT_EQ(texts(rows[1].cells), QStringList {u("x")});
}

TEST(CsvSource, KeepsAByteOrderMarkInsideTheFileAsText)
{
    // Only the BOM at the start of the file is the file's; one at the start of a later field is text (U+FEFF).
    CsvSource source = fromBytes("\xEF\xBB\xBF"
                                 "a;b\nc;\xEF\xBB\xBF\n");
    const auto rows = readAll(source);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].cells[0].text, u("a"));
    ASSERT_EQ(rows[1].cells.size(), 2);
    EXPECT_EQ(rows[1].cells[1].text, QString(QChar(0xFEFF)));
}

TEST(CsvSource, SwitchesToWindows1252AtTheFirstRecordThatIsNotUtf8)
{
    // Row 2 is UTF-8 (ë as C3 AB), row 3 is not (0xEB alone): from row 3 on Windows-1252.
    CsvSource source = fromBytes("naam\nZo\xC3\xAB\nZo\xEB\n\x80\n");
    const auto rows = readAll(source);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1].cells[0].text, u("Zoë"));
    EXPECT_EQ(rows[2].cells[0].text, u("Zoë"));
    EXPECT_EQ(rows[3].cells[0].text, u("€"));
    EXPECT_EQ(source.encoding(), CsvSource::Encoding::Windows1252);
}

TEST(CsvSource, ReadsNothingFromAnEmptyFile)
{
    CsvSource source = fromBytes({});
    SpreadsheetRow row;
    const auto more = source.next(row);
    ASSERT_TRUE(more.ok());
    EXPECT_FALSE(*more);
    EXPECT_EQ(source.rowNumber(), 0);
    CsvSource blank = fromBytes("\r\n\r\n;;\n");
    EXPECT_TRUE(readAll(blank).isEmpty());
    EXPECT_EQ(blank.rowNumber(), 0);
}

TEST(CsvSource, RefusesWhatIsNoTable)
{
    EXPECT_EQ(errorOf("a;b\n\"" + QByteArray(CsvSource::maxFieldBytes + 1, 'x') + "\"\n"),
        u("rij 2: veld in kolom A is langer dan 1 MB; is dit wel een CSV-bestand?"));
    EXPECT_EQ(errorOf(QByteArray(CsvSource::maxColumns, ';') + "\n"),
        u("rij 1: meer dan 16384 kolommen; is dit wel een CSV-bestand?"));
    EXPECT_EQ(errorOf(QByteArray(CsvSource::maxColumns - 1, ';') + "x\n"), QString()); // exactly 16384 is fine
    EXPECT_TRUE(errorOf("\xFF\xFEn\0a\0").startsWith(u("dit is een UTF-16-tekstbestand")));
    // Empty rows count too: the row after Excel's last one is refused.
    EXPECT_EQ(errorOf(QByteArray(CsvSource::maxRows, '\n') + "x\n"),
        u("rij 1048577: meer dan 1048576 rijen, meer dan Excel kan tonen"));
    EXPECT_EQ(errorOf(QByteArray(CsvSource::maxRows - 1, '\n') + "x\n"), QString());
}
