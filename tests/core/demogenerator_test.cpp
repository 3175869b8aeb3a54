#include "core/demogenerator.h"
#include "core/kwaliteitscheck.h"
#include "core/scoring.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace dw;

TEST(DemoGenerator, SameSeedSameCohort)
{
    const DemoGenerator a(Instrument::standaard(), 7), b(Instrument::standaard(), 7);
    for (int i : {0, 1, 99, 12345}) {
        const Dossier x = a.dossier(i), y = b.dossier(i);
        EXPECT_EQ(x.inwoner.ref, y.inwoner.ref);
        EXPECT_EQ(x.inwoner.naam, y.inwoner.naam);
        ASSERT_EQ(x.meetmomenten.size(), y.meetmomenten.size());
        for (int k = 0; k < x.meetmomenten.size(); ++k) {
            EXPECT_EQ(x.meetmomenten[k].datum, y.meetmomenten[k].datum);
            EXPECT_EQ(x.meetmomenten[k].inwoner, y.meetmomenten[k].inwoner);
        }
        EXPECT_EQ(x.plannen, y.plannen);
    }
}

TEST(DemoGenerator, DifferentSeedsDiffer)
{
    const DemoGenerator a(Instrument::standaard(), 1), b(Instrument::standaard(), 2);
    int same = 0;
    for (int i = 0; i < 20; ++i)
        same += a.dossier(i).meetmomenten.first().inwoner == b.dossier(i).meetmomenten.first().inwoner;
    EXPECT_LT(same, 2);
}

TEST(DemoGenerator, LooksLikeTheStudy)
{
    const DemoGenerator g(Instrument::standaard(), 2016);
    QSet<QString> gemeenten, refs;
    int drie = 0, metPlan = 0, open = 0, nvt = 0;
    const int n = 600;
    for (int i = 0; i < n; ++i) {
        const Dossier d = g.dossier(i);
        gemeenten.insert(d.inwoner.gemeente);
        refs.insert(d.inwoner.ref);
        drie += d.meetmomenten.size() == 3;
        metPlan += !d.plannen.isEmpty();
        ASSERT_FALSE(d.meetmomenten.isEmpty());
        EXPECT_EQ(d.meetmomenten.first().volgnummer, 1);
        const QDate first = d.meetmomenten.first().datum, last = d.meetmomenten.last().datum;
        EXPECT_GE(first, QDate(2016, 1, 1));
        EXPECT_LE(first.daysTo(last), 2 * 366 + 31);
        for (const Meetmoment& m : d.meetmomenten) {
            for (Perspectief p : allePerspectieven) {
                if (!m.meting(p))
                    continue;
                EXPECT_TRUE(validateMeting(Instrument::standaard(), *m.meting(p)).ok());
                open += Instrument::standaard().perspectief(p).items.size() - m.meting(p)->antwoorden.size();
                for (const auto& level : m.meting(p)->draaglast)
                    nvt += !level.has_value();
            }
        }
    }
    EXPECT_EQ(gemeenten.size(), 6);
    EXPECT_EQ(refs.size(), n);
    EXPECT_GT(drie, n * 3 / 4);
    EXPECT_GT(metPlan, n * 3 / 4);
    EXPECT_GT(open, 0);
    EXPECT_GT(nvt, 0);
}

TEST(DemoGenerator, TheSocialeKaartIsValidAndCoversEveryInterventieType)
{
    const QVector<Voorziening> kaart = DemoGenerator::socialeKaart();
    QSet<QString> types;
    for (const Voorziening& v : kaart) {
        EXPECT_TRUE(validateVoorziening(Instrument::standaard(), v)) << qPrintable(v.naam);
        types.insert(v.type);
    }
    EXPECT_EQ(types.size(), Instrument::standaard().interventieTypen().size());
}

TEST(DemoGenerator, SomePlansHaveFindingsForTheKwaliteitscheck)
{
    // The demo writes the flaws the study found into some plans; the check must catch a fair share, not all.
    const DemoGenerator g(Instrument::standaard(), 2016);
    int plannen = 0, metBevinding = 0;
    for (int i = 0; i < 200; ++i) {
        const Dossier d = g.dossier(i);
        if (d.plannen.isEmpty())
            continue;
        ++plannen;
        const Meetmoment* laatste = d.meetmomenten.isEmpty() ? nullptr : &d.meetmomenten.last();
        metBevinding += kwaliteitscheck(Instrument::standaard(), d.plannen.last(), laatste).isEmpty() ? 0 : 1;
    }
    EXPECT_GT(plannen, 150);
    EXPECT_GT(metBevinding, plannen / 5);
    EXPECT_LT(metBevinding, plannen);
}

// Issue 18: a demo made today is dated from today; its last meetmomenten fall in the 18 months before it, so that a
// new user sees some dossiers due and the Teamoverzicht's default period is not nearly empty. People and answers are
// those of the seed, whatever the day.
TEST(DemoGenerator, DatedFromTodayTheLastMeetmomentsFallInThePastEighteenMonths)
{
    const QDate vandaag(2026, 12, 1);
    const DemoGenerator vast(Instrument::standaard(), 2016);
    const DemoGenerator nu(Instrument::standaard(), 2016, vandaag);
    int inHetLaatsteHalfJaar = 0;
    for (int i = 0; i < 300; ++i) {
        const Dossier a = vast.dossier(i);
        const Dossier b = nu.dossier(i);
        ASSERT_FALSE(b.meetmomenten.isEmpty());
        const QDate laatste = b.meetmomenten.constLast().datum;
        EXPECT_GE(laatste, QDate(2025, 6, 1)) << i;
        EXPECT_LT(laatste, vandaag) << i;
        inHetLaatsteHalfJaar += laatste >= QDate(2026, 6, 1);
        for (const JournaalRegel& r : b.journaal)
            EXPECT_LT(r.datum, vandaag) << i;
        EXPECT_EQ(b.inwoner.ref, a.inwoner.ref);
        EXPECT_EQ(b.inwoner.naam, a.inwoner.naam);
        ASSERT_EQ(b.meetmomenten.size(), a.meetmomenten.size());
        const qint64 verschuiving = a.meetmomenten.first().datum.daysTo(b.meetmomenten.first().datum);
        for (int k = 0; k < a.meetmomenten.size(); ++k) {
            EXPECT_EQ(b.meetmomenten.at(k).inwoner, a.meetmomenten.at(k).inwoner);
            EXPECT_EQ(a.meetmomenten.at(k).datum.daysTo(b.meetmomenten.at(k).datum), verschuiving); // same intervals
        }
        ASSERT_EQ(b.plannen.size(), a.plannen.size());
        if (!a.plannen.isEmpty()) {
            EXPECT_EQ(a.plannen.first().datum.daysTo(b.plannen.first().datum), verschuiving);
        }
    }
    // Spread over the 18 months: about a third in the last six (by chance, between a fifth and a half).
    EXPECT_GT(inHetLaatsteHalfJaar, 60);
    EXPECT_LT(inHetLaatsteHalfJaar, 150);
}
