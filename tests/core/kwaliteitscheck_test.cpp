#include "core/kwaliteitscheck.h"

#include "support/metingen.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;
using test::uniformeMeting;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

// A good doel: a target with a time, the how and with whom.
Doel goedDoel()
{
    Doel d;
    d.omschrijving = QStringLiteral("Binnen drie maanden een sluitende maandbegroting en geen nieuwe achterstanden.");
    d.horizon = QDate(2026, 3, 1);
    d.wat = QStringLiteral("Begroting opstellen");
    d.hoe = QStringLiteral("Wekelijks de post doornemen");
    d.metWie = QStringLiteral("Budgetmaatje");
    d.levensgebied = QStringLiteral("financien");
    return d;
}

Interventie interventie(const char* type, int doel)
{
    return {QLatin1String(type),
        QStringLiteral("Aanmelding bij de schuldhulpverlening."),
        doel,
        QStringLiteral("Professional"),
        QDate(2025, 12, 15),
        {}};
}

// A plan with no findings: one good doel served by one interventie.
Plan goedPlan()
{
    Plan p;
    p.datum = QDate(2025, 12, 1);
    p.hulpvraag = QStringLiteral("Ik kom niet meer rond en de rekeningen stapelen zich op.");
    p.doelen = {goedDoel()};
    p.interventies = {interventie("draaglast_verminderen", 1)};
    return p;
}

QVector<CheckRegel> regels(const QVector<Bevinding>& b)
{
    QVector<CheckRegel> r;
    for (const Bevinding& x : b)
        r << x.regel;
    return r;
}

int telRegel(const QVector<Bevinding>& b, CheckRegel regel)
{
    return static_cast<int>(std::count_if(b.begin(), b.end(), [&](const Bevinding& x) { return x.regel == regel; }));
}

} // namespace

TEST(Kwaliteitscheck, AGoodPlanHasNoFindings)
{
    Meetmoment mm;
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4, {{QStringLiteral("financien"), 2}});
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4, {{QStringLiteral("financien"), 2}});
    EXPECT_TRUE(kwaliteitscheck(ins(), goedPlan(), &mm).isEmpty());
    EXPECT_TRUE(kwaliteitscheck(ins(), goedPlan(), nullptr).isEmpty());
}

TEST(Kwaliteitscheck, DoelThatRepeatsTheHulpvraag)
{
    Plan p = goedPlan();
    p.doelen[0].omschrijving = QStringLiteral("ik kom niet meer rond, en de rekeningen stapelen zich op");
    const QVector<Bevinding> b = kwaliteitscheck(ins(), p, nullptr);
    ASSERT_EQ(regels(b), QVector<CheckRegel> {CheckRegel::DoelHerhaaltHulpvraag});
    EXPECT_EQ(b.first().doel, 1);
    EXPECT_EQ(b.first().tekst, QStringLiteral("Doel 1 herhaalt de hulpvraag."));
    EXPECT_TRUE(b.first().reden.contains(QStringLiteral("letterlijke herhaling")));

    // Nearly the same words (Jaccard 8/9 >= 0.8) still counts; one shared word does not.
    p.doelen[0].omschrijving = QStringLiteral("Ik kom niet meer rond en de rekeningen stapelen zich");
    EXPECT_EQ(telRegel(kwaliteitscheck(ins(), p, nullptr), CheckRegel::DoelHerhaaltHulpvraag), 1);
    p.doelen[0].omschrijving = QStringLiteral("Binnen drie maanden komt hij weer rond met een vaste begroting.");
    EXPECT_EQ(telRegel(kwaliteitscheck(ins(), p, nullptr), CheckRegel::DoelHerhaaltHulpvraag), 0);
}

