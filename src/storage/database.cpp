#include "database.h"

#include "log.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace dw {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dw-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A SQLite file starts with this 16-byte header; anything else is refused before SQLite touches it.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("%1 kan niet worden gelezen: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error::badInput(QStringLiteral("%1 is geen Draagwijzer-database (geen SQLite-bestand)").arg(path));
    return {};
}

} // namespace

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("draagwijzer.sqlite"));
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("geen databasebestand opgegeven"));
    const Status header = checkHeader(path);
    if (!header.ok())
        return header.error();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return Error::badInput(QStringLiteral("database %1 bestaat niet").arg(path));
    if (mode == Mode::ReadWrite) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error::failure(QStringLiteral("map %1 kan niet worden gemaakt").arg(dir));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    std::unique_ptr<Database> database(new Database(db, path));
    if (!database->m_db.open())
        return Error::badInput(
            QStringLiteral("database %1 kan niet worden geopend: %2").arg(path, database->m_db.lastError().text()));

    // Read-only probes first: a file we refuse must stay byte-identical.
    QSqlQuery q(database->m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error::badInput(QStringLiteral("database %1 is beschadigd of geen database: %2").arg(path, sqlError(q)));
    const int tables = q.value(0).toInt();
    q.finish();
    const int version = database->schemaVersion();
    if (version > Migrations::currentVersion())
        return Error::badInput(QStringLiteral("database %1 heeft schemaversie %2; dit programma kent tot en met %3. "
                                              "Gebruik een nieuwere Draagwijzer.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(Migrations::currentVersion()));
    if (version == 0 && tables > 0)
        return Error::badInput(QStringLiteral("%1 is een SQLite-database, maar geen Draagwijzer-database").arg(path));

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Reports scan 600,000 metingen: read them through a memory map and keep a 64 MB page cache, rather than
    // copying every page out of the kernel again for each of the three report queries.
    q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (mode == Mode::ReadOnly) {
        if (version < Migrations::currentVersion())
            return Error::badInput(
                QStringLiteral("database %1 heeft een oud schema (%2); open hem eerst met schrijfrechten")
                    .arg(path)
                    .arg(version));
        return database;
    }
    // WAL: readers never block the writer, and a crash mid-transaction leaves the main file untouched.
    // synchronous = FULL: a committed transaction survives power loss as well (docs/reliability.md).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return Error::failure(QStringLiteral("database %1 kan niet worden ingesteld: %2").arg(path, sqlError(q)));
    q.finish();
    const Status migrated = Migrations::migrate(*database);
    if (!migrated.ok()) {
        log::warn("migratie_mislukt", {{"schemaversie", version}});
        return migrated.error();
    }
    log::info("database_geopend", {{"schemaversie", database->schemaVersion()}});
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother(Mode mode) const
{
    return open(m_path, mode);
}

} // namespace dw
