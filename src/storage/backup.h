#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace dw {

class Database;

// What a backup holds, read without changing it: shown before a restore asks for confirmation.
struct BackupSummary
{
    // When the backup was made: the file's time (Backup::create writes it in one rename) or, for a team server,
    // the time pg_dump wrote in the archive.
    QDateTime made;
    // The newest audit row in the backup: how far its data goes, also when the file was copied (and got a new
    // time). Invalid when unknown (a team server's archive: its audit table is not read for a summary).
    QDateTime lastActivity;
    int schemaVersion = 0;
    qint64 inwoners = 0;
    qint64 meetmomenten = 0;
    qint64 bytes = 0;
};

// Backups with SQLite's online backup API: consistent while the app has the database open, and written to a
// temporary file that only replaces the target once it is complete and verified.
class Backup
{
public:
    // Copies `db` to `target` (replacing it), then opens the copy and checks it (integrity, schema version).
    static Status create(Database& db, const QString& target);
    // Checks that `backupPath` is a healthy Draagwijzer database of a version this program can read.
    static Status verify(const QString& backupPath);
    // Reads what `backupPath` holds (opened read-only; nothing is written, not beside it either). A file that is
    // not a Draagwijzer database, or is too new for this program, gives a Dutch reason. Does not run the full
    // integrity check: verify does that.
    static Result<BackupSummary> summary(const QString& backupPath);
    // Restores `backupPath` into `db`: verifies the backup, keeps the current database as a dated copy beside it
    // (returned), then copies the backup's pages into `db` in one SQLite transaction, so that an interrupted
    // restore leaves the database as it was. Afterwards `db` is no longer held alone: a program that keeps it open
    // (the app) goes on working with it and its other connections.
    static Result<QString> restore(Database& db, const QString& backupPath, const QDateTime& now);
    // Keeps the newest `keep` files matching <folder>/draagwijzer-*.sqlite; removes older ones.
    static Status prune(const QString& folder, int keep);

private:
    static Result<QString> restoreAlone(Database& db, const QString& backupPath, const QDateTime& now);
};

} // namespace dw
