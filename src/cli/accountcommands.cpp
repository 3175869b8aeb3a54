// Who is working: logging in from the environment or the terminal, the first account of a new database, the
// `user` commands and the `audit` command (DESIGN.md, "Who is working").
#include "cli.h"
#include "terminal.h"

#include "core/demogenerator.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/auditquery.h"
#include "storage/log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dw::cli {

namespace {

const char* const gebruikerVariable = "DRAAGWIJZER_GEBRUIKER";
const char* const wachtwoordVariable = "DRAAGWIJZER_WACHTWOORD";
const char* const nieuwVariable = "DRAAGWIJZER_NIEUW_WACHTWOORD";

// A new password from the environment, or typed twice on the terminal.
Result<QString> newPassword(const QString& forWhom)
{
    if (qEnvironmentVariableIsSet(nieuwVariable))
        return qEnvironmentVariable(nieuwVariable);
    if (!hasTerminal())
        return Error::badInput(QStringLiteral("geef het wachtwoord voor %1 in %2 of draai de opdracht in een terminal")
                                   .arg(forWhom, QString::fromLatin1(nieuwVariable)));
    const QString first = promptPassword(QStringLiteral("Nieuw wachtwoord voor %1: ").arg(forWhom));
    const QString again = promptPassword(QStringLiteral("Nog een keer: "));
    if (first != again)
        return Error::badInput(QStringLiteral("de twee wachtwoorden zijn niet gelijk"));
    return first;
}

} // namespace

Status logIn(Database& db)
{
    AccountStore accounts(db);
    // On a team server with the account's own login, the server has checked the password already.
    const auto onServer = accounts.loginAsServerUser(AuditLog::werkplek());
    if (!onServer.ok())
        return Error::badInput(QStringLiteral("inloggen op de teamserver lukt niet: %1").arg(onServer.errorMessage()));
    if (onServer->has_value()) {
        const Sessie& sessie = onServer->value().sessie;
        const QString named = qEnvironmentVariable(gebruikerVariable);
        if (!named.isEmpty() && named != sessie.gebruiker)
            return Error::badInput(QStringLiteral("u bent op de teamserver aangemeld als '%1', maar %2 noemt '%3'")
                                       .arg(sessie.gebruiker, QString::fromLatin1(gebruikerVariable), named));
        if (onServer->value().moetWijzigen)
            return Error::badInput(QStringLiteral("het wachtwoord van '%1' is teruggezet; kies eerst een nieuw bij het "
                                                  "inloggen in de app")
                                       .arg(sessie.gebruiker));
        return {};
    }
    const auto n = accounts.count();
    if (!n.ok())
        return n.error();
    if (n.value() == 0)
        return {}; // a database from before accounts: as before, until the app or init makes the first
    QString naam = qEnvironmentVariable(gebruikerVariable);
    QString wachtwoord = qEnvironmentVariable(wachtwoordVariable);
    if (naam.isEmpty())
        naam = promptLine(QStringLiteral("Gebruiker: "));
    if (naam.isEmpty())
        return Error::badInput(
            QStringLiteral("deze database heeft accounts: geef %1 en %2, of draai de opdracht in "
                           "een terminal")
                .arg(QString::fromLatin1(gebruikerVariable), QString::fromLatin1(wachtwoordVariable)));
    if (!qEnvironmentVariableIsSet(wachtwoordVariable))
        wachtwoord = promptPassword(QStringLiteral("Wachtwoord voor %1: ").arg(naam));
    const auto in = accounts.login(naam, wachtwoord, AuditLog::werkplek());
    if (!in.ok())
        return Error::badInput(QStringLiteral("inloggen als '%1' lukt niet: %2").arg(naam, in.errorMessage()));
    if (in->moetWijzigen)
        return Error::badInput(QStringLiteral("het wachtwoord van '%1' is teruggezet; kies eerst een nieuw bij het "
                                              "inloggen in de app")
                                   .arg(naam));
    return {};
}

