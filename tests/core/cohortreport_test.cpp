#include "core/cohortreport.h"

#include <QJsonArray>

#include <cmath>

#include <gtest/gtest.h>

using namespace dw;

namespace {

MetingCijfers cijfers(std::optional<double> pc, std::optional<double> sk, int prob, Kwadrant k)
{
    return {pc, sk, prob, k};
}

// Three inwoners A, B, C with two meetmomenten, plus D with only a nulmeting whose PC is onvoldoende ingevuld.
CohortAccumulator handCohort()
{
    CohortAccumulator acc;
    const auto inw = Perspectief::Inwoner;
    const MetingCijfers a1 = cijfers(4.0, 4.0, 2, Kwadrant::Dubbel), a2 = cijfers(4.5, 4.0, 1, Kwadrant::Dubbel);
    const MetingCijfers b1 = cijfers(2.0, 2.0, 3, Kwadrant::Zwak),
                        b2 = cijfers(3.0, 3.5, 1, Kwadrant::EnkelSociaalKapitaal);
    const MetingCijfers c1 = cijfers(4.0, 3.0, 1, Kwadrant::EnkelCompetenties),
                        c2 = cijfers(4.0, 4.0, 1, Kwadrant::Dubbel);
    const MetingCijfers d1 = cijfers(std::nullopt, 3.0, 0, Kwadrant::Onbekend);
    for (const auto* m : {&a1, &b1, &c1, &d1})
        acc.addMeting(inw, 1, *m);
    for (const auto* m : {&a2, &b2, &c2})
        acc.addMeting(inw, 2, *m);
    acc.addPaar(inw, a1, a2);
    acc.addPaar(inw, b1, b2);
    acc.addPaar(inw, c1, c2);
    acc.addKwadrantPaar(1, Kwadrant::Dubbel, Kwadrant::Dubbel);
    acc.addKwadrantPaar(1, Kwadrant::Zwak, Kwadrant::Zwak);
    acc.addKwadrantPaar(1, Kwadrant::EnkelCompetenties, Kwadrant::Zwak);
    acc.addKwadrantPaar(1, Kwadrant::Onbekend, Kwadrant::Zwak); // not counted: one quadrant unknown
    return acc;
}

} // namespace

TEST(CohortReport, PercentagesAreOfMetingenWithAKnownQuadrant)
{
    const CohortRapport r = handCohort().rapport();
    ASSERT_EQ(r.inwoner.meetmomenten.size(), 2);
    const MeetmomentCijfers& m1 = r.inwoner.meetmomenten.at(0);
    EXPECT_EQ(m1.meetmoment, 1);
    EXPECT_EQ(m1.n, 3);
    EXPECT_EQ(m1.nMetingen, 4);
    EXPECT_NEAR(m1.kwadrantPct[0], 100.0 / 3, 1e-12); // zwak
    EXPECT_NEAR(m1.kwadrantPct[1], 100.0 / 3, 1e-12); // enkel_competenties
    EXPECT_DOUBLE_EQ(m1.kwadrantPct[2], 0.0); // enkel_sociaal_kapitaal
    EXPECT_NEAR(m1.kwadrantPct[3], 100.0 / 3, 1e-12); // dubbel
    EXPECT_NEAR(*m1.metDraagkrachtPct, 200.0 / 3, 1e-12);
}

TEST(CohortReport, MeansAreOverTheMetingenWhereTheScoreExists)
{
    const MeetmomentCijfers m1 = handCohort().rapport().inwoner.meetmomenten.at(0);
    EXPECT_NEAR(*m1.gemCompetenties, 10.0 / 3, 1e-12); // (4 + 2 + 4) / 3: D has no PC score
    EXPECT_DOUBLE_EQ(*m1.gemSociaalKapitaal, 3.0); // (4 + 2 + 3 + 3) / 4
    EXPECT_DOUBLE_EQ(*m1.gemProbleemgebieden, 1.5); // (2 + 3 + 1 + 0) / 4
}

