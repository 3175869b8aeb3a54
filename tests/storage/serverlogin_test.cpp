// Team mode: every account is a login of the server, and the server itself enforces the roles (migration 11,
// serverrights.cpp), for the app and the CLI as much as for psql. Only meaningful against PostgreSQL.
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/auditquery.h"
#include "storage/auditretention.h"
#include "storage/bijlagerepository.h"
#include "storage/caseloadquery.h"
#include "storage/database.h"
#include "storage/dossierlifecycle.h"
#include "storage/dossierstore.h"
#include "storage/inwonerrepository.h"
#include "storage/metingrepository.h"
#include "storage/transactionguard.h"

#include "support/fakeclock.h"
#include "support/handcohort.h"
#include "support/teamfixture.h"
#include "support/tempdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dw;

namespace {

const Instrument& ins()
{
    return Instrument::standaard();
}

const QString wachtwoord = QStringLiteral("fiets-boom-lamp-42");

struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Team Noord: M. Jansen (N-1, N-2), S. Öztürk (N-3), teamleider T. Leider; team Zuid: P. Haverkamp (Z-1); and a
// beheerder. Made by the owner of the schema (the IT beheerder's team role) with the first account.
struct Server
{
    test::TestSchema schema;
    std::unique_ptr<Database> owner;

    // `first` writes to the empty schema before the team is made (the oldest audit rows, say).
    explicit Server(const std::function<void(Database&)>& first = {})
    {
        auto opened = Database::openServer(schema.address());
        if (!opened.ok()) {
            ADD_FAILURE() << opened.errorMessage().toStdString();
            return;
        }
        owner = std::move(opened).value();
        if (first)
            first(*owner);
        test::makeTeam(*owner, wachtwoord);
    }

    QString login(const QString& naam) const { return schema.name() + QLatin1Char('.') + naam; }

    ServerAddress addressOf(const QString& naam, const QString& password = wachtwoord) const
    {
        ServerAddress a = schema.address().with(QStringLiteral("user"), login(naam));
        a.setPassword(password);
        return a;
    }

    // The account's own server login, logged in as the app and the CLI do.
    std::unique_ptr<Database> connectAs(const QString& naam, const QString& password = wachtwoord) const
    {
        auto opened = Database::openServer(addressOf(naam, password));
        if (!opened.ok())
            return nullptr;
        auto db = std::move(opened).value();
        const auto in = AccountStore(*db).loginAsServerUser(QStringLiteral("pc-test"));
        EXPECT_TRUE(in.ok() && in->has_value()) << naam.toStdString();
        return db;
    }

    // One statement in psql, with the account's login and password, as anyone with those credentials could.
    Psql psql(const QString& naam, const QString& sql, const QString& password = wachtwoord) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGUSER"), login(naam));
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-csearch_path=") + schema.name());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
            {QStringLiteral("-XAtq"),
                QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"),
                sql});
        p.waitForFinished(30000);
        return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }
};

#define DW_SERVER_ONLY()                                                                                               \
    if (!test::testingServer())                                                                                        \
    GTEST_SKIP() << "alleen op een teamserver"

} // namespace

TEST(ServerLogin, AProfessionalInPsqlReadsOnlyTheirOwnInwoners)
{
    DW_SERVER_ONLY();
    Server s;
    const Psql own
        = s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT string_agg(ref, ',' ORDER BY ref) FROM inwoner"));
    EXPECT_EQ(own.exitCode, 0) << own.err.toStdString();
    EXPECT_EQ(own.out, QStringLiteral("N-1,N-2"));
    // The other team's dossier, asked for by name: no row, also not from the tables under it.
    EXPECT_EQ(
        s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT count(*) FROM inwoner WHERE team = 'Zuid'")).out,
        QStringLiteral("0"));
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"),
                   QStringLiteral("SELECT count(*) FROM meting m JOIN meetmoment mm ON mm.id = m.meetmoment_id "
                                  "WHERE mm.inwoner_id NOT IN (SELECT id FROM inwoner)"))
                  .out,
        QStringLiteral("0"));
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT count(*) FROM meting")).out,
        QStringLiteral("2")); // two inwoners, one meetmoment each, the inwoner's own perspective only
    // Nor can it be changed or removed.
    EXPECT_EQ(
        s.psql(QStringLiteral("M. Jansen"), QStringLiteral("UPDATE inwoner SET naam = 'x' WHERE ref = 'Z-1'")).out,
        QStringLiteral("")); // -q: "UPDATE 0" is not printed; the count below says it
    EXPECT_EQ(
        s.psql(QStringLiteral("P. Haverkamp"), QStringLiteral("SELECT naam <> 'x' FROM inwoner WHERE ref = 'Z-1'")).out,
        QStringLiteral("t"));
    // The audit log is not theirs to read, and no one's to change.
    const Psql audit = s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT actie, inwoner_id FROM audit"));
    EXPECT_NE(audit.exitCode, 0);
    EXPECT_TRUE(audit.err.contains(QLatin1String("permission denied"))) << audit.err.toStdString();
    EXPECT_NE(s.psql(QStringLiteral("B. Heer"), QStringLiteral("DELETE FROM audit")).exitCode, 0);
    // Nor the password hashes of colleagues.
    EXPECT_NE(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT wachtwoord_hash FROM account")).exitCode, 0);
}

