// What only a team server has: several desks at once on one database. Registered under label postgres only.
#include "storage/changelistener.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"
#include "storage/migrations.h"

#include "core/demogenerator.h"

#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <thread>

using namespace dw;

namespace {

Inwoner sample(const QString& ref)
{
    Inwoner i;
    i.ref = ref;
    i.naam = QStringLiteral("Fatima el Amrani");
    i.geboortedatum = QDate(1979, 5, 14);
    i.gemeente = QStringLiteral("Enschede");
    return i;
}

int countOf(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

// The server ends `desk`'s connection, as pg_terminate_backend by a beheerder or a server restart would.
bool terminate(Database& desk, Database& admin)
{
    QSqlQuery pid(desk.connection());
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
        return false;
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    QSqlQuery kill(admin.connection());
    return kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
}

class ServerDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::testingServer())
            GTEST_SKIP() << "alleen op een teamserver (DW_TEST_SERVER, label postgres)";
    }
};

} // namespace

TEST_F(ServerDatabase, ANewerSchemaIsRefusedUntouched)
{
    test::TempDatabase t;
    {
        QSqlQuery q(t.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migratie VALUES (99, 'uit de toekomst', 'x')")));
    }
    ASSERT_TRUE(InwonerRepository(t.db()).insert(sample(QStringLiteral("T-1"))).ok());
    auto refused = t.openAnother();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("schemaversie 99")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(countOf(t.db(), QStringLiteral("schema_migratie")), int(Migrations::all().size()) + 1);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("inwoner")), 1);
}

TEST_F(ServerDatabase, AForeignSchemaIsRefused)
{
    test::TestSchema schema;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("vreemd"));
        schema.address().applyTo(raw);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE klanten (id integer)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("vreemd"));
    auto refused = Database::openServer(schema.address());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("geen Draagwijzer-database")));
}

TEST_F(ServerDatabase, TwoDesksStartingAtOnceMigrateOnce)
{
    test::ensureCoreApplication();
    test::TestSchema schema;
    std::vector<std::thread> desks;
    std::vector<QString> outcomes(4);
    for (int i = 0; i < 4; ++i)
        desks.emplace_back([&schema, &outcomes, i] {
            auto opened = Database::openServer(schema.address());
            outcomes[static_cast<size_t>(i)] = opened.ok() ? QStringLiteral("ok") : opened.errorMessage();
        });
    for (auto& d : desks)
        d.join();
    for (const QString& outcome : outcomes)
        EXPECT_EQ(outcome, QStringLiteral("ok"));
    auto db = Database::openServer(schema.address());
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Migrations::currentVersion());
    // Every migration exactly once.
    EXPECT_EQ(countOf(*db.value(), QStringLiteral("schema_migratie")), int(Migrations::all().size()));
}

TEST_F(ServerDatabase, TheSecondDeskGetsTheConflictAndNothingIsOverwritten)
{
    test::TempDatabase t;
    ASSERT_TRUE(InwonerRepository(t.db()).insert(sample(QStringLiteral("T-2"))).ok());
    auto other = t.openAnother();
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    // Both desks open the same dossier.
    Inwoner atDeskA = InwonerRepository(t.db()).findByRef(QStringLiteral("T-2")).value();
    Inwoner atDeskB = InwonerRepository(*other.value()).findByRef(QStringLiteral("T-2")).value();
    atDeskA.contact = QStringLiteral("06-12345678");
    ASSERT_TRUE(InwonerRepository(t.db()).update(atDeskA).ok());
    atDeskB.contact = QStringLiteral("bellen via dochter");
    const auto second = InwonerRepository(*other.value()).update(atDeskB);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.errorMessage().contains(QStringLiteral("intussen door iemand anders gewijzigd")))
        << second.errorMessage().toStdString();
    EXPECT_EQ(InwonerRepository(t.db()).findByRef(QStringLiteral("T-2"))->contact, QStringLiteral("06-12345678"));
}

