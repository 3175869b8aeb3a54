#pragma once

#include "core/result.h"

#include <QString>

namespace dw {

class Database;

// The organisation's settings that live in the database (table instelling, migration 12), not in someone's
// QSettings: the bewaartermijnen. Whoever sets one checks the role and writes its audit row in the same transaction.
namespace instelling {
// A number of years (both bewaartermijnen are); `standaard` when it was never set.
Result<int> jaren(Database& db, const QString& sleutel, int standaard);
// Replaces the value with its audit row ("bewaartermijn gewijzigd", `details`), in one transaction. The caller has
// checked the role and the value.
Status write(Database& db, const QString& sleutel, const QString& waarde, const QString& details);
} // namespace instelling

} // namespace dw