TEST(CohortReport, ChangeIsLastMinusFirstWithPairedTests)
{
    const CohortRapport r = handCohort().rapport();
    // Competenties differences 0.5, 1.0, 0.0: mean 0.5, sd 0.5, t = sqrt(3) with 2 df -> p = 1 - sqrt(3/5).
    EXPECT_EQ(r.inwoner.competenties.n, 3);
    EXPECT_DOUBLE_EQ(*r.inwoner.competenties.gemVerschil, 0.5);
    EXPECT_NEAR(*r.inwoner.competenties.pTtest, 1.0 - std::sqrt(3.0 / 5.0), 1e-9);
    // Probleemgebieden: -1, -2, 0 -> mean -1.
    EXPECT_DOUBLE_EQ(*r.inwoner.probleemgebieden.gemVerschil, -1.0);
    // Wilcoxon on 0.5, 1.0 (zero dropped): V = 3, n = 2, sigma^2 = 2*3*5/24 = 1.25,
    // z = (3 - 1.5 - 0.5) / sqrt(1.25) -> p = 2 * (1 - Phi(0.894427)) = 0.371093.
    EXPECT_NEAR(*r.inwoner.competenties.pWilcoxon, 0.3710933695, 1e-8);
}

TEST(CohortReport, McNemarOnDubbelAtFirstAndLast)
{
    const CohortRapport r = handCohort().rapport();
    // A stays dubbel, B never dubbel, C becomes dubbel: b = 0, c = 1 -> p = min(1, 2 * 0.5) = 1.
    EXPECT_EQ(r.inwoner.dubbelN, 3);
    EXPECT_EQ(r.inwoner.dubbelB, 0);
    EXPECT_EQ(r.inwoner.dubbelC, 1);
    EXPECT_DOUBLE_EQ(*r.inwoner.dubbelMcnemarP, 1.0);
}

TEST(CohortReport, KappaOverPairsWithBothQuadrantsKnown)
{
    const CohortRapport r = handCohort().rapport();
    ASSERT_EQ(r.kwadrantKappa.size(), 1);
    // po = 2/3; pe = (1*1 + 1*2 + 1*0) / 9 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.5.
    EXPECT_EQ(r.kwadrantKappa.first().n, 3);
    EXPECT_NEAR(*r.kwadrantKappa.first().kappa, 0.5, 1e-12);
}

TEST(CohortReport, UnderTwoPairsEveryTestIsNull)
{
    CohortAccumulator acc;
    acc.addMeting(Perspectief::Professional, 1, cijfers(3.0, 3.0, 1, Kwadrant::Zwak));
    acc.addMeting(Perspectief::Professional, 2, cijfers(4.0, 4.0, 0, Kwadrant::Dubbel));
    acc.addPaar(
        Perspectief::Professional, cijfers(3.0, 3.0, 1, Kwadrant::Zwak), cijfers(4.0, 4.0, 0, Kwadrant::Dubbel));
    acc.addKwadrantPaar(1, Kwadrant::Zwak, Kwadrant::Zwak);
    const CohortRapport r = acc.rapport();
    EXPECT_EQ(r.professional.competenties.n, 1);
    EXPECT_DOUBLE_EQ(*r.professional.competenties.gemVerschil, 1.0);
    EXPECT_FALSE(r.professional.competenties.pTtest);
    EXPECT_FALSE(r.professional.competenties.pWilcoxon);
    EXPECT_FALSE(r.professional.dubbelMcnemarP);
    EXPECT_FALSE(r.kwadrantKappa.first().kappa);
}