// Desk B holds the meetmoment's row while desk A saves a meting of it: A deletes the old meting and waits for the
// meetmoment; then B deletes that meting too. Each waits for the other; the server gives A the deadlock (A waited
// first). A tries again after B commits, and its meting is saved: the user sees no error.
TEST_F(ServerDatabase, ASaveThatLostADeadlockIsTriedAgainAndStored)
{
    test::TempDatabase t;
    DemoGenerator generator(Instrument::standaard(), 3);
    ASSERT_TRUE(DossierStore(t.db(), Instrument::standaard())
                    .importGenerated(1, [&generator](int i) { return generator.dossier(i); })
                    .ok());
    const auto inwoner = InwonerRepository(t.db()).all().value().constFirst();
    const Meetmoment stored = MetingRepository(t.db(), Instrument::standaard()).load(inwoner.id).value().constFirst();
    ASSERT_TRUE(stored.inwoner.has_value());
    Meting changed = *stored.inwoner;
    changed.antwoorden[changed.antwoorden.firstKey()] = changed.antwoorden.first() == 1 ? 2 : 1;

    auto deskB = t.openAnother();
    auto admin = t.openAnother();
    ASSERT_TRUE(deskB.ok() && admin.ok());
    QSqlQuery b(deskB.value()->connection());
    ASSERT_TRUE(b.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(b.exec(QStringLiteral("UPDATE meetmoment SET datum = datum WHERE id = %1").arg(stored.id)));

    Status saved = Error::failure(QStringLiteral("niet gestart"));
    std::thread deskA([&] {
        auto a = t.openAnother();
        if (a.ok())
            saved = MetingRepository(*a.value(), Instrument::standaard()).saveMeting(stored.id, changed);
    });
    // Wait until A holds the old meting and waits for the meetmoment.
    QSqlQuery waiting(admin.value()->connection());
    QElapsedTimer timer;
    timer.start();
    bool aWaits = false;
    while (!aWaits && timer.elapsed() < 10000) {
        aWaits = waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                             "AND datname = current_database()"))
            && waiting.next() && waiting.value(0).toInt() > 0;
        QThread::msleep(20);
    }
    EXPECT_TRUE(aWaits);
    const bool bDeleted = b.exec(
        QStringLiteral("DELETE FROM meting WHERE meetmoment_id = %1 AND perspectief = 'inwoner'").arg(stored.id));
    EXPECT_TRUE(bDeleted) << "the server chose desk B; the test did not make the deadlock it meant to";
    EXPECT_TRUE(b.exec(QStringLiteral("COMMIT")));
    deskA.join();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    const Meetmoment after = MetingRepository(t.db(), Instrument::standaard()).load(inwoner.id).value().constFirst();
    ASSERT_TRUE(after.inwoner.has_value());
    EXPECT_EQ(after.inwoner->antwoorden, changed.antwoorden);
}

TEST_F(ServerDatabase, ATerminatedBackendMidSaveWritesNothingAndSaysSoInDutch)
{
    test::TempDatabase t;
    auto admin = t.openAnother();
    ASSERT_TRUE(admin.ok());
    DemoGenerator generator(Instrument::standaard(), 7);
    bool terminated = false;
    // The server kills the desk's connection after the first dossiers are written, inside the transaction.
    const Status s = DossierStore(t.db(), Instrument::standaard())
                         .importGenerated(
                             1200,
                             [&generator](int i) { return generator.dossier(i); },
                             [&](int done, int) {
                                 if (done > 1 && !terminated)
                                     terminated = terminate(t.db(), *admin.value());
                                 return true;
                             });
    ASSERT_TRUE(terminated);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().cause, Error::Cause::ConnectionLost) << s.errorMessage().toStdString();
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("verbinding met de teamserver is verbroken")))
        << s.errorMessage().toStdString();
    EXPECT_FALSE(s.errorMessage().contains(QStringLiteral("terminating"))) << "the server's English reached the user";
    EXPECT_EQ(countOf(*admin.value(), QStringLiteral("inwoner")), 0);
    EXPECT_EQ(countOf(*admin.value(), QStringLiteral("meting")), 0);
}

TEST_F(ServerDatabase, AnotherDesksSaveArrivesAsANotificationWithinTwoSeconds)
{
    test::TempDatabase t;
    auto otherDesk = t.openAnother();
    ASSERT_TRUE(otherDesk.ok());
    ChangeListener listener(t.connector(), t.db());
    ASSERT_TRUE(listener.listening());
    QVector<QPair<qint64, bool>> heard;
    QObject::connect(&listener, &ChangeListener::inwonerChanged, [&heard](qint64 id, bool own) {
        heard.append({id, own});
    });
    const auto id = InwonerRepository(*otherDesk.value()).insert(sample(QStringLiteral("T-9")));
    ASSERT_TRUE(id.ok());
    QElapsedTimer timer;
    timer.start();
    while (heard.isEmpty() && timer.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_EQ(heard.size(), 1) << "no notification within " << timer.elapsed() << " ms";
    EXPECT_EQ(heard.first().first, *id);
    EXPECT_FALSE(heard.first().second); // another desk

    // This desk's own save is told apart.
    Inwoner mine = InwonerRepository(t.db()).findByRef(QStringLiteral("T-9")).value();
    mine.contact = QStringLiteral("via de buurvrouw");
    ASSERT_TRUE(InwonerRepository(t.db()).update(mine).ok());
    timer.restart();
    while (heard.size() < 2 && timer.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_EQ(heard.size(), 2);
    EXPECT_TRUE(heard.at(1).second);

    // Another team's schema on the same server is not heard.
    test::TempDatabase otherTeam;
    ASSERT_TRUE(InwonerRepository(otherTeam.db()).insert(sample(QStringLiteral("T-10"))).ok());
    timer.restart();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heard.size(), 2);
}

TEST_F(ServerDatabase, AfterTheConnectionBrokeTheNextSaveConnectsAgain)
{
    test::TempDatabase t;
    auto admin = t.openAnother();
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(terminate(t.db(), *admin.value()));
    // The first statement after the server closed the connection finds out, in Dutch.
    const auto first = InwonerRepository(t.db()).insert(sample(QStringLiteral("T-20")));
    EXPECT_FALSE(first.ok());
    // The next save connects again and goes ahead; nothing of the first attempt is there.
    const auto second = InwonerRepository(t.db()).insert(sample(QStringLiteral("T-21")));
    ASSERT_TRUE(second.ok()) << second.errorMessage().toStdString();
    EXPECT_EQ(countOf(*admin.value(), QStringLiteral("inwoner")), 1);
}
