// core/spreadsheetconversie.h: a team's sheet, row by row, into dossiers, with every row it cannot take named by
// row, column and reason (issue 19). The rows are the hardest ones a team's sheet has.
#include "core/spreadsheetconversie.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& instrument()
{
    return Instrument::standaard();
}

const QDate today(2026, 11, 30);

// One row from a ';'-separated line: every cell text, as a CSV gives it.
SpreadsheetRow row(const char* line)
{
    SpreadsheetRow r;
    for (const QString& cell : QString::fromUtf8(line).split(QLatin1Char(';')))
        r.append(SpreadsheetCell::ofText(cell));
    return r;
}

const char* const header = "Ref;Naam;Geb.datum;Gemeente;Datum meting;Wie;V1;V2;V3;Financiën;Wonen;Opmerking";

// The sheet of a team that kept Tabel 1 (three items here) and two levensgebieden with crosses.
SpreadsheetProfiel teamProfiel()
{
    SpreadsheetProfiel p;
    p.naam = QStringLiteral("team");
    p.waardelijsten = standaardWaardelijsten(instrument());
    const auto add = [&p](const char* kop, const char* veld, const char* waarden) {
        SpreadsheetKolom k;
        k.kop = QString::fromUtf8(kop);
        k.veld = *SpreadsheetVeld::fromCode(QString::fromUtf8(veld), instrument());
        k.waarden = QString::fromUtf8(waarden);
        p.kolommen.append(k);
    };
    add("ref", "ref", "");
    add("naam", "naam", "");
    add("geb.datum", "geboortedatum", "");
    add("Gemeente", "gemeente", "");
    add("Datum  meting", "datum", ""); // two spaces: headers match with runs of spaces as one
    add("Wie", "perspectief", "");
    add("V1", "inw.pc.1", "eens");
    add("V2", "inw.pc.2", "eens");
    add("V3", "inw.sk.1", "eens");
    add("Financiën", "draaglast.financien", "kruisje");
    add("Wonen", "draaglast.wonen", "kruisje");
    add("Opmerking", "negeren", "");
    return p;
}

struct Converted
{
    QStringList weigeringen;
    QVector<Dossier> dossiers;
    QVector<bool> bestaand;
};

Converted convert(const QVector<const char*>& lines,
    const SpreadsheetConversie::Bestaand& bestaand = {},
    const SpreadsheetProfiel& profiel = teamProfiel())
{
    SpreadsheetConversie c(instrument(), profiel, today);
    EXPECT_TRUE(c.header(row(header)).ok());
    for (int i = 0; i < lines.size(); ++i)
        c.row(i + 2, row(lines.at(i)));
    c.check(bestaand);
    Converted u;
    for (const SpreadsheetWeigering& w : c.weigeringen())
        u.weigeringen.append(w.tekst());
    EXPECT_TRUE(c.forEachDossier([&u](Dossier&& d, bool b) {
                     u.dossiers.append(d);
                     u.bestaand.append(b);
                     return Status();
                 }).ok());
    return u;
}

QString single(const char* line)
{
    const Converted u = convert({line});
    return u.weigeringen.size() == 1 ? u.weigeringen.first() : u.weigeringen.join(QStringLiteral(" | "));
}

} // namespace

TEST(SpreadsheetConversie, AnOrdinaryRowBecomesAnInwonerWithTheInwonersMeting)
{
    const Converted u = convert({"ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;inwoner;Mee eens;4;2;x;"});
    ASSERT_TRUE(u.weigeringen.isEmpty()) << u.weigeringen.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(u.dossiers.size(), 1);
    const Dossier& d = u.dossiers.first();
    EXPECT_FALSE(u.bestaand.first());
    EXPECT_EQ(d.inwoner.ref, QStringLiteral("ENS-1"));
    EXPECT_EQ(d.inwoner.geboortedatum, QDate(1971, 3, 2));
    ASSERT_EQ(d.meetmomenten.size(), 1);
    const Meetmoment& m = d.meetmomenten.first();
    EXPECT_EQ(m.datum, QDate(2016, 6, 14));
    EXPECT_EQ(m.volgnummer, 1);
    ASSERT_TRUE(m.inwoner);
    EXPECT_FALSE(m.professional);
    const Antwoorden expected {
        {QStringLiteral("inw.pc.1"), 4}, {QStringLiteral("inw.pc.2"), 4}, {QStringLiteral("inw.sk.1"), 2}};
    EXPECT_EQ(m.inwoner->antwoorden, expected);
    const DraaglastNiveaus draaglast {{QStringLiteral("financien"), 2}}; // an empty Wonen was not rated
    EXPECT_EQ(m.inwoner->draaglast, draaglast);
}

