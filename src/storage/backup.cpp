#include "backup.h"

#include "database.h"
#include "log.h"
#include "migrations.h"
#include "verifier.h"

#include "core/instrument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace dw {

namespace {

sqlite3* handleOf(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// The temporary file and what SQLite may have left beside it after a killed run.
void removePart(const QString& part)
{
    QFile::remove(part);
    QFile::remove(part + QStringLiteral("-journal"));
}

// Copies every page of `from` into `to` with sqlite3_backup; SQLite does this in one write transaction on `to`.
Status copyPages(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error::failure(
            QStringLiteral("backup kan niet starten: %1").arg(sqlerror::sentence(sqlite3_errcode(to) & 0xff)));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        log::warn("backup_mislukt", {{"sqlite_code", rc}});
        return Error::because(sqlerror::cause(rc & 0xff),
            Error::Kind::Failure,
            QStringLiteral("backup mislukt: %1").arg(sqlerror::sentence(rc & 0xff)));
    }
    return {};
}

} // namespace

Status Backup::verify(const QString& backupPath)
{
    if (!QFileInfo::exists(backupPath))
        return Error::badInput(QStringLiteral("backup %1 bestaat niet").arg(backupPath));
    auto opened = Database::open(backupPath, Database::Mode::ReadOnly);
    if (!opened.ok())
        return Error::badInput(
            QStringLiteral("backup %1 is niet bruikbaar: %2").arg(backupPath, opened.errorMessage()));
    const auto report = Verifier(*opened.value(), Instrument::standaard()).run(true);
    if (!report.ok())
        return report.error();
    if (!report->healthy())
        return Error::badInput(QStringLiteral("backup %1 is beschadigd: %2").arg(backupPath, report->problems.first()));
    return {};
}

