// core/spreadsheetkoppeling.h: what the mapping wizard of issue 19 proposes from a team's headers, and how the
// choices become a profile's columns and back.
#include "core/spreadsheetkoppeling.h"

#include <gtest/gtest.h>

using namespace dw;
using namespace dw::spreadsheetkoppeling;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

QString code(const QString& kop)
{
    const auto gok = raad(kop, ins());
    return gok ? gok->veld.toCode() : QStringLiteral("-");
}

SpreadsheetKeuze keuze(const QString& veld, int meetmoment = 1, const QString& waarden = {})
{
    return {*SpreadsheetVeld::fromCode(veld, ins()), meetmoment, waarden};
}

QStringList codes(const QVector<SpreadsheetKeuze>& keuzes)
{
    QStringList uit;
    for (const SpreadsheetKeuze& k : keuzes)
        uit << QStringLiteral("%1/%2").arg(k.veld.toCode()).arg(k.meetmoment);
    return uit;
}

} // namespace

TEST(SpreadsheetKoppeling, TheHeadersTeamsUseAreRecognised)
{
    EXPECT_EQ(code(QStringLiteral("Naam")), QStringLiteral("naam"));
    EXPECT_EQ(code(QStringLiteral("Geb.datum")), QStringLiteral("geboortedatum"));
    EXPECT_EQ(code(QStringLiteral("Geboortedatum")), QStringLiteral("geboortedatum"));
    EXPECT_EQ(code(QStringLiteral(" Datum meting ")), QStringLiteral("datum"));
    EXPECT_EQ(code(QStringLiteral("Datum")), QStringLiteral("datum"));
    EXPECT_EQ(code(QStringLiteral("Cliëntnr.")), QStringLiteral("ref"));
    EXPECT_EQ(code(QStringLiteral("E-mailadres")), QStringLiteral("email"));
    EXPECT_EQ(code(QStringLiteral("Consulent")), QStringLiteral("professional"));
    // An item by its code, in any case; V1..V15 are Tabel 1 in the instrument's order (V9 is its first sk item).
    EXPECT_EQ(code(QStringLiteral("INW.SK.2")), QStringLiteral("inw.sk.2"));
    EXPECT_EQ(code(QStringLiteral("pro.pc.6")), QStringLiteral("pro.pc.6"));
    EXPECT_EQ(code(QStringLiteral("V1")), QStringLiteral("inw.pc.1"));
    EXPECT_EQ(code(QStringLiteral("V8")), QStringLiteral("inw.pc.8"));
    EXPECT_EQ(code(QStringLiteral("V9")), QStringLiteral("inw.sk.1"));
    EXPECT_EQ(code(QStringLiteral("Vraag 15")), QStringLiteral("inw.sk.7"));
    EXPECT_EQ(code(QStringLiteral("V16")), QStringLiteral("-")); // Tabel 1 has 15
    // P1..P12 are Tabel 2 the same way (P7 is its first sk item); the casusregisseur is the professional.
    EXPECT_EQ(code(QStringLiteral("P1")), QStringLiteral("pro.pc.1"));
    EXPECT_EQ(code(QStringLiteral("P7")), QStringLiteral("pro.sk.1"));
    EXPECT_EQ(code(QStringLiteral("Prof. 12")), QStringLiteral("pro.sk.6"));
    EXPECT_EQ(code(QStringLiteral("P13")), QStringLiteral("-")); // Tabel 2 has 12
    EXPECT_EQ(code(QStringLiteral("Casusregisseur")), QStringLiteral("professional"));
    // A levensgebied by its name, a part of it or its code, with or without "Draaglast".
    EXPECT_EQ(code(QStringLiteral("Financiën")), QStringLiteral("draaglast.financien"));
    EXPECT_EQ(code(QStringLiteral("financien")), QStringLiteral("draaglast.financien"));
    EXPECT_EQ(code(QStringLiteral("Wonen")), QStringLiteral("draaglast.wonen"));
    EXPECT_EQ(code(QStringLiteral("Lich. gezondheid")), QStringLiteral("draaglast.lichamelijke_gezondheid"));
    EXPECT_EQ(code(QStringLiteral("Geest. gezondh.")), QStringLiteral("draaglast.geestelijke_gezondheid"));
    EXPECT_EQ(code(QStringLiteral("Ge gezondheid")), QStringLiteral("-")); // too short to tell
    EXPECT_EQ(code(QStringLiteral("Huiselijk geweld")), QStringLiteral("draaglast.veiligheid"));
    EXPECT_EQ(code(QStringLiteral("Draaglast: Lichamelijke gezondheid")),
        QStringLiteral("draaglast.lichamelijke_gezondheid"));
    EXPECT_EQ(code(QStringLiteral("incl. schulden")), QStringLiteral("-"));
    EXPECT_EQ(code(QStringLiteral("Opmerkingen")), QStringLiteral("-"));
    EXPECT_EQ(code(QString()), QStringLiteral("-"));
}

