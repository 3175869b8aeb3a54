#include "serveraddress.h"

#include <QSqlDatabase>
#include <QStringList>

#include <libpq-fe.h>

namespace dw {

namespace {

// A value in a libpq key=value string: quoted, with backslash and quote escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool looksLikeConninfo(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
        || text.contains(QLatin1Char('='));
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& uriOrService)
{
    const QString text = uriOrService.trimmed();
    if (text.isEmpty())
        return Error::badInput(QStringLiteral("--server verwacht een adres (postgresql://gebruiker@host/database) of "
                                              "de naam van een dienst uit pg_service.conf"));
    // A bare word is a service name, as "psql service=NAAM".
    const QString given = looksLikeConninfo(text) ? text : QStringLiteral("service=%1").arg(quoted(text));
    char* errorMessage = nullptr;
    PQconninfoOption* options = PQconninfoParse(given.toUtf8().constData(), &errorMessage);
    if (!options) {
        PQfreemem(errorMessage); // libpq's English; the reason in Dutch is enough
        return Error::badInput(
            QStringLiteral("'%1' is geen geldig serveradres; gebruik postgresql://gebruiker@host:5432/database of "
                           "de naam van een dienst")
                .arg(text));
    }
    ServerAddress a;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password")) {
            a.m_password = value; // kept in memory only, like the one the app asks for
            continue;
        }
        if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("dbname"))
            a.m_database = value;
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("sslmode"))
            a.m_sslmode = value;
        else if (key == QLatin1String("service"))
            a.m_service = value;
        else if (key == QLatin1String("port"))
            a.m_port = value.toInt();
        a.m_parameters.append({key, value});
    }
    PQconninfoFree(options);
    // A service file sets its own sslmode; otherwise a remote host gets TLS unless the user chose otherwise.
    if (a.m_service.isEmpty() && a.m_sslmode.isEmpty() && qEnvironmentVariableIsEmpty("PGSSLMODE") && !a.isLocal())
        a = a.with(QStringLiteral("sslmode"), QStringLiteral("require"));
    return a;
}

ServerAddress ServerAddress::fromParts(
    const QString& host, int port, const QString& database, const QString& user, const QString& sslmode)
{
    QStringList parts;
    if (!host.isEmpty())
        parts << QStringLiteral("host=%1").arg(quoted(host));
    if (port > 0)
        parts << QStringLiteral("port=%1").arg(port);
    if (!database.isEmpty())
        parts << QStringLiteral("dbname=%1").arg(quoted(database));
    if (!user.isEmpty())
        parts << QStringLiteral("user=%1").arg(quoted(user));
    if (!sslmode.isEmpty())
        parts << QStringLiteral("sslmode=%1").arg(quoted(sslmode));
    auto parsed = parse(parts.isEmpty() ? QStringLiteral("dbname=draagwijzer") : parts.join(QLatin1Char(' ')));
    return parsed.ok() ? parsed.value() : ServerAddress();
}

ServerAddress ServerAddress::with(const QString& key, const QString& value) const
{
    ServerAddress a = *this;
    a.m_parameters.append({key, value});
    if (key == QLatin1String("sslmode"))
        a.m_sslmode = value;
    return a;
}

QString ServerAddress::conninfo() const
{
    QStringList pairs;
    for (const auto& [key, value] : m_parameters)
        pairs << key + QLatin1Char('=') + quoted(value);
    return pairs.join(QLatin1Char(' '));
}

void ServerAddress::applyTo(QSqlDatabase& connection) const
{
    QStringList options = {QStringLiteral("application_name=draagwijzer"), QStringLiteral("connect_timeout=10")};
    for (const auto& [key, value] : m_parameters) {
        if (key == QLatin1String("host"))
            connection.setHostName(value);
        else if (key == QLatin1String("port"))
            connection.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            connection.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            connection.setUserName(value);
        else // QPSQL turns ';' into ' ' and appends the rest to libpq's connection string as it is
            options << key + QLatin1Char('=') + quoted(value);
    }
    if (!m_password.isEmpty())
        connection.setPassword(m_password);
    connection.setConnectOptions(options.join(QLatin1Char(';')));
}

bool ServerAddress::isLocal() const
{
    const QString host = m_host.isEmpty() ? qEnvironmentVariable("PGHOST") : m_host;
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString ServerAddress::displayName() const
{
    if (!m_service.isEmpty())
        return QStringLiteral("dienst %1").arg(m_service);
    const QString host = m_host.isEmpty() ? qEnvironmentVariable("PGHOST", QStringLiteral("localhost")) : m_host;
    const QString user = m_user.isEmpty() ? qEnvironmentVariable("PGUSER") : m_user;
    const QString database = m_database.isEmpty() ? qEnvironmentVariable("PGDATABASE", user) : m_database;
    const int port = m_port > 0 ? m_port : qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt();
    return QStringLiteral("%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host)
        .arg(port)
        .arg(database);
}

} // namespace dw