TEST(ServerLogin, ATeamleiderReadsTheTeamAndChangesNothingABeheerderReadsNoDossier)
{
    DW_SERVER_ONLY();
    Server s;
    EXPECT_EQ(
        s.psql(QStringLiteral("T. Leider"), QStringLiteral("SELECT string_agg(ref, ',' ORDER BY ref) FROM inwoner"))
            .out,
        QStringLiteral("N-1,N-2,N-3"));
    const Psql change = s.psql(QStringLiteral("T. Leider"), QStringLiteral("UPDATE inwoner SET naam = 'x'"));
    EXPECT_NE(change.exitCode, 0);
    EXPECT_TRUE(change.err.contains(QLatin1String("permission denied"))) << change.err.toStdString();
    EXPECT_EQ(
        s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) FROM inwoner")).out, QStringLiteral("0"));
    EXPECT_EQ(
        s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) FROM meting")).out, QStringLiteral("0"));
    // The beheerder does read the audit log, and sees whose inwoner is whose by ref only.
    EXPECT_EQ(
        s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) > 0 FROM audit")).out, QStringLiteral("t"));
    EXPECT_EQ(s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) FROM inwoner_toewijzing")).out,
        QStringLiteral("4"));
}

TEST(ServerLogin, AWrongPasswordAndABlockedAccountAreRefusedByTheServer)
{
    DW_SERVER_ONLY();
    Server s;
    const Psql wrong
        = s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT 1"), QStringLiteral("niet-het-wachtwoord"));
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("password authentication failed"))) << wrong.err.toStdString();
    auto refused
        = Database::openServer(s.addressOf(QStringLiteral("M. Jansen"), QStringLiteral("niet-het-wachtwoord")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().cause, Error::Cause::NeedsPassword);

    ASSERT_TRUE(AccountStore(*s.owner).setBlocked(QStringLiteral("M. Jansen"), true).ok());
    const Psql blocked = s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT 1"));
    EXPECT_NE(blocked.exitCode, 0);
    EXPECT_TRUE(blocked.err.contains(QLatin1String("not permitted to log in"))) << blocked.err.toStdString();
    auto app = Database::openServer(s.addressOf(QStringLiteral("M. Jansen")));
    ASSERT_FALSE(app.ok());
    EXPECT_TRUE(app.errorMessage().contains(QLatin1String("geblokkeerd"))) << app.errorMessage().toStdString();

    ASSERT_TRUE(AccountStore(*s.owner).setBlocked(QStringLiteral("M. Jansen"), false).ok());
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT 1")).out, QStringLiteral("1"));
}

TEST(ServerLogin, TheAppOnAPersonalLoginIsThatAccountWithItsRoles)
{
    DW_SERVER_ONLY();
    Server s;
    auto db = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(db);
    EXPECT_EQ(db->sessie().gebruiker, QStringLiteral("M. Jansen"));
    EXPECT_TRUE(db->sessie().serverlogin);
    EXPECT_EQ(CaseloadQuery(*db).count({}).value(), 2);
    EXPECT_TRUE(DossierStore(*db, ins()).load(QStringLiteral("N-1")).ok());
    // Another team's dossier is refused with the reason, as on a desk, not reported as unknown.
    const auto zuid = DossierStore(*db, ins()).load(QStringLiteral("Z-1"));
    ASSERT_FALSE(zuid.ok());
    EXPECT_EQ(zuid.error().cause, Error::Cause::Denied);
    // The idle lock: the server checks the password again.
    const Status unlocked = AccountStore(*db).confirm(wachtwoord);
    EXPECT_TRUE(unlocked.ok()) << unlocked.errorMessage().toStdString();
    const Status wrong = AccountStore(*db).confirm(QStringLiteral("niet-het-wachtwoord"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().cause, Error::Cause::Denied);
    EXPECT_EQ(db->sessie().gebruiker, QStringLiteral("M. Jansen")); // still the session, still locked on screen
    // No other account can be used over this connection, whatever its password.
    const auto other = AccountStore(*db).login(QStringLiteral("beheer"), wachtwoord, {});
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.errorMessage().contains(QLatin1String("aangemeld als 'M. Jansen'")));
}

