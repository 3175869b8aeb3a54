#include "serverprobe.h"

#include "log.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <cstring>

namespace dw {

Error serverConnectFailure(const ServerAddress& server)
{
    QString conninfo = server.conninfo() + QStringLiteral(" connect_timeout=10");
    if (!server.password().isEmpty()) {
        QString password = server.password();
        password.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        conninfo += QStringLiteral(" password='%1'").arg(password);
    }
    PGconn* probe = PQconnectdb(conninfo.toUtf8().constData());
    const bool connected = PQstatus(probe) == CONNECTION_OK;
    const bool needsPassword = PQconnectionNeedsPassword(probe);
    const bool usedPassword = PQconnectionUsedPassword(probe);
    const QString text = QString::fromUtf8(PQerrorMessage(probe));
    PQfinish(probe);
    const QString name = server.displayName();
    if (needsPassword) {
        log::warn("server_wachtwoord_gevraagd", {});
        return Error::because(Error::Cause::NeedsPassword,
            Error::Kind::BadInput,
            QStringLiteral("de teamserver %1 vraagt een wachtwoord").arg(name));
    }
    if (text.contains(QLatin1String("not permitted to log in"))) {
        log::warn("server_login_geblokkeerd", {});
        return Error::because(Error::Cause::Denied,
            Error::Kind::BadInput,
            QStringLiteral("de teamserver %1 laat deze gebruiker niet meer inloggen: het account is geblokkeerd; "
                           "vraag de beheerder")
                .arg(name));
    }
    if (usedPassword) {
        log::warn("server_wachtwoord_geweigerd", {});
        return Error::because(Error::Cause::NeedsPassword,
            Error::Kind::BadInput,
            QStringLiteral("de teamserver %1 weigert deze gebruiker met dit wachtwoord").arg(name));
    }
    log::warn("server_niet_bereikbaar", {{"verbonden_bij_tweede_poging", connected}});
    // libpq's own text is English and may name hosts; only which of these it is goes to the user.
    if (text.contains(QLatin1String("does not exist")))
        return Error::because(Error::Cause::NotFound,
            Error::Kind::BadInput,
            QStringLiteral("de teamserver %1 kent deze database of gebruiker niet; maak ze eerst aan "
                           "(docs/teammode.md)")
                .arg(name));
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
        return Error::because(Error::Cause::ConnectionLost,
            Error::Kind::Failure,
            QStringLiteral("met de teamserver %1 is geen beveiligde verbinding (TLS) mogelijk; vraag de beheerder "
                           "of TLS aanstaat en het certificaat klopt")
                .arg(name));
    if (text.contains(QLatin1String("pg_hba.conf")) || text.contains(QLatin1String("authentication")))
        return Error::because(Error::Cause::NeedsPassword,
            Error::Kind::BadInput,
            QStringLiteral("de teamserver %1 laat deze gebruiker niet toe (pg_hba.conf)").arg(name));
    return Error::because(Error::Cause::ConnectionLost,
        Error::Kind::Failure,
        QStringLiteral("de teamserver %1 is niet bereikbaar; controleer het adres en de netwerkverbinding, en "
                       "probeer het opnieuw")
            .arg(name));
}

pg_conn* libpqHandle(const QSqlDatabase& connection)
{
    // Qt names the type after the struct (pg_conn*) or the typedef (PGconn*), depending on its build.
    const QVariant v = connection.driver()->handle();
    if (!v.isValid() || (std::strcmp(v.typeName(), "pg_conn*") != 0 && std::strcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

bool serverConnectionAlive(const QSqlDatabase& connection)
{
    if (!connection.isOpen())
        return false;
    PGconn* conn = libpqHandle(connection);
    return !conn || PQstatus(conn) == CONNECTION_OK;
}

} // namespace dw
