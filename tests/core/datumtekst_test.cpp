// Dates typed in a plan, in figures or in words (issue 18: "deze week" in an interventie's Wanneer was dropped).
#include "core/datumtekst.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {
const QDate dinsdag(2026, 12, 1); // a Tuesday

QDate lees(const char* tekst, const QDate& vandaag = dinsdag)
{
    return leesDatum(QString::fromUtf8(tekst), vandaag).value_or(QDate(1, 1, 1));
}
} // namespace

TEST(DatumTekst, FiguresTheDutchWayAndIso)
{
    EXPECT_EQ(lees("04-12-2026"), QDate(2026, 12, 4));
    EXPECT_EQ(lees("4-12-2026"), QDate(2026, 12, 4));
    EXPECT_EQ(lees("2026-12-04"), QDate(2026, 12, 4));
    EXPECT_EQ(lees(" 4/12/2026 "), QDate(2026, 12, 4));
    EXPECT_FALSE(leesDatum(QStringLiteral("31-02-2027"), dinsdag)); // no such day
}

TEST(DatumTekst, EmptyIsNoDateAndNotARefusal)
{
    const auto leeg = leesDatum(QStringLiteral("  "), dinsdag);
    ASSERT_TRUE(leeg);
    EXPECT_FALSE(leeg->isValid());
}

TEST(DatumTekst, DaysAndWeeksFromTuesdayTheFirstOfDecember)
{
    EXPECT_EQ(lees("vandaag"), dinsdag);
    EXPECT_EQ(lees("Morgen"), QDate(2026, 12, 2));
    EXPECT_EQ(lees("overmorgen"), QDate(2026, 12, 3));
    EXPECT_EQ(lees("Deze week"), QDate(2026, 12, 4)); // its Friday
    EXPECT_EQ(lees("deze  week"), QDate(2026, 12, 4));
    EXPECT_EQ(lees("volgende week"), QDate(2026, 12, 11));
    EXPECT_EQ(lees("over 3 dagen"), QDate(2026, 12, 4));
    EXPECT_EQ(lees("over twee weken"), QDate(2026, 12, 15));
    EXPECT_EQ(lees("over een maand"), QDate(2027, 1, 1));
    EXPECT_EQ(lees("over 1 jaar"), QDate(2027, 12, 1));
}

TEST(DatumTekst, WeekdaysAreTheNextOneNeverToday)
{
    EXPECT_EQ(lees("vrijdag"), QDate(2026, 12, 4));
    EXPECT_EQ(lees("dinsdag"), QDate(2026, 12, 8)); // today is Tuesday: next week's
    EXPECT_EQ(lees("maandag"), QDate(2026, 12, 7));
    EXPECT_EQ(lees("zondag"), QDate(2026, 12, 6));
}

TEST(DatumTekst, MonthsEndOnTheirLastDayAcrossTheYear)
{
    EXPECT_EQ(lees("eind van de maand"), QDate(2026, 12, 31));
    EXPECT_EQ(lees("deze maand"), QDate(2026, 12, 31));
    EXPECT_EQ(lees("volgende maand"), QDate(2027, 1, 31));
    EXPECT_EQ(lees("volgende maand", QDate(2027, 1, 31)), QDate(2027, 2, 28));
}

TEST(DatumTekst, ThisWeekOnASaturdayIsToday)
{
    const QDate zaterdag(2026, 12, 5);
    EXPECT_EQ(lees("deze week", zaterdag), zaterdag);
    EXPECT_EQ(lees("volgende week", zaterdag), QDate(2026, 12, 11));
}

TEST(DatumTekst, WhatIsNoDateIsRefused)
{
    for (const char* tekst : {"gauw", "over veel weken", "over -2 dagen", "deze", "volgende", "32-12-2026"})
        EXPECT_FALSE(leesDatum(QString::fromUtf8(tekst), dinsdag)) << tekst;
    EXPECT_FALSE(leesDatum(QStringLiteral("morgen"), QDate())); // words need today
}
