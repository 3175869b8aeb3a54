#include "core/scoring.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

// Answers for consecutive items of one component: values[0] goes to <prefix>.1, and so on.
void answer(Meting& m, const char* prefix, std::initializer_list<int> values)
{
    int i = 1;
    for (int v : values)
        m.antwoorden.insert(QStringLiteral("%1.%2").arg(QLatin1String(prefix)).arg(i++), v);
}

Meting inwoner(std::initializer_list<int> pc, std::initializer_list<int> sk)
{
    Meting m;
    m.perspectief = Perspectief::Inwoner;
    answer(m, "inw.pc", pc);
    answer(m, "inw.sk", sk);
    return m;
}

Meting professional(std::initializer_list<int> pc, std::initializer_list<int> sk)
{
    Meting m;
    m.perspectief = Perspectief::Professional;
    answer(m, "pro.pc", pc);
    answer(m, "pro.sk", sk);
    return m;
}

} // namespace

TEST(Scoring, ComponentScoreIsTheMeanOfTheAnsweredItems)
{
    // PC: (4+4+3+5+2+4+3+3)/8 = 28/8 = 3.5; SK: (1+2+3+4+5+1+2)/7 = 18/7.
    const MetingScore s = scoreMeting(ins(), inwoner({4, 4, 3, 5, 2, 4, 3, 3}, {1, 2, 3, 4, 5, 1, 2}));
    ASSERT_TRUE(s.competenties.score);
    EXPECT_DOUBLE_EQ(*s.competenties.score, 3.5);
    EXPECT_EQ(s.competenties.beantwoord, 8);
    EXPECT_EQ(s.competenties.totaal, 8);
    ASSERT_TRUE(s.sociaalKapitaal.score);
    EXPECT_DOUBLE_EQ(*s.sociaalKapitaal.score, 18.0 / 7.0);
}

TEST(Scoring, ExactlyThreeAndAHalfCountsAsPresent)
{
    // 6 answered professional items (3,4,3,4,3,4) = 21/6 = 3.5: "wel".
    const MetingScore s = scoreMeting(ins(), professional({3, 4, 3, 4, 3, 4}, {4, 3, 4, 3, 4, 3}));
    EXPECT_EQ(s.competentiesAanwezig, std::optional<bool>(true));
    EXPECT_EQ(s.sociaalKapitaalAanwezig, std::optional<bool>(true));
    EXPECT_EQ(s.kwadrant, Kwadrant::Dubbel);
}

TEST(Scoring, JustUnderThreeAndAHalfIsAbsent)
{
    // PC 3.4286 (24/7 with one open answer), SK (3+3+4+4+4+3)/6 = 3.5 exactly.
    Meting m = inwoner({3, 3, 4, 4, 4, 3, 3}, {3, 3, 4, 4, 4, 3});
    const MetingScore s = scoreMeting(ins(), m);
    ASSERT_TRUE(s.competenties.score);
    EXPECT_NEAR(*s.competenties.score, 24.0 / 7.0, 1e-12);
    EXPECT_EQ(s.competentiesAanwezig, std::optional<bool>(false));
    EXPECT_EQ(s.sociaalKapitaalAanwezig, std::optional<bool>(true));
    EXPECT_EQ(s.kwadrant, Kwadrant::EnkelSociaalKapitaal);
}

TEST(Scoring, ExactlyTwoThirdsAnsweredGivesAScore)
{
    // Professional PC has 6 items: 4 answered is exactly two thirds.
    const MetingScore s = scoreMeting(ins(), professional({5, 5, 4, 4}, {2, 2, 2, 2}));
    ASSERT_TRUE(s.competenties.score);
    EXPECT_DOUBLE_EQ(*s.competenties.score, 4.5);
    EXPECT_EQ(s.competenties.beantwoord, 4);
    ASSERT_TRUE(s.sociaalKapitaal.score);
    EXPECT_DOUBLE_EQ(*s.sociaalKapitaal.score, 2.0);
    EXPECT_EQ(s.kwadrant, Kwadrant::EnkelCompetenties);
}

