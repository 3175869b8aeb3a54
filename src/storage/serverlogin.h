#pragma once

#include "core/account.h"
#include "core/result.h"

namespace dw {

class Database;

// The team server's own login for each account (migration 11, serverrights.cpp): the server checks the password
// (SCRAM-SHA-256) and enforces the roles with GRANTs and row-level security. Only the statements; AccountStore
// decides when, inside its own transactions, so that an account and its login are made or changed together.
namespace serverlogin {

// True on a team server whose schema has server logins; a desk and an older server have none.
bool enforced(Database& db);
// Makes the login with the account's password and the groups of its roles.
Status create(Database& db, const QString& naam, const QString& wachtwoord, Rollen rollen);
Status setRollen(Database& db, const QString& naam, Rollen rollen);
Status setBlocked(Database& db, const QString& naam, bool geblokkeerd);
Status setPassword(Database& db, const QString& naam, const QString& wachtwoord);
// The account this connection logged in to the server as, or an empty name when the connection's server user is
// no account's login (the team role of the IT beheerder, or a desk).
Result<QString> sessionAccount(Database& db);
// Asks the server whether this is the password of the connection's own login, over a second connection that is
// closed at once (unlocking an idle screen). BadInput with Cause::Denied when it is not.
Status checkPassword(Database& db, const QString& wachtwoord);

} // namespace serverlogin

} // namespace dw
