// core/spreadsheetcel.h: dates and numbers as Dutch teams type them in their sheets (issue 19).
#include "core/spreadsheetcel.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {
std::optional<QDate> datum(const SpreadsheetCell& cel, QString* reden = nullptr)
{
    QString r;
    const auto d = spreadsheetcel::datum(cel, r);
    if (reden)
        *reden = r;
    return d;
}
SpreadsheetCell text(const char* t)
{
    return SpreadsheetCell::ofText(QString::fromUtf8(t));
}
} // namespace

TEST(SpreadsheetCel, TheThreeWrittenFormsOfADateAndTheExcelSerialGiveTheSameDay)
{
    const QDate expected(2016, 6, 14);
    EXPECT_EQ(datum(text("14-06-2016")), expected);
    EXPECT_EQ(datum(text(" 14/06/2016 ")), expected);
    EXPECT_EQ(datum(text("14.6.2016")), expected);
    EXPECT_EQ(datum(text("2016-06-14")), expected);
    EXPECT_EQ(datum(text("14 juni 2016")), expected);
    EXPECT_EQ(datum(text("42535")), expected); // 1 January 2016 is 42370; 14 June is 165 days later
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(42535, QStringLiteral("42535"))), expected);
    EXPECT_EQ(datum(SpreadsheetCell::ofDate(expected, 42535)), expected);
    EXPECT_EQ(datum(text("4-6-2016")), QDate(2016, 6, 4)); // d-m-jjjj: day first, as in the Netherlands
}

TEST(SpreadsheetCel, ExcelsOwnLeapDayOf1900IsNoDateAndTheDaysAroundItAreRight)
{
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(1, QStringLiteral("1"))), QDate(1900, 1, 1));
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(59, QStringLiteral("59"))), QDate(1900, 2, 28));
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(60, QStringLiteral("60"))), std::nullopt);
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(61, QStringLiteral("61"))), QDate(1900, 3, 1));
    EXPECT_EQ(datum(SpreadsheetCell::ofNumber(42535.5, QStringLiteral("42535.5"))), std::nullopt);
}

TEST(SpreadsheetCel, ATwoDigitYearANonExistentDayAndWordsAreRefusedWithTheirReason)
{
    QString reden;
    EXPECT_EQ(datum(text("14-06-16"), &reden), std::nullopt);
    EXPECT_EQ(
        reden, QStringLiteral("'14-06-16' heeft een jaartal van 2 cijfers; schrijf het jaar voluit (dd-mm-jjjj)"));
    EXPECT_EQ(datum(text("31-02-2016"), &reden), std::nullopt);
    EXPECT_EQ(reden, QStringLiteral("'31-02-2016' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-06-2016"));
    EXPECT_EQ(datum(text("volgende week"), &reden), std::nullopt);
    EXPECT_EQ(reden, QStringLiteral("'volgende week' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-06-2016"));
    EXPECT_EQ(datum(SpreadsheetCell {}, &reden), std::nullopt);
    EXPECT_EQ(reden, QStringLiteral("is leeg"));
}

TEST(SpreadsheetCel, WholeNumbersTakeADecimalCommaButNotAFraction)
{
    QString reden;
    EXPECT_EQ(spreadsheetcel::geheelGetal(text("4"), reden), 4);
    EXPECT_EQ(spreadsheetcel::geheelGetal(text(" 4,0 "), reden), 4);
    EXPECT_EQ(spreadsheetcel::geheelGetal(text("4.0"), reden), 4);
    EXPECT_EQ(spreadsheetcel::geheelGetal(SpreadsheetCell::ofNumber(2, QStringLiteral("2")), reden), 2);
    EXPECT_EQ(spreadsheetcel::geheelGetal(text("3,5"), reden), std::nullopt);
    EXPECT_EQ(reden, QStringLiteral("'3,5' is geen heel getal"));
    EXPECT_EQ(spreadsheetcel::geheelGetal(text("vier"), reden), std::nullopt);
    EXPECT_EQ(reden, QStringLiteral("'vier' is geen getal"));
}

TEST(SpreadsheetCel, TheKeyOfAValueListIgnoresCaseAndSpaces)
{
    EXPECT_EQ(spreadsheetcel::sleutel(text("  Mee   Eens ")), QStringLiteral("mee eens"));
    EXPECT_EQ(spreadsheetcel::tekst(text("  Mee   Eens ")), QStringLiteral("Mee   Eens"));
}

TEST(SpreadsheetCel, ColumnsAreNamedAsExcelNamesThem)
{
    EXPECT_EQ(spreadsheetColumnName(0), QStringLiteral("A"));
    EXPECT_EQ(spreadsheetColumnName(25), QStringLiteral("Z"));
    EXPECT_EQ(spreadsheetColumnName(26), QStringLiteral("AA"));
    EXPECT_EQ(spreadsheetColumnName(701), QStringLiteral("ZZ"));
    EXPECT_EQ(spreadsheetColumnName(702), QStringLiteral("AAA"));
    EXPECT_EQ(spreadsheetColumnIndex(u"A"), 0);
    EXPECT_EQ(spreadsheetColumnIndex(u"AA"), 26);
    EXPECT_EQ(spreadsheetColumnIndex(u"ZZ"), 701);
    EXPECT_EQ(spreadsheetColumnIndex(u"a"), -1);
    EXPECT_EQ(spreadsheetColumnIndex(u"AAAA"), -1);
    EXPECT_EQ(spreadsheetColumnIndex(u""), -1);
}

TEST(SpreadsheetCel, ThePerspectiveIsReadFromTheWordsTeamsUse)
{
    EXPECT_EQ(spreadsheetcel::perspectief(text(" Inwoner ")), Perspectief::Inwoner);
    EXPECT_EQ(spreadsheetcel::perspectief(text("Tabel 2")), Perspectief::Professional);
    EXPECT_EQ(spreadsheetcel::perspectief(text("P")), Perspectief::Professional);
    EXPECT_EQ(spreadsheetcel::perspectief(text("partner")), std::nullopt);
}
