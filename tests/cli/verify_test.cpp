// draagwijzer-cli verify, backup and restore: what a beheerder runs to know the database is whole and to go back.
#include "clirunner.h"
#include "storage/database.h"
#include "storage/inwonerrepository.h"
#include "support/qtprinters.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace dw::test;

TEST(Cli, VerifyAHealthyDatabase)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("30")}).exitCode, 0);
    const CliResult r = fx.run({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("in orde"));
}

TEST(Cli, BackupAndRestore)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("8")}).exitCode, 0);
    const QString backup = fx.file(QStringLiteral("backup.sqlite"));
    const CliResult made = fx.run({QStringLiteral("backup"), QStringLiteral("--out"), backup});
    ASSERT_EQ(made.exitCode, 0) << made.errLine().toStdString();
    EXPECT_TRUE(made.out.contains("gecontroleerd"));
    const CliResult restored = fx.run({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.errLine().toStdString();
    EXPECT_TRUE(restored.out.contains("voor-herstel"));
    EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("8"));
    EXPECT_EQ(fx.run({QStringLiteral("verify")}).exitCode, 0);

    const QString notes = fx.file(QStringLiteral("notities.txt"));
    ASSERT_TRUE(writeFileBytes(notes, "geen backup"));
    const QByteArray before = fx.snapshot();
    const CliResult refused = fx.run({QStringLiteral("restore"), notes});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errLine().contains(QStringLiteral("niet bruikbaar")));
    EXPECT_EQ(fx.snapshot(), before);
    EXPECT_EQ(fx.run({QStringLiteral("backup")}).exitCode, 2); // --out missing
}

TEST(Cli, RestoreIsRefusedWhileAnotherDeskHasTheDatabaseOpen)
{
    // On a file, the app at the same desk; on a team server, a colleague's desk: either would go on showing, and
    // saving over, what a restore replaced.
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    const QString backup = fx.file(QStringLiteral("backup.dump"));
    ASSERT_EQ(fx.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    {
        auto desk = fx.openDesk();
        ASSERT_TRUE(desk.ok()) << desk.errorMessage().toStdString();
        dw::Inwoner nieuw;
        nieuw.ref = QStringLiteral("NA-BACKUP");
        nieuw.naam = QStringLiteral("Na De Backup");
        nieuw.geboortedatum = QDate(1970, 3, 1);
        nieuw.gemeente = QStringLiteral("Venlo");
        ASSERT_TRUE(dw::InwonerRepository(*desk.value()).insert(nieuw).ok());
        // (Not fx.snapshot(): reading the file's bytes in this process would drop the desk's POSIX locks.)
        const CliResult refused = fx.run({QStringLiteral("restore"), backup});
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_TRUE(refused.errLine().contains(QStringLiteral("er is niets teruggezet")))
            << refused.errLine().toStdString();
        EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("6"));
    }
    const CliResult restored = fx.run({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.errLine().toStdString();
    EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("5"));
}

TEST(Cli, VerifyNamesTheAuditRowSomeoneChangedWithSqlite3)
{
    DW_SQLITE_ONLY("the sqlite3 tool on a file");
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    ASSERT_EQ(fx.run({QStringLiteral("report"), QStringLiteral("inwoner"), QStringLiteral("ENS-000001")}).exitCode, 0);
    const auto sqlite3 = [&fx](const QString& sql) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {fx.db(), sql});
        p.waitForFinished(10000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    // The table refuses it as it is; without its trigger the change goes in, and verify names the row.
    EXPECT_FALSE(sqlite3(QStringLiteral("UPDATE audit SET gebruiker = 'iemand' WHERE id = 2")));
    ASSERT_TRUE(sqlite3(QStringLiteral("DROP TRIGGER audit_niet_wijzigen; "
                                       "UPDATE audit SET gebruiker = 'iemand' WHERE id = 2")));
    const CliResult r = fx.run({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("auditlog: regel 2 past niet in de hashketen")) << r.out.toStdString();
}

TEST(Cli, VerifyFindsADamagedFileAndLeavesItAsItIs)
{
    DW_SQLITE_ONLY("a damaged file");
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("300")}).exitCode, 0);
    QFile f(fx.db());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(64 * 1024, '\x5a'));
    f.close();
    const QByteArray damaged = readFile(fx.db());
    const CliResult r = fx.run({QStringLiteral("verify")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(
        r.errLine().contains(QStringLiteral("niet in orde")) || r.errLine().contains(QStringLiteral("beschadigd")))
        << r.errLine().toStdString();
    EXPECT_EQ(readFile(fx.db()), damaged);
}
