#pragma once

#include "core/account.h"
#include "core/clock.h"
#include "core/result.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace dw {

class Database;

struct Account
{
    qint64 id = 0;
    QString naam;
    Rollen rollen;
    QString team;
    bool geblokkeerd = false;
    bool moetWijzigen = false; // after a reset by a beheerder: a new password before anything else
    int misluktePogingen = 0;
    QDateTime vergrendeldTot; // UTC; invalid when not locked
};

// An account to add (AccountStore::add, addAll).
struct NieuwAccount
{
    QString naam;
    Rollen rollen;
    QString team;
    QString wachtwoord;
    bool moetWijzigen = false; // the person chooses their own password at the first login
};

// A successful login: the session, and whether the password must be changed first.
struct Aanmelding
{
    Sessie sessie;
    bool moetWijzigen = false;
};

// The accounts of a desk (SQLite): passwords as libsodium's Argon2id strings (crypto_pwhash_str), never anything
// written by hand; five failed tries lock an account for 15 minutes. Every login, failed login, lock, logout and
// account change is an audit row. Managing accounts is for a beheerder (the session of the Database).
class AccountStore
{
public:
    static constexpr int maximumPogingen = 5;
    static constexpr int vergrendelMinuten = 15;

    explicit AccountStore(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    { }

    Result<int> count();
    Result<QVector<Account>> list();
    Result<Account> find(const QString& naam);

    // The first account of a database that has none: every role, no team (the whole desk), so that scripts written
    // before accounts keep working (DESIGN.md). Refused once there is an account.
    Status createFirst(const QString& naam, const QString& wachtwoord);
    // A new account (beheerder). moetWijzigen: the person chooses their own password at the first login.
    Status add(const QString& naam, Rollen rollen, const QString& team, const QString& wachtwoord, bool moetWijzigen);
    // Several accounts (the demo's nine), each checked and added as add() does, in order, up to the first refusal.
    // The password hashes are made side by side on every core first: each takes a quarter of a second.
    Status addAll(const QVector<NieuwAccount>& accounts);
    Status setBlocked(const QString& naam, bool geblokkeerd);
    Status setRollen(const QString& naam, Rollen rollen, const QString& team);
    // A beheerder sets a temporary password; the account must change it at its next login. Unlocks it as well.
    Status resetPassword(const QString& naam, const QString& tijdelijk);

    // Checks name and password (the same refusal for an unknown name as for a wrong password), counts failures
    // and locks; rehashes a password stored with weaker settings. Errors: Cause::Denied, Kind::BadInput.
    // `actie` names the audit row of a success ("ingelogd", or "scherm ontgrendeld" for confirm).
    Result<Aanmelding> login(const QString& naam,
        const QString& wachtwoord,
        const QString& werkplek,
        const QString& actie = QStringLiteral("ingelogd"));
    // Team mode: when this connection logged in to the server with an account's own login (the server checked the
    // password), the session of that account; nothing when the connection's user is no account's login.
    Result<std::optional<Aanmelding>> loginAsServerUser(const QString& werkplek);
    // The password of the session's own account again (unlocking an idle screen), with the same counting.
    Status confirm(const QString& wachtwoord);
    Status changePassword(const QString& naam, const QString& oud, const QString& nieuw);
    Status logout();

private:
    Result<Aanmelding> startServerSession(const QString& naam, const QString& werkplek, const QString& actie);
    Status requireBeheerder(const QString& actie);
    Status mayAdd();
    Status insert(const NieuwAccount& account, const QString& hash);
    // Counts a failed try; true when it locked the account.
    Result<bool> failed(const Account& account, const QString& actie);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace dw
