// core/spreadsheetprofiel.h: the saved column mapping of a team's sheet, its JSON and the built-in "sjabloon".
#include "core/spreadsheetprofiel.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {
const Instrument& instrument()
{
    return Instrument::standaard();
}

QString problemOf(const char* json)
{
    const auto p = SpreadsheetProfiel::fromJson(QByteArray(json), instrument());
    return p.ok() ? QString() : p.errorMessage();
}
} // namespace

TEST(SpreadsheetProfiel, TheTemplateHasTheInwonerTheDateThePerspectiveEveryItemAndEveryLevensgebied)
{
    const SpreadsheetProfiel p = SpreadsheetProfiel::sjabloon(instrument());
    // 7 columns of the inwoner and the meetmoment, 15 items of Tabel 1, 12 of Tabel 2, 8 levensgebieden.
    ASSERT_EQ(p.kolommen.size(), 7 + 15 + 12 + 8);
    EXPECT_EQ(p.kolommen.at(0).kop, QStringLiteral("ref"));
    EXPECT_EQ(p.kolommen.at(5).veld.soort, SpreadsheetVeldSoort::Datum);
    EXPECT_EQ(p.kolommen.at(7).kop, QStringLiteral("inw.pc.1"));
    EXPECT_EQ(p.kolommen.at(22).kop, QStringLiteral("pro.pc.1"));
    EXPECT_EQ(p.kolommen.at(34).veld.toCode(), QStringLiteral("draaglast.financien"));
    EXPECT_EQ(p.probleem(), QString());
}

TEST(SpreadsheetProfiel, WhatIsWrittenIsReadBackTheSame)
{
    SpreadsheetProfiel p = SpreadsheetProfiel::sjabloon(instrument());
    p.naam = QStringLiteral("Wijkteam Noord");
    p.blad = QStringLiteral("Metingen 2016");
    p.kopregel = 2;
    p.indeling = SpreadsheetProfiel::Indeling::PerInwoner;
    p.perspectief = Perspectief::Professional;
    p.waardelijsten = standaardWaardelijsten(instrument());
    p.kolommen[7].waarden = QStringLiteral("eens");
    p.kolommen[7].meetmoment = 2;
    p.kolommen[34].perspectief = Perspectief::Inwoner;
    p.kolommen[1].kop.clear();
    p.kolommen[1].letter = QStringLiteral("B");
    const auto back = SpreadsheetProfiel::fromJson(p.toJson(), instrument());
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(back->toJson(), p.toJson());
    EXPECT_EQ(back->kolommen.at(7).meetmoment, 2);
    EXPECT_EQ(back->kolommen.at(1).letter, QStringLiteral("B"));
    EXPECT_EQ(back->waardelijsten.value(QStringLiteral("kruisje")).value(QStringLiteral("x")), 2);
    EXPECT_EQ(back->waardelijsten.value(QStringLiteral("kruisje")).value(QStringLiteral("n.v.t."), 9), std::nullopt);
}

TEST(SpreadsheetProfiel, TheReadyMadeListsKnowTheScaleWordsOfBothTables)
{
    const auto lijsten = standaardWaardelijsten(instrument());
    const SpreadsheetWaarden eens = lijsten.value(QStringLiteral("eens"));
    EXPECT_EQ(eens.value(QStringLiteral("helemaal mee oneens")), 1);
    EXPECT_EQ(eens.value(QStringLiteral("mee eens")), 4);
    EXPECT_EQ(eens.value(QStringLiteral("helemaal van toepassing")), 5);
    EXPECT_TRUE(eens.contains(QStringLiteral("weet niet")));
    EXPECT_EQ(eens.value(QStringLiteral("weet niet"), 9), std::nullopt);
}

TEST(SpreadsheetProfiel, AProfileThatCannotReadASheetSaysWhy)
{
    EXPECT_EQ(problemOf("[]"), QStringLiteral("het profiel is geen JSON-object"));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x", "kolommen": [],
                           "extra": 1})"),
        QStringLiteral("onbekende sleutel 'extra' in het profiel"));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x",
                           "kolommen": [{"kop": "V1", "veld": "inw.pc.99"}]})"),
        QStringLiteral("kolommen[0]: onbekend veld 'inw.pc.99'"));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x",
                           "kolommen": [{"kop": "Datum", "veld": "datum"}]})"),
        QStringLiteral("geen kolom is de ref: wijs één kolom toe aan \"ref\""));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x",
                           "kolommen": [{"kop": "Ref", "letter": "A", "veld": "ref"}]})"),
        QStringLiteral("kolommen[0]: geef \"kop\" of \"letter\" (één van beide)"));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x",
                           "kolommen": [{"kop": "Ref", "veld": "ref"}, {"kop": "D", "veld": "datum"},
                                        {"kop": "V1", "veld": "inw.pc.1", "waarden": "eens"}]})"),
        QStringLiteral("kolom 'V1' gebruikt de waardenlijst 'eens', die het profiel niet heeft"));
    EXPECT_EQ(problemOf(R"({"format": "draagwijzer-spreadsheetprofiel/1", "naam": "x", "kolommen": [],
                           "waarden": {"eens": {"ja": 3.5}}})"),
        QStringLiteral("waarden.eens.ja: verwacht een heel getal of null"));
    EXPECT_EQ(problemOf(R"({"format": "iets anders", "naam": "x", "kolommen": []})"),
        QStringLiteral("het profiel heeft niet \"format\": \"draagwijzer-spreadsheetprofiel/1\""));
}

TEST(SpreadsheetProfiel, FieldsAreNamedByTheirCodeAndShownWithTheirLabel)
{
    const auto item = SpreadsheetVeld::fromCode(QStringLiteral("pro.sk.2"), instrument());
    ASSERT_TRUE(item);
    EXPECT_EQ(item->soort, SpreadsheetVeldSoort::Item);
    EXPECT_EQ(item->label(instrument()), QStringLiteral("Tabel 2, pro.sk.2"));
    const auto gebied = SpreadsheetVeld::fromCode(QStringLiteral("draaglast.wonen"), instrument());
    ASSERT_TRUE(gebied);
    EXPECT_EQ(gebied->label(instrument()), QStringLiteral("Draaglast: Wonen / opvang"));
    EXPECT_EQ(SpreadsheetVeld::fromCode(QStringLiteral("geboortedatum"), instrument())->toCode(),
        QStringLiteral("geboortedatum"));
    EXPECT_FALSE(SpreadsheetVeld::fromCode(QStringLiteral("draaglast.werk"), instrument()));
}

TEST(SpreadsheetProfiel, RepeatedHeadersAreTakenInOrderAndALetterNeedsNoHeader)
{
    SpreadsheetProfiel p;
    const auto add = [&p](const char* kop, const char* letter) {
        SpreadsheetKolom k;
        k.kop = QString::fromUtf8(kop);
        k.letter = QString::fromUtf8(letter);
        p.kolommen.append(k);
    };
    add("datum", "");
    add("Datum", "");
    add("", "E");
    add("Ontbreekt", "");
    const QStringList koppen {
        QStringLiteral("Ref"), QStringLiteral(" DATUM "), QStringLiteral("V1"), QStringLiteral("Datum")};
    EXPECT_EQ(p.kolomIndexen(koppen), (QVector<int> {1, 3, 4, -1}));
}
