#include "core/antwoordcodering.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

Meting leeg(Perspectief p)
{
    Meting m;
    m.perspectief = p;
    return m;
}

} // namespace

// The stored order is the instrument's: 8 PC items then 7 SK items for the inwoner, then the eight levensgebieden
// from financien to veiligheid. A change of that order in draagkracht-1.json would change what every stored meting
// means, so it fails here first.
TEST(AntwoordCodering, WritesOneCharacterPerItemInTheInstrumentsOrder)
{
    Meting m = leeg(Perspectief::Inwoner);
    m.antwoorden = {{QStringLiteral("inw.pc.1"), 4},
        {QStringLiteral("inw.pc.8"), 1},
        {QStringLiteral("inw.sk.1"), 5},
        {QStringLiteral("inw.sk.7"), 2}};
    m.draaglast = {
        {QStringLiteral("financien"), 2}, {QStringLiteral("wonen"), std::nullopt}, {QStringLiteral("veiligheid"), 0}};
    const auto gecodeerd = codeerMeting(ins(), m);
    ASSERT_TRUE(gecodeerd.ok()) << gecodeerd.errorMessage().toStdString();
    EXPECT_EQ(gecodeerd->antwoorden, QStringLiteral("4------15-----2"));
    EXPECT_EQ(gecodeerd->draaglast, QStringLiteral("2n-----0"));
}

TEST(AntwoordCodering, TheProfessionalHasTwelveItems)
{
    Meting m = leeg(Perspectief::Professional);
    m.antwoorden = {{QStringLiteral("pro.pc.6"), 3}, {QStringLiteral("pro.sk.1"), 3}};
    const auto gecodeerd = codeerMeting(ins(), m);
    ASSERT_TRUE(gecodeerd.ok());
    EXPECT_EQ(gecodeerd->antwoorden, QStringLiteral("-----33-----"));
    EXPECT_EQ(gecodeerd->draaglast, QStringLiteral("--------"));
}

TEST(AntwoordCodering, ReadsBackExactlyWhatWasWritten)
{
    Meting m = leeg(Perspectief::Inwoner);
    for (int i = 1; i <= 8; ++i)
        m.antwoorden.insert(QStringLiteral("inw.pc.%1").arg(i), (i % 5) + 1);
    m.antwoorden.insert(QStringLiteral("inw.sk.3"), 5);
    m.draaglast = {{QStringLiteral("opvoeding"), 1}, {QStringLiteral("onderwijs"), std::nullopt}};
    const auto gecodeerd = codeerMeting(ins(), m);
    ASSERT_TRUE(gecodeerd.ok());
    Meting terug = leeg(Perspectief::Inwoner);
    terug.antwoorden.insert(QStringLiteral("inw.sk.1"), 1); // overwritten, not merged
    ASSERT_TRUE(decodeerMeting(ins(), gecodeerd->antwoorden, gecodeerd->draaglast, terug).ok());
    EXPECT_EQ(terug.antwoorden, m.antwoorden);
    EXPECT_EQ(terug.draaglast, m.draaglast);
    // n.v.t. and "not filled in" stay apart.
    EXPECT_TRUE(terug.draaglast.contains(QStringLiteral("onderwijs")));
    EXPECT_FALSE(terug.draaglast.contains(QStringLiteral("wonen")));
}

TEST(AntwoordCodering, RefusesWhatItCannotStoreRatherThanDroppingIt)
{
    Meting anderPerspectief = leeg(Perspectief::Inwoner);
    anderPerspectief.antwoorden.insert(QStringLiteral("pro.pc.1"), 3);
    EXPECT_EQ(codeerMeting(ins(), anderPerspectief).errorMessage(),
        QStringLiteral("item 'pro.pc.1' hoort niet bij het perspectief 'inwoner'"));
    Meting onbekend = leeg(Perspectief::Inwoner);
    onbekend.antwoorden.insert(QStringLiteral("inw.pc.99"), 3);
    EXPECT_FALSE(codeerMeting(ins(), onbekend).ok());
    Meting zes = leeg(Perspectief::Inwoner);
    zes.antwoorden.insert(QStringLiteral("inw.pc.1"), 6);
    EXPECT_FALSE(codeerMeting(ins(), zes).ok());
    Meting drie = leeg(Perspectief::Inwoner);
    drie.draaglast.insert(QStringLiteral("wonen"), 3);
    EXPECT_FALSE(codeerMeting(ins(), drie).ok());
}

TEST(AntwoordCodering, RefusesAHandEditedText)
{
    Meting m = leeg(Perspectief::Inwoner);
    EXPECT_EQ(decodeerMeting(ins(), u"4444", u"--------", m).errorMessage(),
        QStringLiteral("de antwoorden hebben 4 tekens; draagkracht-1 heeft er 15 voor dit perspectief"));
    EXPECT_FALSE(decodeerMeting(ins(), u"---------------", u"-------", m).ok());
    EXPECT_EQ(decodeerMeting(ins(), u"6--------------", u"--------", m).errorMessage(),
        QStringLiteral("teken '6' bij inw.pc.1 is geen antwoord"));
    EXPECT_EQ(decodeerMeting(ins(), u"---------------", u"3-------", m).errorMessage(),
        QStringLiteral("teken '3' bij financien is geen draaglastniveau"));
    // The professional's 12 characters are not an inwoner's 15.
    EXPECT_FALSE(decodeerMeting(ins(), u"------------", u"--------", m).ok());
}
