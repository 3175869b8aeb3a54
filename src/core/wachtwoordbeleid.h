#pragma once

#include "result.h"

#include <QString>

namespace dw {

// What a new password must be (docs/privacy.md, "Inloggen"): at least 12 characters, not the account name, and
// not one of the passwords people use most, nor such a word with only digits or signs around it
// ("Wachtwoord2026!"). The reason is said in Dutch, so the user knows what to choose instead.
class WachtwoordBeleid
{
public:
    static constexpr int minimumLengte = 12;
    static Status check(const QString& wachtwoord, const QString& accountNaam);
};

} // namespace dw
