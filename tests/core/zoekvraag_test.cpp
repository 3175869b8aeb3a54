// The caseload's search field read as a birth date, year, postcode, BSN or text (issue 18).
#include "core/zoekvraag.h"

#include <gtest/gtest.h>

using namespace dw;
using Soort = Zoekvraag::Soort;

TEST(Zoekvraag, BirthDatesTheDutchWayAndIso)
{
    for (const char* t : {"02-03-1971", "2-3-1971", "1971-03-02", "2/3/1971"}) {
        const Zoekvraag z = leesZoekvraag(QString::fromUtf8(t));
        EXPECT_EQ(z.soort, Soort::Geboortedatum) << t;
        EXPECT_EQ(z.datum, QDate(1971, 3, 2)) << t;
    }
    EXPECT_EQ(leesZoekvraag(QStringLiteral("31-02-1971")).soort, Soort::Tekst); // no such day
}

TEST(Zoekvraag, AYearBetween1900And2099)
{
    const Zoekvraag z = leesZoekvraag(QStringLiteral(" 1971 "));
    EXPECT_EQ(z.soort, Soort::Geboortejaar);
    EXPECT_EQ(z.jaar, 1971);
    EXPECT_EQ(z.tekst, QStringLiteral("1971"));
    EXPECT_EQ(leesZoekvraag(QStringLiteral("1871")).soort, Soort::Tekst);
    EXPECT_EQ(leesZoekvraag(QStringLiteral("19710")).soort, Soort::Tekst);
}

TEST(Zoekvraag, APostcodeWithOrWithoutItsSpace)
{
    const Zoekvraag z = leesZoekvraag(QStringLiteral("7511ab"));
    EXPECT_EQ(z.soort, Soort::Postcode);
    EXPECT_EQ(z.postcode, QStringLiteral("7511 AB"));
    EXPECT_EQ(leesZoekvraag(QStringLiteral("7511 AB")).postcode, QStringLiteral("7511 AB"));
}

TEST(Zoekvraag, ABsnOnlyWhenItPassesTheElfproef)
{
    EXPECT_EQ(leesZoekvraag(QStringLiteral("123456782")).soort, Soort::Bsn);
    EXPECT_EQ(leesZoekvraag(QStringLiteral("123 456 782")).bsn, QStringLiteral("123456782"));
    EXPECT_EQ(leesZoekvraag(QStringLiteral("123456789")).soort, Soort::Tekst); // fails the elfproef: a ref, perhaps
}

TEST(Zoekvraag, EverythingElseIsText)
{
    for (const char* t : {"jansen", "ENS-0001", "Súdwest-Fryslân", "06-1234"}) {
        const Zoekvraag z = leesZoekvraag(QString::fromUtf8(t));
        EXPECT_EQ(z.soort, Soort::Tekst) << t;
        EXPECT_EQ(z.tekst, QString::fromUtf8(t));
    }
}
