#include "sqlerror.h"

#include "log.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cerrno>

namespace dw {

namespace sqlerror {

int code(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return 0;
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? (native & 0xff) : SQLITE_ERROR;
}

Error::Cause cause(int code)
{
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Cause::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::Cause::ReadOnly;
    case SQLITE_CORRUPT:
        return Error::Cause::Damaged;
    case SQLITE_NOTADB:
        return Error::Cause::NotADatabase;
    case SQLITE_FULL:
        return Error::Cause::DiskFull;
    case SQLITE_CANTOPEN:
        return Error::Cause::NotFound;
    default:
        return Error::Cause::Unspecified;
    }
}

QString sentence(int code)
{
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("de database is bezet: een ander programma schrijft erin of houdt haar vergrendeld. "
                              "Het bestand is niet beschadigd; probeer het over een ogenblik opnieuw");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("de database kan niet worden gewijzigd (alleen lezen); open een kopie waarin u mag "
                              "schrijven, of vraag de beheerder om schrijfrechten");
    case SQLITE_FULL:
        return QStringLiteral("de schijf is vol; maak ruimte vrij en probeer het opnieuw. Er is niets half "
                              "opgeslagen");
    case SQLITE_IOERR:
        return QStringLiteral("lezen van of schrijven naar de schijf mislukte; controleer de schijf of de "
                              "netwerkverbinding en probeer het opnieuw");
    case SQLITE_CORRUPT:
        return QStringLiteral("het databasebestand is beschadigd; maak geen wijzigingen meer en zet een backup "
                              "terug (draagwijzer-cli restore)");
    case SQLITE_NOTADB:
        return QStringLiteral("het bestand is geen Draagwijzer-database (geen SQLite-bestand)");
    case SQLITE_CANTOPEN:
        return QStringLiteral("het bestand kan niet worden geopend; bestaat de map, en mag u erin lezen en "
                              "schrijven?");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("de gegevens passen niet bij een regel van de database (bijvoorbeeld een ref die al "
                              "bestaat, of een waarde buiten het bereik)");
    case SQLITE_INTERRUPT:
        return QStringLiteral("de bewerking is afgebroken");
    case SQLITE_NOMEM:
        return QStringLiteral("er is onvoldoende geheugen");
    case SQLITE_TOOBIG:
        return QStringLiteral("een waarde is te groot om op te slaan");
    default:
        return QStringLiteral("onverwachte databasefout (code %1); het logbestand bevat de code").arg(code);
    }
}

namespace {

// A PostgreSQL error carries a five-character SQLSTATE; SQLite's codes are numbers below 10000.
bool fromServer(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5)
        return true;
    // A connection the server or the network dropped: libpq reports it without a SQLSTATE.
    const QString text = error.driverText() + QLatin1Char(' ') + error.databaseText();
    return code.isEmpty()
        && (text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server"))
            || text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("PSQL"))
            || text.contains(QLatin1String("connection to server")));
}

struct ServerError
{
    Error::Cause cause;
    Error::Kind kind;
    QString sentence;
};

