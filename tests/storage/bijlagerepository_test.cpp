// The bijlagen's storage (migration 21, issue 18 point 4), on both engines: a 25 MB file there and back byte for
// byte, the limit, a stop halfway, a damaged part, the audit rows, who may see and change them, and anonymising.
#include "storage/bijlagerepository.h"

#include "storage/accountstore.h"
#include "storage/dossierlifecycle.h"
#include "storage/inwonerrepository.h"

#include "support/fakeclock.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <iostream>

using namespace dw;

namespace {

const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");

// Writes `grootte` bytes of reproducible noise (no two parts alike) to `pad`, 64 KiB at a time, and returns their
// SHA-256 in hex, worked out here, apart from the repository.
QString schrijfRuis(const QString& pad, qint64 grootte)
{
    QFile f(pad);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator ruis(2016);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray blok(64 * 1024, Qt::Uninitialized);
    for (qint64 gedaan = 0; gedaan < grootte;) {
        const qint64 n = std::min<qint64>(blok.size(), grootte - gedaan);
        ruis.fillRange(reinterpret_cast<quint32*>(blok.data()), blok.size() / 4);
        f.write(blok.constData(), n);
        hash.addData(QByteArrayView(blok.constData(), n));
        gedaan += n;
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Whether two files hold the same bytes, compared 64 KiB at a time.
bool gelijk(const QString& a, const QString& b)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        if (fa.read(64 * 1024) != fb.read(64 * 1024))
            return false;
    }
    return true;
}

// Starts the peak over from what is resident now (Linux 4.0 and later): the test's set-up peaks far higher (the
// accounts' Argon2 hashes take 64 MB each) than what is measured after it.
bool peilOpnieuw()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// The peak resident memory of this process since peilOpnieuw(), in kB.
qint64 vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray regel = status.readLine(); !regel.isEmpty(); regel = status.readLine()) {
        if (regel.startsWith("VmHWM:"))
            return regel.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// test::makeTeam: M. Jansen (N-1, N-2), S. Öztürk (N-3), teamleider T. Leider (Noord), beheerder B. Heer.
class BijlageRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::makeTeam(t.db(), wachtwoord);
        as("M. Jansen");
    }
    void as(const char* naam)
    {
        ASSERT_TRUE(AccountStore(t.db()).login(QString::fromUtf8(naam), wachtwoord, {}).ok()) << naam;
    }
    qint64 id(const char* ref) { return InwonerRepository(t.db()).idOf(QString::fromUtf8(ref)).value(); }
    int count(const char* sql)
    {
        QSqlQuery q(t.db().connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toInt() : -1;
    }
    QStringList audit(const char* actie)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT gebruiker || ': ' || uitkomst || ' ' || details FROM audit WHERE actie = ? "
                                 "ORDER BY id"));
        q.addBindValue(QString::fromUtf8(actie));
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString().trimmed();
        return out;
    }
    QString pad(const char* naam) const { return QDir(t.dir()).filePath(QString::fromUtf8(naam)); }
    Bijlage klein(const char* ref, const char* omschrijving, const QDate& datum)
    {
        test::writeFileBytes(pad("brief.txt"), QByteArrayLiteral("Geachte mevrouw, hierbij de toestemming.\n"));
        const auto b = repo.voegToe(id(ref), pad("brief.txt"), QString::fromUtf8(omschrijving), datum);
        EXPECT_TRUE(b.ok()) << b.errorMessage().toStdString();
        return b.ok() ? b.value() : Bijlage {};
    }

    test::TempDatabase t;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    BijlageRepository repo {t.db(), clock};
};

} // namespace

