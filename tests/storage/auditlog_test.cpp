// The audit log's hash chain and its append-only table, on both engines (label postgres runs them on a server).
#include "storage/auditlog.h"

#include "core/instrument.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/verifier.h"

#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSysInfo>

#include <gtest/gtest.h>

using namespace dw;

namespace {

QVector<qint64> threeRows(Database& db)
{
    EXPECT_TRUE(AuditLog(db).record(QStringLiteral("dossier gelezen"), 7).ok());
    EXPECT_TRUE(AuditLog(db).record(QStringLiteral("meting opgeslagen"), 7, QStringLiteral("meetmoment 2")).ok());
    EXPECT_TRUE(AuditLog(db).record(QStringLiteral("export"), 0, QStringLiteral("3 inwoners")).ok());
    QVector<qint64> ids;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM audit ORDER BY id")));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// What migration 9 put in the way, removed as someone with the file or the server's superuser could.
void dropTheGuard(Database& db)
{
    QSqlQuery q(db.connection());
    if (test::testingServer()) {
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_alleen_toevoegen ON audit")));
    } else {
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_niet_wijzigen")));
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_niet_verwijderen")));
    }
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

} // namespace

TEST(AuditLog, EveryRowsHashIsTheSha256OfThePreviousHashAndItsFields)
{
    test::TempDatabase t;
    ASSERT_EQ(threeRows(t.db()).size(), 3);
    // Recomputed here with Qt's own SHA-256, not libsodium: fields joined by U+001F, the first row after "".
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT tijdstip, gebruiker, actie, inwoner_id, details, hash, rol, werkplek, uitkomst "
                              "FROM audit ORDER BY id")));
    QString previous;
    int rows = 0;
    while (q.next()) {
        const QString inwoner = q.value(3).isNull() ? QString() : q.value(3).toString();
        // Since migration 10 a row also says with which role, where and with what outcome; a session without an
        // account has no role, but every new row has its werkplek and "gelukt".
        EXPECT_EQ(q.value(7).toString(), QSysInfo::machineHostName());
        EXPECT_EQ(q.value(8).toString(), QStringLiteral("gelukt"));
        const QString input = QStringList {previous,
            q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            inwoner,
            q.value(4).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString()}
                                  .join(QChar(0x1f));
        const QString expected
            = QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex());
        EXPECT_EQ(q.value(5).toString(), expected) << "row " << rows + 1;
        previous = expected;
        ++rows;
    }
    EXPECT_EQ(rows, 3);
    const auto broken = AuditLog::firstBrokenRow(t.db());
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken.value().has_value());
}

TEST(AuditLog, TheEngineRefusesToChangeOrRemoveARow)
{
    test::TempDatabase t;
    const auto ids = threeRows(t.db());
    EXPECT_FALSE(exec(t.db(), QStringLiteral("UPDATE audit SET details = 'niets gezien' WHERE id = %1").arg(ids[1])));
    EXPECT_FALSE(exec(t.db(), QStringLiteral("DELETE FROM audit WHERE id = %1").arg(ids[0])));
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), max(details) FROM audit")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("meetmoment 2"));
}

TEST(AuditLog, OneChangedRowIsNamedByVerify)
{
    test::TempDatabase t;
    const auto ids = threeRows(t.db());
    dropTheGuard(t.db());
    ASSERT_TRUE(exec(t.db(), QStringLiteral("UPDATE audit SET gebruiker = 'iemand anders' WHERE id = %1").arg(ids[1])));
    const auto report = Verifier(t.db(), Instrument::standaard()).run();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 1) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report->problems.first().startsWith(QStringLiteral("auditlog: regel %1 ").arg(ids[1])))
        << report->problems.first().toStdString();
}

TEST(AuditLog, ARemovedRowBreaksTheChainAtTheRowAfterIt)
{
    test::TempDatabase t;
    const auto ids = threeRows(t.db());
    dropTheGuard(t.db());
    ASSERT_TRUE(exec(t.db(), QStringLiteral("DELETE FROM audit WHERE id = %1").arg(ids[1])));
    const auto broken = AuditLog::firstBrokenRow(t.db());
    ASSERT_TRUE(broken.ok());
    EXPECT_EQ(broken.value(), std::optional<qint64>(ids[2]));
}