TEST(SpreadsheetKoppeling, AGroupNumberInTheHeaderIsKept)
{
    const auto datum2 = raad(QStringLiteral("Datum 2"), ins());
    ASSERT_TRUE(datum2);
    EXPECT_EQ(datum2->veld.toCode(), QStringLiteral("datum"));
    EXPECT_EQ(datum2->meetmoment, 2);
    const auto v3 = raad(QStringLiteral("V3 (3)"), ins());
    ASSERT_TRUE(v3);
    EXPECT_EQ(v3->veld.toCode(), QStringLiteral("inw.pc.3"));
    EXPECT_EQ(v3->meetmoment, 3);
    EXPECT_EQ(raad(QStringLiteral("V3"), ins())->meetmoment, 0); // "3" belongs to the item here
    EXPECT_EQ(raad(QStringLiteral("Wonen_2"), ins())->meetmoment, 2);
}

TEST(SpreadsheetKoppeling, OneRowPerMeetmomentProposesEachFieldOnce)
{
    const QStringList koppen {QStringLiteral("Ref"),
        QStringLiteral("Naam"),
        QStringLiteral("Datum meting"),
        QStringLiteral("V1"),
        QStringLiteral("Opmerking"),
        QStringLiteral("V1"),
        QStringLiteral("Financiën")};
    EXPECT_EQ(codes(stelVoor(koppen, SpreadsheetProfiel::Indeling::PerMeetmoment, ins())),
        (QStringList {QStringLiteral("ref/1"),
            QStringLiteral("naam/1"),
            QStringLiteral("datum/1"),
            QStringLiteral("inw.pc.1/1"),
            QStringLiteral("negeren/1"),
            QStringLiteral("negeren/1"), // the second V1 is not taken twice
            QStringLiteral("draaglast.financien/1")}));
}

TEST(SpreadsheetKoppeling, OneRowPerInwonerNumbersTheRepeatedGroups)
{
    const QStringList koppen {QStringLiteral("Ref"),
        QStringLiteral("Naam"),
        QStringLiteral("Datum"),
        QStringLiteral("V1"),
        QStringLiteral("Datum"),
        QStringLiteral("V1"),
        QStringLiteral("Datum 4"),
        QStringLiteral("V1 (4)")};
    EXPECT_EQ(codes(stelVoor(koppen, SpreadsheetProfiel::Indeling::PerInwoner, ins())),
        (QStringList {QStringLiteral("ref/1"),
            QStringLiteral("naam/1"),
            QStringLiteral("datum/1"),
            QStringLiteral("inw.pc.1/1"),
            QStringLiteral("datum/2"),
            QStringLiteral("inw.pc.1/2"),
            QStringLiteral("datum/4"),
            QStringLiteral("inw.pc.1/4")}));
}