Status actOnBehalf(Database& db, const QString& namens)
{
    if (namens.isEmpty())
        return {};
    Sessie sessie = db.sessie();
    if (!sessie.aangemeld())
        return Error::badInput(QStringLiteral("--namens vraagt een database met accounts; deze heeft er geen"));
    if (namens == sessie.gebruiker)
        return Error::badInput(QStringLiteral("--namens '%1' is het account zelf waarmee u bent ingelogd").arg(namens));
    const auto account = AccountStore(db).find(namens);
    if (!account.ok())
        return Error::badInput(QStringLiteral("--namens: er is geen account '%1'").arg(namens));
    if (account->geblokkeerd)
        return Error::badInput(QStringLiteral("--namens: het account '%1' is geblokkeerd").arg(namens));
    sessie.namens = namens;
    db.setSessie(sessie);
    return {};
}

Status ensureFirstAccount(Database& db, const Arguments& a, QTextStream& out)
{
    AccountStore accounts(db);
    const auto n = accounts.count();
    if (!n.ok())
        return n.error();
    if (n.value() > 0)
        return {};
    QString naam = a.value(QStringLiteral("--beheerder"));
    if (naam.isEmpty())
        naam = qEnvironmentVariable(gebruikerVariable);
    QString wachtwoord;
    if (!a.has(QStringLiteral("--beheerder")) && qEnvironmentVariableIsSet(wachtwoordVariable)) {
        wachtwoord = qEnvironmentVariable(wachtwoordVariable);
    } else if (!naam.isEmpty() && hasTerminal()) {
        const QString first = promptPassword(QStringLiteral("Wachtwoord voor beheerder %1: ").arg(naam));
        if (first != promptPassword(QStringLiteral("Nog een keer: ")))
            return Error::badInput(QStringLiteral("de twee wachtwoorden zijn niet gelijk"));
        wachtwoord = first;
    }
    if (naam.isEmpty() || (wachtwoord.isEmpty() && !hasTerminal()))
        return Error::badInput(
            QStringLiteral("deze database heeft nog geen account: geef de eerste beheerder met %1 "
                           "en %2, of met --beheerder NAAM in een terminal")
                .arg(QString::fromLatin1(gebruikerVariable), QString::fromLatin1(wachtwoordVariable)));
    Status s = accounts.createFirst(naam, wachtwoord);
    if (!s.ok())
        return Error {s.error().kind, QStringLiteral("eerste account: %1").arg(s.errorMessage())};
    const auto in = accounts.login(naam, wachtwoord, AuditLog::werkplek());
    if (!in.ok())
        return in.error();
    db.setBeforeClose([](Database& closing) {
        if (!AccountStore(closing).logout().ok())
            log::warn("uitloggen_niet_vastgelegd");
    });
    out << "Eerste account '" << naam << "' aangemaakt (professional, teamleider en beheerder).\n";
    return {};
}

Status addDemoAccounts(Database& db, QTextStream& out)
{
    AccountStore accounts(db);
    QVector<NieuwAccount> missing;
    for (const auto& account : DemoGenerator::accounts()) {
        if (!accounts.find(account.naam).ok())
            missing.append({account.naam, account.rollen, account.team, account.wachtwoord});
    }
    const Status s = accounts.addAll(missing);
    if (!s.ok())
        return s;
    out << "Demo-accounts (alleen voor deze demodatabase):\n";
    for (const NieuwAccount& account : std::as_const(missing)) {
        out << "  " << account.naam << " — " << rollen::text(account.rollen)
            << (account.team.isEmpty() ? QString() : QStringLiteral(", team ") + account.team) << ", wachtwoord "
            << account.wachtwoord << "\n";
    }
    return {};
}

Status requireRole(Database& db, Rol rol, const QString& what)
{
    if (db.sessie().heeft(rol))
        return {};
    const Status logged = AuditLog(db).record(what, 0, {}, QStringLiteral("geweigerd"));
    if (!logged.ok())
        return logged;
    return Error::because(Error::Cause::Denied,
        Error::Kind::BadInput,
        QStringLiteral("'%1' is voor een %2; u bent %3")
            .arg(what, rollen::text(rol), rollen::text(db.sessie().rollen)));
}