TEST(AuditLog, TheRowsOfAnOlderDatabaseAreChainedWhenItIsUpgraded)
{
    test::TempDatabase t;
    threeRows(t.db());
    // Migration 23 undone first: the inwoner's last meetmoment, its triggers and its indexes.
    if (test::testingServer())
        ASSERT_TRUE(exec(t.db(), QStringLiteral("DROP FUNCTION dw_laatste_meetmoment() CASCADE")));
    else {
        for (const char* trigger :
            {"meetmoment_laatste_nieuw", "meetmoment_laatste_gewijzigd", "meetmoment_laatste_weg"})
            ASSERT_TRUE(exec(t.db(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
    }
    for (const char* undo : {"DROP INDEX inwoner_laatste_datum",
             "DROP INDEX inwoner_naam_open_zoek",
             "ALTER TABLE inwoner DROP COLUMN laatste_volgnummer",
             "ALTER TABLE inwoner DROP COLUMN laatste_datum",
             "ALTER TABLE inwoner DROP COLUMN laatste_kwadrant_inwoner",
             "ALTER TABLE inwoner DROP COLUMN laatste_kwadrant_professional"})
        ASSERT_TRUE(exec(t.db(), QString::fromLatin1(undo))) << undo;
    // Then migration 22: the answer tables back (empty, as threeRows has no metingen).
    for (const char* undo : {"CREATE TABLE antwoord (meting_id INTEGER NOT NULL REFERENCES meting (id) ON DELETE "
                             "CASCADE, item TEXT NOT NULL, waarde INTEGER NOT NULL, PRIMARY KEY (meting_id, item))",
             "CREATE TABLE draaglast (meting_id INTEGER NOT NULL REFERENCES meting (id) ON DELETE CASCADE, "
             "levensgebied TEXT NOT NULL, niveau INTEGER, PRIMARY KEY (meting_id, levensgebied))",
             "ALTER TABLE meting DROP COLUMN antwoorden",
             "ALTER TABLE meting DROP COLUMN draaglast"})
        ASSERT_TRUE(exec(t.db(), QString::fromLatin1(undo))) << undo;
    // Back to schema version 7: no accounts, no guard, no hash column, no record of migrations 8 to 23.
    if (test::testingServer()) { // migration 11's functions, and with them its policies
        ASSERT_TRUE(exec(t.db(),
            QStringLiteral("DO $$ DECLARE f text; BEGIN FOR f IN SELECT oid::regprocedure::text FROM pg_proc "
                           "WHERE pronamespace = current_schema()::regnamespace AND starts_with(proname, 'dw_') "
                           "AND proname NOT IN ('dw_is_datum', 'dw_meld_wijziging', 'dw_audit_alleen_toevoegen') "
                           "LOOP EXECUTE 'DROP FUNCTION ' || f || ' CASCADE'; END LOOP; END $$")));
        // Migration 13's policies of the other tables name no function, so they outlive the CASCADE.
        for (const char* table : {"meetmoment", "meting", "plan", "doel", "interventie", "afspraak"})
            ASSERT_TRUE(exec(t.db(), QStringLiteral("DROP POLICY zien ON %1").arg(QLatin1String(table))));
    }
    if (!test::testingServer()) { // migration 14, a file's search index (the server's search column is from 7)
        for (const char* undo : {"DROP TRIGGER inwoner_zoek_nieuw",
                 "DROP TRIGGER inwoner_zoek_gewijzigd",
                 "DROP TRIGGER inwoner_zoek_weg",
                 "DROP TABLE inwoner_zoek",
                 "ALTER TABLE inwoner DROP COLUMN zoektekst"})
            ASSERT_TRUE(exec(t.db(), QString::fromLatin1(undo))) << undo;
    }
    for (const char* undo : {"DROP TABLE bijlage_deel",
             "DROP TABLE bijlage",
             "DROP INDEX inwoner_bsn",
             "DROP INDEX inwoner_postcode",
             "DROP INDEX inwoner_geboortedatum",
             "ALTER TABLE inwoner DROP COLUMN bsn",
             "ALTER TABLE inwoner DROP COLUMN straat",
             "ALTER TABLE inwoner DROP COLUMN huisnummer",
             "ALTER TABLE inwoner DROP COLUMN postcode",
             "ALTER TABLE inwoner DROP COLUMN woonplaats",
             "ALTER TABLE inwoner DROP COLUMN telefoon",
             "ALTER TABLE inwoner DROP COLUMN email",
             "DROP TABLE herinnering",
             "ALTER TABLE meting DROP COLUMN zelf_ingevuld",
             "ALTER TABLE meting DROP COLUMN invulduur_seconden",
             "DROP TABLE journaal",
             "ALTER TABLE interventie DROP COLUMN partner",
             "ALTER TABLE audit DROP COLUMN namens",
             "DROP VIEW inwoner_toewijzing",
             "DROP TABLE instelling",
             "DROP TABLE correctie",
             "DROP INDEX inwoner_naam_open",
             "ALTER TABLE inwoner DROP COLUMN afgesloten_op",
             "ALTER TABLE inwoner DROP COLUMN afsluitreden",
             "ALTER TABLE inwoner DROP COLUMN afsluit_toelichting",
             "ALTER TABLE inwoner DROP COLUMN aangemaakt_op",
             "ALTER TABLE inwoner DROP COLUMN aangemaakt_door",
             "ALTER TABLE inwoner DROP COLUMN geanonimiseerd_op",
             "DROP TABLE account",
             "DROP INDEX inwoner_professional",
             "DROP INDEX inwoner_team",
             "DROP INDEX audit_gebruiker",
             "DROP INDEX audit_tijdstip",
             "ALTER TABLE inwoner DROP COLUMN team",
             "ALTER TABLE audit DROP COLUMN rol",
             "ALTER TABLE audit DROP COLUMN werkplek",
             "ALTER TABLE audit DROP COLUMN uitkomst",
             "DROP TABLE audit_anker"})
        ASSERT_TRUE(exec(t.db(), QString::fromLatin1(undo))) << undo;
    dropTheGuard(t.db());
    if (test::testingServer()) {
        ASSERT_TRUE(exec(t.db(), QStringLiteral("DROP FUNCTION dw_audit_alleen_toevoegen()")));
    }
    ASSERT_TRUE(exec(t.db(), QStringLiteral("ALTER TABLE audit DROP COLUMN hash")));
    ASSERT_TRUE(exec(t.db(), QStringLiteral("DELETE FROM schema_migratie WHERE versie >= 8")));
    const QString version = t.db().dialect().setSchemaVersion(7);
    ASSERT_TRUE(version.isEmpty() || exec(t.db(), version));
    t.reopen();
    EXPECT_EQ(t.db().schemaVersion(), Migrations::currentVersion());
    const auto broken = AuditLog::firstBrokenRow(t.db());
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken.value().has_value());
    // And the chain goes on from there.
    ASSERT_TRUE(AuditLog(t.db()).record(QStringLiteral("dossier gelezen"), 8).ok());
    EXPECT_FALSE(AuditLog::firstBrokenRow(t.db()).value().has_value());
    EXPECT_FALSE(exec(t.db(), QStringLiteral("DELETE FROM audit")));
}

TEST(AuditLog, OnWhoseBehalfIsInTheRowAndInItsHash)
{
    test::TempDatabase t;
    Sessie sessie;
    sessie.accountId = 1;
    sessie.gebruiker = QStringLiteral("B. Heer");
    sessie.rollen = Rol::Beheerder;
    sessie.namens = QStringLiteral("M. Jansen");
    t.db().setSessie(sessie);
    ASSERT_TRUE(AuditLog(t.db()).record(QStringLiteral("import"), 0, QStringLiteral("2 inwoners")).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT namens, tijdstip, werkplek, hash FROM audit")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("M. Jansen"));
    // The first row: after "", the nine fields of migration 10 and then the tenth, namens.
    const QString input = QStringList {QString(),
        q.value(1).toString(),
        QStringLiteral("B. Heer"),
        QStringLiteral("import"),
        QString(),
        QStringLiteral("2 inwoners"),
        QStringLiteral("beheerder"),
        q.value(2).toString(),
        QStringLiteral("gelukt"),
        QStringLiteral("M. Jansen")}
                              .join(QChar(0x1f));
    EXPECT_EQ(q.value(3).toString(),
        QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex()));
    // Leaving out on whose behalf, afterwards, breaks the chain at that row.
    q.finish();
    dropTheGuard(t.db());
    ASSERT_TRUE(exec(t.db(), QStringLiteral("UPDATE audit SET namens = ''")));
    const auto broken = AuditLog::firstBrokenRow(t.db());
    ASSERT_TRUE(broken.ok());
    EXPECT_TRUE(broken.value().has_value());
}