TEST(SpreadsheetKoppeling, ChoicesBecomeColumnsAndAProfileFindsThemAgain)
{
    // Column D has no header; B and E share one, and only E is wanted.
    const QStringList koppen {QStringLiteral("Nr"),
        QStringLiteral("Opmerking"),
        QStringLiteral("Datum"),
        QString(),
        QStringLiteral("Opmerking"),
        QStringLiteral("Los")};
    QVector<SpreadsheetKeuze> keuzes(koppen.size());
    keuzes[0] = keuze(QStringLiteral("ref"));
    keuzes[2] = keuze(QStringLiteral("datum"));
    keuzes[3] = keuze(QStringLiteral("inw.pc.2"), 1, QStringLiteral("eens"));
    keuzes[4] = keuze(QStringLiteral("naam"), 1, QStringLiteral("eens")); // a list on a non-value column is dropped
    const QVector<SpreadsheetKolom> k = kolommen(koppen, keuzes);
    ASSERT_EQ(k.size(), 5); // F ("Los", ignored) is left out; B holds E's place
    EXPECT_EQ(k.at(0).kop, QStringLiteral("Nr"));
    EXPECT_EQ(k.at(1).kop, QStringLiteral("Opmerking"));
    EXPECT_EQ(k.at(1).veld.soort, SpreadsheetVeldSoort::Negeren);
    EXPECT_EQ(k.at(3).kop, QString());
    EXPECT_EQ(k.at(3).letter, QStringLiteral("D"));
    EXPECT_EQ(k.at(3).waarden, QStringLiteral("eens"));
    EXPECT_EQ(k.at(4).veld.toCode(), QStringLiteral("naam"));
    EXPECT_EQ(k.at(4).waarden, QString());

    SpreadsheetProfiel p;
    p.naam = QStringLiteral("team");
    p.kolommen = k;
    p.waardelijsten = standaardWaardelijsten(ins());
    QStringList ontbrekend;
    QVector<SpreadsheetKeuze> terug = uitProfiel(p, koppen, &ontbrekend);
    keuzes[4].waarden.clear();
    EXPECT_EQ(terug, keuzes);
    EXPECT_TRUE(ontbrekend.isEmpty());

    // A sheet without "Datum" and with fewer columns: what the profile misses is named.
    terug = uitProfiel(p, {QStringLiteral("Nr"), QStringLiteral("Opmerking")}, &ontbrekend);
    EXPECT_EQ(ontbrekend, (QStringList {QStringLiteral("Datum"), QStringLiteral("D"), QStringLiteral("Opmerking")}));
    EXPECT_EQ(codes(terug), (QStringList {QStringLiteral("ref/1"), QStringLiteral("negeren/1")}));
}

TEST(SpreadsheetKoppeling, TheListThatReadsTheSheetsWordsIsProposed)
{
    const auto lijsten = standaardWaardelijsten(ins());
    const auto tekst = [](const char* t) { return SpreadsheetCell::ofText(QString::fromUtf8(t)); };
    const SpreadsheetKeuze item = keuze(QStringLiteral("inw.pc.1"));
    const SpreadsheetKeuze draaglast = keuze(QStringLiteral("draaglast.wonen"));
    // Numbers and the scale's own words need no list; "x" in a draaglast column needs "kruisje".
    EXPECT_EQ(
        lijstVoor(
            {tekst("4"), tekst("Mee eens"), SpreadsheetCell::ofNumber(2, QStringLiteral("2"))}, item, lijsten, ins()),
        QString());
    EXPECT_EQ(lijstVoor({tekst("x"), {}, tekst("n.v.t.")}, draaglast, lijsten, ins()), QStringLiteral("kruisje"));
    // A word no list knows: nothing better than none.
    EXPECT_EQ(lijstVoor({tekst("vaak")}, item, lijsten, ins()), QString());
    EXPECT_FALSE(leesbaar(tekst("vaak"), item, lijsten, ins()));
    EXPECT_TRUE(leesbaar(tekst(" 6 "), item, lijsten, ins())); // a number: out of range is the check's refusal
    EXPECT_TRUE(leesbaar(tekst("NVT"), draaglast, lijsten, ins()));
    EXPECT_FALSE(leesbaar(tekst("ja"), draaglast, lijsten, ins()));
    SpreadsheetKeuze metKruisje = draaglast;
    metKruisje.waarden = QStringLiteral("kruisje");
    EXPECT_TRUE(leesbaar(tekst("Ja "), metKruisje, lijsten, ins()));
}

TEST(SpreadsheetKoppeling, TwoColumnsForOneQuestionInOneMeetmomentAreFound)
{
    QVector<SpreadsheetKeuze> keuzes {keuze(QStringLiteral("ref")),
        keuze(QStringLiteral("inw.pc.1"), 1),
        keuze(QStringLiteral("inw.pc.1"), 2), // another meetmoment: fine
        {},
        {}, // two ignored columns: fine
        keuze(QStringLiteral("inw.pc.1"), 1),
        keuze(QStringLiteral("ref"), 2)}; // the ref is one per row, whatever its group
    using Paar = std::pair<int, int>;
    EXPECT_EQ(dubbel(keuzes), (QVector<Paar> {Paar(1, 5), Paar(0, 6)}));
    keuzes.resize(5);
    EXPECT_TRUE(dubbel(keuzes).isEmpty());
}