TEST(ServerLogin, AHandOverMovesTheInwonerOnTheServerToo)
{
    DW_SERVER_ONLY();
    Server s;
    auto jansen = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(jansen);
    auto n1 = InwonerRepository(*jansen).findByRef(QStringLiteral("N-1"));
    ASSERT_TRUE(n1.ok());
    Inwoner moved = n1.value();
    moved.professional = QStringLiteral("P. Haverkamp");
    const auto handed = InwonerRepository(*jansen).update(moved);
    ASSERT_TRUE(handed.ok()) << handed.errorMessage().toStdString();
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT string_agg(ref, ',') FROM inwoner")).out,
        QStringLiteral("N-2"));
    EXPECT_EQ(s.psql(QStringLiteral("P. Haverkamp"),
                   QStringLiteral("SELECT string_agg(ref || ':' || team, ',' ORDER BY ref) FROM inwoner"))
                  .out,
        QStringLiteral("N-1:Zuid,Z-1:Zuid"));
}

TEST(ServerLogin, AChangedPasswordIsTheServersPasswordAndABeheerderResetsIt)
{
    DW_SERVER_ONLY();
    Server s;
    const QString nieuw = QStringLiteral("zeilboot-haven-plein-9");
    {
        auto db = s.connectAs(QStringLiteral("M. Jansen"));
        ASSERT_TRUE(db);
        const Status changed = AccountStore(*db).changePassword(QStringLiteral("M. Jansen"), wachtwoord, nieuw);
        ASSERT_TRUE(changed.ok()) << changed.errorMessage().toStdString();
    }
    EXPECT_NE(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT 1")).exitCode, 0);
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT 1"), nieuw).out, QStringLiteral("1"));

    // A reset by the beheerder, over the beheerder's own login: the next login must choose a new one.
    auto heer = s.connectAs(QStringLiteral("B. Heer"));
    ASSERT_TRUE(heer);
    const QString tijdelijk = QStringLiteral("tijdelijk-anker-duin-5");
    const Status reset = AccountStore(*heer).resetPassword(QStringLiteral("M. Jansen"), tijdelijk);
    ASSERT_TRUE(reset.ok()) << reset.errorMessage().toStdString();
    auto again = Database::openServer(s.addressOf(QStringLiteral("M. Jansen"), tijdelijk));
    ASSERT_TRUE(again.ok());
    const auto in = AccountStore(*again.value()).loginAsServerUser({});
    ASSERT_TRUE(in.ok() && in->has_value());
    EXPECT_TRUE(in->value().moetWijzigen);
    // A professional cannot make logins, not even through the server's functions.
    auto jansen = s.connectAs(QStringLiteral("S. Öztürk"));
    ASSERT_TRUE(jansen);
    EXPECT_FALSE(AccountStore(*jansen).add(QStringLiteral("Nieuw"), Rol::Beheerder, {}, nieuw, false).ok());
    const Psql direct = s.psql(QStringLiteral("S. Öztürk"),
        QStringLiteral("SELECT dw_serverlogin_rollen('S. Öztürk', 'professional,beheerder')"));
    EXPECT_NE(direct.exitCode, 0);
    EXPECT_TRUE(direct.err.contains(QLatin1String("alleen een beheerder"))) << direct.err.toStdString();
}

TEST(ServerLogin, TheLifeCycleOnPersonalLoginsClosingInzageAndAnonymisingWithoutReadingTheDossier)
{
    DW_SERVER_ONLY();
    Server s;
    auto jansen = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(jansen);
    const qint64 n1 = InwonerRepository(*jansen).idOf(QStringLiteral("N-1")).value();
    // A correction on request: the professional writes the earlier value, which only the beheerder may read.
    {
        TransactionGuard tx(*jansen);
        ASSERT_TRUE(
            AuditLog(*jansen).withChange(QStringLiteral("correctie op verzoek"), n1, [] { return Status(); }).ok());
        const Status kept = DossierLifecycle::recordCorrectie(
            *jansen, n1, {QStringLiteral("naam"), QStringLiteral("Inwoner N-1"), QStringLiteral("spelfout")});
        ASSERT_TRUE(kept.ok()) << kept.errorMessage().toStdString();
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_NE(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT oude_waarde FROM correctie")).exitCode, 0);
    EXPECT_EQ(s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT oude_waarde FROM correctie")).out,
        QStringLiteral("Inwoner N-1"));
    DossierStatus closed;
    closed.afgeslotenOp = QDate(2010, 1, 4);
    closed.reden = Afsluitreden::Verhuisd;
    ASSERT_TRUE(DossierLifecycle(*jansen).close(n1, closed).ok());
    // The professional reads the dossier's own audit rows for the inzage, though not the audit table.
    const auto rows = AuditQuery(*jansen).voorInzage(n1);
    ASSERT_TRUE(rows.ok()) << rows.errorMessage().toStdString();
    EXPECT_EQ(rows->constLast().actie, QStringLiteral("dossier afgesloten"));
    EXPECT_EQ(rows->constLast().gebruiker, QStringLiteral("M. Jansen"));
    auto ozturk = s.connectAs(QStringLiteral("S. Öztürk"));
    ASSERT_TRUE(ozturk);
    EXPECT_EQ(AuditQuery(*ozturk).voorInzage(n1).error().cause, Error::Cause::Denied); // a colleague's dossier
    // And straight through psql the server refuses it too.
    const Psql direct
        = s.psql(QStringLiteral("S. Öztürk"), QStringLiteral("SELECT count(*) FROM dw_inzage_audit(%1)").arg(n1));
    EXPECT_NE(direct.exitCode, 0);
    // A professional cannot anonymise through the server's function either.
    const Psql notHers
        = s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT dw_anonimiseren(%1, '2026-01-01')").arg(n1));
    EXPECT_NE(notHers.exitCode, 0);
    EXPECT_TRUE(notHers.err.contains(QLatin1String("alleen een beheerder"))) << notHers.err.toStdString();

    // The beheerder sees the closed dossier in the bewaartermijn list and anonymises it without reading it.
    auto heer = s.connectAs(QStringLiteral("B. Heer"));
    ASSERT_TRUE(heer);
    const auto verlopen = DossierLifecycle(*heer).verlopen();
    ASSERT_TRUE(verlopen.ok()) << verlopen.errorMessage().toStdString();
    ASSERT_EQ(verlopen->size(), 1);
    EXPECT_EQ(verlopen->first().ref, QStringLiteral("N-1"));
    EXPECT_EQ(
        s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) FROM inwoner")).out, QStringLiteral("0"));
    const Status done = DossierLifecycle(*heer).anonymize(QStringLiteral("N-1"), QStringLiteral("N-1"));
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("SELECT naam FROM inwoner WHERE ref = 'N-1'")).out,
        QStringLiteral("Geanonimiseerd"));
    EXPECT_EQ(
        s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT count(*) FROM correctie")).out, QStringLiteral("0"));
    // An open dossier is refused by the server's function itself, whoever asks.
    const Psql open = s.psql(QStringLiteral("B. Heer"),
        QStringLiteral("SELECT dw_anonimiseren(%1, '2026-01-01')")
            .arg(InwonerRepository(*jansen).idOf(QStringLiteral("N-2")).value()));
    EXPECT_NE(open.exitCode, 0);
    EXPECT_TRUE(open.err.contains(QLatin1String("alleen een afgesloten dossier"))) << open.err.toStdString();
}

TEST(ServerLogin, TheBeheerdersLoginCleansUpTheOldAuditRowsAndNothingYounger)
{
    DW_SERVER_ONLY();
    Server s([](Database& owner) {
        const test::FakeClock then(QDateTime(QDate(2018, 3, 1), QTime(10, 0), Qt::UTC));
        for (int i = 0; i < 4; ++i)
            ASSERT_TRUE(AuditLog(owner, then).record(QStringLiteral("dossier gelezen")).ok());
    });
    // A professional may not, through the app or psql; a beheerder may not remove a row that no anchor covers.
    auto jansen = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(jansen);
    EXPECT_EQ(AuditRetention(*jansen).opschonen().error().cause, Error::Cause::Denied);
    EXPECT_NE(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("DELETE FROM audit")).exitCode, 0);
    EXPECT_NE(s.psql(QStringLiteral("M. Jansen"),
                   QStringLiteral("INSERT INTO audit_anker (tot_id, hash, grens, tijdstip, gebruiker, aantal) "
                                  "VALUES (99, '', '2000-01-01', '2000-01-01', 'x', 1)"))
                  .exitCode,
        0);
    EXPECT_NE(s.psql(QStringLiteral("B. Heer"), QStringLiteral("DELETE FROM audit WHERE id = 1")).exitCode, 0);
    auto heer = s.connectAs(QStringLiteral("B. Heer"));
    ASSERT_TRUE(heer);
    const auto done = AuditRetention(*heer).opschonen();
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(done->aantal, 4);
    EXPECT_EQ(s.psql(QStringLiteral("B. Heer"), QStringLiteral("SELECT min(id) FROM audit")).out, QStringLiteral("5"));
    // Even with an anchor, psql cannot take rows younger than five years.
    EXPECT_NE(s.psql(QStringLiteral("B. Heer"), QStringLiteral("DELETE FROM audit WHERE id = 5")).exitCode, 0);
    const auto broken = AuditLog::firstBrokenRow(*s.owner);
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken.value().has_value());
}

