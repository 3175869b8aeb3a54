// The partnerversie of a plan (issue 17): one partner sees the visie, the doelen and only its own part; no scores,
// no draaglast, no other partner. Every expectation below was worked out by hand from the plan in `dossier()`.
#include "reporting/partnerplan.h"

#include "core/instrument.h"

#include "guipdf.h"
#include "support/metingen.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

const QString eigen = QStringLiteral("Schuldhulp Enschede");

// Two partners in the plan (Schuldhulp Enschede and MEE Twente); the sociale kaart adds Buurtkracht and Schuldhulp,
// a name that is part of the partner's own. Scores: inwoner PC 4 SK 2, professional PC 3 SK 4, Financiën 2.
Dossier dossier()
{
    Dossier d;
    d.inwoner.id = 7;
    d.inwoner.ref = QStringLiteral("ENS-0042");
    d.inwoner.naam = QStringLiteral("A. de Vries");
    d.inwoner.gemeente = QStringLiteral("Enschede");
    d.inwoner.professional = QStringLiteral("j.jansen");
    Meetmoment mm;
    mm.datum = QDate(2016, 6, 14);
    mm.volgnummer = 1;
    mm.inwoner = test::uniformeMeting(Perspectief::Inwoner, 4, 2, {{QStringLiteral("financien"), 2}});
    mm.professional = test::uniformeMeting(Perspectief::Professional, 3, 4, {{QStringLiteral("financien"), 2}});
    d.meetmomenten = {mm};
    Plan p;
    p.versie = 2;
    p.datum = QDate(2017, 1, 10);
    p.hulpvraag = QStringLiteral("Hulp bij de schulden na ontslag");
    p.draaglastBepaald = QStringLiteral("Betalingsachterstand van vier maanden");
    p.inwonerEens = Instemming::Eens;
    p.visieToelichting = QStringLiteral("Eerst de schulden, daarna het netwerk met MEE Twente.");
    Doel huur;
    huur.omschrijving = QStringLiteral("Een betalingsregeling voor de huur");
    huur.horizon = QDate(2017, 6, 1);
    huur.metWie = QStringLiteral("MEE Twente en de verhuurder");
    Doel inloop;
    inloop.omschrijving = QStringLiteral("Elke week naar de inloop van Buurtkracht");
    inloop.horizon = QDate(2017, 9, 1);
    p.doelen = {huur, inloop};
    Interventie sanering;
    sanering.type = QStringLiteral("draaglast_verminderen");
    sanering.omschrijving = QStringLiteral("Aanmelden bij Schuldhulp Enschede");
    sanering.doel = 1;
    sanering.wie = QStringLiteral("Consulent");
    sanering.wanneer = QDate(2017, 2, 1);
    sanering.partner = eigen;
    Interventie netwerk;
    netwerk.type = QStringLiteral("netwerk_versterken");
    netwerk.omschrijving = QStringLiteral("Netwerkkaart maken met de zus");
    netwerk.doel = 2;
    netwerk.wie = QStringLiteral("MEE Twente");
    netwerk.partner = QStringLiteral("MEE Twente");
    Interventie coaching;
    coaching.type = QStringLiteral("competenties_versterken");
    coaching.omschrijving = QStringLiteral("Budgetcoaching naast de schuldhulpverlening");
    coaching.doel = 1;
    coaching.partner = QStringLiteral(" schuldhulp enschede "); // the same partner, typed otherwise
    Interventie zonderPartner;
    zonderPartner.type = QStringLiteral("vertrouwen_versterken");
    zonderPartner.omschrijving = QStringLiteral("Samen naar de huisarts");
    p.interventies = {sanering, netwerk, coaching, zonderPartner};
    p.afspraken = {{QStringLiteral("Intake op het kantoor"), QStringLiteral("Schuldhulp Enschede"), QDate(2017, 2, 1)},
        {QStringLiteral("Huisbezoek"), QStringLiteral("MEE Twente"), QDate(2017, 2, 8)},
        {QStringLiteral("Gesprek met de zus"), QStringLiteral("Inwoner"), QDate(2017, 2, 15)}};
    d.plannen = {p};
    return d;
}

QVector<Voorziening> kaart()
{
    Voorziening buurtkracht;
    buurtkracht.naam = QStringLiteral("Buurtkracht");
    buurtkracht.type = QStringLiteral("netwerk_versterken");
    Voorziening schuldhulp;
    schuldhulp.naam = QStringLiteral("Schuldhulp");
    schuldhulp.type = QStringLiteral("draaglast_verminderen");
    return {buurtkracht, schuldhulp};
}

class PartnerPlan : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    static QString pdf(const QString& partner)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partner.pdf"));
        const Dossier d = dossier();
        const Status s = writePartnerPlanPdf(d, d.plannen.first(), ins(), partner, kaart(), path, QDate(2017, 1, 12));
        EXPECT_TRUE(s.ok()) << s.errorMessage().toStdString();
        return test::pdfFlowText(path).simplified(); // one line: a cell's wrapped text reads as one phrase
    }
};

} // namespace