TEST(SpreadsheetConversie, TrailingSpacesEmptyRowsAndRowsOfOneRefAnywhereMakeOneInwonerNumberedByDate)
{
    SpreadsheetConversie c(instrument(), teamProfiel(), today);
    ASSERT_TRUE(c.header(row(header)).ok());
    c.row(2, row("ENS-1 ;A. de Vries ;02-03-1971;Enschede;01-12-2016;inwoner;3;3;3;;"));
    c.row(3, row(";;;;;;;;;;;"));
    c.row(4, row("HGL-2;B. Jansen;1980-01-05;Hengelo;14-06-2016;;5;5;5;;"));
    c.row(5, row("ENS-1;A. de Vries;2-3-1971;Enschede;14 juni 2016;inwoner;2;2;2;;"));
    c.check({});
    EXPECT_TRUE(c.weigeringen().isEmpty());
    EXPECT_EQ(c.rijen(), 3);
    EXPECT_EQ(c.inwoners(false), 2);
    EXPECT_EQ(c.meetmomenten(false), 3);
    QVector<Dossier> dossiers;
    ASSERT_TRUE(c.forEachDossier([&](Dossier&& d, bool) {
                     dossiers.append(d);
                     return Status();
                 }).ok());
    ASSERT_EQ(dossiers.size(), 2);
    EXPECT_EQ(dossiers.at(0).inwoner.naam, QStringLiteral("A. de Vries"));
    ASSERT_EQ(dossiers.at(0).meetmomenten.size(), 2);
    EXPECT_EQ(dossiers.at(0).meetmomenten.at(0).datum, QDate(2016, 6, 14)); // the later row is the nulmeting
    EXPECT_EQ(dossiers.at(0).meetmomenten.at(0).volgnummer, 1);
    EXPECT_EQ(dossiers.at(0).meetmomenten.at(0).inwoner->antwoorden.value(QStringLiteral("inw.pc.1")), 2);
    EXPECT_EQ(dossiers.at(0).meetmomenten.at(1).volgnummer, 2);
}

TEST(SpreadsheetConversie, TheInwonerAndTheProfessionalOnOneDateMakeOneMeetmoment)
{
    const Converted u = convert({"ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;inwoner;4;4;4;nee;",
        "ENS-1;;;;14-06-2016;Professional;;;;x;n.v.t."});
    ASSERT_TRUE(u.weigeringen.isEmpty()) << u.weigeringen.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(u.dossiers.first().meetmomenten.size(), 1);
    const Meetmoment& m = u.dossiers.first().meetmomenten.first();
    ASSERT_TRUE(m.inwoner && m.professional);
    EXPECT_EQ(m.inwoner->draaglast.value(QStringLiteral("financien")), 0);
    EXPECT_EQ(m.professional->draaglast.value(QStringLiteral("financien")), 2);
    EXPECT_TRUE(m.professional->draaglast.contains(QStringLiteral("wonen")));
    EXPECT_EQ(m.professional->draaglast.value(QStringLiteral("wonen"), 9), std::nullopt); // n.v.t.
    EXPECT_TRUE(m.professional->antwoorden.isEmpty());
}

TEST(SpreadsheetConversie, WeetNietIsAnOpenAnswerAndADecimalCommaOfAWholeNumberIsTaken)
{
    const Converted u = convert({"ENS-1;A. de Vries;02-03-1971;Enschede;42535;;weet niet;4,0;HELEMAAL MEE EENS;;"});
    ASSERT_TRUE(u.weigeringen.isEmpty()) << u.weigeringen.join(QLatin1Char('\n')).toStdString();
    const Meetmoment& m = u.dossiers.first().meetmomenten.first();
    EXPECT_EQ(m.datum, QDate(2016, 6, 14)); // an Excel serial typed as text
    const Antwoorden expected {{QStringLiteral("inw.pc.2"), 4}, {QStringLiteral("inw.sk.1"), 5}};
    EXPECT_EQ(m.inwoner->antwoorden, expected);
}