TEST_F(BijlageRepositoryTest, A25MegabyteFileGoesInAndComesOutByteForByteInPartsOf256KiB)
{
    const qint64 grootte = bijlage::maxGrootte; // exactly the limit: allowed
    const QString sha = schrijfRuis(pad("scan.pdf"), grootte);
    ASSERT_EQ(sha.size(), 64);
    QVector<qint64> stappen;
    const auto b = repo.voegToe(id("N-1"),
        pad("scan.pdf"),
        QStringLiteral("  Toestemmingsformulier, ondertekend "),
        QDate(2026, 11, 20),
        [&stappen](qint64 gedaan, qint64 totaal) {
            stappen << gedaan;
            return totaal == bijlage::maxGrootte;
        });
    ASSERT_TRUE(b.ok()) << b.errorMessage().toStdString();
    EXPECT_EQ(b->grootte, 25000000);
    EXPECT_EQ(b->sha256, sha);
    EXPECT_EQ(b->omschrijving, QStringLiteral("Toestemmingsformulier, ondertekend"));
    EXPECT_EQ(b->bestandsnaam, QStringLiteral("scan.pdf"));
    EXPECT_EQ(b->mimeType, QStringLiteral("application/pdf")); // by its name: the content is noise
    EXPECT_EQ(b->toegevoegdDoor, QStringLiteral("M. Jansen"));
    // 25,000,000 / 262,144 = 95.4: 95 whole parts and one of 96,320 bytes, each reported once.
    ASSERT_EQ(stappen.size(), 96);
    EXPECT_EQ(stappen.first(), 262144);
    EXPECT_EQ(stappen.at(94), 95 * 262144);
    EXPECT_EQ(stappen.last(), 25000000);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 96);
    EXPECT_EQ(count("SELECT max(length(data)) FROM bijlage_deel"), 262144);
    EXPECT_EQ(count("SELECT min(length(data)) FROM bijlage_deel"), 96320);

    const auto lijst = repo.lijst(id("N-1"));
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 1);
    EXPECT_EQ(lijst->first().sha256, sha);
    EXPECT_EQ(lijst->first().datum, QDate(2026, 11, 20));
    EXPECT_EQ(lijst->first().toegevoegdOp, QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC));

    int delen = 0;
    ASSERT_TRUE(repo.schrijfNaar(b->id,
                        pad("terug.pdf"),
                        BijlageRepository::opgeslagen(),
                        [&delen](qint64, qint64) {
                            ++delen;
                            return true;
                        })
                    .ok());
    EXPECT_EQ(delen, 96);
    EXPECT_TRUE(gelijk(pad("scan.pdf"), pad("terug.pdf")));
}

