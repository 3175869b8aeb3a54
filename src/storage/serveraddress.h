#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace dw {

// Where a team server is, as libpq understands it: a URI (postgresql://gebruiker@host:5432/draagwijzer), a
// service name from pg_service.conf, or key=value pairs. What is not given comes from the PG* environment
// variables, ~/.pgpass and pg_service.conf, exactly as in psql: libpq reads them, not this class.
//
// The password is held in memory only (asked by the app at connect time); it is never part of conninfo(),
// displayName() or a log line.
class ServerAddress
{
public:
    // Refuses, with a Dutch one-line reason, what libpq cannot parse. A host that is not this computer gets
    // sslmode=require when neither the address nor PGSSLMODE says otherwise.
    static Result<ServerAddress> parse(const QString& uriOrService);
    // The parts of Instellingen → Database; an empty part is left to libpq's defaults.
    static ServerAddress fromParts(
        const QString& host, int port, const QString& database, const QString& user, const QString& sslmode);

    // The connection string for libpq (key=value), without the password.
    QString conninfo() const;
    // Sets a QPSQL connection to this address (with the password, if one was given). Qt's driver passes its own
    // fields and options to libpq one by one, so the parsed parameters go in one by one too.
    void applyTo(QSqlDatabase& connection) const;
    // For the user: "gebruiker@host:5432/database", or "dienst NAAM"; never a password.
    QString displayName() const;
    // True for a Unix socket or a loopback name: TLS adds nothing there.
    bool isLocal() const;

    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    // The same server with one more libpq parameter, e.g. options=-csearch_path=… for a test schema.
    ServerAddress with(const QString& key, const QString& value) const;

private:
    QList<QPair<QString, QString>> m_parameters; // as libpq parsed them, in order
    QString m_service;
    QString m_host;
    QString m_database;
    QString m_user;
    QString m_sslmode;
    int m_port = -1;
    QString m_password;
};

} // namespace dw
