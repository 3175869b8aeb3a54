#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace dw::passwordhash {

// Passwords as libsodium's Argon2id strings (crypto_pwhash_str), with its interactive limits: about a quarter of a
// second and 64 MiB per hash, so a login stays well under a second while guessing stays expensive.
Result<QString> make(const QString& wachtwoord);
// Several at once, side by side on every core (the demo's nine accounts), in the order given.
QVector<Result<QString>> makeAll(const QStringList& wachtwoorden);
bool matches(const QString& hash, const QString& wachtwoord);
// True for a hash stored with other limits: it is redone at the next login, when the password is known.
bool needsRehash(const QString& hash);

} // namespace dw::passwordhash
