#include "accountstore.h"

#include "auditlog.h"
#include "database.h"
#include "log.h"
#include "passwordhash.h"
#include "serverlogin.h"
#include "sqlhelpers.h"
#include "transactionguard.h"

#include "core/wachtwoordbeleid.h"

#include <QSqlQuery>

#include <functional>

namespace dw {

namespace {

const QString refused = QStringLiteral("onbekende naam of onjuist wachtwoord");

// An unknown name costs as much time as a wrong password, so the time does not tell which names exist.
void spendAsMuchTime(const QString& wachtwoord)
{
    static const QString dummy = passwordhash::make(QStringLiteral("geen-account-met-deze-naam")).value();
    passwordhash::matches(dummy, wachtwoord);
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Without the password hash: on a team server no login may read that column (serverrights.cpp); login() adds it.
const QString accountFields
    = QStringLiteral("id, naam, rollen, team, geblokkeerd, moet_wijzigen, mislukte_pogingen, vergrendeld_tot");
const QString accountColumns = QStringLiteral("SELECT %1 FROM account ").arg(accountFields);

Account accountFrom(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.naam = q.value(1).toString();
    const auto rollen = rollen::parse(q.value(2).toString());
    a.rollen = rollen.ok() ? rollen.value() : Rollen();
    a.team = q.value(3).toString();
    a.geblokkeerd = q.value(4).toInt() != 0;
    a.moetWijzigen = q.value(5).toInt() != 0;
    a.misluktePogingen = q.value(6).toInt();
    if (!q.value(7).isNull())
        a.vergrendeldTot = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return a;
}

Status checkNaam(const QString& naam)
{
    if (naam.trimmed().isEmpty() || naam.trimmed().size() > 64)
        return Error::badInput(QStringLiteral("een accountnaam heeft 1 tot 64 tekens"));
    if (naam != naam.trimmed())
        return Error::badInput(QStringLiteral("een accountnaam begint en eindigt niet met een spatie"));
    return {};
}

} // namespace

Result<int> AccountStore::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM account")) || !q.next())
        return sqlerror::statementFailed(q, QStringLiteral("de accounts kunnen niet worden gelezen"));
    return q.value(0).toInt();
}

Result<QVector<Account>> AccountStore::list()
{
    const Status allowed = requireBeheerder(QStringLiteral("accounts bekeken"));
    if (!allowed.ok())
        return allowed.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(accountColumns + QStringLiteral("ORDER BY naam")))
        return sqlerror::statementFailed(q, QStringLiteral("de accounts kunnen niet worden gelezen"));
    QVector<Account> out;
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

Result<Account> AccountStore::find(const QString& naam)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, accountColumns + QStringLiteral("WHERE naam = ?"), {naam}))
        return sqlerror::statementFailed(q, QStringLiteral("de accounts kunnen niet worden gelezen"));
    if (!q.next())
        return Error::because(
            Error::Cause::NotFound, Error::Kind::BadInput, QStringLiteral("er is geen account '%1'").arg(naam));
    return accountFrom(q);
}