Result<BackupSummary> Backup::summary(const QString& backupPath)
{
    const QFileInfo file(backupPath);
    if (!file.exists())
        return Error::badInput(QStringLiteral("backup %1 bestaat niet").arg(QDir::toNativeSeparators(backupPath)));
    if (!file.isFile())
        return Error::badInput(QStringLiteral("%1 is geen bestand").arg(QDir::toNativeSeparators(backupPath)));
    if (file.size() == 0) // SQLite would take it for an empty database
        return Error::badInput(
            QStringLiteral("%1 is leeg en dus geen backup").arg(QDir::toNativeSeparators(backupPath)));
    // Read-only: opening neither migrates nor writes, and a backup (rollback journal) gets no -wal beside it.
    auto opened = Database::open(backupPath, Database::Mode::ReadOnly);
    if (!opened.ok())
        return Error::badInput(QStringLiteral("%1 is niet bruikbaar als backup: %2")
                                   .arg(QDir::toNativeSeparators(backupPath), opened.errorMessage()));
    Database& db = *opened.value();
    BackupSummary s;
    s.made = file.lastModified();
    s.bytes = file.size();
    s.schemaVersion = db.schemaVersion();
    QSqlQuery q(db.connection());
    const auto number = [&q](const QString& sql) -> std::optional<qint64> {
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    const auto inwoners = number(QStringLiteral("SELECT count(*) FROM inwoner"));
    const auto meetmomenten = number(QStringLiteral("SELECT count(*) FROM meetmoment"));
    if (s.schemaVersion < 1 || !inwoners || !meetmomenten)
        return Error::badInput(QStringLiteral("%1 is geen backup van Draagwijzer: de tabellen met inwoners en "
                                              "meetmomenten ontbreken of zijn onleesbaar")
                                   .arg(QDir::toNativeSeparators(backupPath)));
    s.inwoners = *inwoners;
    s.meetmomenten = *meetmomenten;
    if (q.exec(QStringLiteral("SELECT max(tijdstip) FROM audit")) && q.next() && !q.value(0).isNull())
        s.lastActivity = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
    return s;
}

Status Backup::create(Database& db, const QString& target)
{
    if (Database::isDatabaseOrCompanion(db.path(), target))
        return Error::badInput(QStringLiteral("%1 is de database zelf of een van haar hulpbestanden; kies voor de "
                                              "backup een ander bestand")
                                   .arg(QDir::toNativeSeparators(target)));
    sqlite3* source = handleOf(db);
    if (!source)
        return Error::failure(QStringLiteral("backup werkt alleen met SQLite"));
    const QString part = target + QStringLiteral(".deel");
    removePart(part);
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(part).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const int code = sqlite3_errcode(dest) & 0xff;
        sqlite3_close(dest);
        removePart(part);
        return Error::badInput(QStringLiteral("%1 kan niet worden geschreven: %2")
                                   .arg(QDir::toNativeSeparators(target), sqlerror::sentence(code)));
    }
    // The .deel file is thrown away on any failure, so it needs no rollback journal of its own.
    sqlite3_exec(dest, "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);
    Status s = copyPages(source, dest);
    // A backup is one self-contained file: no WAL beside it.
    if (s.ok() && sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        s = Error::failure(QStringLiteral("backup kan niet worden afgerond: %1")
                               .arg(sqlerror::sentence(sqlite3_errcode(dest) & 0xff)));
    if (sqlite3_close(dest) != SQLITE_OK && s.ok())
        s = Error::failure(QStringLiteral("backup kan niet worden afgerond"));
    if (s.ok())
        s = verify(part);
    if (!s.ok()) {
        removePart(part);
        return s;
    }
    // rename() replaces the target in one step: there is never half a backup under the target's name.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        removePart(part);
        return Error::failure(QStringLiteral("%1 kan niet worden geschreven: %2")
                                  .arg(QDir::toNativeSeparators(target), errnoSentence(error)));
    }
    log::info("backup_gemaakt");
    return {};
}

Result<QString> Backup::restore(Database& db, const QString& backupPath, const QDateTime& now)
{
    if (Database::isDatabaseOrCompanion(db.path(), backupPath))
        return Error::badInput(
            QStringLiteral("%1 is de database zelf; kies een backupbestand").arg(QDir::toNativeSeparators(backupPath)));
    const Status valid = verify(backupPath);
    if (!valid.ok())
        return valid.error();
    // Nobody else may have the database open while every page is replaced: the app would go on showing, and
    // saving over, what is no longer there. Refused rather than waited for; nothing has been changed yet.
    const Status alone = db.lockExclusively();
    if (!alone.ok())
        return Error::because(alone.error().cause,
            alone.error().kind,
            QStringLiteral("er is niets teruggezet: %1").arg(alone.errorMessage()));
    // Given back however it ends: the app goes on with this connection and opens its readers again.
    const Result<QString> restored = restoreAlone(db, backupPath, now);
    const Status released = db.unlockExclusively();
    if (restored.ok() && !released.ok())
        return released.error();
    return restored;
}

Result<QString> Backup::restoreAlone(Database& db, const QString& backupPath, const QDateTime& now)
{
    const QString keep
        = db.path() + QStringLiteral(".voor-herstel-%1.sqlite").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const Status saved = create(db, keep);
    if (!saved.ok())
        return Error::failure(QStringLiteral("de huidige database kon niet worden bewaard; er is niets hersteld: %1")
                                  .arg(saved.errorMessage()));
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(source);
        return Error::badInput(QStringLiteral("backup %1 kan niet worden gelezen").arg(backupPath));
    }
    sqlite3* target = handleOf(db);
    const Status copied = target ? copyPages(source, target) : Status(Error::failure(QStringLiteral("geen SQLite")));
    sqlite3_close(source);
    if (!copied.ok())
        return copied.error();
    // The backup's header says rollback journal; this database keeps WAL (docs/reliability.md).
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // The restored file may be of an older schema: bring it up to date as opening would.
    const Status migrated = Migrations::migrate(db);
    if (!migrated.ok())
        return migrated.error();
    log::info("backup_teruggezet", {{"schemaversie", db.schemaVersion()}});
    return keep;
}

Status Backup::prune(const QString& folder, int keep)
{
    QDir dir(folder);
    const QStringList files
        = dir.entryList({QStringLiteral("draagwijzer-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = keep; i < files.size(); ++i) {
        if (!dir.remove(files.at(i)))
            return Error::failure(QStringLiteral("oude backup %1 kan niet worden verwijderd").arg(files.at(i)));
    }
    return {};
}

} // namespace dw
