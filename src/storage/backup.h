#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace dw {

class Database;

// Backups with SQLite's online backup API: consistent while the app has the database open, and written to a
// temporary file that only replaces the target once it is complete and verified.
class Backup
{
public:
    // Copies `db` to `target` (replacing it), then opens the copy and checks it (integrity, schema version).
    static Status create(Database& db, const QString& target);
    // Checks that `backupPath` is a healthy Draagwijzer database of a version this program can read.
    static Status verify(const QString& backupPath);
    // Restores `backupPath` into `db`: verifies the backup, keeps the current database as a dated copy beside it
    // (returned), then copies the backup's pages into `db` in one SQLite transaction, so that an interrupted
    // restore leaves the database as it was.
    static Result<QString> restore(Database& db, const QString& backupPath, const QDateTime& now);
    // Keeps the newest `keep` files matching <folder>/draagwijzer-*.sqlite; removes older ones.
    static Status prune(const QString& folder, int keep);
};

} // namespace dw
