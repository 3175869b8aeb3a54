// makeInzage: the audited read, the two files and the refusals, on a real database (and on PostgreSQL).
#include "reporting/inzage.h"

#include "core/exchangeformat.h"
#include "storage/accountstore.h"
#include "storage/auditquery.h"
#include "storage/bijlagerepository.h"
#include "storage/dossierstore.h"

#include "guipdf.h"
#include "support/handcohort.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

const QDate vandaag(2026, 11, 25);
const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");

class Inzage : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureGuiApplication(); }

    // test::makeTeam: team Noord with M. Jansen (N-1, N-2) and S. Öztürk (N-3), team Zuid with P. Haverkamp (Z-1).
    void team() { test::makeTeam(t.db(), wachtwoord); }
    void as(const char* naam)
    {
        ASSERT_TRUE(AccountStore(t.db()).login(QString::fromUtf8(naam), wachtwoord, {}).ok()) << naam;
    }
    QString map(const char* naam) const { return QDir(out.path()).filePath(QString::fromUtf8(naam)); }

    test::TempDatabase t;
    QTemporaryDir out;
};

} // namespace

TEST_F(Inzage, WritesThePdfAndTheInwonersOwnFileIntoANewFolder)
{
    Dossier d = test::handDossier(QStringLiteral("ENS-0001"), QStringLiteral("Enschede"));
    test::addMeetmoment(d, QDate(2016, 6, 14), 4, 2, 1, true);
    d.plannen = {Plan {}};
    d.plannen[0].datum = QDate(2016, 7, 1);
    d.plannen[0].hulpvraag = QStringLiteral("Hulp bij de schulden");
    ASSERT_TRUE(DossierStore(t.db(), ins()).importDossiers({d}).ok());
    const QString dir = map("nieuw/inzage");

    const Status s = makeInzage(t.db(), ins(), QStringLiteral("ENS-0001"), dir, vandaag);
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();

    // The inwoner's own copy reads back as the same dossier (draagwijzer/1).
    QFile json(QDir(dir).filePath(QStringLiteral("inzage-ENS-0001.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const auto terug = ExchangeFormat(ins()).read(json.readAll());
    ASSERT_TRUE(terug.ok()) << terug.errorMessage().toStdString();
    ASSERT_EQ(terug->size(), 1);
    EXPECT_EQ(terug->first().inwoner.naam, QStringLiteral("Inwoner ENS-0001"));
    ASSERT_EQ(terug->first().meetmomenten.size(), 1);
    EXPECT_EQ(terug->first().meetmomenten[0].inwoner, d.meetmomenten[0].inwoner);
    EXPECT_EQ(terug->first().plannen.size(), 1);

    // The PDF lists this inzage itself among who saw the dossier.
    const QString text = test::pdfText(QDir(dir).filePath(QStringLiteral("inzage-ENS-0001.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Inwoner ENS-0001"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Hulp bij de schulden")));
    EXPECT_TRUE(text.contains(QStringLiteral("dit overzicht gemaakt")));
}

TEST_F(Inzage, IsAnAuditedReadThatTheInwonerSeesWithRefusedTries)
{
    team();
    as("S. Öztürk");
    ASSERT_FALSE(DossierStore(t.db(), ins()).load(QStringLiteral("N-1")).ok()); // not hers: refused and logged
    as("M. Jansen");
    ASSERT_TRUE(makeInzage(t.db(), ins(), QStringLiteral("N-1"), map("n1"), vandaag).ok());

    const qint64 id = DossierStore(t.db(), ins()).load(QStringLiteral("N-1")).value().inwoner.id;
    const auto rows = AuditQuery(t.db()).voorInzage(id);
    ASSERT_TRUE(rows.ok());
    int inzagen = 0;
    for (const AuditRegel& r : rows.value()) {
        if (r.actie == QStringLiteral("inzage verstrekt") && r.gebruiker == QStringLiteral("M. Jansen"))
            ++inzagen;
    }
    EXPECT_EQ(inzagen, 1);

    const QString text = test::pdfText(QDir(map("n1")).filePath(QStringLiteral("inzage-N-1.pdf")));
    const QString geweigerd = test::lineWith(text, QStringLiteral("S. Öztürk"));
    EXPECT_TRUE(geweigerd.contains(QStringLiteral("professional"))) << text.toStdString();
    EXPECT_TRUE(geweigerd.contains(QStringLiteral("wilde dossier")));
    // The outcome may wrap onto the next line of its cell.
    const qsizetype rij = text.indexOf(QStringLiteral("S. Öztürk"));
    EXPECT_TRUE(
        text.mid(rij, text.indexOf(QStringLiteral("M. Jansen"), rij) - rij).contains(QStringLiteral("geweigerd")));
    EXPECT_TRUE(test::lineWith(text, QStringLiteral("dit overzicht gemaakt")).contains(QStringLiteral("M. Jansen")));
}

TEST_F(Inzage, ADossierThisAccountMayNotSeeIsRefusedAndNothingIsWritten)
{
    team();
    as("M. Jansen");
    const Status s = makeInzage(t.db(), ins(), QStringLiteral("N-3"), map("n3"), vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().cause, Error::Cause::Denied);
    EXPECT_FALSE(QFileInfo::exists(map("n3")));
}

TEST_F(Inzage, AnUnknownOrEmptyRefIsRefusedWithTheStoragesReason)
{
    const Status unknown = makeInzage(t.db(), ins(), QStringLiteral("XXX-9"), map("x"), vandaag);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(unknown.errorMessage(), QStringLiteral("onbekende inwoner 'XXX-9'"));
    EXPECT_FALSE(QFileInfo::exists(map("x")));
    const Status empty = makeInzage(t.db(), ins(), QString(), map("x"), vandaag);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, Error::Kind::BadInput);
}

TEST_F(Inzage, UnsafeCharactersInTheRefAreReplacedInTheFileNames)
{
    EXPECT_EQ(inzageBestandsnaam(QStringLiteral("ENS-0001")), QStringLiteral("inzage-ENS-0001"));
    EXPECT_EQ(inzageBestandsnaam(QStringLiteral("../a b:c\\é")), QStringLiteral("inzage-.._a_b_c__"));
    ASSERT_TRUE(DossierStore(t.db(), ins())
                    .importDossiers({test::handDossier(QStringLiteral("ENS/7"), QStringLiteral("Enschede"))})
                    .ok());
    ASSERT_TRUE(makeInzage(t.db(), ins(), QStringLiteral("ENS/7"), map("m"), vandaag).ok());
    EXPECT_TRUE(QFile::exists(QDir(map("m")).filePath(QStringLiteral("inzage-ENS_7.pdf"))));
    EXPECT_TRUE(QFile::exists(QDir(map("m")).filePath(QStringLiteral("inzage-ENS_7.json"))));
}

TEST_F(Inzage, AFileWhereTheFolderShouldBeIsRefused)
{
    ASSERT_TRUE(DossierStore(t.db(), ins())
                    .importDossiers({test::handDossier(QStringLiteral("ENS-1"), QStringLiteral("Enschede"))})
                    .ok());
    ASSERT_TRUE(test::writeFileBytes(map("bestand"), "x"));
    const Status s = makeInzage(t.db(), ins(), QStringLiteral("ENS-1"), map("bestand"), vandaag);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("geen map")));
    // Refused before the read: no "inzage verstrekt" for an inzage that was never made.
    const qint64 id = DossierStore(t.db(), ins()).load(QStringLiteral("ENS-1")).value().inwoner.id;
    const auto rows = AuditQuery(t.db()).voorInzage(id);
    ASSERT_TRUE(rows.ok());
    for (const AuditRegel& r : rows.value())
        EXPECT_NE(r.actie, QStringLiteral("inzage verstrekt"));
}

TEST_F(Inzage, TheBijlagenAreListedInThePdfAndCopiedIntoAFolderBesideIt)
{
    ASSERT_TRUE(DossierStore(t.db(), ins())
                    .importDossiers({test::handDossier(QStringLiteral("ENS-0002"), QStringLiteral("Enschede"))})
                    .ok());
    const qint64 id = DossierStore(t.db(), ins()).load(QStringLiteral("ENS-0002")).value().inwoner.id;
    const QString brief = map("Brief gemeente.pdf");
    ASSERT_TRUE(test::writeFileBytes(brief, QByteArrayLiteral("%PDF-1.4 brief")));
    BijlageRepository bijlagen(t.db());
    // Two of one name on one day: the second copy gets "(2)".
    ASSERT_TRUE(bijlagen.voegToe(id, brief, QStringLiteral("Brief over de toeslag"), QDate(2026, 3, 2)).ok());
    ASSERT_TRUE(bijlagen.voegToe(id, brief, QStringLiteral("Tweede brief"), QDate(2026, 3, 2)).ok());
    const QString dir = map("inzage");

    const Status s = makeInzage(t.db(), ins(), QStringLiteral("ENS-0002"), dir, vandaag);
    ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();

    const QDir kopieen(QDir(dir).filePath(QStringLiteral("inzage-ENS-0002-bijlagen")));
    EXPECT_EQ(kopieen.entryList(QDir::Files, QDir::Name),
        (QStringList {
            QStringLiteral("2026-03-02 (2) Brief gemeente.pdf"), QStringLiteral("2026-03-02 Brief gemeente.pdf")}));
    EXPECT_EQ(test::fileBytes(kopieen.filePath(QStringLiteral("2026-03-02 Brief gemeente.pdf"))),
        QByteArrayLiteral("%PDF-1.4 brief"));
    const QString text = test::pdfText(QDir(dir).filePath(QStringLiteral("inzage-ENS-0002.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Brief over de toeslag"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("inzage-ENS-0002-bijlagen")));
    // The inzage's own audit row covers the copies: no "bijlage geopend" for them.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit WHERE actie LIKE 'bijlage %' AND actie <> "
                                      "'bijlage toegevoegd'"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}
