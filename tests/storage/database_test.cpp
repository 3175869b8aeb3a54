#include "storage/database.h"
#include "storage/migrations.h"

#include "support/tempdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace dw;
using dw::test::fileBytes;

namespace {

QString tempPath(const test::TempDatabase& t, const char* name)
{
    return t.dir() + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

TEST(Database, NewDatabaseIsMigratedToTheCurrentSchema)
{
    test::TempDatabase t;
    EXPECT_EQ(t.db().schemaVersion(), Migrations::currentVersion());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT versie FROM schema_migratie ORDER BY versie")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    if (test::testingServer())
        return; // the rest are SQLite's settings
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Database, ReopeningKeepsTheVersionAndData)
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO inwoner (ref, naam, geboortedatum, gemeente) "
                                      "VALUES ('A-1', 'Zoë', '1980-02-29', 'Venlo')")));
    q.finish();
    t.reopen();
    QSqlQuery r(t.db().connection());
    ASSERT_TRUE(r.exec(QStringLiteral("SELECT naam FROM inwoner")) && r.next());
    EXPECT_EQ(r.value(0).toString(), QStringLiteral("Zoë"));
    EXPECT_EQ(t.db().schemaVersion(), Migrations::currentVersion());
}

TEST(Database, ATextFileIsRefusedAndLeftUntouched)
{
    DW_SQLITE_ONLY("a file");
    test::TempDatabase t;
    const QString path = tempPath(t, "notes.txt");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Dit is geen database, maar een boodschappenlijst.\n");
    f.close();
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("geen Draagwijzer-database")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, ANewerSchemaIsRefusedAndLeftByteIdentical)
{
    DW_SQLITE_ONLY("a file's bytes; on a server: ServerDatabase.ANewerSchemaIsRefusedUntouched");
    test::TempDatabase t;
    const QString path = t.path();
    {
        QSqlQuery q(t.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    t.close();
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("schemaversie 99"))) << r.errorMessage().toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, AForeignSqliteDatabaseIsRefused)
{
    DW_SQLITE_ONLY("a SQLite file; on a server: ServerDatabase.AForeignSchemaIsRefused");
    test::TempDatabase t;
    const QString path = tempPath(t, "ander.sqlite");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE klanten (id INTEGER)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileBytes(path);
    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("geen Draagwijzer-database")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, AnOldVersionIsUpgradedStepByStep)
{
    DW_SQLITE_ONLY("a file of version 0");
    // A fixture of version 0 (an empty file) upgrades to the current version with every step recorded.
    test::TempDatabase t;
    const QString path = tempPath(t, "leeg.sqlite");
    QFile(path).open(QIODevice::WriteOnly);
    auto r = Database::open(path);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    QSqlQuery q(r.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM schema_migratie")) && q.next());
    // One row per migration; their numbers need not follow on (21 came before 19 and 20, made on other branches).
    EXPECT_EQ(q.value(0).toInt(), int(Migrations::all().size()));
}

TEST(Database, ReadOnlyOpenOfAMissingFileFails)
{
    DW_SQLITE_ONLY("a file");
    test::TempDatabase t;
    auto r = Database::open(tempPath(t, "bestaat-niet.sqlite"), Database::Mode::ReadOnly);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(QFile::exists(tempPath(t, "bestaat-niet.sqlite")));
}

TEST(Database, CheckConstraintsGuardTheCodes)
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO inwoner (ref, naam, geboortedatum, gemeente) "
                                       "VALUES ('A-2', 'X', '2017-02-29', 'Venlo')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO inwoner (ref, naam, geboortedatum, gemeente) "
                                      "VALUES ('A-3', 'X', '1990-01-01', 'Venlo')")));
    // Ids by lookup: a server's identity counter also moved on for the refused row.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meetmoment (inwoner_id, datum, volgnummer) "
                                      "SELECT id, '2016-06-01', 1 FROM inwoner WHERE ref = 'A-3'")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO meetmoment (inwoner_id, datum, volgnummer) "
                                       "SELECT id, '2016-02-30', 2 FROM inwoner WHERE ref = 'A-3'")));
    const QString meting
        = QStringLiteral("INSERT INTO meting (meetmoment_id, inwoner_id, meetmoment_nr, perspectief, instrument, "
                         "competenties_beantwoord, sociaal_kapitaal_beantwoord, probleemgebieden) "
                         "SELECT mm.id, mm.inwoner_id, 1, '%1', 'draagkracht-1', 0, 0, 0 FROM meetmoment mm");
    EXPECT_FALSE(q.exec(meting.arg(QStringLiteral("partner"))));
    ASSERT_TRUE(q.exec(meting.arg(QStringLiteral("inwoner"))));
    // Answers 1-5 or '-' (open), draaglast 0-2, 'n' (n.v.t.) or '-' (core/antwoordcodering.h).
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = '6--------------'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = '0--------------'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE meting SET draaglast = '3-------'")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE meting SET draaglast = NULL")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE meting SET antwoorden = '12345----------', draaglast = '012n----'")));
}