TEST(ServerLogin, TheChildRowsFollowTheirInwonerAndTheFirstAccountSeesAndChangesTheWholeDesk)
{
    DW_SERVER_ONLY();
    Server s;
    // Every table with inwoner data follows its inwoner (migration 13 asks the session's account once per statement).
    const auto rows = [&s](const char* naam, const char* table) {
        return s.psql(QString::fromUtf8(naam), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).out;
    };
    EXPECT_EQ(rows("M. Jansen", "meetmoment"), QStringLiteral("2"));
    EXPECT_EQ(rows("M. Jansen", "meting"), QStringLiteral("2")); // one meting (the inwoner's) per meetmoment
    EXPECT_EQ(rows("S. Öztürk", "meting"), QStringLiteral("1"));
    EXPECT_EQ(rows("T. Leider", "meetmoment"), QStringLiteral("3")); // team Noord
    // Each of the four inwoners has the same answers: one quarter of the whole desk's.
    const auto answers = [&s](const char* naam) {
        return s
            .psql(QString::fromUtf8(naam),
                QStringLiteral("SELECT coalesce(sum(length(replace(antwoorden, '-', ''))), 0) FROM meting"))
            .out.toInt();
    };
    EXPECT_EQ(answers("P. Haverkamp") * 4, answers("beheer"));
    EXPECT_GT(answers("P. Haverkamp"), 0);
    EXPECT_EQ(answers("B. Heer"), 0);
    // The first account holds every role and no team: the whole desk, and as a professional it changes any dossier.
    EXPECT_EQ(rows("beheer", "inwoner"), QStringLiteral("4"));
    EXPECT_EQ(s.psql(QStringLiteral("beheer"),
                   QStringLiteral("UPDATE inwoner SET gemeente = 'Almelo' WHERE ref = 'Z-1' RETURNING ref"))
                  .out,
        QStringLiteral("Z-1"));
    EXPECT_EQ(
        s.psql(QStringLiteral("S. Öztürk"), QStringLiteral("UPDATE inwoner SET gemeente = 'Almelo' RETURNING ref")).out,
        QStringLiteral("N-3"));
}