Status AccountStore::requireBeheerder(const QString& actie)
{
    if (m_db.sessie().heeft(Rol::Beheerder))
        return {};
    const Status logged = AuditLog(m_db).record(actie, 0, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    return Error::because(Error::Cause::Denied,
        Error::Kind::BadInput,
        QStringLiteral("alleen een beheerder beheert accounts; u bent %1").arg(rollen::text(m_db.sessie().rollen)));
}

Status AccountStore::createFirst(const QString& naam, const QString& wachtwoord)
{
    const auto existing = count();
    if (!existing.ok())
        return existing.error();
    if (existing.value() > 0)
        return Error::badInput(QStringLiteral("deze database heeft al accounts; een beheerder maakt nieuwe aan"));
    return add(naam, rollen::alle, {}, wachtwoord, false);
}

Status AccountStore::add(
    const QString& naam, Rollen rollen, const QString& team, const QString& wachtwoord, bool moetWijzigen)
{
    return addAll({NieuwAccount {naam, rollen, team, wachtwoord, moetWijzigen}});
}

Status AccountStore::addAll(const QVector<NieuwAccount>& accounts)
{
    if (accounts.isEmpty())
        return {};
    // The right first, as for every beheerder action; insert() asks again, for it changes with the first account.
    const Status allowed = mayAdd();
    if (!allowed.ok())
        return allowed;
    for (const NieuwAccount& a : accounts) {
        Status s = checkNaam(a.naam);
        if (!s.ok())
            return s;
        if (!a.rollen)
            return Error::badInput(QStringLiteral("geef minstens één rol: professional, teamleider of beheerder"));
        s = WachtwoordBeleid::check(a.wachtwoord, a.naam);
        if (!s.ok())
            return s;
    }
    QStringList wachtwoorden;
    for (const NieuwAccount& a : accounts)
        wachtwoorden.append(a.wachtwoord);
    const QVector<Result<QString>> hashes = passwordhash::makeAll(wachtwoorden);
    for (int i = 0; i < accounts.size(); ++i) {
        if (!hashes.at(i).ok())
            return hashes.at(i).error();
        const Status s = insert(accounts.at(i), hashes.at(i).value());
        if (!s.ok())
            return s;
    }
    return {};
}

Status AccountStore::mayAdd()
{
    const auto existing = count();
    if (!existing.ok())
        return existing.error();
    if (existing.value() == 0) // the first account is made before anyone can log in
        return {};
    return requireBeheerder(QStringLiteral("account aangemaakt"));
}

Status AccountStore::insert(const NieuwAccount& account, const QString& hash)
{
    const QString& naam = account.naam;
    const Rollen rollen = account.rollen;
    const QString& team = account.team;
    const Status allowed = mayAdd();
    if (!allowed.ok())
        return allowed;
    return m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, QStringLiteral("SELECT 1 FROM account WHERE naam = ?"), {naam}))
            return sqlerror::statementFailed(q, QStringLiteral("het account kan niet worden aangemaakt"));
        if (q.next())
            return Error::badInput(QStringLiteral("er is al een account '%1'").arg(naam));
        if (!sql::exec(q,
                QStringLiteral(
                    "INSERT INTO account (naam, wachtwoord_hash, rollen, team, moet_wijzigen, aangemaakt_op) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                {naam,
                    hash,
                    rollen::codes(rollen),
                    sql::nonNull(team),
                    account.moetWijzigen ? 1 : 0,
                    utc(m_clock.now())}))
            return sqlerror::statementFailed(q, QStringLiteral("het account kan niet worden aangemaakt"));
        if (serverlogin::enforced(m_db)) {
            const Status login = serverlogin::create(m_db, naam, account.wachtwoord, rollen);
            if (!login.ok())
                return login;
        }
        const Status audit = AuditLog(m_db).record(QStringLiteral("account aangemaakt"),
            0,
            QStringLiteral("%1 (%2%3)")
                .arg(naam, rollen::codes(rollen), team.isEmpty() ? QString() : QStringLiteral(", team ") + team));
        if (!audit.ok())
            return audit;
        return tx.commit();
    });
}

namespace {

// One UPDATE of an account and its audit row, in one transaction; NotFound when there is no such account.
Status updateAccount(Database& db,
    const QString& naam,
    const QString& set,
    const QVariantList& values,
    const QString& actie,
    const QString& details,
    const std::function<Status()>& alsoOnServer = {})
{
    return db.retrying([&]() -> Status {
        TransactionGuard tx(db);
        QSqlQuery q(db.connection());
        if (!sql::exec(
                q, QStringLiteral("UPDATE account SET %1 WHERE naam = ?").arg(set), QVariantList(values) << naam))
            return sqlerror::statementFailed(q, QStringLiteral("het account kan niet worden gewijzigd"));
        if (q.numRowsAffected() != 1)
            return Error::because(
                Error::Cause::NotFound, Error::Kind::BadInput, QStringLiteral("er is geen account '%1'").arg(naam));
        if (alsoOnServer && serverlogin::enforced(db)) {
            const Status server = alsoOnServer();
            if (!server.ok())
                return server;
        }
        const Status audit = AuditLog(db).record(actie, 0, details);
        if (!audit.ok())
            return audit;
        return tx.commit();
    });
}

} // namespace

Status AccountStore::setBlocked(const QString& naam, bool geblokkeerd)
{
    const QString actie = geblokkeerd ? QStringLiteral("account geblokkeerd") : QStringLiteral("account vrijgegeven");
    const Status allowed = requireBeheerder(actie);
    if (!allowed.ok())
        return allowed;
    if (geblokkeerd && naam == m_db.sessie().gebruiker)
        return Error::badInput(QStringLiteral("u kunt uw eigen account niet blokkeren"));
    return updateAccount(m_db,
        naam,
        QStringLiteral("geblokkeerd = ?, mislukte_pogingen = 0, vergrendeld_tot = NULL"),
        {geblokkeerd ? 1 : 0},
        actie,
        naam,
        [&] { return serverlogin::setBlocked(m_db, naam, geblokkeerd); });
}

