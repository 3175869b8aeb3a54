// What was done with reminders (migration 18), and the week view's sources, on both engines.
#include "storage/herinneringrepository.h"

#include "storage/dossierstore.h"

#include "support/handcohort.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

// Two inwoners of M. Jansen (one closed) and one of P. de Boer; J-1 has two plan versies, the newest withdrawn.
void vul(test::TempDatabase& t)
{
    Dossier j1 = test::handDossier(QStringLiteral("J-1"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
    test::addMeetmoment(j1, QDate(2026, 3, 2), 3, 3, 1, true);
    test::addMeetmoment(j1, QDate(2026, 6, 1), 3, 4, 0, true);
    Plan v1;
    v1.versie = 1;
    v1.datum = QDate(2026, 3, 9);
    v1.afspraken = {{QStringLiteral("Huisbezoek"), QStringLiteral("M. Jansen"), QDate(2026, 12, 3)},
        {QStringLiteral("Zonder datum"), {}, {}}};
    Doel d;
    d.omschrijving = QStringLiteral("Schulden");
    d.horizon = QDate(2026, 9, 1);
    v1.doelen = {d};
    Plan v2 = v1;
    v2.versie = 2;
    v2.afspraken = {{QStringLiteral("Van de ingetrokken versie"), {}, QDate(2026, 12, 1)}};
    v2.ingetrokkenOp = QDate(2026, 10, 1);
    v2.intrekReden = QStringLiteral("vergissing");
    j1.plannen = {v1, v2};
    Dossier j2 = test::handDossier(QStringLiteral("J-2"), QStringLiteral("Enschede"), QStringLiteral("M. Jansen"));
    j2.inwoner.status.afgeslotenOp = QDate(2026, 10, 1);
    j2.inwoner.status.reden = Afsluitreden::Verhuisd;
    test::addMeetmoment(j2, QDate(2026, 1, 5), 3, 3, 0, true);
    Dossier b1 = test::handDossier(QStringLiteral("B-1"), QStringLiteral("Hengelo"), QStringLiteral("P. de Boer"));
    test::addMeetmoment(b1, QDate(2026, 2, 1), 3, 3, 0, true);
    ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard()).importDossiers({j1, j2, b1}).ok());
}

qint64 idVan(test::TempDatabase& t, const char* ref)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT id FROM inwoner WHERE ref = ?"));
    q.addBindValue(QString::fromLatin1(ref));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

TEST(HerinneringRepository, AStatusIsStoredReplacedAndWiped)
{
    test::TempDatabase t;
    vul(t);
    const qint64 id = idVan(t, "J-1");
    HerinneringRepository repo(t.db());
    HerinneringStatus verzet {QStringLiteral("vervolgmeting:2"), false, QDate(2027, 1, 4), QStringLiteral("vakantie")};
    ASSERT_TRUE(repo.zet(id, verzet, QStringLiteral("M. Jansen"), QDate(2026, 12, 1)).ok());
    HerinneringStatus gedaan {QStringLiteral("afspraak:1:1"), true, {}, {}};
    ASSERT_TRUE(repo.zet(id, gedaan, QStringLiteral("M. Jansen"), QDate(2026, 12, 1)).ok());
    verzet.verzetNaar = QDate(2027, 2, 1); // moved again: replaced, not a second row
    ASSERT_TRUE(repo.zet(id, verzet, QStringLiteral("M. Jansen"), QDate(2026, 12, 2)).ok());
    auto s = repo.voor(id);
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->size(), 2);
    EXPECT_EQ(s->at(0).sleutel, QStringLiteral("afspraak:1:1"));
    EXPECT_TRUE(s->at(0).gedaan);
    EXPECT_EQ(s->at(1).verzetNaar, QDate(2027, 2, 1));
    EXPECT_EQ(s->at(1).reden, QStringLiteral("vakantie"));
    ASSERT_TRUE(repo.wis(id, QStringLiteral("afspraak:1:1")).ok());
    EXPECT_EQ(repo.voor(id)->size(), 1);
}

TEST(HerinneringRepository, TheWeekViewReadsOnlyTheOwnOpenDossiersAndTheCurrentPlan)
{
    test::TempDatabase t;
    vul(t);
    HerinneringRepository repo(t.db());
    ASSERT_TRUE(repo.zet(idVan(t, "J-1"), {QStringLiteral("afspraak:1:1"), true, {}, {}}, {}, QDate(2026, 12, 1)).ok());
    const auto bronnen = repo.bronnenVan(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(bronnen.ok()) << bronnen.errorMessage().toStdString();
    ASSERT_EQ(bronnen->size(), 1); // J-2 is closed, B-1 is another professional's
    const HerinneringBron& b = bronnen->first().bron;
    EXPECT_EQ(b.ref, QStringLiteral("J-1"));
    EXPECT_EQ(b.laatsteVolgnummer, 2);
    EXPECT_EQ(b.laatsteMeting, QDate(2026, 6, 1));
    EXPECT_EQ(b.planVersie, 1); // versie 2 was withdrawn
    ASSERT_EQ(b.afspraken.size(), 2);
    EXPECT_EQ(b.afspraken.first().omschrijving, QStringLiteral("Huisbezoek"));
    ASSERT_EQ(b.doelen.size(), 1);
    EXPECT_EQ(b.doelen.first().horizon, QDate(2026, 9, 1));
    ASSERT_EQ(bronnen->first().statussen.size(), 1);
    // The same through the rules: the done afspraak is gone; the vervolgmeting (1 June + 6 months) and the doel
    // (past its horizon) remain, soonest first.
    const auto lijst = herinneringen::voor(b, 6, bronnen->first().statussen, QDate(2026, 12, 1));
    ASSERT_EQ(lijst.size(), 2);
    EXPECT_EQ(lijst.at(0).sleutel, QStringLiteral("doel:1:1"));
    EXPECT_EQ(lijst.at(1).sleutel, QStringLiteral("vervolgmeting:2"));
    EXPECT_EQ(lijst.at(1).datum, QDate(2026, 12, 1));
    EXPECT_TRUE(repo.bronnenVan(QStringLiteral("Niemand"))->isEmpty());
}
