#pragma once

#include "core/instrument.h"
#include "core/result.h"
#include "core/spreadsheetconversie.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace dw {

class Database;

// What the spreadsheet import (issue 19) needs from the database, besides DossierImport which writes.
namespace spreadsheetopslag {

// What the database holds for `refs`: which exist, the dates of their meetmomenten, and which of them this session
// may not add to. Looked up in batches, so a sheet of 100,000 new refs costs a few hundred queries.
Result<SpreadsheetConversie::Bestaand> bestaand(Database& db, const Instrument& instrument, const QStringList& refs);

// Saved profiles, by name, in the database (table instelling), so every desk of a team finds them and the CLI
// takes them by name. The JSON is SpreadsheetProfiel's (docs/spreadsheetprofiel.md).
Result<QStringList> profielNamen(Database& db);
Result<std::optional<QByteArray>> profiel(Database& db, const QString& naam);
// Saves (or replaces) the profile `naam`, with an audit row; a professional's right.
Status bewaarProfiel(Database& db, const QString& naam, const QByteArray& json);

} // namespace spreadsheetopslag
} // namespace dw