TEST(Kwaliteitscheck, DoelThatDescribesTheSituation)
{
    Plan p = goedPlan();
    p.hulpvraag.clear();
    const QStringList situaties = {QStringLiteral("Mevrouw heeft schulden bij drie schuldeisers."),
        QStringLiteral("Meneer kan zijn rekeningen niet betalen."),
        QStringLiteral("Het lukt hem niet om te koken.")};
    for (const QString& s : situaties) {
        p.doelen[0].omschrijving = s;
        EXPECT_EQ(regels(kwaliteitscheck(ins(), p, nullptr)), QVector<CheckRegel> {CheckRegel::DoelBeschrijftSituatie})
            << qPrintable(s);
    }
    // Targets, even when they name the problem or a negation.
    const QStringList doelen = {QStringLiteral("Huurachterstand is binnen vier maanden afgelost."),
        QStringLiteral("Mevrouw kan zelf haar post openen en niet langer laten liggen."),
        QStringLiteral("Minder somber: wekelijks iets leuks buitenshuis.")};
    for (const QString& s : doelen) {
        p.doelen[0].omschrijving = s;
        EXPECT_TRUE(kwaliteitscheck(ins(), p, nullptr).isEmpty()) << qPrintable(s);
    }
}

TEST(Kwaliteitscheck, InterventieWrittenAsDoel)
{
    Plan p = goedPlan();
    // Action first, Dutch infinitive last, and a doel equal to the plan's own interventie.
    const QStringList acties = {QStringLiteral("Aanmelden bij de taalcafé-vrijwilligers."),
        QStringLiteral("Huishoudelijke hulp inzetten."),
        QStringLiteral("aanmelding bij de schuldhulpverlening")};
    for (const QString& s : acties) {
        p.doelen[0].omschrijving = s;
        const QVector<Bevinding> b = kwaliteitscheck(ins(), p, nullptr);
        ASSERT_EQ(regels(b), QVector<CheckRegel> {CheckRegel::InterventieAlsDoel}) << qPrintable(s);
        EXPECT_TRUE(b.first().reden.contains(QStringLiteral("interventie zelf als doel")));
    }
    p.doelen[0].omschrijving = QStringLiteral("Meneer kan zelf de hulp van zijn buren inroepen.");
    EXPECT_TRUE(kwaliteitscheck(ins(), p, nullptr).isEmpty());
}

TEST(Kwaliteitscheck, InterventieWithoutDoel)
{
    Plan p = goedPlan();
    p.interventies << interventie("netwerk_versterken", 0) << interventie("netwerk_versterken", 2);
    const QVector<Bevinding> b = kwaliteitscheck(ins(), p, nullptr);
    // Interventie 2 has no doel, interventie 3 points at a doel that does not exist.
    ASSERT_EQ(regels(b), (QVector<CheckRegel> {CheckRegel::InterventieZonderDoel, CheckRegel::InterventieZonderDoel}));
    EXPECT_EQ(b.at(0).interventie, 2);
    EXPECT_EQ(b.at(1).interventie, 3);
    EXPECT_EQ(b.at(0).tekst, QStringLiteral("Interventie 2 is niet aan een doel gekoppeld."));
}

TEST(Kwaliteitscheck, DoelWithoutHorizonOrMetWie)
{
    Plan p = goedPlan();
    p.doelen << goedDoel() << goedDoel();
    p.doelen[1].horizon = QDate();
    p.doelen[2].metWie = QStringLiteral("   ");
    const QVector<Bevinding> b = kwaliteitscheck(ins(), p, nullptr);
    ASSERT_EQ(regels(b), (QVector<CheckRegel> {CheckRegel::DoelZonderHorizon, CheckRegel::DoelZonderMetWie}));
    EXPECT_EQ(b.at(0).doel, 2);
    EXPECT_EQ(b.at(1).doel, 3);
    EXPECT_TRUE(b.at(1).reden.contains(QStringLiteral("'met wie'")));
}

