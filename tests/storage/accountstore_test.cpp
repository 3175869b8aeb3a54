#include "storage/accountstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"

#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sodium.h>

using namespace dw;

namespace {

const QString goed = QStringLiteral("fiets-boom-lamp-42");
const QString ook = QStringLiteral("zonnebloem-kade-7");

struct AuditRow
{
    QString gebruiker, rol, actie, uitkomst, werkplek;
};

AuditRow lastAudit(Database& db, int back = 0)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT gebruiker, rol, actie, uitkomst, werkplek FROM audit ORDER BY id DESC LIMIT 1 OFFSET ?"));
    q.addBindValue(back);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString()};
}

QString storedHash(Database& db, const QString& naam)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT wachtwoord_hash FROM account WHERE naam = ?"));
    q.addBindValue(naam);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A desk with its first account and a professional, logged in as the first (a beheerder among other roles).
struct Desk
{
    test::TempDatabase t;
    test::FakeClock clock;
    AccountStore accounts {t.db(), clock};

    Desk()
    {
        EXPECT_TRUE(accounts.createFirst(QStringLiteral("beheer"), goed).ok());
        EXPECT_TRUE(accounts.login(QStringLiteral("beheer"), goed, QStringLiteral("pc-balie")).ok());
        const Status added
            = accounts.add(QStringLiteral("M. Jansen"), Rol::Professional, QStringLiteral("Noord"), ook, false);
        EXPECT_TRUE(added.ok()) << added.errorMessage().toStdString();
    }
};

} // namespace

TEST(AccountStore, TheFirstAccountHoldsEveryRoleAndItsLoginIsAudited)
{
    Desk d;
    const auto a = d.accounts.find(QStringLiteral("beheer"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->rollen, rollen::alle);
    EXPECT_TRUE(a->team.isEmpty());
    const auto again = d.accounts.login(QStringLiteral("beheer"), goed, QStringLiteral("pc-balie"));
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(again->sessie.rollen, rollen::alle);
    EXPECT_EQ(d.t.db().sessie().gebruiker, QStringLiteral("beheer"));
    const AuditRow row = lastAudit(d.t.db());
    EXPECT_EQ(row.actie, QStringLiteral("ingelogd"));
    EXPECT_EQ(row.gebruiker, QStringLiteral("beheer"));
    EXPECT_EQ(row.rol, QStringLiteral("professional,teamleider,beheerder"));
    EXPECT_EQ(row.werkplek, QStringLiteral("pc-balie"));
    EXPECT_EQ(row.uitkomst, QStringLiteral("gelukt"));
    EXPECT_FALSE(AuditLog::firstBrokenRow(d.t.db()).value().has_value());
}

TEST(AccountStore, ASecondFirstAccountIsRefused)
{
    Desk d;
    EXPECT_FALSE(d.accounts.createFirst(QStringLiteral("nog een"), QStringLiteral("appel-peer-banaan")).ok());
}

TEST(AccountStore, PasswordsAreStoredAsArgon2idStringsOnly)
{
    Desk d;
    const QString hash = storedHash(d.t.db(), QStringLiteral("M. Jansen"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(ook));
}

TEST(AccountStore, AWrongPasswordAndAnUnknownNameGetTheSameRefusal)
{
    Desk d;
    const auto wrong = d.accounts.login(QStringLiteral("M. Jansen"), QStringLiteral("fout-fout-fout"), {});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().cause, Error::Cause::Denied);
    EXPECT_EQ(wrong.error().kind, Error::Kind::BadInput);
    const auto unknown = d.accounts.login(QStringLiteral("niemand"), ook, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.errorMessage(), unknown.errorMessage());
    EXPECT_EQ(lastAudit(d.t.db()).actie, QStringLiteral("inloggen mislukt"));
    EXPECT_EQ(lastAudit(d.t.db()).uitkomst, QStringLiteral("mislukt"));
    EXPECT_EQ(lastAudit(d.t.db(), 1).gebruiker, QStringLiteral("M. Jansen"));
    EXPECT_FALSE(d.t.db().sessie().aangemeld()); // a failed login leaves nobody logged in
    EXPECT_EQ(d.accounts.find(QStringLiteral("M. Jansen"))->misluktePogingen, 1);
}

TEST(AccountStore, FiveFailedTriesLockTheAccountForFifteenMinutes)
{
    Desk d;
    for (int i = 1; i <= 4; ++i)
        EXPECT_EQ(d.accounts.login(QStringLiteral("M. Jansen"), QStringLiteral("fout-fout-fout"), {}).error().cause,
            Error::Cause::Denied);
    const auto fifth = d.accounts.login(QStringLiteral("M. Jansen"), QStringLiteral("fout-fout-fout"), {});
    EXPECT_EQ(fifth.error().cause, Error::Cause::Locked);
    EXPECT_TRUE(fifth.errorMessage().contains(QStringLiteral("15 minuten"))) << fifth.errorMessage().toStdString();
    EXPECT_EQ(lastAudit(d.t.db()).actie, QStringLiteral("account vergrendeld"));
    // The right password does not open it within the 15 minutes...
    d.clock.set(d.clock.now().addSecs(14 * 60 + 59));
    const auto early = d.accounts.login(QStringLiteral("M. Jansen"), ook, {});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().cause, Error::Cause::Locked);
    EXPECT_EQ(lastAudit(d.t.db()).actie, QStringLiteral("inloggen geweigerd"));
    // ...and does at 15 minutes.
    d.clock.set(d.clock.now().addSecs(1));
    EXPECT_TRUE(d.accounts.login(QStringLiteral("M. Jansen"), ook, {}).ok());
    EXPECT_EQ(d.accounts.find(QStringLiteral("M. Jansen"))->misluktePogingen, 0);
}

