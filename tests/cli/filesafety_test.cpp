// Files and messages that tell the truth (issue 12): a full disk, a read-only folder, a locked or damaged database,
// a backup aimed at the database itself. Every writer fails with a Dutch reason and a non-zero exit, the previous
// file stays exactly as it was, and nothing is left behind. Full disks and read-only folders are real: a small
// tmpfs and a read-only bind mount in this test's own mount namespace (as root; otherwise those tests are skipped).
#include "clirunner.h"
#include "support/mountnamespace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace dw::test;

namespace {

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool looksEnglish(const QString& message)
{
    for (const char* word : {"disk", "full", "Unable", "database is", "No space", "failed", "readonly"}) {
        if (message.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

void fill(const QString& path, qint64 bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (bytes > 0 && f.write(block.left(static_cast<int>(std::min<qint64>(bytes, block.size())))) > 0)
        bytes -= block.size();
}

// A demo database and a folder on a full disk beside it.
class FullDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!MountNamespace::entered())
            GTEST_SKIP() << "een volle schijf nabootsen kan alleen als root (eigen mount-namespace)";
        ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("300")}).exitCode, 0);
        disk = fx.file(QStringLiteral("schijf"));
        ASSERT_TRUE(QDir().mkpath(disk));
        ASSERT_EQ(MountNamespace::mountTmpfs(disk, 512), QString());
    }
    void TearDown() override
    {
        if (!disk.isEmpty())
            MountNamespace::unmount(disk);
    }
    QString on(const QString& name) const { return QDir(disk).filePath(name); }

    CliFixture fx;
    QString disk;
};

} // namespace

TEST_F(FullDisk, ExportKeepsThePreviousFileAndExitsOne)
{
    const QString target = on(QStringLiteral("export.json"));
    ASSERT_EQ(
        fx.run({QStringLiteral("export"), target, QStringLiteral("--inwoner"), QStringLiteral("ENS-000001")}).exitCode,
        0);
    const QByteArray previous = readFile(target);
    ASSERT_FALSE(previous.isEmpty());

    const CliResult r = fx.run({QStringLiteral("export"), target}); // 300 dossiers do not fit in 512 KB
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("de schijf is vol"))) << r.errLine().toStdString();
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("het vorige bestand is niet gewijzigd")));
    EXPECT_FALSE(looksEnglish(r.errLine())) << r.errLine().toStdString();
    EXPECT_EQ(readFile(target), previous);
    EXPECT_EQ(filesIn(disk), QStringList {QStringLiteral("export.json")});
}

TEST_F(FullDisk, PlanPdfKeepsThePreviousPdf)
{
    const QString target = on(QStringLiteral("plan.pdf"));
    const QStringList command = {
        QStringLiteral("plan"), QStringLiteral("pdf"), QStringLiteral("ENS-000001"), QStringLiteral("--out"), target};
    ASSERT_EQ(fx.run(command).exitCode, 0);
    const QByteArray previous = readFile(target);
    ASSERT_TRUE(previous.trimmed().endsWith("%%EOF"));
    fill(on(QStringLiteral("vulling")), 512 * 1024); // the disk is full now

    const CliResult r = fx.run(command);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("de schijf is vol"))) << r.errLine().toStdString();
    EXPECT_EQ(readFile(target), previous);
    EXPECT_EQ(filesIn(disk), (QStringList {QStringLiteral("plan.pdf"), QStringLiteral("vulling")}));
}

TEST_F(FullDisk, BackupAndReportsFailCleanly)
{
    fill(on(QStringLiteral("vulling")), 480 * 1024);
    const CliResult backup
        = fx.run({QStringLiteral("backup"), QStringLiteral("--out"), on(QStringLiteral("b.sqlite"))});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_TRUE(backup.errLine().contains(QStringLiteral("de schijf is vol"))) << backup.errLine().toStdString();
    for (const char* option : {"--csv", "--xlsx"}) {
        fill(on(QStringLiteral("vulling2")), 512 * 1024);
        const CliResult report = fx.run({QStringLiteral("report"),
            QStringLiteral("cohort"),
            QLatin1String(option),
            on(QStringLiteral("rapport.%1").arg(QLatin1String(option + 2)))});
        EXPECT_EQ(report.exitCode, 1) << option;
        EXPECT_FALSE(looksEnglish(report.errLine())) << report.errLine().toStdString();
    }
    // No half files, no .deel or -journal left behind.
    EXPECT_EQ(filesIn(disk), (QStringList {QStringLiteral("vulling"), QStringLiteral("vulling2")}));
}

TEST_F(FullDisk, TheDatabaseItselfOnAFullDiskRefusesWholeAndRecovers)
{
    // The database on the small disk: a full import fails whole, in Dutch; once there is room again, the next
    // command leaves no oversized -wal behind. 1024 KB: room for an empty database with its WAL and for the logins
    // after the failed import (768 KB was, up to schema 18; the columns of schema 19 and the bijlage tables of 21
    // took the last of it), not for 300 inwoners.
    MountNamespace::unmount(disk);
    ASSERT_EQ(MountNamespace::mountTmpfs(disk, 1024), QString());
    const QString db = on(QStringLiteral("klein.sqlite"));
    const QString big = fx.file(QStringLiteral("groot.json"));
    ASSERT_EQ(fx.run({QStringLiteral("export"), big}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("--database"), db, QStringLiteral("init")}).exitCode, 0);
    const CliResult r = runCli({QStringLiteral("--database"), db, QStringLiteral("import"), big});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("de schijf is vol"))) << r.errLine().toStdString();
    EXPECT_FALSE(looksEnglish(r.errLine())) << r.errLine().toStdString();
    const CliResult counted = runCli({QStringLiteral("--database"), db, QStringLiteral("count")});
    EXPECT_EQ(counted.exitCode, 0) << counted.errLine().toStdString();
    EXPECT_EQ(counted.out.trimmed(), QByteArray("0"));
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    EXPECT_EQ(runCli({QStringLiteral("--database"), db, QStringLiteral("verify")}).exitCode, 0);
}