TEST(CohortReport, EmptyCaseloadGivesTheFullShapeWithNulls)
{
    const QJsonObject j = CohortAccumulator().rapport().toJson();
    const QJsonObject inw = j[QStringLiteral("perspectieven")][QStringLiteral("inwoner")].toObject();
    EXPECT_TRUE(inw[QStringLiteral("meetmomenten")].toArray().isEmpty());
    const QJsonObject v = inw[QStringLiteral("verandering")].toObject();
    EXPECT_EQ(v[QStringLiteral("competenties")][QStringLiteral("n")].toInt(-1), 0);
    EXPECT_TRUE(v[QStringLiteral("competenties")][QStringLiteral("p_ttest")].isNull());
    EXPECT_TRUE(v[QStringLiteral("dubbel_mcnemar_p")].isNull());
    EXPECT_TRUE(j[QStringLiteral("overeenstemming")][QStringLiteral("kwadrant_kappa")].toArray().isEmpty());
    EXPECT_TRUE(j[QStringLiteral("perspectieven")][QStringLiteral("professional")].isObject());
}

TEST(CohortReport, JsonHasTheDesignShape)
{
    const QJsonObject j = handCohort().rapport().toJson();
    const QJsonObject m1 = j[QStringLiteral("perspectieven")][QStringLiteral("inwoner")][QStringLiteral("meetmomenten")]
                               .toArray()
                               .at(0)
                               .toObject();
    EXPECT_EQ(m1[QStringLiteral("meetmoment")].toInt(), 1);
    EXPECT_EQ(m1[QStringLiteral("n")].toInt(), 3);
    const QJsonObject pct = m1[QStringLiteral("kwadrant_pct")].toObject();
    EXPECT_EQ(pct.keys(),
        (QStringList {QStringLiteral("dubbel"),
            QStringLiteral("enkel_competenties"),
            QStringLiteral("enkel_sociaal_kapitaal"),
            QStringLiteral("zwak")}));
    EXPECT_TRUE(pct[QStringLiteral("dubbel")].isDouble());
    for (const char* key : {"met_draagkracht_pct", "gem_probleemgebieden", "gem_competenties", "gem_sociaal_kapitaal"})
        EXPECT_TRUE(m1[QLatin1String(key)].isDouble()) << key;
    const QJsonObject kappa
        = j[QStringLiteral("overeenstemming")][QStringLiteral("kwadrant_kappa")].toArray().at(0).toObject();
    EXPECT_DOUBLE_EQ(kappa[QStringLiteral("kappa")].toDouble(), 0.5);
}

TEST(CohortReport, WarnsForPercentagesOfFewerThanTenInwoners)
{
    EXPECT_EQ(minimumNVoorPercentages, 10);
    EXPECT_FALSE(teWeinigVoorPercentages(0)); // no percentages at all: "te weinig gegevens"
    EXPECT_TRUE(teWeinigVoorPercentages(1));
    EXPECT_TRUE(teWeinigVoorPercentages(9));
    EXPECT_FALSE(teWeinigVoorPercentages(10));

    // Inwoner: ten at meetmoment 1, one at meetmoment 2, at meetmoment 3 only a meting without a known quadrant.
    // Professional: nine at meetmoment 1.
    CohortAccumulator acc;
    const MetingCijfers zwak = cijfers(2.0, 2.0, 1, Kwadrant::Zwak);
    for (int i = 0; i < 10; ++i)
        acc.addMeting(Perspectief::Inwoner, 1, zwak);
    acc.addMeting(Perspectief::Inwoner, 2, zwak);
    acc.addMeting(Perspectief::Inwoner, 3, cijfers(std::nullopt, 2.0, 1, Kwadrant::Onbekend));
    for (int i = 0; i < 9; ++i)
        acc.addMeting(Perspectief::Professional, 1, zwak);
    const QVector<KleineGroep> klein = kleineGroepen(acc.rapport());
    ASSERT_EQ(klein.size(), 2);
    EXPECT_EQ(klein[0].perspectief, Perspectief::Inwoner);
    EXPECT_EQ(klein[0].meetmoment, 2);
    EXPECT_EQ(klein[0].n, 1);
    EXPECT_EQ(klein[1].perspectief, Perspectief::Professional);
    EXPECT_EQ(klein[1].meetmoment, 1);
    EXPECT_EQ(klein[1].n, 9);
}
