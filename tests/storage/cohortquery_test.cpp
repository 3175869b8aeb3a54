#include "storage/cohortquery.h"

#include "core/demogenerator.h"
#include "core/scoring.h"
#include "storage/dossierstore.h"
#include "storage/readerthread.h"

#include "support/handcohort.h"
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

namespace {

// Four inwoners worked out by hand (docs/dashboard.md, "Periode"): every component score is the one answer given.
//   A Enschede  2016-01-10 pc2 sk2 p3 | 2016-07-10 pc3 sk3 p2 | 2017-01-10 pc4 sk4 p1   (both perspectives)
//   B Enschede  2016-03-01 pc2 sk2    | 2017-03-01 pc5 sk5
//   C Enschede  2017-02-01 pc3 sk4
//   D Hengelo   2016-09-01 pc2 sk2 p2 | 2017-06-01 pc4 sk4 p0 | 2018-02-01 pc5 sk5
class CohortPeriodeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        using test::addMeetmoment;
        Dossier a = test::handDossier(QStringLiteral("A"), QStringLiteral("Enschede"));
        addMeetmoment(a, QDate(2016, 1, 10), 2, 2, 3, true);
        addMeetmoment(a, QDate(2016, 7, 10), 3, 3, 2, true);
        addMeetmoment(a, QDate(2017, 1, 10), 4, 4, 1, true);
        Dossier b = test::handDossier(QStringLiteral("B"), QStringLiteral("Enschede"));
        addMeetmoment(b, QDate(2016, 3, 1), 2, 2);
        addMeetmoment(b, QDate(2017, 3, 1), 5, 5);
        Dossier c = test::handDossier(QStringLiteral("C"), QStringLiteral("Enschede"));
        addMeetmoment(c, QDate(2017, 2, 1), 3, 4);
        Dossier d = test::handDossier(QStringLiteral("D"), QStringLiteral("Hengelo"));
        addMeetmoment(d, QDate(2016, 9, 1), 2, 2, 2);
        addMeetmoment(d, QDate(2017, 6, 1), 4, 4, 0);
        addMeetmoment(d, QDate(2018, 2, 1), 5, 5);
        ASSERT_TRUE(DossierStore(t.db(), ins()).importDossiers({a, b, c, d}).ok());
    }
    CohortRapport run(const CohortFilter& f)
    {
        const auto r = CohortQuery(t.db()).run(f);
        EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
        return r.ok() ? r.value() : CohortRapport {};
    }
    static CohortFilter periode(QDate van, QDate tot)
    {
        CohortFilter f;
        f.van = van;
        f.tot = tot;
        return f;
    }
    test::TempDatabase t;
};

} // namespace

TEST_F(CohortPeriodeTest, WithoutAPeriodEveryMetingCounts)
{
    const CohortRapport r = run({});
    ASSERT_EQ(r.inwoner.meetmomenten.size(), 3);
    EXPECT_EQ(r.inwoner.meetmomenten[0].n, 4);
    EXPECT_EQ(r.inwoner.competenties.n, 3); // A 2 -> 4, B 2 -> 5, D 2 -> 5
    EXPECT_NEAR(*r.inwoner.competenties.gemVerschil, 8.0 / 3.0, 1e-12);
    ASSERT_EQ(r.kwadrantKappa.size(), 3);
}

TEST_F(CohortPeriodeTest, OnlyMetingenWithinThePeriodCountUnderTheirOwnNumber)
{
    const CohortRapport r = run(periode(QDate(2016, 6, 1), QDate(2017, 12, 31)));
    const auto& mm = r.inwoner.meetmomenten;
    ASSERT_EQ(mm.size(), 3);
    // Meetmoment 1 in the period: C (pc3 sk4, enkel sociaal kapitaal) and D (zwak); A's and B's are before it.
    EXPECT_EQ(mm[0].meetmoment, 1);
    EXPECT_EQ(mm[0].n, 2);
    EXPECT_DOUBLE_EQ(mm[0].kwadrantPct[0], 50.0); // zwak
    EXPECT_DOUBLE_EQ(mm[0].kwadrantPct[2], 50.0); // enkel sociaal kapitaal
    // Meetmoment 2: A (zwak), B and D (dubbel).
    EXPECT_EQ(mm[1].n, 3);
    EXPECT_NEAR(mm[1].kwadrantPct[3], 200.0 / 3.0, 1e-9);
    EXPECT_NEAR(*mm[1].gemCompetenties, 4.0, 1e-12); // (3 + 5 + 4) / 3
    // Meetmoment 3: only A's; D's third is in 2018.
    EXPECT_EQ(mm[2].n, 1);
    EXPECT_DOUBLE_EQ(mm[2].kwadrantPct[3], 100.0);
}

TEST_F(CohortPeriodeTest, TheChangeIsFromTheFirstToTheLastMeetmomentWithinThePeriod)
{
    const CohortRapport r = run(periode(QDate(2016, 6, 1), QDate(2017, 12, 31)));
    // A: meetmoment 2 -> 3 (pc 3 -> 4, problemen 2 -> 1); D: 1 -> 2 (pc 2 -> 4, problemen 2 -> 0). B and C have
    // one meetmoment in the period.
    EXPECT_EQ(r.inwoner.competenties.n, 2);
    EXPECT_NEAR(*r.inwoner.competenties.gemVerschil, 1.5, 1e-12);
    EXPECT_NEAR(*r.inwoner.probleemgebieden.gemVerschil, -1.5, 1e-12);
    // Both go from zwak to dubbel: b = 0, c = 2, p = 2 * P(X <= 0 | n = 2) = 0.5.
    EXPECT_EQ(r.inwoner.dubbelN, 2);
    EXPECT_EQ(r.inwoner.dubbelB, 0);
    EXPECT_EQ(r.inwoner.dubbelC, 2);
    EXPECT_NEAR(*r.inwoner.dubbelMcnemarP, 0.5, 1e-12);
    // Only A has the professional's view: one pair at meetmoment 2 and 3 in the period, too few for kappa.
    ASSERT_EQ(r.kwadrantKappa.size(), 2);
    EXPECT_EQ(r.kwadrantKappa[0].meetmoment, 2);
    EXPECT_EQ(r.kwadrantKappa[0].n, 1);
    EXPECT_FALSE(r.kwadrantKappa[0].kappa);
    EXPECT_EQ(r.professional.competenties.n, 1);
    EXPECT_FALSE(r.professional.competenties.pTtest); // "te weinig gegevens"
}

