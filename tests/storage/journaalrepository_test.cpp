// The journal's storage (migration 16), on both engines.
#include "storage/journaalrepository.h"

#include "core/demogenerator.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/transactionguard.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {

JournaalRegel notitie(QDate datum, const char* tekst)
{
    JournaalRegel r;
    r.datum = datum;
    r.soort = ContactSoort::Huisbezoek;
    r.duurMinuten = 45;
    r.tekst = QString::fromUtf8(tekst);
    r.aard = Aard::Aanname;
    r.levensgebied = QStringLiteral("wonen");
    r.doel = 1;
    r.meetmoment = 2;
    return r;
}

class JournaalRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Inwoner a;
        a.ref = QStringLiteral("J-1");
        a.naam = QStringLiteral("A. Aal");
        a.geboortedatum = QDate(1980, 1, 1);
        a.gemeente = QStringLiteral("Enschede");
        Inwoner b = a;
        b.ref = QStringLiteral("J-2");
        InwonerRepository inwoners(t.db());
        idA = inwoners.insert(a).value();
        idB = inwoners.insert(b).value();
    }

    test::TempDatabase t;
    qint64 idA = 0;
    qint64 idB = 0;
};

} // namespace

TEST_F(JournaalRepositoryTest, WhatIsStoredReadsBackOldestFirstWithEqualDatesInTheOrderEntered)
{
    JournaalRepository repo(t.db());
    const auto later = repo.insert(idA, notitie(QDate(2026, 3, 2), "tweede"));
    const auto eerder = repo.insert(idA, notitie(QDate(2026, 3, 1), "eerste"));
    const auto zelfdeDag = repo.insert(idA, notitie(QDate(2026, 3, 2), "derde"));
    ASSERT_TRUE(later.ok() && eerder.ok() && zelfdeDag.ok()) << later.errorMessage().toStdString();
    JournaalRegel zonderLinks = notitie(QDate(2026, 3, 1), "van B");
    zonderLinks.levensgebied.clear();
    zonderLinks.doel = 0;
    zonderLinks.meetmoment = 0;
    zonderLinks.aard = Aard::Feit;
    ASSERT_TRUE(repo.insert(idB, zonderLinks).ok());

    const auto a = repo.load(idA);
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a->size(), 3);
    EXPECT_EQ(a->at(0).tekst, QStringLiteral("eerste"));
    EXPECT_EQ(a->at(1).tekst, QStringLiteral("tweede"));
    EXPECT_EQ(a->at(2).tekst, QStringLiteral("derde"));
    EXPECT_EQ(a->at(0), notitie(QDate(2026, 3, 1), "eerste")); // every field
    EXPECT_EQ(a->at(0).id, eerder.value());
    const auto b = repo.loadRange(idA, idB);
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(b->value(idB).size(), 1);
    EXPECT_EQ(b->value(idB).first(), zonderLinks);
}

TEST_F(JournaalRepositoryTest, AnUpdateOrRemovalOfAnotherInwonersEntryOrOfAGoneOneIsRefused)
{
    JournaalRepository repo(t.db());
    JournaalRegel r = notitie(QDate(2026, 3, 1), "oud");
    r.id = repo.insert(idA, r).value();
    r.tekst = QStringLiteral("nieuw");
    EXPECT_FALSE(repo.update(idB, r).ok()); // not B's
    ASSERT_TRUE(repo.update(idA, r).ok());
    EXPECT_EQ(repo.load(idA)->first().tekst, QStringLiteral("nieuw"));
    EXPECT_FALSE(repo.remove(idB, r.id).ok());
    ASSERT_TRUE(repo.remove(idA, r.id).ok());
    const Status again = repo.remove(idA, r.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.errorMessage(),
        QStringLiteral("Deze journaalregel bestaat niet meer; misschien verwijderde een collega haar."));
    EXPECT_FALSE(repo.update(idA, r).ok());
}

TEST_F(JournaalRepositoryTest, TheTableRefusesWhatTheRulesRefuse)
{
    JournaalRepository repo(t.db());
    JournaalRegel leeg = notitie(QDate(2026, 3, 1), "  ");
    EXPECT_FALSE(repo.insert(idA, leeg).ok());
    JournaalRegel lang = notitie(QDate(2026, 3, 1), "x");
    lang.duurMinuten = 1441;
    EXPECT_FALSE(repo.insert(idA, lang).ok());
    JournaalRegel gebied = notitie(QDate(2026, 3, 1), "x");
    gebied.levensgebied = QStringLiteral("werk");
    EXPECT_FALSE(repo.insert(idA, gebied).ok());
    EXPECT_TRUE(repo.load(idA)->isEmpty());
}

TEST_F(JournaalRepositoryTest, RemovingAnInwonerRemovesItsJournal)
{
    JournaalRepository repo(t.db());
    ASSERT_TRUE(repo.insert(idA, notitie(QDate(2026, 3, 1), "weg")).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM inwoner WHERE id = %1").arg(idA)));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM journaal")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(JournaalDemo, TheDemoHasAJournalThatImportsAndExportsWhole)
{
    test::TempDatabase t;
    const DemoGenerator g(Instrument::standaard(), 2016);
    QVector<Dossier> in;
    for (int i = 0; i < 30; ++i)
        in.append(g.dossier(i));
    DossierStore store(t.db(), Instrument::standaard());
    ASSERT_TRUE(store.importDossiers(in).ok());
    const auto out = store.exportDossiers();
    ASSERT_TRUE(out.ok());
    int regels = 0;
    for (int i = 0; i < in.size(); ++i) {
        // A conversation per meetmoment, and a phone call a week after a plan with doelen.
        const int verwacht = int(in[i].meetmomenten.size())
            + (!in[i].plannen.isEmpty() && !in[i].plannen.first().doelen.isEmpty() ? 1 : 0);
        EXPECT_EQ(in[i].journaal.size(), verwacht) << i;
        EXPECT_EQ(out->at(i).journaal, in[i].journaal) << i;
        regels += int(in[i].journaal.size());
    }
    EXPECT_GT(regels, 30);
}
