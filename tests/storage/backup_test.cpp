#include "storage/backup.h"

#include "core/demogenerator.h"
#include "storage/auditlog.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/migrations.h"
#include "storage/verifier.h"

#include "support/fakeclock.h"
#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dw;

namespace {
void fill(Database& db, int n, std::uint64_t seed = 6)
{
    const DemoGenerator g(Instrument::standaard(), seed);
    ASSERT_TRUE(
        DossierStore(db, Instrument::standaard()).importGenerated(n, [&g](int i) { return g.dossier(i); }).ok());
}
int count(Database& db)
{
    return InwonerRepository(db).count().value();
}
} // namespace

TEST(Backup, ACopyWhileOpenIsCompleteAndVerified)
{
    test::TempDatabase t;
    fill(t.db(), 25);
    const QString target = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(Backup::create(t.db(), target).ok());
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".deel")));
    EXPECT_TRUE(Backup::verify(target).ok());
    auto copy = Database::open(target, Database::Mode::ReadOnly);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(count(*copy.value()), 25);
    EXPECT_TRUE(Verifier(*copy.value(), Instrument::standaard()).run().value().healthy());
}

TEST(Backup, RestoreBringsBackTheBackupAndKeepsTheCurrentDatabase)
{
    test::TempDatabase t;
    fill(t.db(), 10);
    const QString target = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(Backup::create(t.db(), target).ok());
    ASSERT_TRUE(InwonerRepository(t.db()).remove(1).ok()); // work done after the backup
    EXPECT_EQ(count(t.db()), 9);

    const auto kept = Backup::restore(t.db(), target, QDateTime(QDate(2026, 11, 25), QTime(21, 5, 0)));
    ASSERT_TRUE(kept.ok()) << kept.errorMessage().toStdString();
    EXPECT_EQ(count(t.db()), 10);
    EXPECT_TRUE(Verifier(t.db(), Instrument::standaard()).run().value().healthy());
    EXPECT_TRUE(kept.value().endsWith(QStringLiteral(".voor-herstel-20261125-210500.sqlite")));
    auto previous = Database::open(kept.value(), Database::Mode::ReadOnly);
    ASSERT_TRUE(previous.ok());
    EXPECT_EQ(count(*previous.value()), 9);
    // The database is still in WAL mode and usable after the restore.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(InwonerRepository(t.db()).remove(2).ok());
}

TEST(Backup, ABadBackupIsRefusedAndTheDatabaseLeftAlone)
{
    test::TempDatabase t;
    fill(t.db(), 5);
    const QString bad = t.dir() + QStringLiteral("/geen-backup.sqlite");
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("dit is geen database");
    f.close();
    const auto r = Backup::restore(t.db(), bad, QDateTime::currentDateTime());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(count(t.db()), 5);
    EXPECT_TRUE(QDir(t.dir()).entryList({QStringLiteral("*voor-herstel*")}).isEmpty());
}