TEST(Scoring, UnderTwoThirdsIsOnvoldoendeIngevuldAndTheQuadrantUnknown)
{
    // Professional PC: 3 of 6 answered is under two thirds. Inwoner PC: 5 of 8 (15 < 16) too.
    const MetingScore p = scoreMeting(ins(), professional({5, 5, 5}, {4, 4, 4, 4, 4, 4}));
    EXPECT_FALSE(p.competenties.score);
    EXPECT_FALSE(p.competentiesAanwezig);
    EXPECT_EQ(p.kwadrant, Kwadrant::Onbekend);
    const MetingScore i = scoreMeting(ins(), inwoner({5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}));
    EXPECT_FALSE(i.competenties.score);
    // Inwoner SK: 5 of 7 is over two thirds (15 >= 14).
    ASSERT_TRUE(i.sociaalKapitaal.score);
    EXPECT_DOUBLE_EQ(*i.sociaalKapitaal.score, 4.0);
    EXPECT_EQ(i.kwadrant, Kwadrant::Onbekend);
}

TEST(Scoring, EveryAnswerOpen)
{
    Meting m;
    m.perspectief = Perspectief::Inwoner;
    const MetingScore s = scoreMeting(ins(), m);
    EXPECT_FALSE(s.competenties.score);
    EXPECT_FALSE(s.sociaalKapitaal.score);
    EXPECT_EQ(s.competenties.beantwoord, 0);
    EXPECT_EQ(s.kwadrant, Kwadrant::Onbekend);
    EXPECT_EQ(s.probleemgebieden, 0);
}

TEST(Scoring, AllFourQuadrants)
{
    EXPECT_EQ(kwadrantFor(false, false), Kwadrant::Zwak);
    EXPECT_EQ(kwadrantFor(true, false), Kwadrant::EnkelCompetenties);
    EXPECT_EQ(kwadrantFor(false, true), Kwadrant::EnkelSociaalKapitaal);
    EXPECT_EQ(kwadrantFor(true, true), Kwadrant::Dubbel);
    EXPECT_EQ(kwadrantFor(std::nullopt, true), Kwadrant::Onbekend);
    EXPECT_EQ(scoreMeting(ins(), inwoner({1, 2, 1, 2, 1, 2, 1, 2}, {2, 2, 2, 2, 2, 2, 2})).kwadrant, Kwadrant::Zwak);
}

TEST(Scoring, ProbleemgebiedenCountLevelsOneAndTwoNotNvt)
{
    Meting m = inwoner({}, {});
    m.draaglast.insert(QStringLiteral("financien"), 2);
    m.draaglast.insert(QStringLiteral("wonen"), 1);
    m.draaglast.insert(QStringLiteral("opvoeding"), std::nullopt); // n.v.t.
    m.draaglast.insert(QStringLiteral("veiligheid"), 0);
    const MetingScore s = scoreMeting(ins(), m);
    EXPECT_EQ(s.probleemgebieden, 2);
    EXPECT_FALSE(s.meervoudig);
    EXPECT_TRUE(s.ernstig);
}

TEST(Scoring, MeervoudigeProblematiekFromThreeProbleemgebieden)
{
    Meting m = inwoner({}, {});
    m.draaglast.insert(QStringLiteral("financien"), 1);
    m.draaglast.insert(QStringLiteral("wonen"), 1);
    EXPECT_FALSE(scoreMeting(ins(), m).meervoudig);
    m.draaglast.insert(QStringLiteral("tijdsbesteding"), 1);
    const MetingScore s = scoreMeting(ins(), m);
    EXPECT_EQ(s.probleemgebieden, 3);
    EXPECT_TRUE(s.meervoudig);
    EXPECT_FALSE(s.ernstig);
}