TEST(ServerLogin, BijlagenFollowTheirInwonerUnderRowLevelSecurity)
{
    DW_SERVER_ONLY();
    Server s;
    QTemporaryDir dir;
    const QString brief = dir.filePath(QStringLiteral("brief.txt"));
    ASSERT_TRUE(test::writeFileBytes(brief, QByteArray(300 * 1024, 'b'))); // two parts
    const auto idOf
        = [&s](const char* ref) { return InwonerRepository(*s.owner).idOf(QString::fromUtf8(ref)).value(); };
    // The owner's session ("beheer", every role) puts one in a dossier of each team.
    const auto zuid
        = BijlageRepository(*s.owner).voegToe(idOf("Z-1"), brief, QStringLiteral("Zuid"), QDate(2026, 1, 5));
    ASSERT_TRUE(zuid.ok()) << zuid.errorMessage().toStdString();

    // M. Jansen on her own login adds one to her own inwoner and reads it back, part by part, through the policies.
    const auto jansen = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(jansen);
    BijlageRepository repo(*jansen);
    const auto eigen = repo.voegToe(idOf("N-1"), brief, QStringLiteral("Noord"), QDate(2026, 1, 6));
    ASSERT_TRUE(eigen.ok()) << eigen.errorMessage().toStdString();
    ASSERT_TRUE(
        repo.schrijfNaar(eigen->id, dir.filePath(QStringLiteral("terug.txt")), BijlageRepository::geopend()).ok());
    EXPECT_EQ(test::fileBytes(dir.filePath(QStringLiteral("terug.txt"))), test::fileBytes(brief));
    EXPECT_TRUE(repo.lijst(idOf("Z-1"))->isEmpty());
    // Not even there to be refused: the server shows her no such row (on a file: Denied, bijlagerepository_test).
    EXPECT_EQ(
        repo.schrijfNaar(zuid->id, dir.filePath(QStringLiteral("x.txt")), BijlageRepository::geopend()).error().cause,
        Error::Cause::NotFound);

    // In psql, the same: her own bijlage and its two parts, nothing of Zuid's, and no part slipped into it.
    const QString jansenZiet = QStringLiteral("SELECT (SELECT count(*) FROM bijlage) || ',' || "
                                              "(SELECT count(*) FROM bijlage_deel)");
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), jansenZiet).out, QStringLiteral("1,2"));
    const Psql erbij = s.psql(QStringLiteral("M. Jansen"),
        QStringLiteral("INSERT INTO bijlage_deel (bijlage_id, volgnummer, data) VALUES (%1, 9, '\\x00')")
            .arg(zuid->id));
    EXPECT_NE(erbij.exitCode, 0);
    EXPECT_TRUE(erbij.err.contains(QLatin1String("row-level security"))) << erbij.err.toStdString();
    EXPECT_EQ(s.psql(QStringLiteral("P. Haverkamp"), jansenZiet).out, QStringLiteral("1,2"));
    EXPECT_EQ(s.psql(QStringLiteral("T. Leider"), jansenZiet).out, QStringLiteral("1,2")); // team Noord, reading
    EXPECT_NE(s.psql(QStringLiteral("T. Leider"), QStringLiteral("DELETE FROM bijlage")).exitCode, 0); // no GRANT
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), jansenZiet).out, QStringLiteral("1,2"));
    EXPECT_EQ(s.psql(QStringLiteral("B. Heer"), jansenZiet).out, QStringLiteral("0,0"));
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"), QStringLiteral("DELETE FROM bijlage_deel")).exitCode, 0);
    EXPECT_EQ(s.psql(QStringLiteral("P. Haverkamp"), jansenZiet).out, QStringLiteral("1,2")); // hers untouched
}