TEST(Kwaliteitscheck, HeavyDraaglastWithoutDraaglastVerminderen)
{
    Plan p = goedPlan();
    p.interventies = {interventie("netwerk_versterken", 1)};
    Meetmoment mm;
    // Three probleemgebieden at level 1 (meervoudig) in the professional's view only.
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4, {{QStringLiteral("wonen"), 1}});
    mm.professional = uniformeMeting(Perspectief::Professional,
        4,
        4,
        {{QStringLiteral("wonen"), 1}, {QStringLiteral("financien"), 1}, {QStringLiteral("veiligheid"), 1}});
    QVector<Bevinding> b = kwaliteitscheck(ins(), p, &mm);
    ASSERT_EQ(regels(b), QVector<CheckRegel> {CheckRegel::DraaglastZonderVerminderen});
    EXPECT_TRUE(b.first().tekst.contains(QStringLiteral("de professional ziet 3 probleemgebieden")))
        << qPrintable(b.first().tekst);

    // One level 2 is severe on its own.
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4, {{QStringLiteral("veiligheid"), 2}});
    EXPECT_EQ(regels(kwaliteitscheck(ins(), p, &mm)), QVector<CheckRegel> {CheckRegel::DraaglastZonderVerminderen});

    // Two problems at level 1 are neither; n.v.t. does not count as a problem.
    mm.professional = uniformeMeting(Perspectief::Professional,
        4,
        4,
        {{QStringLiteral("wonen"), 1}, {QStringLiteral("financien"), 1}, {QStringLiteral("veiligheid"), std::nullopt}});
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());

    // With a draaglast_verminderen interventie the heavy case is fine.
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4, {{QStringLiteral("veiligheid"), 2}});
    p.interventies << interventie("draaglast_verminderen", 1);
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());
}

TEST(Kwaliteitscheck, WeakCompetentiesWithoutCompetentiesInterventie)
{
    Plan p = goedPlan();
    Meetmoment mm;
    // Inwoner PC all 3 (mean 3.0 < 3.5), SK 4: "enkel sociaal kapitaal" for both perspectives.
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 3, 4);
    mm.professional = uniformeMeting(Perspectief::Professional, 3, 4);
    QVector<Bevinding> b = kwaliteitscheck(ins(), p, &mm);
    ASSERT_EQ(regels(b), QVector<CheckRegel> {CheckRegel::CompetentiesZonderInterventie});
    EXPECT_TRUE(b.first().tekst.contains(QStringLiteral("de inwoner en de professional (onder 3,5)")))
        << qPrintable(b.first().tekst);

    // Exactly 3.5 is "wel" (DESIGN.md): no finding.
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4);
    mm.inwoner->antwoorden[QStringLiteral("inw.pc.1")] = 3;
    mm.inwoner->antwoorden[QStringLiteral("inw.pc.2")] = 3;
    mm.inwoner->antwoorden[QStringLiteral("inw.pc.3")] = 3;
    mm.inwoner->antwoorden[QStringLiteral("inw.pc.4")] = 3; // (4*3 + 4*4) / 8 = 3.5
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 4);
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());

    // Weak, but a competenties_versterken interventie is there (and the quadrant difference was discussed).
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 2, 4);
    p.verschilBesproken = true;
    p.interventies << interventie("competenties_versterken", 1);
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());
}

TEST(Kwaliteitscheck, QuadrantDisagreementNotDiscussed)
{
    Plan p = goedPlan();
    p.interventies << interventie("competenties_versterken", 1);
    Meetmoment mm;
    mm.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4); // dubbel
    mm.professional = uniformeMeting(Perspectief::Professional, 4, 2); // enkel competenties
    QVector<Bevinding> b = kwaliteitscheck(ins(), p, &mm);
    ASSERT_EQ(regels(b), QVector<CheckRegel> {CheckRegel::KwadrantVerschilNietBesproken});
    EXPECT_TRUE(b.first().reden.contains(QStringLiteral("gedeelde probleemvisie")));

    p.verschilBesproken = true;
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());

    // An unknown quadrant (fewer than two thirds answered) is no disagreement.
    p.verschilBesproken = false;
    mm.professional->antwoorden.clear();
    EXPECT_TRUE(kwaliteitscheck(ins(), p, &mm).isEmpty());
}

TEST(Kwaliteitscheck, NormaliseerTekst)
{
    EXPECT_EQ(normaliseerTekst(QStringLiteral("  Één, twee!  Drie-vier ")), QStringLiteral("één twee drie vier"));
}

TEST(Kwaliteitscheck, RuleCodesAreStable)
{
    EXPECT_EQ(checkRegelCode(CheckRegel::DoelZonderMetWie), QStringLiteral("doel_zonder_met_wie"));
    EXPECT_EQ(
        checkRegelCode(CheckRegel::KwadrantVerschilNietBesproken), QStringLiteral("kwadrant_verschil_niet_besproken"));
}
