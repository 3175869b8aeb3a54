#include "storage/backup.h"

#include "core/demogenerator.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/verifier.h"

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