Status AccountStore::setRollen(const QString& naam, Rollen rollen, const QString& team)
{
    const Status allowed = requireBeheerder(QStringLiteral("rollen gewijzigd"));
    if (!allowed.ok())
        return allowed;
    if (!rollen)
        return Error::badInput(QStringLiteral("geef minstens één rol: professional, teamleider of beheerder"));
    return updateAccount(m_db,
        naam,
        QStringLiteral("rollen = ?, team = ?"),
        {rollen::codes(rollen), sql::nonNull(team)},
        QStringLiteral("rollen gewijzigd"),
        QStringLiteral("%1 (%2%3)")
            .arg(naam, rollen::codes(rollen), team.isEmpty() ? QString() : QStringLiteral(", team ") + team),
        [&] { return serverlogin::setRollen(m_db, naam, rollen); });
}

Status AccountStore::resetPassword(const QString& naam, const QString& tijdelijk)
{
    const Status allowed = requireBeheerder(QStringLiteral("wachtwoord teruggezet"));
    if (!allowed.ok())
        return allowed;
    const Status valid = WachtwoordBeleid::check(tijdelijk, naam);
    if (!valid.ok())
        return valid;
    const auto hash = passwordhash::make(tijdelijk);
    if (!hash.ok())
        return hash.error();
    return updateAccount(m_db,
        naam,
        QStringLiteral("wachtwoord_hash = ?, moet_wijzigen = 1, mislukte_pogingen = 0, vergrendeld_tot = NULL"),
        {hash.value()},
        QStringLiteral("wachtwoord teruggezet"),
        naam,
        [&] { return serverlogin::setPassword(m_db, naam, tijdelijk); });
}

Result<bool> AccountStore::failed(const Account& account, const QString& actie)
{
    // A lock that has run out starts the count again.
    const QDateTime now = m_clock.now().toUTC();
    const bool expired = account.vergrendeldTot.isValid() && account.vergrendeldTot <= now;
    const int tries = (expired ? 0 : account.misluktePogingen) + 1;
    const bool locks = tries >= maximumPogingen;
    if (m_db.mode() == Database::Mode::ReadOnlyFile) { // nothing can be counted in a file that cannot be written
        const Status logged = AuditLog(m_db).recordAs(
            account.naam, rollen::codes(account.rollen), actie, 0, {}, QStringLiteral("mislukt"));
        if (!logged.ok())
            return logged.error();
        return false;
    }
    const Status counted = m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q,
                QStringLiteral("UPDATE account SET mislukte_pogingen = ?, vergrendeld_tot = ? WHERE id = ?"),
                {locks ? 0 : tries,
                    locks ? QVariant(utc(now.addSecs(vergrendelMinuten * 60))) : QVariant(),
                    account.id}))
            return sqlerror::statementFailed(q, QStringLiteral("de aanmelding kan niet worden vastgelegd"));
        AuditLog audit(m_db);
        Status s = audit.recordAs(account.naam, rollen::codes(account.rollen), actie, 0, {}, QStringLiteral("mislukt"));
        if (s.ok() && locks)
            s = audit.recordAs(account.naam,
                rollen::codes(account.rollen),
                QStringLiteral("account vergrendeld"),
                0,
                QStringLiteral("%1 mislukte pogingen").arg(maximumPogingen),
                QStringLiteral("vergrendeld"));
        if (!s.ok())
            return s;
        log::info("inloggen_mislukt", {{"account_id", account.id}, {"vergrendeld", locks}});
        return tx.commit();
    });
    if (!counted.ok())
        return counted.error();
    return locks;
}

Result<Aanmelding> AccountStore::startServerSession(const QString& naam, const QString& werkplek, const QString& actie)
{
    const auto account = find(naam);
    if (!account.ok())
        return account.error();
    if (account->geblokkeerd) // the server refuses a blocked login too; this covers one that was still connected
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("dit account is geblokkeerd; vraag de beheerder"));
    Sessie sessie {account->id, account->naam, account->rollen, account->team, werkplek, true};
    m_db.setSessie(sessie);
    const Status audit = AuditLog(m_db).record(actie, 0, QStringLiteral("serverlogin"));
    if (!audit.ok()) {
        m_db.setSessie({});
        return audit.error();
    }
    log::info("ingelogd", {{"account_id", account->id}, {"serverlogin", true}});
    return Aanmelding {sessie, account->moetWijzigen};
}