int Cli::user(const Arguments& a)
{
    const QString what = a.words.value(1);
    const QString naam = a.words.value(2);
    Status s;
    if (what == QLatin1String("add") || what == QLatin1String("rol"))
        s = onlyOptions(a, {QStringLiteral("--rol"), QStringLiteral("--team")}, 3);
    else if (what == QLatin1String("block") || what == QLatin1String("unblock"))
        s = onlyOptions(a, {}, 3);
    else if (what == QLatin1String("list"))
        s = onlyOptions(a, {QStringLiteral("--json")}, 2);
    else
        s = Error::badInput(
            QStringLiteral("onbekende opdracht 'user %1'; kies add, block, unblock, rol of list").arg(what));
    if (!s.ok())
        return finish(s);
    auto db = openDatabase(a);
    if (!db.ok())
        return finish(db.error());
    AccountStore accounts(*db.value());
    if (what == QLatin1String("list"))
        return listUsers(accounts, a.has(QStringLiteral("--json")));
    if (what == QLatin1String("block") || what == QLatin1String("unblock")) {
        s = accounts.setBlocked(naam, what == QLatin1String("block"));
        if (s.ok())
            m_out << "Account '" << naam << "' " << (what == QLatin1String("block") ? "geblokkeerd" : "vrijgegeven")
                  << ".\n";
        return finish(s);
    }
    if (!a.has(QStringLiteral("--rol")))
        return finish(Error::badInput(QStringLiteral("optie --rol ontbreekt (professional, teamleider of beheerder)")));
    const auto rollen = rollen::parse(a.value(QStringLiteral("--rol")));
    if (!rollen.ok())
        return finish(rollen.error());
    const QString team = a.value(QStringLiteral("--team"));
    if (what == QLatin1String("rol")) {
        s = accounts.setRollen(naam, rollen.value(), team);
        if (s.ok())
            m_out << "Account '" << naam << "' is nu " << rollen::text(rollen.value()) << ".\n";
        return finish(s);
    }
    // Checked before a password is asked, so a refusal does not cost the beheerder typing.
    if (!db.value()->sessie().heeft(Rol::Beheerder))
        return finish(accounts.add(naam, rollen.value(), team, QString(), false));
    const auto wachtwoord = newPassword(naam);
    if (!wachtwoord.ok())
        return finish(wachtwoord.error());
    // Made by a script: the beheerder chose the password and hands it over, so no change is forced at the first
    // login (the app's account screen does force one).
    s = accounts.add(naam, rollen.value(), team, wachtwoord.value(), false);
    if (s.ok())
        m_out << "Account '" << naam << "' aangemaakt: " << rollen::text(rollen.value())
              << (team.isEmpty() ? QString() : QStringLiteral(", team ") + team) << ".\n";
    return finish(s);
}

int Cli::listUsers(AccountStore& accounts, bool json)
{
    const auto list = accounts.list();
    if (!list.ok())
        return finish(list.error());
    if (json) {
        QJsonArray array;
        for (const Account& account : list.value())
            array.append(QJsonObject {{QStringLiteral("naam"), account.naam},
                {QStringLiteral("rollen"),
                    QJsonArray::fromStringList(rollen::codes(account.rollen).split(QLatin1Char(',')))},
                {QStringLiteral("team"), account.team},
                {QStringLiteral("geblokkeerd"), account.geblokkeerd},
                {QStringLiteral("moetWachtwoordWijzigen"), account.moetWijzigen}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Account& account : list.value())
        m_out << account.naam << "\t" << rollen::codes(account.rollen) << "\t" << account.team
              << (account.geblokkeerd ? "\tgeblokkeerd" : "") << "\n";
    return Success;
}

} // namespace dw::cli