TEST(PartnerPlanPartners, EachPartnerOnceSortedWhateverTheSpelling)
{
    const Plan p = dossier().plannen.first();
    EXPECT_EQ(planPartners(p), (QStringList {QStringLiteral("MEE Twente"), eigen}));
    EXPECT_EQ(matchPartner(p, QStringLiteral("  mee twente")), QStringLiteral("MEE Twente"));
    EXPECT_EQ(matchPartner(p, QStringLiteral("Buurtkracht")), QString()); // on the kaart, not in this plan
    EXPECT_EQ(planPartners(Plan()), QStringList());
}

TEST_F(PartnerPlan, SaysAtTheTopForWhomAndWhatIsLeftOut)
{
    const QString t = pdf(eigen);
    EXPECT_TRUE(t.contains(QStringLiteral("Plan van aanpak — partnerversie"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Voor Schuldhulp Enschede. Deze versie bevat alleen wat Schuldhulp Enschede "
                                          "nodig heeft voor de eigen taak")))
        << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("AVG, dataminimalisatie")));
    EXPECT_TRUE(t.contains(QStringLiteral("A. de Vries (ENS-0042)")));
    EXPECT_TRUE(t.contains(QStringLiteral("versie 2 van 10 januari 2017")));
    EXPECT_TRUE(t.contains(QStringLiteral("Partnerversie plan van aanpak ENS-0042 — versie 2 — afgedrukt 12 januari "
                                          "2017")));
}

TEST_F(PartnerPlan, HoldsTheVisieTheDoelenAndOnlyItsOwnInterventiesAndAfspraken)
{
    const QString t = pdf(eigen);
    EXPECT_TRUE(t.contains(QStringLiteral("De inwoner is het eens met het plan."))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Een betalingsregeling voor de huur")));
    EXPECT_TRUE(t.contains(QStringLiteral("Aanmelden bij Schuldhulp Enschede")));
    // The same partner, spelled otherwise; "Schuldhulp" (another organisation) is replaced only as a whole word.
    EXPECT_TRUE(t.contains(QStringLiteral("Budgetcoaching naast de schuldhulpverlening")));
    EXPECT_TRUE(t.contains(QStringLiteral("Intake op het kantoor")));
    EXPECT_FALSE(t.contains(QStringLiteral("Netwerkkaart"))); // MEE Twente's interventie
    EXPECT_FALSE(t.contains(QStringLiteral("Samen naar de huisarts"))); // nobody's: not this partner's part
    EXPECT_FALSE(t.contains(QStringLiteral("Huisbezoek")));
    EXPECT_FALSE(t.contains(QStringLiteral("Gesprek met de zus")));
}

TEST_F(PartnerPlan, NamesNoOtherPartner)
{
    const QString t = pdf(eigen);
    EXPECT_FALSE(t.contains(QStringLiteral("MEE"), Qt::CaseSensitive)) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("Buurtkracht")));
    EXPECT_TRUE(t.contains(QStringLiteral("daarna het netwerk met [andere partner].")));
    EXPECT_TRUE(t.contains(QStringLiteral("Elke week naar de inloop van [andere partner]")));
    // The notice at the top, the visie and the second doel. "Schuldhulp" is another organisation on the kaart, yet
    // part of the partner's own name, which stays whole.
    EXPECT_EQ(t.count(QStringLiteral("[andere partner]")), 3);
}

TEST_F(PartnerPlan, HoldsNoScoreNoDraaglastAndNoVraagverheldering)
{
    const QString t = pdf(eigen);
    for (const KwadrantDefinitie& k : ins().kwadranten())
        EXPECT_FALSE(t.contains(k.naam)) << k.naam.toStdString();
    for (const LevensgebiedDefinitie& lg : ins().levensgebieden())
        EXPECT_FALSE(t.contains(lg.naam)) << lg.naam.toStdString();
    for (const char* score : {"4,00", "2,00", "3,00", "3,5"})
        EXPECT_FALSE(t.contains(QLatin1String(score))) << score;
    EXPECT_FALSE(t.contains(QStringLiteral("Betalingsachterstand")));
    EXPECT_FALSE(t.contains(QStringLiteral("ontslag"))); // the hulpvraag
    EXPECT_FALSE(t.contains(QStringLiteral("verhuurder"))); // a doel's "met wie"
}

TEST_F(PartnerPlan, TheOtherPartnerGetsItsOwnPart)
{
    const QString t = pdf(QStringLiteral("MEE Twente"));
    EXPECT_TRUE(t.contains(QStringLiteral("Netwerkkaart maken met de zus"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Huisbezoek")));
    EXPECT_FALSE(t.contains(QStringLiteral("Schuldhulp")));
    EXPECT_FALSE(t.contains(QStringLiteral("Budgetcoaching")));
    EXPECT_FALSE(t.contains(QStringLiteral("Intake op het kantoor")));
}

TEST_F(PartnerPlan, APartnerWithoutInterventieIsRefusedAndNothingIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partner.pdf"));
    const Dossier d = dossier();
    const Status s = writePartnerPlanPdf(
        d, d.plannen.first(), ins(), QStringLiteral("Buurtkracht"), kaart(), path, QDate(2017, 1, 12));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(s.errorMessage(),
        QStringLiteral("versie 2 van het plan van ENS-0042 heeft geen interventie van partner 'Buurtkracht'"));
    EXPECT_FALSE(QFile::exists(path));
}