TEST(FileSafety, ExportToAFullPipeExitsOne)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("3")}).exitCode, 0);
    // /dev/full: every write fails with ENOSPC.
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(
        QStringLiteral(DW_CLI), {QStringLiteral("--database"), fx.db(), QStringLiteral("export"), QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_EQ(QString::fromUtf8(p.readAllStandardError()).trimmed(),
        QStringLiteral("draagwijzer-cli: de uitvoer kan niet worden geschreven: de schijf is vol"));
}

TEST(FileSafety, ABackupOverTheDatabaseOrItsCompanionsIsRefused)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    for (const QString& target : {fx.db(), fx.db() + QStringLiteral("-wal"), fx.db() + QStringLiteral("-shm")}) {
        const CliResult r = fx.run({QStringLiteral("backup"), QStringLiteral("--out"), target});
        EXPECT_EQ(r.exitCode, 2) << target.toStdString();
        EXPECT_TRUE(r.errLine().contains(QStringLiteral("is de database zelf of een van haar hulpbestanden")))
            << r.errLine().toStdString();
    }
    // The same file by another name (a hard link) is the database too.
    const QString link = fx.file(QStringLiteral("ander-naam.sqlite"));
    ASSERT_EQ(::link(qPrintable(fx.db()), qPrintable(link)), 0);
    EXPECT_EQ(fx.run({QStringLiteral("backup"), QStringLiteral("--out"), link}).exitCode, 2);
    const CliResult self = fx.run({QStringLiteral("restore"), fx.db()});
    EXPECT_EQ(self.exitCode, 2);
    EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("5"));
    EXPECT_EQ(fx.run({QStringLiteral("verify")}).exitCode, 0);
}

TEST(FileSafety, ALockedDatabaseIsCalledLockedNotDamaged)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    // Another program holds the file exclusively, as `sqlite3` with BEGIN EXCLUSIVE in exclusive locking mode does.
    sqlite3* holder = nullptr;
    ASSERT_EQ(sqlite3_open(qPrintable(fx.db()), &holder), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr),
        SQLITE_OK);
    const CliResult r = fx.run({QStringLiteral("count")});
    sqlite3_close(holder);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("is vergrendeld door een ander programma")))
        << r.errLine().toStdString();
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("niet beschadigd")));
    EXPECT_FALSE(r.errLine().contains(QStringLiteral("is beschadigd")));
    EXPECT_EQ(fx.run({QStringLiteral("count")}).out.trimmed(), QByteArray("5"));
}

TEST(FileSafety, ADamagedDatabaseIsCalledDamaged)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    {
        // Page 1 after its 100-byte header: the schema table's b-tree page header.
        QFile f(fx.db());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(200, '\xee'));
    }
    const CliResult r = fx.run({QStringLiteral("count")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("is beschadigd"))) << r.errLine().toStdString();
    EXPECT_TRUE(r.errLine().contains(QStringLiteral("restore")));
}

TEST(FileSafety, AReadOnlyFolderIsReadWithANoteAndLeftAsItWas)
{
    CliFixture fx;
    ASSERT_EQ(fx.run({QStringLiteral("demo"), QStringLiteral("--inwoners"), QStringLiteral("5")}).exitCode, 0);
    ASSERT_EQ(fx.run({QStringLiteral("export"),
                         fx.file(QStringLiteral("een.json")),
                         QStringLiteral("--inwoner"),
                         QStringLiteral("ENS-000001")})
                  .exitCode,
        0);
    QTemporaryDir outside;
    const QString folder = QFileInfo(fx.db()).absolutePath();
    const QStringList before = filesIn(folder);
    if (MountNamespace::entered()) {
        ASSERT_EQ(MountNamespace::bindReadOnly(folder), QString());
    } else if (::geteuid() != 0) {
        ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    } else {
        GTEST_SKIP() << "root zonder eigen mount-namespace: een map is dan niet alleen-lezen te maken";
    }
    const QString note = QStringLiteral("is alleen-lezen en is alleen gelezen");
    const CliResult counted = fx.run({QStringLiteral("count")});
    EXPECT_EQ(counted.exitCode, 0) << counted.errLine().toStdString();
    EXPECT_EQ(counted.out.trimmed(), QByteArray("5"));
    EXPECT_TRUE(counted.errLine().contains(note));
    const CliResult exported = fx.run({QStringLiteral("export"), outside.filePath(QStringLiteral("x.json"))});
    EXPECT_EQ(exported.exitCode, 0) << exported.errLine().toStdString();
    const CliResult report
        = fx.run({QStringLiteral("report"), QStringLiteral("inwoner"), QStringLiteral("ENS-000001")});
    EXPECT_EQ(report.exitCode, 0) << report.errLine().toStdString();
    EXPECT_EQ(fx.run({QStringLiteral("verify")}).exitCode, 0);
    const CliResult imported = fx.run({QStringLiteral("import"), outside.filePath(QStringLiteral("x.json"))});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.errLine().contains(QStringLiteral("kan niet worden gewijzigd")))
        << imported.errLine().toStdString();
    EXPECT_FALSE(imported.errLine().contains(QStringLiteral("beschadigd")));
    EXPECT_EQ(filesIn(folder), before); // no -wal, -shm or anything else beside it
    if (MountNamespace::entered())
        MountNamespace::unmount(folder);
    else
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

int main(int argc, char** argv)
{
    MountNamespace::enter(); // before any thread; as root only
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