TEST(Backup, PruneKeepsTheNewest)
{
    test::TempDatabase t;
    for (const char* name : {"draagwijzer-20261101-0900.sqlite",
             "draagwijzer-20261102-0900.sqlite",
             "draagwijzer-20261103-0900.sqlite",
             "ander.sqlite"}) {
        QFile f(t.dir() + QLatin1Char('/') + QLatin1String(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(Backup::prune(t.dir(), 2).ok());
    const QStringList left = QDir(t.dir()).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    EXPECT_TRUE(left.contains(QStringLiteral("draagwijzer-20261103-0900.sqlite")));
    EXPECT_TRUE(left.contains(QStringLiteral("draagwijzer-20261102-0900.sqlite")));
    EXPECT_FALSE(left.contains(QStringLiteral("draagwijzer-20261101-0900.sqlite")));
    EXPECT_TRUE(left.contains(QStringLiteral("ander.sqlite")));
}

TEST(Backup, AfterARestoreOtherConnectionsCanReadAndWriteAgain)
{
    test::TempDatabase t;
    fill(t.db(), 4);
    const QString target = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(Backup::create(t.db(), target).ok());
    ASSERT_TRUE(InwonerRepository(t.db()).remove(1).ok());
    ASSERT_TRUE(Backup::restore(t.db(), target, QDateTime(QDate(2026, 11, 25), QTime(21, 5))).ok());
    // The app keeps its connection and opens its readers (caseload, Teamoverzicht) again after a restore.
    auto reader = t.openAnother(Database::Mode::ReadOnly);
    ASSERT_TRUE(reader.ok()) << reader.errorMessage().toStdString();
    EXPECT_EQ(count(*reader.value()), 4);
    auto writer = t.openAnother(Database::Mode::ReadWrite);
    ASSERT_TRUE(writer.ok()) << writer.errorMessage().toStdString();
    EXPECT_TRUE(InwonerRepository(*writer.value()).remove(2).ok());
    EXPECT_EQ(count(t.db()), 3);
}

TEST(Backup, SummarySaysWhenItWasMadeAndWhatItHolds)
{
    test::TempDatabase t;
    fill(t.db(), 3, 6);
    // Seed 6 gives inwoner 0, 1 and 2 their meetmomenten; counted here from the generator, not from the database.
    const DemoGenerator g(Instrument::standaard(), 6);
    const qsizetype meetmomenten
        = g.dossier(0).meetmomenten.size() + g.dossier(1).meetmomenten.size() + g.dossier(2).meetmomenten.size();
    ASSERT_GT(meetmomenten, 3);
    // The newest audit row, later than anything the import wrote: 4 March 2031, 14:30 UTC.
    const test::FakeClock later(QDateTime(QDate(2031, 3, 4), QTime(14, 30), Qt::UTC));
    ASSERT_TRUE(AuditLog(t.db(), later).record(QStringLiteral("inzien"), 1).ok());
    const QString target = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(Backup::create(t.db(), target).ok());
    const QDateTime made(QDate(2026, 11, 25), QTime(21, 5));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite) && f.setFileTime(made, QFileDevice::FileModificationTime));
    }
    const QByteArray before = test::fileBytes(target);

    const auto s = Backup::summary(target);
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
    EXPECT_EQ(s->made, made);
    EXPECT_EQ(s->inwoners, 3);
    EXPECT_EQ(s->meetmomenten, meetmomenten);
    EXPECT_EQ(s->schemaVersion, Migrations::currentVersion());
    EXPECT_EQ(s->bytes, before.size());
    EXPECT_EQ(s->lastActivity.toUTC(), QDateTime(QDate(2031, 3, 4), QTime(14, 30), Qt::UTC));
    // Nothing changed: the same bytes, and nothing beside the file.
    EXPECT_EQ(test::fileBytes(target), before);
    for (const char* companion : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(QFile::exists(target + QLatin1String(companion))) << companion;
}

TEST(Backup, SummaryOfWhatIsNoBackupSaysWhyInDutch)
{
    test::TempDatabase t;
    const QString tekst = t.dir() + QStringLiteral("/notities.sqlite");
    ASSERT_TRUE(test::writeFileBytes(tekst, QByteArray(2000, 'x')));
    const auto notADatabase = Backup::summary(tekst);
    ASSERT_FALSE(notADatabase.ok());
    EXPECT_EQ(notADatabase.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(notADatabase.errorMessage().contains(QStringLiteral("is niet bruikbaar als backup")))
        << notADatabase.errorMessage().toStdString();

    const QString leeg = t.dir() + QStringLiteral("/leeg.sqlite");
    ASSERT_TRUE(test::writeFileBytes(leeg, {}));
    const auto empty = Backup::summary(leeg);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().endsWith(QStringLiteral("leeg.sqlite is leeg en dus geen backup")))
        << empty.errorMessage().toStdString();

    const auto missing = Backup::summary(t.dir() + QStringLiteral("/weg.sqlite"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("bestaat niet")));

    // A backup cut off halfway (a copy to a stick that was pulled out): damaged.
    fill(t.db(), 30);
    const QString target = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(Backup::create(t.db(), target).ok());
    const QByteArray whole = test::fileBytes(target);
    const QString half = t.dir() + QStringLiteral("/half.sqlite");
    ASSERT_TRUE(test::writeFileBytes(half, whole.left(whole.size() / 2)));
    const auto damaged = Backup::summary(half);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(damaged.errorMessage().contains(QStringLiteral("half.sqlite")));
    EXPECT_EQ(test::fileBytes(half), whole.left(whole.size() / 2));
}
