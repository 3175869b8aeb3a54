#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dw::refpatroon {

// New refs are proposed from a pattern set in Instellingen (issue 18), for example "{GEMEENTECODE}-{NUMMER:6}":
// {GEMEENTECODE} is the gemeente's code, {NUMMER:n} the next free number with n digits ({NUMMER}: no padding).
QString standaard();
// Why `patroon` cannot make refs (a fragment), or empty.
QString probleem(const QString& patroon);

// The gemeente's code: the one its refs already use (the most common part before the first "-", when that is
// letters), else three capitals made from the name ("Enschede" ENS, "Súdwest-Fryslân" SFR).
QString gemeenteCode(const QString& gemeente, const QStringList& refsVanDieGemeente);

// What comes before the number, for the code; refs with a higher number sort after it when the number is padded.
QString voorvoegsel(const QString& patroon, const QString& code);
QString maak(const QString& patroon, const QString& code, int nummer);
// The number in `ref` when it follows the pattern for this code.
std::optional<int> nummer(const QString& patroon, const QString& code, const QString& ref);

} // namespace dw::refpatroon
