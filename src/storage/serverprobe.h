#pragma once

#include "core/result.h"
#include "serveraddress.h"

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

namespace dw {

// Why a team server refused a connection, in Dutch and with a Cause: Qt's driver gives only libpq's English text,
// so libpq is asked again directly whether a password is wanted or was wrong. Never the server's own words.
Error serverConnectFailure(const ServerAddress& server);

// libpq's own connection under a QPSQL one; null for any other driver.
pg_conn* libpqHandle(const QSqlDatabase& connection);

// Whether libpq still holds a working connection (its status, no round trip): false after the server closed it.
bool serverConnectionAlive(const QSqlDatabase& connection);

} // namespace dw
