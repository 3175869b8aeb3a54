#include "core/planconcept.h"

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

} // namespace

TEST(PlanConcept, VraagverhelderingFromBothPerspectives)
{
    Meetmoment mm;
    mm.inwoner = uniformeMeting(Perspectief::Inwoner,
        4,
        2,
        {{QStringLiteral("wonen"), 1}, {QStringLiteral("financien"), 2}, {QStringLiteral("veiligheid"), std::nullopt}});
    mm.professional = uniformeMeting(Perspectief::Professional, 3, 2, {{QStringLiteral("wonen"), 0}});
    mm.professional->antwoorden.remove(QStringLiteral("pro.pc.1"));
    mm.professional->antwoorden.remove(QStringLiteral("pro.pc.2")); // 4 of 6 answered: exactly two thirds, still scored
    mm.professional->antwoorden.remove(QStringLiteral("pro.sk.1"));
    mm.professional->antwoorden.remove(QStringLiteral("pro.sk.2"));
    mm.professional->antwoorden.remove(QStringLiteral("pro.sk.3")); // 3 of 6: under two thirds
    const VraagVerheldering v = vraagverheldering(ins(), mm);
    // Instrument order (financien before wonen); n.v.t. and level 0 are no problem.
    EXPECT_EQ(v.draaglast,
        QStringLiteral("Volgens de inwoner: Financiën (incl. schulden) (ernstig), Wonen / opvang. "
                       "Volgens de professional: geen probleemgebieden."));
    EXPECT_EQ(v.draagkracht,
        QStringLiteral("Volgens de inwoner: enkele draagkracht (persoonlijke competenties) (persoonlijke competenties "
                       "4,0, sociaal kapitaal 2,0). Volgens de professional: onbekend (persoonlijke competenties 3,0, "
                       "sociaal kapitaal onvoldoende ingevuld)."));
}

TEST(PlanConcept, NewPlanIsPrefilledFromTheLatestMeetmoment)
{
    Dossier d;
    Meetmoment first, last;
    first.inwoner = uniformeMeting(Perspectief::Inwoner, 2, 2, {{QStringLiteral("onderwijs"), 1}});
    last.inwoner = uniformeMeting(Perspectief::Inwoner, 4, 4, {{QStringLiteral("wonen"), 1}});
    d.meetmomenten = {first, last};
    const Plan p = conceptPlan(ins(), d, QDate(2026, 11, 25));
    EXPECT_EQ(p.versie, 1);
    EXPECT_EQ(p.datum, QDate(2026, 11, 25));
    EXPECT_EQ(p.draaglastBepaald, QStringLiteral("Volgens de inwoner: Wonen / opvang."));
    EXPECT_TRUE(p.hulpvraag.isEmpty());
    EXPECT_TRUE(p.doelen.isEmpty());
}

TEST(PlanConcept, RevisionCarriesTheLatestVersieForward)
{
    Dossier d;
    Plan v1, v2;
    v1.versie = 1;
    v1.hulpvraag = QStringLiteral("Eerste");
    v2.id = 42;
    v2.versie = 2;
    v2.datum = QDate(2017, 3, 1);
    v2.hulpvraag = QStringLiteral("Tweede");
    v2.doelen = {Doel {}};
    d.plannen = {v1, v2};
    const Plan p = conceptPlan(ins(), d, QDate(2026, 11, 25));
    EXPECT_EQ(p.versie, 3);
    EXPECT_EQ(p.id, 0);
    EXPECT_EQ(p.datum, QDate(2026, 11, 25));
    EXPECT_EQ(p.hulpvraag, QStringLiteral("Tweede"));
    EXPECT_EQ(p.doelen.size(), 1);
}

TEST(PlanConcept, EmptyDossierGivesAnEmptyPlan)
{
    const Plan p = conceptPlan(ins(), Dossier {}, QDate(2026, 1, 2));
    EXPECT_EQ(p.versie, 1);
    EXPECT_TRUE(p.draaglastBepaald.isEmpty());
    EXPECT_TRUE(p.draagkrachtBepaald.isEmpty());
}

