#include "sqlerror.h"

#include "log.h"

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

Error failure(const QSqlError& error, const QString& context, const char* event)
{
    const int c = code(error);
    log::warn(event, {{"sqlite_code", c}});
    const Error::Kind kind = c == SQLITE_CONSTRAINT ? Error::Kind::BadInput : Error::Kind::Failure;
    const QString message = context.isEmpty() ? sentence(c) : QStringLiteral("%1: %2").arg(context, sentence(c));
    return Error::because(cause(c), kind, message);
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
    const int c = sqlerror::code(error);
    log::warn("sql_fout", {{"sqlite_code", c}});
    return sqlerror::sentence(c);
}

QString sqlError(const QSqlQuery& query)
{
    return sqlError(query.lastError());
}

} // namespace dw