TEST_F(BijlageRepositoryTest, OneByteOverTheLimitIsRefusedBeforeAnythingIsWritten)
{
    QFile f(pad("te-groot.pdf"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(bijlage::maxGrootte + 1)); // sparse: takes no disk
    f.close();
    const int auditVoor = count("SELECT count(*) FROM audit");
    bool gevraagd = false;
    const auto b = repo.voegToe(
        id("N-1"), pad("te-groot.pdf"), QStringLiteral("Te groot"), QDate(2026, 11, 20), [&gevraagd](qint64, qint64) {
            return gevraagd = true;
        });
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(b.errorMessage().left(81),
        QStringLiteral("Dit bestand is 25.000.001 bytes groot; een bijlage mag hoogstens 25.000.000 bytes"));
    EXPECT_FALSE(gevraagd);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit"), auditVoor);
}

TEST_F(BijlageRepositoryTest, StoppingHalfwayLeavesNothing)
{
    schrijfRuis(pad("scan.jpg"), 3 * 1000 * 1000); // 12 parts
    const int auditVoor = count("SELECT count(*) FROM audit");
    int delen = 0;
    const auto b = repo.voegToe(id("N-1"),
        pad("scan.jpg"),
        QStringLiteral("Scan"),
        QDate(2026, 11, 20),
        [&delen](qint64 gedaan, qint64 totaal) {
            ++delen;
            return gedaan < totaal / 2;
        });
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.errorMessage(), QStringLiteral("Toevoegen afgebroken; er is niets bewaard."));
    EXPECT_EQ(delen, 6); // 6 x 262,144 = 1,572,864 is the first past half of 3,000,000
    EXPECT_EQ(count("SELECT count(*) FROM bijlage"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit"), auditVoor);
    // And the next one goes in as if nothing happened.
    EXPECT_TRUE(repo.voegToe(id("N-1"), pad("scan.jpg"), QStringLiteral("Scan"), QDate(2026, 11, 20)).ok());
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 12);
}

TEST_F(BijlageRepositoryTest, AddingAndRemovingCheckTheirInputAndAreAudited)
{
    EXPECT_EQ(
        repo.voegToe(id("N-1"), pad("bestaat-niet.pdf"), QStringLiteral("Brief"), QDate(2026, 11, 20)).error().cause,
        Error::Cause::NotFound);
    if (!test::testingServer()) {
        // The database file itself, or its WAL: never opened here (closing it would drop SQLite's locks).
        for (const QString& eigen : {t.path(), t.path() + QStringLiteral("-wal")})
            EXPECT_EQ(repo.voegToe(id("N-1"), eigen, QStringLiteral("Database"), QDate(2026, 11, 20)).errorMessage(),
                QStringLiteral("Dat is het databasebestand van Draagwijzer zelf; dat kan geen bijlage zijn."));
    }
    test::writeFileBytes(pad("leeg.txt"), {});
    EXPECT_EQ(repo.voegToe(id("N-1"), pad("leeg.txt"), QStringLiteral("Brief"), QDate(2026, 11, 20)).errorMessage(),
        QStringLiteral("Dit bestand is leeg; er is niets om te bewaren."));
    test::writeFileBytes(pad("brief.txt"), QByteArrayLiteral("x"));
    EXPECT_EQ(repo.voegToe(id("N-1"), pad("brief.txt"), QStringLiteral("  "), QDate(2026, 11, 20)).errorMessage(),
        QStringLiteral("Geef een omschrijving, bijvoorbeeld \"Toestemmingsformulier, ondertekend\"."));
    EXPECT_EQ(repo.voegToe(id("N-1"), pad("brief.txt"), QStringLiteral("Brief"), QDate(2026, 11, 26)).errorMessage(),
        QStringLiteral("De datum ligt in de toekomst."));

    const Bijlage brief = klein("N-1", "Brief van de woningcorporatie", QDate(2026, 10, 1));
    const Bijlage formulier = klein("N-1", "Aanvraagformulier", QDate(2026, 11, 2));
    klein("N-2", "Van een ander dossier", QDate(2026, 11, 3));
    const auto lijst = repo.lijst(id("N-1"));
    ASSERT_TRUE(lijst.ok());
    ASSERT_EQ(lijst->size(), 2);
    EXPECT_EQ(lijst->at(0).omschrijving, QStringLiteral("Aanvraagformulier")); // newest document first
    EXPECT_EQ(lijst->at(1).omschrijving, QStringLiteral("Brief van de woningcorporatie"));
    EXPECT_EQ(lijst->at(1).mimeType, QStringLiteral("text/plain"));
    EXPECT_EQ(lijst->at(1).grootte, 41);

    ASSERT_TRUE(repo.schrijfNaar(brief.id, pad("open.txt"), BijlageRepository::geopend()).ok());
    EXPECT_EQ(test::fileBytes(pad("open.txt")), QByteArrayLiteral("Geachte mevrouw, hierbij de toestemming.\n"));
    ASSERT_TRUE(repo.verwijder(formulier.id).ok());
    EXPECT_EQ(repo.verwijder(formulier.id).error().cause, Error::Cause::NotFound);
    EXPECT_EQ(repo.lijst(id("N-1"))->size(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 2);

    // Ids only: the audit log never names a file.
    const QString b1 = QString::number(brief.id);
    const QString b2 = QString::number(formulier.id);
    EXPECT_EQ(audit("bijlage toegevoegd"),
        (QStringList {QStringLiteral("M. Jansen: gelukt bijlage ") + b1,
            QStringLiteral("M. Jansen: gelukt bijlage ") + b2,
            QStringLiteral("M. Jansen: gelukt bijlage ") + QString::number(formulier.id + 1)}));
    EXPECT_EQ(audit("bijlage geopend"), QStringList {QStringLiteral("M. Jansen: gelukt bijlage ") + b1});
    EXPECT_EQ(audit("bijlage verwijderd"), QStringList {QStringLiteral("M. Jansen: gelukt bijlage ") + b2});
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE details LIKE '%brief%'"), 0);
}

TEST_F(BijlageRepositoryTest, ADamagedPartIsNotHandedOutAndTheTargetStaysAsItWas)
{
    const Bijlage brief = klein("N-1", "Brief", QDate(2026, 10, 1));
    {
        // As the owner of the tables would (row-level security keeps a professional from doing this on a server).
        auto eigenaar = t.openAnother();
        ASSERT_TRUE(eigenaar.ok());
        QSqlQuery q(eigenaar.value()->connection());
        q.prepare(QStringLiteral("UPDATE bijlage_deel SET data = ? WHERE bijlage_id = ?"));
        q.addBindValue(QByteArrayLiteral("Geachte meneer,  hierbij de toestemming.\n"));
        q.addBindValue(brief.id);
        ASSERT_TRUE(q.exec());
    }
    test::writeFileBytes(pad("er-al.txt"), QByteArrayLiteral("wat er stond"));
    const Status s = repo.schrijfNaar(brief.id, pad("er-al.txt"), BijlageRepository::geopend());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().cause, Error::Cause::Damaged);
    EXPECT_EQ(test::fileBytes(pad("er-al.txt")), QByteArrayLiteral("wat er stond"));
    EXPECT_TRUE(audit("bijlage geopend").isEmpty());
}

TEST_F(BijlageRepositoryTest, OnlyTheOwnProfessionalChangesAndTheTeamleiderOnlyReads)
{
    const Bijlage brief = klein("N-1", "Brief", QDate(2026, 10, 1));
    as("S. Öztürk"); // same team, another caseload
    EXPECT_TRUE(repo.lijst(id("N-1"))->isEmpty());
    EXPECT_EQ(
        repo.schrijfNaar(brief.id, pad("x.txt"), BijlageRepository::geopend()).error().cause, Error::Cause::Denied);
    test::writeFileBytes(pad("y.txt"), QByteArrayLiteral("y"));
    EXPECT_EQ(repo.voegToe(id("N-1"), pad("y.txt"), QStringLiteral("Y"), QDate(2026, 11, 1)).error().cause,
        Error::Cause::Denied);
    EXPECT_FALSE(QFile::exists(pad("x.txt")));

    as("T. Leider"); // reads the team's dossiers, changes none
    EXPECT_EQ(repo.lijst(id("N-1"))->size(), 1);
    EXPECT_TRUE(repo.schrijfNaar(brief.id, pad("x.txt"), BijlageRepository::geopend()).ok());
    EXPECT_EQ(repo.verwijder(brief.id).error().cause, Error::Cause::Denied);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage"), 1);
    EXPECT_EQ(audit("bijlage verwijderd"), QStringList {QStringLiteral("T. Leider: geweigerd")});
}

TEST_F(BijlageRepositoryTest, AnonymisingDeletesTheBijlagenOfThatDossierOnly)
{
    schrijfRuis(pad("scan.pdf"), 600 * 1000); // 3 parts
    ASSERT_TRUE(repo.voegToe(id("N-1"), pad("scan.pdf"), QStringLiteral("Scan"), QDate(2026, 11, 1)).ok());
    klein("N-1", "Brief", QDate(2026, 11, 2));
    klein("N-2", "Blijft", QDate(2026, 11, 3));
    DossierLifecycle lifecycle(t.db(), clock);
    DossierStatus status;
    status.afgeslotenOp = QDate(2026, 11, 24);
    status.reden = Afsluitreden::Verhuisd;
    ASSERT_TRUE(lifecycle.close(id("N-1"), status).ok());
    as("B. Heer");
    ASSERT_TRUE(lifecycle.anonymize(QStringLiteral("N-1"), QStringLiteral("N-1")).ok());
    as("M. Jansen");
    EXPECT_TRUE(repo.lijst(id("N-1"))->isEmpty());
    EXPECT_EQ(repo.lijst(id("N-2"))->size(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 1);
}

TEST_F(BijlageRepositoryTest, ARemovedRegistrationTakesItsBijlagenWithIt)
{
    klein("N-2", "Brief", QDate(2026, 11, 2));
    klein("N-1", "Blijft", QDate(2026, 11, 3));
    ASSERT_TRUE(InwonerRepository(t.db()).remove(id("N-2")).ok());
    EXPECT_EQ(count("SELECT count(*) FROM bijlage"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bijlage_deel"), 1);
}

TEST_F(BijlageRepositoryTest, APartIsTheMostEverHeldInMemory)
{
    DW_SQLITE_ONLY("the process's own memory; a server keeps its pages elsewhere");
    // SQLite's own cache and memory map would hold the file's pages too; made small here, so that what is
    // measured is the repository's.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size = -1024")));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA mmap_size = 0")));
    q.finish();
    schrijfRuis(pad("scan.pdf"), bijlage::maxGrootte);
    if (!peilOpnieuw())
        GTEST_SKIP() << "/proc/self/clear_refs is niet te schrijven";
    const qint64 voor = vmHwmKb();
    ASSERT_GT(voor, 0);
    const auto b = repo.voegToe(id("N-1"), pad("scan.pdf"), QStringLiteral("Scan"), QDate(2026, 11, 1));
    ASSERT_TRUE(b.ok()) << b.errorMessage().toStdString();
    ASSERT_TRUE(repo.schrijfNaar(b->id, pad("terug.pdf"), BijlageRepository::geopend()).ok());
    const qint64 groei = vmHwmKb() - voor;
    std::cout << "VmHWM grew by " << groei << " kB for a 25 MB file in and out\n";
    // Reading the file whole (readAll) or fetching all parts at once would add 25,000 kB or more.
    EXPECT_LT(groei, 8 * 1024);
    // And the measurement does see that: the file read whole, once.
    ASSERT_TRUE(peilOpnieuw());
    const qint64 zonderDelen = vmHwmKb();
    {
        QFile f(pad("scan.pdf"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray alles = f.readAll();
        EXPECT_EQ(alles.size(), bijlage::maxGrootte);
    }
    std::cout << "readAll grew it by " << vmHwmKb() - zonderDelen << " kB\n";
    EXPECT_GT(vmHwmKb() - zonderDelen, 24 * 1000);
    EXPECT_TRUE(gelijk(pad("scan.pdf"), pad("terug.pdf")));
}