TEST(Scoring, NvtEverywhereMeansNoProbleemgebieden)
{
    Meting m = inwoner({}, {});
    for (const auto& g : ins().levensgebieden())
        m.draaglast.insert(g.code, std::nullopt);
    EXPECT_EQ(scoreMeting(ins(), m).probleemgebieden, 0);
}

TEST(Scoring, ValidationNamesTheOffendingCode)
{
    Meting m = inwoner({4}, {});
    m.antwoorden.insert(QStringLiteral("inw.pc.2"), 6);
    Status s = validateMeting(ins(), m);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("inw.pc.2")));

    Meting wrongTable = inwoner({}, {});
    wrongTable.antwoorden.insert(QStringLiteral("pro.pc.1"), 3);
    s = validateMeting(ins(), wrongTable);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("hoort niet bij")));

    Meting badLevel = inwoner({}, {});
    badLevel.draaglast.insert(QStringLiteral("wonen"), 3);
    EXPECT_FALSE(validateMeting(ins(), badLevel).ok());
    Meting badGebied = inwoner({}, {});
    badGebied.draaglast.insert(QStringLiteral("werk"), 1);
    s = validateMeting(ins(), badGebied);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("'werk'")));
    EXPECT_TRUE(validateMeting(ins(), inwoner({1, 5}, {3})).ok());
}

TEST(Scoring, VergelijkingFindsComponentAndLevensgebiedDifferences)
{
    // Inwoner PC 4.0, SK 4.0 (dubbel); professional PC 3.0 (1.0 apart), SK 3.5 (0.5 apart) -> enkel SK.
    Meting a = inwoner({4, 4, 4, 4, 4, 4, 4, 4}, {4, 4, 4, 4, 4, 4, 4});
    Meting b = professional({3, 3, 3, 3, 3, 3}, {3, 4, 3, 4, 3, 4});
    a.draaglast = {{QStringLiteral("financien"), 2}, {QStringLiteral("wonen"), 0}, {QStringLiteral("opvoeding"), 1}};
    b.draaglast
        = {{QStringLiteral("financien"), 1}, {QStringLiteral("wonen"), 1}, {QStringLiteral("opvoeding"), std::nullopt}};
    const Vergelijking v = vergelijk(ins(), a, b);
    EXPECT_EQ(v.kwadrantGelijk, std::optional<bool>(false));
    ASSERT_EQ(v.verschillendeComponenten.size(), 1);
    EXPECT_EQ(v.verschillendeComponenten.first(), Component::PersoonlijkeCompetenties);
    // financien: both see a problem (2 vs 1) -> no difference; wonen 0 vs 1 -> difference; opvoeding n.v.t. -> none.
    EXPECT_EQ(v.verschillendeLevensgebieden, QStringList {QStringLiteral("wonen")});
    EXPECT_TRUE(v.heeftVerschillen());
}

TEST(Scoring, VergelijkingWithAnUnknownQuadrantSaysNothingAboutAgreement)
{
    const Vergelijking v = vergelijk(ins(), inwoner({}, {}), professional({4, 4, 4, 4, 4, 4}, {4, 4, 4, 4, 4, 4}));
    EXPECT_FALSE(v.kwadrantGelijk.has_value());
    EXPECT_FALSE(v.heeftVerschillen());
}

TEST(Scoring, MeetmomentenAreNumberedByDateAndEqualDatesKeepTheirOrder)
{
    QVector<Meetmoment> mm(4);
    mm[0].datum = QDate(2017, 6, 1);
    mm[1].datum = QDate(2016, 6, 1);
    mm[2].datum = QDate(2017, 6, 1); // same day as mm[0], entered later
    mm[3].datum = QDate(2016, 2, 29);
    mm[0].id = 10;
    mm[2].id = 12;
    nummerOpDatum(mm);
    EXPECT_EQ(mm[0].datum, QDate(2016, 2, 29));
    EXPECT_EQ(mm[1].datum, QDate(2016, 6, 1));
    EXPECT_EQ(mm[2].id, 10);
    EXPECT_EQ(mm[3].id, 12);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(mm[i].volgnummer, i + 1);
}