TEST_F(CohortPeriodeTest, BothEndsAreInclusive)
{
    // A's meetmomenten 2 and 3 lie exactly on the ends; D's first is inside, its second after.
    const CohortRapport r = run(periode(QDate(2016, 7, 10), QDate(2017, 1, 10)));
    EXPECT_EQ(r.inwoner.competenties.n, 1);
    EXPECT_NEAR(*r.inwoner.competenties.gemVerschil, 1.0, 1e-12);
    int metingen = 0;
    for (const MeetmomentCijfers& m : r.inwoner.meetmomenten)
        metingen += m.nMetingen;
    EXPECT_EQ(metingen, 3); // A 2, A 3, D 1
}

TEST_F(CohortPeriodeTest, AnOpenEndedPeriod)
{
    CohortFilter vanaf;
    vanaf.van = QDate(2017, 1, 1); // A 3, B 2, C 1, D 2, D 3
    CohortRapport r = run(vanaf);
    EXPECT_EQ(r.inwoner.competenties.n, 1); // D 2 -> 3
    EXPECT_NEAR(*r.inwoner.competenties.gemVerschil, 1.0, 1e-12);
    EXPECT_EQ(
        r.inwoner.meetmomenten[0].nMetingen + r.inwoner.meetmomenten[1].nMetingen + r.inwoner.meetmomenten[2].nMetingen,
        5);
    CohortFilter totEnMet;
    totEnMet.tot = QDate(2016, 12, 31); // A 1, A 2, B 1, D 1
    r = run(totEnMet);
    ASSERT_EQ(r.inwoner.meetmomenten.size(), 2);
    EXPECT_EQ(r.inwoner.meetmomenten[0].nMetingen, 3);
    EXPECT_EQ(r.inwoner.competenties.n, 1); // A 1 -> 2
}

TEST_F(CohortPeriodeTest, PeriodAndGemeenteTogether)
{
    CohortFilter f = periode(QDate(2016, 6, 1), QDate(2017, 12, 31));
    f.gemeente = QStringLiteral("Enschede");
    const CohortRapport r = run(f);
    EXPECT_EQ(r.inwoner.competenties.n, 1); // A only; D is in Hengelo
    EXPECT_EQ(r.inwoner.meetmomenten[0].n, 1); // C
}

TEST_F(CohortPeriodeTest, ProgressIsReportedAndCanStopTheRun)
{
    QVector<int> stappen;
    auto r = CohortQuery(t.db()).run({}, [&stappen](int stap, int totaal) {
        EXPECT_EQ(totaal, CohortQuery::stappen);
        stappen << stap;
        return true;
    });
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(stappen, (QVector<int> {0, 1, 2}));
    r = CohortQuery(t.db()).run({}, [](int stap, int) { return stap < 1; });
    EXPECT_FALSE(r.ok());
}

TEST(CohortQuery, ThePairsOnAReaderThreadGiveTheSameReport)
{
    test::TempDatabase t;
    load(t.db(), 150);
    const auto zonder = CohortQuery(t.db()).run(); // report cohort: a thread and connection of the run's own
    ASSERT_TRUE(zonder.ok()) << zonder.errorMessage().toStdString();
    const auto serieel = CohortQuery(t.db()).run({}, [](int, int) { return true; }); // one connection
    ASSERT_TRUE(serieel.ok());
    ReaderThread paren(t.connector());
    QVector<int> stappen;
    for (int keer = 0; keer < 2; ++keer) { // the second run on the thread's connection from the first
        stappen.clear();
        const auto r = CohortQuery(t.db()).run(
            {},
            [&stappen](int stap, int) {
                stappen << stap;
                return true;
            },
            &paren);
        ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
        EXPECT_EQ(r->toJson(), zonder->toJson());
        EXPECT_EQ(r->toJson(), serieel->toJson());
        EXPECT_EQ(stappen, (QVector<int> {0, 1, 2}));
    }
    CohortFilter f;
    f.gemeente = QStringLiteral("Enschede");
    f.van = QDate(2016, 6, 1);
    EXPECT_EQ(CohortQuery(t.db())
                  .run(
                      f, [](int, int) { return true; }, &paren)
                  ->toJson(),
        CohortQuery(t.db()).run(f)->toJson());
}

TEST(CohortQuery, AStoppedRunLeavesItsReaderThreadReadyForTheNext)
{
    test::TempDatabase t;
    load(t.db(), 60);
    ReaderThread paren(t.connector());
    for (int stopBij : {0, 1, 2}) {
        const auto r = CohortQuery(t.db()).run(
            {}, [stopBij](int stap, int) { return stap < stopBij; }, &paren);
        EXPECT_FALSE(r.ok());
    }
    const auto r = CohortQuery(t.db()).run({}, {}, &paren);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->toJson(), CohortQuery(t.db()).run()->toJson());
}