TEST(AccountStore, ABlockedAccountCannotLogIn)
{
    Desk d;
    ASSERT_TRUE(d.accounts.setBlocked(QStringLiteral("M. Jansen"), true).ok());
    const auto refused = d.accounts.login(QStringLiteral("M. Jansen"), ook, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("geblokkeerd")));
}

TEST(AccountStore, AResetForcesANewPasswordAtTheNextLogin)
{
    Desk d;
    ASSERT_TRUE(d.accounts.resetPassword(QStringLiteral("M. Jansen"), QStringLiteral("tijdelijk-7-vuurtoren")).ok());
    const auto in = d.accounts.login(QStringLiteral("M. Jansen"), QStringLiteral("tijdelijk-7-vuurtoren"), {});
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in->moetWijzigen);
    EXPECT_FALSE(d.accounts
                     .changePassword(QStringLiteral("M. Jansen"),
                         QStringLiteral("tijdelijk-7-vuurtoren"),
                         QStringLiteral("Welkom2026!!"))
                     .ok()); // a common one is refused
    ASSERT_TRUE(d.accounts
                    .changePassword(QStringLiteral("M. Jansen"),
                        QStringLiteral("tijdelijk-7-vuurtoren"),
                        QStringLiteral("molen-sluis-dijk-9"))
                    .ok());
    const auto after = d.accounts.login(QStringLiteral("M. Jansen"), QStringLiteral("molen-sluis-dijk-9"), {});
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->moetWijzigen);
}

TEST(AccountStore, OnlyABeheerderManagesAccounts)
{
    Desk d;
    ASSERT_TRUE(d.accounts.login(QStringLiteral("M. Jansen"), ook, {}).ok());
    const Status refused = d.accounts.add(QStringLiteral("S. Öztürk"), Rol::Professional, {}, goed, true);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().cause, Error::Cause::Denied);
    EXPECT_EQ(lastAudit(d.t.db()).actie, QStringLiteral("account aangemaakt"));
    EXPECT_EQ(lastAudit(d.t.db()).uitkomst, QStringLiteral("geweigerd"));
    EXPECT_FALSE(d.accounts.list().ok());
    EXPECT_FALSE(d.accounts.find(QStringLiteral("S. Öztürk")).ok());
}

TEST(AccountStore, AHashMadeWithWeakerLimitsIsRedoneAtLogin)
{
    Desk d;
    ASSERT_GE(sodium_init(), 0);
    char weak[crypto_pwhash_STRBYTES];
    const QByteArray pw = ook.toUtf8();
    ASSERT_EQ(crypto_pwhash_str_alg(weak,
                  pw.constData(),
                  static_cast<unsigned long long>(pw.size()),
                  crypto_pwhash_OPSLIMIT_MIN,
                  crypto_pwhash_MEMLIMIT_MIN,
                  crypto_pwhash_ALG_ARGON2ID13),
        0);
    QSqlQuery q(d.t.db().connection());
    q.prepare(QStringLiteral("UPDATE account SET wachtwoord_hash = ? WHERE naam = ?"));
    q.addBindValue(QString::fromLatin1(weak));
    q.addBindValue(QStringLiteral("M. Jansen"));
    ASSERT_TRUE(q.exec());
    ASSERT_TRUE(d.accounts.login(QStringLiteral("M. Jansen"), ook, {}).ok());
    const QString redone = storedHash(d.t.db(), QStringLiteral("M. Jansen"));
    EXPECT_NE(redone, QString::fromLatin1(weak));
    EXPECT_EQ(
        crypto_pwhash_str_needs_rehash(
            redone.toLatin1().constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE),
        0);
}

TEST(AccountStore, AddAllChecksEveryAccountBeforeAddingAnyAndThenAddsThemInOrder)
{
    Desk d;
    QVector<NieuwAccount> drie {{QStringLiteral("P. Haverkamp"), Rol::Professional, QStringLiteral("Zuid"), goed},
        {QStringLiteral("H. Smit"), Rol::Teamleider, QStringLiteral("Zuid"), ook},
        {QStringLiteral("B. Bakker"), Rol::Beheerder, {}, QStringLiteral("kort")}};
    // The third password is too short: none of the three goes in, the first two not either.
    const Status refused = d.accounts.addAll(drie);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::BadInput);
    EXPECT_FALSE(d.accounts.find(QStringLiteral("P. Haverkamp")).ok());
    EXPECT_EQ(d.accounts.count().value(), 2);

    drie[2].wachtwoord = QStringLiteral("lantaarn-brug-gracht-9");
    const Status added = d.accounts.addAll(drie);
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    EXPECT_EQ(d.accounts.count().value(), 5);
    // Each hash was made on its own thread and belongs to its own account: every one logs in with its password.
    for (const NieuwAccount& a : std::as_const(drie)) {
        EXPECT_TRUE(storedHash(d.t.db(), a.naam).startsWith(QLatin1String("$argon2id$")));
        const auto login = AccountStore(d.t.db(), d.clock).login(a.naam, a.wachtwoord, {});
        EXPECT_TRUE(login.ok()) << a.naam.toStdString();
    }
    EXPECT_EQ(d.accounts.find(QStringLiteral("H. Smit")).value().team, QStringLiteral("Zuid"));
    // One audit row per account, before the three logins above.
    EXPECT_EQ(lastAudit(d.t.db(), 3).actie, QStringLiteral("account aangemaakt"));
    EXPECT_EQ(lastAudit(d.t.db(), 5).actie, QStringLiteral("account aangemaakt"));
}
