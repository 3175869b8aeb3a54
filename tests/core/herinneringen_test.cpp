// What is coming for an inwoner (issue 17): every date worked out by hand from the dossier below.
#include "core/herinneringen.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {

const QDate vandaag(2026, 12, 1); // a Tuesday

// Last meetmoment 3 on 31 May 2026; plan versie 2 (versie 3 withdrawn) with three afspraken and three doelen.
Dossier dossier()
{
    Dossier d;
    d.inwoner.id = 5;
    d.inwoner.ref = QStringLiteral("H-1");
    for (int i = 1; i <= 3; ++i) {
        Meetmoment mm;
        mm.volgnummer = i;
        mm.datum = QDate(2025, 5 + i, 1);
        d.meetmomenten.append(mm);
    }
    d.meetmomenten.last().datum = QDate(2026, 5, 31);
    Plan v1;
    v1.versie = 1;
    v1.afspraken = {{QStringLiteral("oud"), {}, QDate(2026, 12, 2)}};
    Plan v2;
    v2.versie = 2;
    v2.afspraken = {{QStringLiteral("Huisbezoek"), QStringLiteral("M. Jansen"), QDate(2026, 12, 15)}, // in 14 days
        {QStringLiteral("Bellen met de verhuurder"), {}, QDate(2026, 11, 20)}, // past
        {QStringLiteral("Evaluatie"), {}, QDate(2026, 12, 16)}}; // in 15 days: not yet
    Doel a;
    a.omschrijving = QStringLiteral("Betalingsregeling");
    a.horizon = QDate(2026, 11, 30); // yesterday: over the horizon
    Doel b;
    b.omschrijving = QStringLiteral("Werk");
    b.horizon = QDate(2026, 10, 1);
    b.uitkomst = Uitkomst::Bereikt; // has an uitkomst: no reminder
    Doel c;
    c.omschrijving = QStringLiteral("Netwerk");
    c.horizon = vandaag; // the horizon itself is not over it yet
    v2.doelen = {a, b, c};
    Plan v3 = v2;
    v3.versie = 3;
    v3.ingetrokkenOp = QDate(2026, 11, 1);
    v3.afspraken = {{QStringLiteral("ingetrokken"), {}, vandaag}};
    d.plannen = {v1, v2, v3};
    return d;
}

QStringList sleutels(const QVector<Herinnering>& lijst)
{
    QStringList uit;
    for (const Herinnering& h : lijst)
        uit << h.sleutel;
    return uit;
}

} // namespace

TEST(Herinneringen, FromTheCurrentPlanAndTheLastMeetmomentSoonestFirst)
{
    const auto lijst = herinneringen::voor(herinneringen::bronVan(dossier()), 6, {}, vandaag);
    // Vervolgmeting: 31 May + 6 months = 30 November (QDate::addMonths clamps to the month's last day).
    // On an equal date the vervolgmeting comes first.
    EXPECT_EQ(sleutels(lijst),
        (QStringList {QStringLiteral("afspraak:2:2"),
            QStringLiteral("vervolgmeting:3"),
            QStringLiteral("doel:2:1"),
            QStringLiteral("afspraak:2:1")}));
    EXPECT_EQ(lijst.at(0).datum, QDate(2026, 11, 20));
    EXPECT_TRUE(lijst.at(0).teLaat(vandaag));
    EXPECT_EQ(lijst.at(1).datum, QDate(2026, 11, 30));
    EXPECT_EQ(lijst.at(1).omschrijving, QStringLiteral("Vervolgmeting (meetmoment 4)"));
    EXPECT_EQ(
        lijst.at(2).omschrijving, QStringLiteral("Doel 1 over de termijn, nog zonder uitkomst: Betalingsregeling"));
    EXPECT_EQ(lijst.at(3).omschrijving, QStringLiteral("Afspraak: Huisbezoek (M. Jansen)"));
    EXPECT_FALSE(lijst.at(3).teLaat(vandaag));
}

TEST(Herinneringen, DoneIsGoneAndMovedHasItsDateAndReason)
{
    const QVector<HerinneringStatus> statussen {{QStringLiteral("afspraak:2:2"), true, {}, {}},
        {QStringLiteral("vervolgmeting:3"), false, QDate(2027, 1, 12), QStringLiteral("inwoner op vakantie")}};
    const auto lijst = herinneringen::voor(herinneringen::bronVan(dossier()), 6, statussen, vandaag);
    EXPECT_EQ(sleutels(lijst),
        (QStringList {QStringLiteral("doel:2:1"), QStringLiteral("afspraak:2:1"), QStringLiteral("vervolgmeting:3")}));
    EXPECT_TRUE(lijst.last().verzet);
    EXPECT_EQ(lijst.last().datum, QDate(2027, 1, 12));
    EXPECT_EQ(lijst.last().reden, QStringLiteral("inwoner op vakantie"));
    // A moved afspraak shows from two weeks before its new date.
    const QVector<HerinneringStatus> later {
        {QStringLiteral("afspraak:2:1"), false, QDate(2027, 2, 1), QStringLiteral("ziek")}};
    EXPECT_FALSE(sleutels(herinneringen::voor(herinneringen::bronVan(dossier()), 6, later, vandaag))
                     .contains(QStringLiteral("afspraak:2:1")));
}

TEST(Herinneringen, NoneForAClosedDossierOrWithoutMeetmomentAndPlan)
{
    Dossier gesloten = dossier();
    gesloten.inwoner.status.afgeslotenOp = QDate(2026, 11, 1);
    gesloten.inwoner.status.reden = Afsluitreden::Verhuisd;
    EXPECT_TRUE(herinneringen::voor(herinneringen::bronVan(gesloten), 6, {}, vandaag).isEmpty());
    Dossier nieuw;
    nieuw.inwoner.ref = QStringLiteral("N-1");
    EXPECT_TRUE(herinneringen::voor(herinneringen::bronVan(nieuw), 6, {}, vandaag).isEmpty());
}

TEST(Herinneringen, TheWeekEndsOnSundayAndTheWeekViewTakesWhatIsDueByThen)
{
    EXPECT_EQ(herinneringen::eindeVanDeWeek(vandaag), QDate(2026, 12, 6));
    EXPECT_EQ(herinneringen::eindeVanDeWeek(QDate(2026, 12, 6)), QDate(2026, 12, 6)); // Sunday itself
    EXPECT_EQ(herinneringen::eindeVanDeWeek(QDate(2026, 11, 30)), QDate(2026, 12, 6)); // Monday
    const auto alle = herinneringen::voor(herinneringen::bronVan(dossier()), 6, {}, vandaag);
    EXPECT_EQ(sleutels(herinneringen::totEnMet(alle, QDate(2026, 12, 6))),
        (QStringList {QStringLiteral("afspraak:2:2"), QStringLiteral("vervolgmeting:3"), QStringLiteral("doel:2:1")}));
}