TEST(PlanConcept, ValidatePlanNamesWhatIsMissing)
{
    Plan p;
    p.datum = QDate(2026, 11, 25);
    EXPECT_TRUE(validatePlan(ins(), p));
    p.doelen = {Doel {}};
    p.doelen[0].omschrijving = QStringLiteral("Binnen drie maanden een sluitende begroting.");
    p.interventies
        = {Interventie {QStringLiteral("draaglast_verminderen"), QStringLiteral("Schuldhulp"), 1, {}, {}, {}}};
    EXPECT_TRUE(validatePlan(ins(), p));

    Plan bad = p;
    bad.doelen << Doel {};
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(), QStringLiteral("Doel 2 heeft nog geen omschrijving."));
    bad = p;
    bad.interventies[0].type.clear();
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(), QStringLiteral("Kies bij interventie 1 een type."));
    bad = p;
    bad.interventies[0].omschrijving = QStringLiteral(" ");
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(), QStringLiteral("Interventie 1 heeft nog geen omschrijving."));
    bad = p;
    bad.interventies[0].doel = 2;
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(),
        QStringLiteral("Interventie 1 verwijst naar doel 2, dat niet bestaat."));
    bad = p;
    bad.afspraken << Afspraak {};
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(), QStringLiteral("Afspraak 1 heeft nog geen omschrijving."));
    bad = p;
    bad.datum = QDate();
    EXPECT_FALSE(validatePlan(ins(), bad));
    // The text rules of every other field: a free text of 20,000 characters is taken, 20,001 not; a cell 4,000.
    bad = p;
    bad.visieToelichting = QString(20000, QLatin1Char('t'));
    EXPECT_TRUE(validatePlan(ins(), bad));
    bad.visieToelichting += QLatin1Char('t');
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(),
        QStringLiteral("De toelichting bij de gedeelde visie is te lang: 20001 tekens, hoogstens 20000."));
    bad = p;
    bad.afspraken << Afspraak {QStringLiteral("bellen"), QString(4001, QLatin1Char('w')), {}};
    EXPECT_EQ(
        validatePlan(ins(), bad).errorMessage(), QStringLiteral("Afspraak 1 is te lang: 4001 tekens, hoogstens 4000."));
    bad = p;
    bad.hulpvraag = QStringLiteral("hulp") + QChar(0x1b);
    EXPECT_EQ(validatePlan(ins(), bad).errorMessage(),
        QStringLiteral("De hulpvraag bevat een stuurteken (code 27 op positie 5)."));
}

TEST(PlanConcept, VerwijderDoelRenumbersTheInterventies)
{
    Plan p;
    p.doelen = {Doel {}, Doel {}, Doel {}};
    p.doelen[2].omschrijving = QStringLiteral("derde");
    for (int doel : {1, 2, 3, 0})
        p.interventies << Interventie {QStringLiteral("netwerk_versterken"), QStringLiteral("x"), doel, {}, {}, {}};
    verwijderDoel(p, 2);
    ASSERT_EQ(p.doelen.size(), 2);
    EXPECT_EQ(p.doelen[1].omschrijving, QStringLiteral("derde"));
    EXPECT_EQ(p.interventies[0].doel, 1);
    EXPECT_EQ(p.interventies[1].doel, 0); // served the removed doel
    EXPECT_EQ(p.interventies[2].doel, 2); // was 3
    EXPECT_EQ(p.interventies[3].doel, 0);
    verwijderDoel(p, 5); // out of range: nothing happens
    EXPECT_EQ(p.doelen.size(), 2);
}

TEST(PlanConcept, APlanBelongsToTheLastMeetmomentOnOrBeforeItsDate)
{
    Dossier d;
    for (const QDate& datum : {QDate(2016, 1, 12), QDate(2016, 6, 14), QDate(2018, 3, 1)}) {
        Meetmoment m;
        m.datum = datum;
        m.volgnummer = int(d.meetmomenten.size()) + 1;
        d.meetmomenten << m;
    }
    Plan p;
    p.datum = QDate(2016, 9, 1); // between the second and the third meetmoment
    ASSERT_NE(meetmomentVanPlan(d, p), nullptr);
    EXPECT_EQ(meetmomentVanPlan(d, p)->volgnummer, 2);
    p.datum = QDate(2016, 6, 14); // written the same day as the meting
    EXPECT_EQ(meetmomentVanPlan(d, p)->volgnummer, 2);
    p.datum = QDate(2026, 1, 1);
    EXPECT_EQ(meetmomentVanPlan(d, p)->volgnummer, 3);
    p.datum = QDate(2015, 12, 31); // before the nulmeting: no scores belong to it
    EXPECT_EQ(meetmomentVanPlan(d, p), nullptr);
    p.datum = QDate(); // no date: the latest
    EXPECT_EQ(meetmomentVanPlan(d, p)->volgnummer, 3);
    EXPECT_EQ(meetmomentVanPlan(Dossier {}, p), nullptr);
}
