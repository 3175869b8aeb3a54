#include "storage/cohortquery.h"

#include "core/demogenerator.h"
#include "core/scoring.h"
#include "storage/dossierstore.h"

#include "support/tempdatabase.h"

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

MetingCijfers cijfersVan(const Meting& m)
{
    const MetingScore s = scoreMeting(ins(), m);
    return {s.competenties.score, s.sociaalKapitaal.score, s.probleemgebieden, s.kwadrant};
}

// The same report computed straight from the dossiers in memory: a second, independent path.
CohortRapport inMemory(const QVector<Dossier>& dossiers, const QString& gemeente = {})
{
    CohortAccumulator acc;
    for (const Dossier& d : dossiers) {
        if (!gemeente.isEmpty() && d.inwoner.gemeente != gemeente)
            continue;
        for (const Meetmoment& m : d.meetmomenten) {
            for (Perspectief p : allePerspectieven) {
                if (m.meting(p))
                    acc.addMeting(p, m.volgnummer, cijfersVan(*m.meting(p)));
            }
            if (m.inwoner && m.professional)
                acc.addKwadrantPaar(
                    m.volgnummer, cijfersVan(*m.inwoner).kwadrant, cijfersVan(*m.professional).kwadrant);
        }
        if (d.meetmomenten.size() < 2)
            continue;
        for (Perspectief p : allePerspectieven) {
            const auto& first = d.meetmomenten.first().meting(p);
            const auto& last = d.meetmomenten.last().meting(p);
            if (first && last)
                acc.addPaar(p, cijfersVan(*first), cijfersVan(*last));
        }
    }
    return acc.rapport();
}

void expectNear(const std::optional<double>& a, const std::optional<double>& b, const char* what)
{
    ASSERT_EQ(a.has_value(), b.has_value()) << what;
    if (a) {
        EXPECT_NEAR(*a, *b, 1e-9) << what;
    }
}

void expectSameReport(const CohortRapport& a, const CohortRapport& b)
{
    for (Perspectief p : allePerspectieven) {
        const PerspectiefCijfers& x = a.perspectief(p);
        const PerspectiefCijfers& y = b.perspectief(p);
        ASSERT_EQ(x.meetmomenten.size(), y.meetmomenten.size());
        for (int k = 0; k < x.meetmomenten.size(); ++k) {
            EXPECT_EQ(x.meetmomenten[k].n, y.meetmomenten[k].n);
            for (int q = 0; q < 4; ++q)
                EXPECT_NEAR(x.meetmomenten[k].kwadrantPct[q], y.meetmomenten[k].kwadrantPct[q], 1e-9);
            expectNear(x.meetmomenten[k].gemCompetenties, y.meetmomenten[k].gemCompetenties, "gem pc");
            expectNear(x.meetmomenten[k].gemProbleemgebieden, y.meetmomenten[k].gemProbleemgebieden, "gem prob");
        }
        EXPECT_EQ(x.competenties.n, y.competenties.n);
        expectNear(x.competenties.pTtest, y.competenties.pTtest, "t pc");
        expectNear(x.sociaalKapitaal.pWilcoxon, y.sociaalKapitaal.pWilcoxon, "w sk");
        expectNear(x.probleemgebieden.gemVerschil, y.probleemgebieden.gemVerschil, "diff prob");
        expectNear(x.dubbelMcnemarP, y.dubbelMcnemarP, "mcnemar");
    }
    ASSERT_EQ(a.kwadrantKappa.size(), b.kwadrantKappa.size());
    for (int k = 0; k < a.kwadrantKappa.size(); ++k)
        expectNear(a.kwadrantKappa[k].kappa, b.kwadrantKappa[k].kappa, "kappa");
}

QVector<Dossier> load(Database& db, int n)
{
    const DemoGenerator g(ins(), 21);
    QVector<Dossier> dossiers;
    for (int i = 0; i < n; ++i)
        dossiers.append(g.dossier(i));
    EXPECT_TRUE(DossierStore(db, ins()).importDossiers(dossiers).ok());
    return dossiers;
}

} // namespace

TEST(CohortQuery, SqlAggregatesEqualTheInMemoryComputation)
{
    test::TempDatabase t;
    const QVector<Dossier> dossiers = load(t.db(), 300);
    const auto r = CohortQuery(t.db()).run();
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    expectSameReport(r.value(), inMemory(dossiers));
    EXPECT_EQ(r->inwoner.meetmomenten.size(), 3);
    EXPECT_GT(r->inwoner.competenties.n, 200);
}

TEST(CohortQuery, GemeenteFilter)
{
    test::TempDatabase t;
    const QVector<Dossier> dossiers = load(t.db(), 120);
    CohortFilter f;
    f.gemeente = QStringLiteral("Venlo");
    const auto r = CohortQuery(t.db()).run(f);
    ASSERT_TRUE(r.ok());
    expectSameReport(r.value(), inMemory(dossiers, QStringLiteral("Venlo")));
    EXPECT_EQ(r->inwoner.meetmomenten.first().nMetingen, 20); // every sixth inwoner is in Venlo
}

TEST(CohortQuery, EmptyCaseload)
{
    test::TempDatabase t;
    const auto r = CohortQuery(t.db()).run();
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->inwoner.meetmomenten.isEmpty());
    EXPECT_EQ(r->inwoner.competenties.n, 0);
    EXPECT_FALSE(r->inwoner.dubbelMcnemarP);
    EXPECT_TRUE(r->kwadrantKappa.isEmpty());
}

TEST(CohortQuery, AGemeenteWithoutInwonersIsEmptyNotAnError)
{
    test::TempDatabase t;
    load(t.db(), 12);
    CohortFilter f;
    f.gemeente = QStringLiteral("Utrecht");
    const auto r = CohortQuery(t.db()).run(f);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->inwoner.meetmomenten.isEmpty());
}
