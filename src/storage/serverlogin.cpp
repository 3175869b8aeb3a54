#include "serverlogin.h"

#include "database.h"
#include "log.h"
#include "serverprobe.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <libpq-fe.h>

#include <cstring>
#include <vector>

namespace dw::serverlogin {

namespace {

constexpr int firstVersion = 11;

Status call(Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, sql, values))
        return sqlerror::statementFailed(q, what);
    return {};
}

// The SCRAM-SHA-256 verifier of a password, made here by libpq, so that the password itself never travels to the
// server, where a statement log could keep it.
Result<QString> verifier(Database& db, const QString& naam, const QString& wachtwoord)
{
    PGconn* conn = libpqHandle(db.connection());
    QSqlQuery q(db.connection());
    if (!conn || !sql::exec(q, QStringLiteral("SELECT dw_serverrol(?)"), {naam}) || !q.next())
        return Error::failure(QStringLiteral("het wachtwoord kan niet voor de teamserver worden beveiligd"));
    const QByteArray role = q.value(0).toString().toUtf8();
    const QByteArray password = wachtwoord.toUtf8();
    char* made = PQencryptPasswordConn(conn, password.constData(), role.constData(), "scram-sha-256");
    if (!made)
        return Error::failure(QStringLiteral("het wachtwoord kan niet voor de teamserver worden beveiligd"));
    const QString result = QString::fromLatin1(made);
    PQfreemem(made);
    return result;
}

} // namespace

bool enforced(Database& db)
{
    return db.isServer() && db.schemaVersion() >= firstVersion;
}

Status create(Database& db, const QString& naam, const QString& wachtwoord, Rollen rollen)
{
    const auto scram = verifier(db, naam, wachtwoord);
    if (!scram.ok())
        return scram.error();
    return call(db,
        QStringLiteral("SELECT dw_serverlogin_maken(?, ?, ?)"),
        {naam, scram.value(), rollen::codes(rollen)},
        QStringLiteral("de login op de teamserver kan niet worden gemaakt"));
}

Status setRollen(Database& db, const QString& naam, Rollen rollen)
{
    return call(db,
        QStringLiteral("SELECT dw_serverlogin_rollen(?, ?)"),
        {naam, rollen::codes(rollen)},
        QStringLiteral("de rollen op de teamserver kunnen niet worden gewijzigd"));
}

Status setBlocked(Database& db, const QString& naam, bool geblokkeerd)
{
    return call(db,
        QStringLiteral("SELECT dw_serverlogin_blokkeren(?, ?)"),
        {naam, geblokkeerd},
        geblokkeerd ? QStringLiteral("de login op de teamserver kan niet worden geblokkeerd")
                    : QStringLiteral("de login op de teamserver kan niet worden vrijgegeven"));
}

Status setPassword(Database& db, const QString& naam, const QString& wachtwoord)
{
    const auto scram = verifier(db, naam, wachtwoord);
    if (!scram.ok())
        return scram.error();
    return call(db,
        QStringLiteral("SELECT dw_serverlogin_wachtwoord(?, ?)"),
        {naam, scram.value()},
        QStringLiteral("het wachtwoord op de teamserver kan niet worden gewijzigd"));
}

Result<QString> sessionAccount(Database& db)
{
    if (!enforced(db))
        return QString();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT naam FROM account WHERE dw_serverrol(naam) = session_user")))
        return sqlerror::statementFailed(q, QStringLiteral("de aanmelding op de teamserver kan niet worden nagegaan"));
    return q.next() ? q.value(0).toString() : QString();
}

Status checkPassword(Database& db, const QString& wachtwoord)
{
    const Error wrong = Error::because(
        Error::Cause::Denied, Error::Kind::BadInput, QStringLiteral("onbekende naam of onjuist wachtwoord"));
    PGconn* conn = libpqHandle(db.connection());
    if (!conn)
        return Error::failure(QStringLiteral("de teamserver kan het wachtwoord nu niet nagaan"));
    if (wachtwoord.isEmpty()) // libpq would fall back to PGPASSWORD or ~/.pgpass
        return wrong;
    // The same server, database and user as this connection, with the typed password instead of the stored one.
    PQconninfoOption* options = PQconninfo(conn);
    if (!options)
        return Error::failure(QStringLiteral("de teamserver kan het wachtwoord nu niet nagaan"));
    const QByteArray password = wachtwoord.toUtf8();
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val && std::strcmp(o->keyword, "password") != 0 && std::strcmp(o->keyword, "passfile") != 0) {
            keywords.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keywords.push_back("password");
    values.push_back(password.constData());
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* probe = PQconnectdbParams(keywords.data(), values.data(), 0);
    const bool ok = PQstatus(probe) == CONNECTION_OK;
    PQfinish(probe);
    PQconninfoFree(options);
    if (!ok)
        log::warn("server_wachtwoord_geweigerd", {});
    return ok ? Status() : Status(wrong);
}

} // namespace dw::serverlogin