ServerError classifyServer(const QString& sqlState)
{
    using C = Error::Cause;
    using K = Error::Kind;
    const QString category = sqlState.left(2);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        return {C::Retry,
            K::Failure,
            QStringLiteral("een collega schreef tegelijk in dezelfde gegevens; er is niets opgeslagen. Probeer het "
                           "opnieuw")};
    if (sqlState == QLatin1String("55P03"))
        return {C::Locked,
            K::Failure,
            QStringLiteral("een collega houdt deze gegevens nu vast; er is niets opgeslagen. Probeer het over een "
                           "ogenblik opnieuw")};
    if (category == QLatin1String("23"))
        return {C::Unspecified,
            K::BadInput,
            QStringLiteral("de gegevens passen niet bij een regel van de database (bijvoorbeeld een ref die al "
                           "bestaat, of een waarde buiten het bereik)")};
    if (category == QLatin1String("22"))
        return {
            C::Unspecified, K::BadInput, QStringLiteral("een waarde past niet in de database (te groot of ongeldig)")};
    if (sqlState == QLatin1String("57014"))
        return {C::Unspecified, K::Failure, QStringLiteral("de bewerking is afgebroken")};
    if (category == QLatin1String("08") || category == QLatin1String("57") || sqlState.isEmpty())
        return {C::ConnectionLost,
            K::Failure,
            QStringLiteral("de verbinding met de teamserver is verbroken; er is niets half opgeslagen. Probeer het "
                           "opnieuw zodra de server weer bereikbaar is")};
    if (sqlState == QLatin1String("53100"))
        return {C::DiskFull, K::Failure, QStringLiteral("de schijf van de teamserver is vol; er is niets opgeslagen")};
    if (category == QLatin1String("53"))
        return {
            C::Unspecified, K::Failure, QStringLiteral("de teamserver heeft te weinig geheugen of verbindingen vrij")};
    if (sqlState == QLatin1String("25006"))
        return {C::ReadOnly, K::Failure, QStringLiteral("de teamserver staat alleen lezen toe")};
    // Raised by the login functions of migration 11 (serverrights.cpp).
    if (sqlState == QLatin1String("42710"))
        return {C::Unspecified,
            K::BadInput,
            QStringLiteral("de teamserver heeft al een login met deze naam; kies een andere accountnaam")};
    if (sqlState == QLatin1String("42622"))
        return {C::Unspecified,
            K::BadInput,
            QStringLiteral("deze accountnaam is te lang voor een login op de teamserver (hoogstens 63 bytes)")};
    if (sqlState == QLatin1String("42501") || category == QLatin1String("28"))
        return {C::ReadOnly, K::BadInput, QStringLiteral("u hebt op de teamserver geen rechten voor deze bewerking")};
    return {C::Unspecified,
        K::Failure,
        QStringLiteral("onverwachte fout van de teamserver (code %1); het logbestand bevat de code").arg(sqlState)};
}

// SQLSTATE as a number for the log, whose fields are integers: base 36 gives it back exactly.
long long sqlStateNumber(const QString& sqlState)
{
    return sqlState.toLongLong(nullptr, 36);
}

Error classify(const QSqlError& error, bool server, const QString& context, const char* event)
{
    QString sentence;
    Error::Cause errorCause;
    Error::Kind kind;
    if (server) {
        const QString state = error.nativeErrorCode().size() == 5 ? error.nativeErrorCode() : QString();
        log::warn(event, {{"sqlstate36", sqlStateNumber(state)}});
        const ServerError e = classifyServer(state);
        sentence = e.sentence;
        errorCause = e.cause;
        kind = e.kind;
    } else {
        const int c = code(error);
        log::warn(event, {{"sqlite_code", c}});
        sentence = sqlerror::sentence(c);
        errorCause = cause(c);
        kind = c == SQLITE_CONSTRAINT ? Error::Kind::BadInput : Error::Kind::Failure;
    }
    const QString message = context.isEmpty() ? sentence : QStringLiteral("%1: %2").arg(context, sentence);
    return Error::because(errorCause, kind, message);
}

// A statement knows its engine: on a server connection that could not be opened again, Qt refuses the statement
// without any error text at all ("database not open"), and that is the server being away, not a SQLite code 0.
bool onServer(const QSqlQuery& query)
{
    return fromServer(query.lastError())
        || (query.driver() && query.driver()->dbmsType() == QSqlDriver::DbmsType::PostgreSQL);
}

} // namespace

Error failure(const QSqlError& error, const QString& context, const char* event)
{
    return classify(error, fromServer(error), context, event);
}

Error statementFailed(const QSqlQuery& query, const QString& context)
{
    return statementFailed(query.lastError(), onServer(query), context);
}

Error statementFailed(const QSqlError& error, bool onServer, const QString& context)
{
    Error e = classify(error, onServer, context, "sql_fout");
    e.kind = Error::Kind::Failure;
    return e;
}

} // namespace sqlerror

QString errnoSentence(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("de schijf is vol");
    case EACCES:
    case EPERM:
        return QStringLiteral("u mag daar niet schrijven");
    case EROFS:
        return QStringLiteral("de schijf is alleen-lezen");
    case ENOENT:
    case ENOTDIR:
        return QStringLiteral("de map bestaat niet");
    case EISDIR:
        return QStringLiteral("dat is een map, geen bestand");
    case EXDEV:
        return QStringLiteral("het tijdelijke bestand staat op een andere schijf");
    case EIO:
        return QStringLiteral("de schijf gaf een lees- of schrijffout");
    default:
        return QStringLiteral("systeemfout %1").arg(error);
    }
}

QString sqlError(const QSqlError& error)
{
    return sqlerror::failure(error, {}).message;
}

QString sqlError(const QSqlQuery& query)
{
    return sqlerror::statementFailed(query).message;
}

} // namespace dw