Result<std::optional<Aanmelding>> AccountStore::loginAsServerUser(const QString& werkplek)
{
    m_db.setSessie({});
    const auto naam = serverlogin::sessionAccount(m_db);
    if (!naam.ok())
        return naam.error();
    if (naam->isEmpty())
        return std::optional<Aanmelding>();
    const auto in = startServerSession(naam.value(), werkplek, QStringLiteral("ingelogd"));
    if (!in.ok())
        return in.error();
    return std::optional<Aanmelding>(in.value());
}

Result<Aanmelding> AccountStore::login(
    const QString& naam, const QString& wachtwoord, const QString& werkplek, const QString& actie)
{
    m_db.setSessie({});
    // Connected to a team server with an account's own login: the server knows the password, and no other account
    // can be used over this connection.
    const auto onServer = serverlogin::sessionAccount(m_db);
    if (!onServer.ok())
        return onServer.error();
    if (!onServer->isEmpty()) {
        if (onServer.value() != naam)
            return Error::because(Error::Cause::Denied,
                Error::Kind::BadInput,
                QStringLiteral("u bent op de teamserver aangemeld als '%1'; een ander account kan via deze "
                               "verbinding niet inloggen")
                    .arg(onServer.value()));
        const Status checked = serverlogin::checkPassword(m_db, wachtwoord);
        if (!checked.ok()) {
            const Status logged = AuditLog(m_db).recordAs(naam,
                {},
                actie == QLatin1String("ingelogd") ? QStringLiteral("inloggen mislukt")
                                                   : actie + QStringLiteral(" mislukt"),
                0,
                QStringLiteral("serverlogin"),
                QStringLiteral("mislukt"));
            if (!logged.ok())
                return logged.error();
            return checked.error();
        }
        return startServerSession(naam, werkplek, actie);
    }
    QSqlQuery q(m_db.connection());
    if (!sql::exec(
            q, QStringLiteral("SELECT %1, wachtwoord_hash FROM account WHERE naam = ?").arg(accountFields), {naam}))
        return sqlerror::statementFailed(q, QStringLiteral("de aanmelding kan niet worden nagegaan"));
    if (!q.next()) {
        q.finish();
        spendAsMuchTime(wachtwoord);
        const Status logged = AuditLog(m_db).recordAs(naam,
            {},
            QStringLiteral("inloggen mislukt"),
            0,
            QStringLiteral("onbekende naam"),
            QStringLiteral("mislukt"));
        if (!logged.ok())
            return logged.error();
        return Error::because(Error::Cause::Denied, Error::Kind::BadInput, refused);
    }
    const Account account = accountFrom(q);
    const QString hash = q.value(8).toString();
    q.finish();
    const QDateTime now = m_clock.now().toUTC();
    if (account.vergrendeldTot.isValid() && account.vergrendeldTot > now) {
        const Status logged = AuditLog(m_db).recordAs(naam,
            rollen::codes(account.rollen),
            QStringLiteral("inloggen geweigerd"),
            0,
            QStringLiteral("account vergrendeld"),
            QStringLiteral("vergrendeld"));
        if (!logged.ok())
            return logged.error();
        return Error::because(Error::Cause::Locked,
            Error::Kind::BadInput,
            QStringLiteral("dit account is na %1 mislukte pogingen vergrendeld tot %2; probeer het daarna opnieuw of "
                           "vraag de beheerder")
                .arg(maximumPogingen)
                .arg(account.vergrendeldTot.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    if (!passwordhash::matches(hash, wachtwoord)) {
        const auto locked = failed(account, QStringLiteral("inloggen mislukt"));
        if (!locked.ok())
            return locked.error();
        const bool nowLocked = locked.value();
        return Error::because(nowLocked ? Error::Cause::Locked : Error::Cause::Denied,
            Error::Kind::BadInput,
            nowLocked
                ? QStringLiteral("%1; het account is nu %2 minuten vergrendeld").arg(refused).arg(vergrendelMinuten)
                : refused);
    }
    if (account.geblokkeerd) {
        const Status logged = AuditLog(m_db).recordAs(naam,
            rollen::codes(account.rollen),
            QStringLiteral("inloggen geweigerd"),
            0,
            QStringLiteral("account geblokkeerd"),
            QStringLiteral("geweigerd"));
        if (!logged.ok())
            return logged.error();
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("dit account is geblokkeerd; vraag de beheerder"));
    }
    Sessie sessie {account.id, account.naam, account.rollen, account.team, werkplek};
    if (m_db.mode() == Database::Mode::ReadOnlyFile) {
        m_db.setSessie(sessie);
        return Aanmelding {sessie, account.moetWijzigen};
    }
    const Status done = m_db.retrying([&]() -> Status {
        TransactionGuard tx(m_db);
        QSqlQuery u(m_db.connection());
        QString set = QStringLiteral("mislukte_pogingen = 0, vergrendeld_tot = NULL");
        QVariantList values;
        if (passwordhash::needsRehash(hash)) { // stored with other limits: redone now that the password is known
            const auto better = passwordhash::make(wachtwoord);
            if (better.ok()) {
                set += QStringLiteral(", wachtwoord_hash = ?");
                values << better.value();
            }
        }
        if (!sql::exec(u, QStringLiteral("UPDATE account SET %1 WHERE id = ?").arg(set), values << account.id))
            return sqlerror::statementFailed(u, QStringLiteral("de aanmelding kan niet worden vastgelegd"));
        m_db.setSessie(sessie);
        const Status audit = AuditLog(m_db).record(actie);
        if (!audit.ok())
            return audit;
        return tx.commit();
    });
    if (!done.ok()) {
        m_db.setSessie({});
        return done.error();
    }
    log::info("ingelogd", {{"account_id", account.id}});
    return Aanmelding {sessie, account.moetWijzigen};
}

Status AccountStore::confirm(const QString& wachtwoord)
{
    const Sessie sessie = m_db.sessie();
    if (!sessie.aangemeld())
        return Error::badInput(QStringLiteral("er is niemand aangemeld"));
    const auto again = login(sessie.gebruiker, wachtwoord, sessie.werkplek, QStringLiteral("scherm ontgrendeld"));
    if (!again.ok()) {
        m_db.setSessie(sessie); // still the same session, still locked on screen
        return again.error();
    }
    return {};
}

Status AccountStore::changePassword(const QString& naam, const QString& oud, const QString& nieuw)
{
    if (oud == nieuw)
        return Error::badInput(QStringLiteral("het nieuwe wachtwoord is hetzelfde als het oude"));
    Status s = WachtwoordBeleid::check(nieuw, naam);
    if (!s.ok())
        return s;
    const Sessie before = m_db.sessie();
    const auto checked = login(naam, oud, before.werkplek.isEmpty() ? AuditLog::werkplek() : before.werkplek);
    if (!checked.ok()) {
        m_db.setSessie(before);
        return checked.error();
    }
    const auto hash = passwordhash::make(nieuw);
    if (!hash.ok())
        return hash.error();
    if (m_db.sessie().serverlogin) { // a login changes its own row only through the server's function
        const Status changed = m_db.retrying([&]() -> Status {
            TransactionGuard tx(m_db);
            QSqlQuery q(m_db.connection());
            if (!sql::exec(q, QStringLiteral("SELECT dw_eigen_wachtwoord(?)"), {hash.value()}))
                return sqlerror::statementFailed(q, QStringLiteral("het wachtwoord kan niet worden gewijzigd"));
            Status done = serverlogin::setPassword(m_db, naam, nieuw);
            if (done.ok())
                done = AuditLog(m_db).record(QStringLiteral("wachtwoord gewijzigd"), 0, naam);
            return done.ok() ? tx.commit() : done;
        });
        if (changed.ok())
            m_db.setServerPassword(nieuw);
        return changed;
    }
    return updateAccount(m_db,
        naam,
        QStringLiteral("wachtwoord_hash = ?, moet_wijzigen = 0"),
        {hash.value()},
        QStringLiteral("wachtwoord gewijzigd"),
        naam,
        [&] { return serverlogin::setPassword(m_db, naam, nieuw); });
}

Status AccountStore::logout()
{
    if (!m_db.sessie().aangemeld())
        return {};
    const Status audit = AuditLog(m_db).record(QStringLiteral("uitgelogd"));
    log::info("uitgelogd", {{"account_id", m_db.sessie().accountId}});
    m_db.setSessie({});
    return audit;
}

} // namespace dw
