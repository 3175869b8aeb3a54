#pragma once

#include "backup.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace dw {

class Database;

// Backups of a team server with PostgreSQL's own tools (docs/teammode.md, "Backup en herstel"): pg_dump's custom
// format of the Draagwijzer schema, and pg_restore in one transaction. The server's own backups (base backups,
// WAL archiving) are the IT department's; these are the team's copy at a moment of its choosing.
namespace serverbackup {

// pg_dump of the schema `db` works in, written beside `target` and renamed onto it once pg_restore has read it back.
Status create(Database& db, const QString& target);
// The file is a pg_dump archive that holds a Draagwijzer schema.
Status verify(const QString& file);
// What the archive holds, read with pg_restore without a server: the time pg_dump wrote in it, the schema version
// and the number of inwoners and meetmomenten (from their table data).
Result<BackupSummary> summary(const QString& file);
// Keeps what is on the server now as a dump beside `file` (returned), then replaces the schema's tables with the
// archive's in one transaction: on any failure the server is as it was.
Result<QString> restore(Database& db, const QString& file, const QDateTime& now);

} // namespace serverbackup

} // namespace dw
