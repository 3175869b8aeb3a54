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