TEST(Database, AVersionOneFixtureIsUpgradedWithItsQuadrantsCopiedToTheMeetmoment)
{
    DW_SQLITE_ONLY("a SQLite fixture file");
    // Build a database exactly as version 1 left it, with one meetmoment and two metingen.
    test::TempDatabase t;
    const QString path = tempPath(t, "v1.sqlite");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const QString& sql : Migrations::all().at(0).statements)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        for (const char* sql : {"PRAGMA user_version = 1",
                 "INSERT INTO inwoner (ref, naam, geboortedatum, gemeente) VALUES ('W-1', 'X', '1970-01-01', "
                 "'Westland')",
                 "INSERT INTO meetmoment (inwoner_id, datum, volgnummer) VALUES (1, '2016-06-01', 1)",
                 "INSERT INTO meting (meetmoment_id, inwoner_id, meetmoment_nr, perspectief, instrument, competenties, "
                 "sociaal_kapitaal, competenties_beantwoord, sociaal_kapitaal_beantwoord, kwadrant, probleemgebieden) "
                 "VALUES (1, 1, 1, 'inwoner', 'draagkracht-1', NULL, 4, 0, 7, NULL, 0)",
                 "INSERT INTO meting (meetmoment_id, inwoner_id, meetmoment_nr, perspectief, instrument, competenties, "
                 "sociaal_kapitaal, competenties_beantwoord, sociaal_kapitaal_beantwoord, kwadrant, probleemgebieden) "
                 "VALUES (1, 1, 1, 'professional', 'draagkracht-1', 4, 4, 6, 6, 'dubbel', 0)"})
            ASSERT_TRUE(q.exec(QLatin1String(sql))) << sql;
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto r = Database::open(path);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r.value()->schemaVersion(), Migrations::currentVersion());
    QSqlQuery q(r.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT kwadrant_inwoner, kwadrant_professional FROM meetmoment")) && q.next());
    EXPECT_TRUE(q.value(0).isNull());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("dubbel"));
}

TEST(Database, TheSecondaryIndexListMatchesTheSchema)
{
    // Bulk imports drop and rebuild Migrations::secondaryIndexes(); they must be exactly what the migrations made.
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    if (test::testingServer()) {
        // The server writes its own form of the statement; the name and the columns are what must match.
        for (const auto& index : Migrations::secondaryIndexes()) {
            q.prepare(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                     "AND indexname = ?"));
            q.addBindValue(index.name);
            ASSERT_TRUE(q.exec() && q.next()) << index.name.toStdString();
            const QString columns = index.create.mid(index.create.indexOf(QLatin1Char('(')));
            // A partial index's condition comes back in parentheses: "WHERE (afgesloten_op IS NULL)".
            QString indexdef = q.value(0).toString();
            indexdef.replace(QRegularExpression(QStringLiteral(R"(WHERE \((.*)\)$)")), QStringLiteral("WHERE \\1"));
            indexdef.remove(QStringLiteral("::text")); // and its literals typed: "bsn <> ''::text"
            EXPECT_TRUE(indexdef.endsWith(QStringLiteral("USING btree ") + columns)) << indexdef.toStdString();
        }
        return;
    }
    for (const auto& index : Migrations::secondaryIndexes()) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(index.name);
        ASSERT_TRUE(q.exec() && q.next()) << index.name.toStdString();
        EXPECT_EQ(q.value(0).toString(), index.create);
    }
}