TEST(ServerLogin, TheLastMeetmomentOnTheInwonerFollowsAProfessionalsOwnSave)
{
    DW_SERVER_ONLY();
    Server s;
    // Migration 23: M. Jansen adds a meetmoment to her own inwoner on her own login. Its trigger writes the inwoner's
    // last meetmoment as the schema's owner (she may change the meetmoment; the policy on inwoner is not asked), and
    // her teamleider's caseload filters on it.
    auto jansen = s.connectAs(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(jansen);
    const auto id = InwonerRepository(*jansen).idOf(QStringLiteral("N-1"));
    ASSERT_TRUE(id.ok());
    Meetmoment m;
    m.datum = QDate(2026, 11, 1);
    m.inwoner = test::handMeting(Perspectief::Inwoner, 4, 2);
    ASSERT_TRUE(MetingRepository(*jansen, ins()).addMeetmoment(*id, m).ok());
    auto leider = s.connectAs(QStringLiteral("T. Leider"));
    ASSERT_TRUE(leider);
    CaseloadFilter f;
    f.kwadrantInwoner = Kwadrant::EnkelCompetenties;
    const auto rows = CaseloadQuery(*leider).page(f, std::nullopt, 10);
    ASSERT_TRUE(rows.ok()) << rows.errorMessage().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().ref, QStringLiteral("N-1"));
    EXPECT_EQ(rows->first().meetmomenten, 2);
    EXPECT_EQ(rows->first().laatsteMeting, QDate(2026, 11, 1));
    // Her own login cannot set the columns of someone else's inwoner: the policy on inwoner still holds there.
    EXPECT_EQ(s.psql(QStringLiteral("M. Jansen"),
                   QStringLiteral("UPDATE inwoner SET laatste_volgnummer = 9 WHERE ref = 'N-3' RETURNING ref"))
                  .out,
        QString());
}