TEST(SpreadsheetConversie, EachBadCellIsNamedByRowColumnHeaderAndReason)
{
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;6;4;4;;"),
        QStringLiteral("rij 2, kolom G: 'V1' is 6: verwacht 1 t/m 5"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;3,5;4;4;;"),
        QStringLiteral("rij 2, kolom G: 'V1' '3,5' is geen heel getal: verwacht 1 t/m 5 of een woord uit de "
                       "waardenlijst 'eens'"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;soms;4;4;;"),
        QStringLiteral("rij 2, kolom G: 'V1' 'soms' is geen getal: verwacht 1 t/m 5 of een woord uit de "
                       "waardenlijst 'eens'"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;4;4;4;3;"),
        QStringLiteral("rij 2, kolom J: 'Financiën' is 3: verwacht 0, 1, 2 of n.v.t."));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-16;;4;4;4;;"),
        QStringLiteral("rij 2, kolom E: 'Datum meting' '14-06-16' heeft een jaartal van 2 cijfers; schrijf het jaar "
                       "voluit (dd-mm-jjjj)"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;01-12-2026;;4;4;4;;"),
        QStringLiteral("rij 2, kolom E: 'Datum meting' 01-12-2026 ligt in de toekomst"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-2027;Enschede;14-06-2016;;4;4;4;;"),
        QStringLiteral("rij 2, kolom C: 'Geb.datum' ligt in de toekomst"));
    EXPECT_EQ(single(";A. de Vries;02-03-1971;Enschede;14-06-2016;;4;4;4;;"),
        QStringLiteral("rij 2, kolom A: 'Ref' is leeg: elke rij heeft een ref nodig"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;partner;4;4;4;;"),
        QStringLiteral("rij 2, kolom F: 'Wie' is 'partner': verwacht inwoner of professional"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;;;;;"),
        QStringLiteral("rij 2, kolom E: 'Datum meting' 14-06-2016: dit meetmoment heeft geen enkel antwoord"));
    EXPECT_EQ(single("ENS-1;A. de Vries;02-03-1971;Enschede;;;4;4;4;;"),
        QStringLiteral("rij 2, kolom E: 'Datum meting' is leeg: elk meetmoment heeft een datum"));
}

TEST(SpreadsheetConversie, ADuplicateInTheSheetAndAContradictingNameAreRefused)
{
    const Converted u = convert({"ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;;4;4;4;;",
        "ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;inwoner;3;3;3;;",
        "ENS-1;A. Jansen;02-03-1971;Enschede;01-12-2016;;3;3;3;;"});
    ASSERT_EQ(u.weigeringen.size(), 2);
    EXPECT_EQ(u.weigeringen.at(0),
        QStringLiteral("rij 3, kolom E: 'Datum meting' 14-06-2016: dubbel, rij 2 heeft al een meting van ref ENS-1 op "
                       "deze datum"));
    EXPECT_EQ(u.weigeringen.at(1),
        QStringLiteral("rij 4, kolom B: 'Naam' is 'A. Jansen', maar rij 2 gaf voor ref ENS-1 'A. de Vries'"));
    EXPECT_TRUE(u.dossiers.isEmpty()); // an inwoner with a refused row is not taken at all
}

TEST(SpreadsheetConversie, AnExistingRefGetsOnlyItsNewDatesAndAKnownDateIsADuplicate)
{
    SpreadsheetConversie::Bestaand bestaand;
    bestaand.refs = {QStringLiteral("ENS-1"), QStringLiteral("ENS-2")};
    bestaand.datums.insert(QStringLiteral("ENS-1"), {QDate(2016, 6, 14)});
    bestaand.datums.insert(QStringLiteral("ENS-2"), {QDate(2016, 6, 14)});
    const Converted u = convert({"ENS-1;;;;01-12-2016;;4;4;4;;", // no naam needed: the inwoner is known
                                    "ENS-2;;;;14-06-2016;;4;4;4;;"},
        bestaand);
    ASSERT_EQ(u.weigeringen.size(), 1);
    EXPECT_EQ(u.weigeringen.first(),
        QStringLiteral("rij 3, kolom E: 'Datum meting' 14-06-2016: dubbel, ref ENS-2 heeft in Draagwijzer al een "
                       "meetmoment op deze datum"));
    ASSERT_EQ(u.dossiers.size(), 1);
    EXPECT_TRUE(u.bestaand.first());
    EXPECT_EQ(u.dossiers.first().meetmomenten.size(), 1);
    EXPECT_EQ(u.dossiers.first().meetmomenten.first().datum, QDate(2016, 12, 1));
}

TEST(SpreadsheetConversie, ANewInwonerWithoutGemeenteIsRefusedAtItsFirstRow)
{
    EXPECT_EQ(single("ENS-9;C. Bakker;02-03-1971;;14-06-2016;;4;4;4;;"),
        QStringLiteral("rij 2, kolom D: Gemeente ontbreekt: ref ENS-9 is nieuw, en een nieuwe inwoner heeft naam, "
                       "geboortedatum en gemeente nodig"));
}

TEST(SpreadsheetConversie, ASheetWithoutTheProfilesColumnsIsRefusedNamingThem)
{
    SpreadsheetConversie c(instrument(), teamProfiel(), today);
    const Status s = c.header(row("Ref;Naam;Geboortedatum;Gemeente;Datum meting;Wie;V1;V2;V3;Financiën;Wonen"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.errorMessage(),
        QStringLiteral("rij 1 (de kopregel) mist de kolommen 'geb.datum', 'Opmerking', die het profiel 'team' noemt"));
}

TEST(SpreadsheetConversie, OneRowPerInwonerWithRepeatedGroupsGivesAMeetmomentPerFilledGroup)
{
    SpreadsheetProfiel p;
    p.naam = QStringLiteral("per inwoner");
    p.indeling = SpreadsheetProfiel::Indeling::PerInwoner;
    const auto add = [&p](const char* kop, const char* veld, int groep) {
        SpreadsheetKolom k;
        k.kop = QString::fromUtf8(kop);
        k.veld = *SpreadsheetVeld::fromCode(QString::fromUtf8(veld), instrument());
        k.meetmoment = groep;
        p.kolommen.append(k);
    };
    add("Ref", "ref", 1);
    add("Naam", "naam", 1);
    add("Geboren", "geboortedatum", 1);
    add("Gemeente", "gemeente", 1);
    for (int g = 1; g <= 3; ++g) {
        add("Datum", "datum", g); // the same header three times: taken in order
        add("pc1", "inw.pc.1", g);
    }
    SpreadsheetConversie c(instrument(), p, today);
    ASSERT_TRUE(c.header(row("Ref;Naam;Geboren;Gemeente;Datum;pc1;Datum;pc1;Datum;pc1")).ok());
    c.row(2, row("ENS-1;A. de Vries;02-03-1971;Enschede;14-06-2016;2;01-12-2016;4;;"));
    c.row(3, row("ENS-2;B. Smit;02-03-1971;Enschede;14-06-2016;2;;;;5"));
    c.check({});
    ASSERT_EQ(c.weigeringen().size(), 1);
    EXPECT_EQ(c.weigeringen().first().tekst(),
        QStringLiteral("rij 3, kolom I: 'Datum' is leeg: meetmoment 3 heeft antwoorden maar geen datum"));
    QVector<Dossier> dossiers;
    ASSERT_TRUE(c.forEachDossier([&](Dossier&& d, bool) {
                     dossiers.append(d);
                     return Status();
                 }).ok());
    ASSERT_EQ(dossiers.size(), 1);
    ASSERT_EQ(dossiers.first().meetmomenten.size(), 2);
    EXPECT_EQ(dossiers.first().meetmomenten.at(1).datum, QDate(2016, 12, 1));
    EXPECT_EQ(dossiers.first().meetmomenten.at(1).inwoner->antwoorden.value(QStringLiteral("inw.pc.1")), 4);
    EXPECT_EQ(c.geweigerdeRijen(), QVector<int> {3});
}
