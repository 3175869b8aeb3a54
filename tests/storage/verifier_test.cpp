#include "storage/verifier.h"

#include "core/demogenerator.h"
#include "storage/dossierstore.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;

namespace {
void fill(Database& db)
{
    const DemoGenerator g(Instrument::standaard(), 4);
    ASSERT_TRUE(
        DossierStore(db, Instrument::standaard()).importGenerated(40, [&g](int i) { return g.dossier(i); }).ok());
}
} // namespace

TEST(Verifier, AHealthyDatabasePasses)
{
    test::TempDatabase t;
    fill(t.db());
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->healthy()) << r->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(r->metingenChecked, 200);
}

// The app's check at start-up runs quick_check with a small cache (it reads each page once) and gives the
// connection back with the 64 MB it was opened with.
TEST(Verifier, TheQuickCheckLeavesTheConnectionsCacheAsItWas)
{
    test::TempDatabase t;
    fill(t.db());
    const auto r = Verifier(t.db(), Instrument::standaard()).run(true);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->healthy()) << r->problems.join(QLatin1Char('\n')).toStdString();
    if (t.db().dialect().engine() != Dialect::Engine::SQLite)
        return; // a team server has no page cache of the app's to give back
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), -65536);
}

TEST(Verifier, ATamperedStoredScoreIsFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meting SET competenties = 1.0 WHERE id = 7")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_TRUE(r->problems.first().startsWith(QStringLiteral("meting 7:")));
}

TEST(Verifier, AnAnswerChangedBehindItsBackIsFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    // Meting 3's answers all open: its stored figures no longer follow from them.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = replace(antwoorden, '3', '-') WHERE id = 3")));
    ASSERT_EQ(q.numRowsAffected(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = replace(antwoorden, '4', '-') WHERE id = 3")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1) << r->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->problems.first(),
        QStringLiteral("meting 3: opgeslagen scores wijken af van een herberekening uit de antwoorden"));
}

TEST(Verifier, AnswersThatDoNotFitTheInstrumentAreFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = '555' WHERE id = 5")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1) << r->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r->problems.first().startsWith(QStringLiteral("meting 5: de antwoorden hebben 3 tekens; ")))
        << r->problems.first().toStdString();
}

TEST(Verifier, BrokenNumberingIsFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meetmoment SET volgnummer = 5 WHERE id = 2")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(r->healthy());
    EXPECT_TRUE(r->problems.join(QLatin1Char(' ')).contains(QStringLiteral("niet op datum genummerd")));
}

TEST(Verifier, AMeetmomentQuadrantOutOfStepWithItsMetingIsFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE meetmoment SET kwadrant_inwoner = 'dubbel' "
                       "WHERE kwadrant_inwoner IS DISTINCT FROM 'dubbel' AND id = (SELECT min(id) FROM meetmoment "
                       "WHERE kwadrant_inwoner IS DISTINCT FROM 'dubbel')")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_TRUE(r->problems.first().contains(QStringLiteral("kwadranten wijken af")));
}

TEST(Verifier, ALastMeetmomentOnTheInwonerRowOutOfStepIsFound)
{
    test::TempDatabase t;
    fill(t.db());
    QSqlQuery q(t.db().connection());
    // Inwoner 4's row says its last meetmoment is a day later than it is (behind the triggers' back).
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE inwoner SET laatste_datum = '2099-01-01' WHERE id = 4")));
    const auto r = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1) << r->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->problems.first(),
        QStringLiteral("inwoner 4: het laatste meetmoment op de inwonerrij wijkt af van de meetmomenten"));
}
