#pragma once

#include "core/result.h"
#include "serveraddress.h"

class QSqlDatabase;

namespace dw {

// Why a team server refused a connection, in Dutch and with a Cause: Qt's driver gives only libpq's English text,
// so libpq is asked again directly whether a password is wanted or was wrong. Never the server's own words.
Error serverConnectFailure(const ServerAddress& server);

// Whether libpq still holds a working connection (its status, no round trip): false after the server closed it.
bool serverConnectionAlive(const QSqlDatabase& connection);

} // namespace dw
