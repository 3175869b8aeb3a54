#include "database.h"

#include "log.h"
#include "migrations.h"
#include "serverprobe.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

namespace dw {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dw-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

// Asked of the file system without opening the file: a descriptor opened and closed here would drop the POSIX
// locks of every connection this process already has on it.
Status Database::checkWritable(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (info.exists() && !writable(path))
        return Error::because(Error::Cause::ReadOnly,
            Error::Kind::BadInput,
            QStringLiteral("%1 kan niet worden gewijzigd: het bestand is alleen-lezen. Open het alleen om te lezen, "
                           "of kies een kopie waarin u mag schrijven")
                .arg(shown(path)));
    if (!writable(folder))
        return Error::because(Error::Cause::ReadOnly,
            Error::Kind::BadInput,
            QStringLiteral("%1 kan niet worden gewijzigd: de map %2 is alleen-lezen, en SQLite moet naast de database "
                           "een logbestand (-wal) kunnen maken. Open het alleen om te lezen, of kies een andere map")
                .arg(shown(path), shown(folder)));
    return {};
}

namespace {

// Why opening failed, in the words that tell the user what to do: locked, read-only and damaged are different
// problems with different remedies, and only the last one is a reason to restore a backup.
Error openFailure(const QString& path, Error::Cause cause, const QString& sentence)
{
    switch (cause) {
    case Error::Cause::NotADatabase:
        return Error::because(cause,
            Error::Kind::BadInput,
            QStringLiteral("%1 is geen Draagwijzer-database (geen SQLite-bestand). Het bestand is niet gewijzigd")
                .arg(shown(path)));
    case Error::Cause::Damaged:
        return Error::because(cause,
            Error::Kind::BadInput,
            QStringLiteral("%1 is beschadigd. Maak er geen wijzigingen meer in en zet een backup terug "
                           "(draagwijzer-cli restore)")
                .arg(shown(path)));
    case Error::Cause::Locked:
        return Error::because(cause,
            Error::Kind::Failure,
            QStringLiteral("%1 is vergrendeld door een ander programma dat de database nu gebruikt. Het bestand is "
                           "niet beschadigd: sluit dat programma of wacht tot het klaar is, en probeer het opnieuw")
                .arg(shown(path)));
    case Error::Cause::ReadOnly:
        return Error::because(cause,
            Error::Kind::BadInput,
            QStringLiteral("%1 kan niet worden gewijzigd (alleen lezen). Open het alleen om te lezen, of kies een "
                           "kopie waarin u mag schrijven")
                .arg(shown(path)));
    default:
        return Error::because(cause,
            Error::Kind::Failure,
            QStringLiteral("database %1 kan niet worden geopend: %2").arg(shown(path), sentence));
    }
}

Error openFailure(const QString& path, const QSqlError& error)
{
    const int code = sqlerror::code(error);
    log::warn("database_openen_mislukt", {{"sqlite_code", code}});
    return openFailure(path, sqlerror::cause(code), sqlerror::sentence(code));
}

// The connection's database name: a plain path, or for a read-only file an immutable URI, with which SQLite
// reads the file without locks and creates no -wal or -shm beside it.
QString sqliteName(const QString& path, Database::Mode mode)
{
    if (mode != Database::Mode::ReadOnlyFile)
        return path;
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("immutable=1"));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

Connector Connector::forFile(const QString& path)
{
    Connector c;
    c.m_path = path;
    return c;
}

Connector Connector::forServer(const ServerAddress& server)
{
    Connector c;
    c.m_server = server;
    c.m_isServer = true;
    return c;
}

Result<std::unique_ptr<Database>> Connector::openReader() const
{
    auto opened = m_isServer
        ? Database::openServer(m_server, Database::Mode::ReadOnly)
        : Database::open(m_path, m_readOnlyFile ? Database::Mode::ReadOnlyFile : Database::Mode::ReadOnly);
    if (opened.ok())
        opened.value()->setSessie(m_sessie); // a worker sees what its session may see, no more
    return opened;
}

Result<std::unique_ptr<Database>> Connector::openWriter() const
{
    if (m_readOnlyFile)
        return Error::because(Error::Cause::ReadOnly,
            Error::Kind::BadInput,
            QStringLiteral("deze database is alleen-lezen geopend; er kan niets worden gewijzigd"));
    auto opened = m_isServer ? Database::openServer(m_server) : Database::open(m_path);
    if (opened.ok())
        opened.value()->setSessie(m_sessie);
    return opened;
}

QString Connector::displayName() const
{
    return m_isServer ? QStringLiteral("teamserver %1").arg(m_server.displayName()) : shown(m_path);
}

QString Connector::backupFolder() const
{
    if (m_readOnlyFile || m_isServer)
        return {};
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"));
}

Database::Database(QSqlDatabase db, QString path, Mode mode, const Dialect& dialect)
    : m_db(std::move(db))
    , m_path(path)
    , m_mode(mode)
    , m_dialect(&dialect)
{ }

Database::~Database()
{
    if (m_beforeClose)
        m_beforeClose(*this);
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

Connector Database::connector() const
{
    Connector c;
    c.m_path = m_path;
    c.m_server = m_server;
    c.m_isServer = m_isServer;
    c.m_readOnlyFile = m_mode == Mode::ReadOnlyFile;
    c.m_sessie = m_sessie;
    return c;
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(m_db).value_or(-1);
}

bool Database::isDatabaseOrCompanion(const QString& path, const QString& candidate)
{
    struct stat candidateStat
    {
    };
    const bool candidateExists = ::stat(QFile::encodeName(candidate).constData(), &candidateStat) == 0;
    // A target that does not exist yet is compared by its cleaned absolute path (its folder resolved).
    const QFileInfo candidateInfo(candidate);
    const QString candidateCanonical
        = QDir(candidateInfo.absolutePath()).canonicalPath() + QLatin1Char('/') + candidateInfo.fileName();
    for (const QString& suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        struct stat fileStat
        {
        };
        if (candidateExists && ::stat(QFile::encodeName(file).constData(), &fileStat) == 0
            && fileStat.st_dev == candidateStat.st_dev && fileStat.st_ino == candidateStat.st_ino)
            return true;
        const QFileInfo info(file);
        if (QDir(info.absolutePath()).canonicalPath() + QLatin1Char('/') + info.fileName() == candidateCanonical)
            return true;
    }
    return false;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("geen databasebestand opgegeven"));
    // Only stat() and access() before SQLite opens the file: no descriptor of ours may ever be closed on it.
    const QFileInfo info(path);
    const bool exists = info.exists();
    // A database file is empty or at least one page (512 bytes or more). SQLite would take a shorter file for an
    // empty database and write over it; such a file is refused by its size, without opening it.
    if (exists && info.size() > 0 && info.size() < 512)
        return openFailure(path, Error::Cause::NotADatabase, {});
    if (mode != Mode::ReadWrite && !exists)
        return Error::because(
            Error::Cause::NotFound, Error::Kind::BadInput, QStringLiteral("database %1 bestaat niet").arg(shown(path)));
    if (mode == Mode::ReadWrite) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error::because(Error::Cause::ReadOnly,
                Error::Kind::BadInput,
                QStringLiteral("map %1 kan niet worden gemaakt").arg(shown(dir)));
        const Status canWrite = checkWritable(path);
        if (!canWrite.ok())
            return canWrite.error();
    }
    if (mode == Mode::ReadOnlyFile && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return Error::badInput(QStringLiteral("naast %1 staan nog wijzigingen die niet in het bestand zelf zijn "
                                              "verwerkt (%2-wal). Open het eerst met schrijfrechten; alleen lezen "
                                              "zou die wijzigingen niet tonen")
                                   .arg(shown(path), QFileInfo(path).fileName()));

    // No other QSqlDatabase handle may outlive `database`: its destructor removes the connection.
    std::unique_ptr<Database> database(new Database(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), path, mode, Dialect::sqlite()));
    database->m_db.setDatabaseName(sqliteName(path, mode));
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode != Mode::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (mode == Mode::ReadOnlyFile)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    database->m_db.setConnectOptions(options);
    if (!database->m_db.open())
        return openFailure(path, database->m_db.lastError());

    return finishOpening(std::move(database));
}

Result<std::unique_ptr<Database>> Database::finishOpening(std::unique_ptr<Database> database)
{
    const QString name = database->displayName();
    const Mode mode = database->m_mode;
    // Read-only probes first: a file we refuse must stay byte-identical. SQLite itself checks the header here
    // (SQLITE_NOTADB), so nothing else needs to read the file.
    QSqlQuery q(database->m_db);
    if (!q.exec(database->dialect().countTables()) || !q.next()) {
        if (database->m_isServer)
            return sqlerror::failure(q.lastError(), QStringLiteral("%1 kan niet worden gelezen").arg(name));
        return openFailure(database->m_path, q.lastError());
    }
    const int tables = q.value(0).toInt();
    q.finish();
    const int version = database->schemaVersion();
    if (version < 0) // on a server: a role without rights on the tables (docs/teammode.md, "Eén rol per professional")
        return Error::because(Error::Cause::ReadOnly,
            Error::Kind::Failure,
            QStringLiteral("de schemaversie van %1 kan niet worden gelezen; heeft deze gebruiker rechten op de "
                           "tabellen?")
                .arg(name));
    if (version > Migrations::currentVersion())
        return Error::badInput(QStringLiteral("database %1 heeft schemaversie %2; dit programma kent tot en met %3. "
                                              "Gebruik een nieuwere Draagwijzer.")
                                   .arg(name)
                                   .arg(version)
                                   .arg(Migrations::currentVersion()));
    if (version == 0 && tables > 0)
        return Error::badInput(database->m_isServer
                ? QStringLiteral("%1 bevat al tabellen, maar is geen Draagwijzer-database; kies een lege database")
                      .arg(name)
                : QStringLiteral("%1 is een SQLite-database, maar geen Draagwijzer-database").arg(name));

    q.finish();
    const Status configured = database->dialect().configure(database->m_db, mode == Mode::ReadWrite);
    if (!configured.ok()) {
        if (database->m_isServer)
            return configured.error();
        return openFailure(database->m_path, configured.error().cause, configured.errorMessage());
    }
    if (mode != Mode::ReadWrite) {
        if (version < Migrations::currentVersion())
            return Error::badInput(
                QStringLiteral("database %1 heeft een oud schema (%2); open hem eerst met schrijfrechten")
                    .arg(name)
                    .arg(version));
        return database;
    }
    q.finish();
    const Status migrated = Migrations::migrate(*database);
    if (!migrated.ok()) {
        log::warn("migratie_mislukt", {{"schemaversie", version}});
        return migrated.error();
    }
    log::info("database_geopend", {{"schemaversie", database->schemaVersion()}});
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& server, Mode mode)
{
    if (mode == Mode::ReadOnlyFile)
        mode = Mode::ReadOnly;
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName()),
            QString(),
            mode,
            Dialect::postgres()));
    database->m_server = server;
    database->m_isServer = true;
    if (!database->m_db.isValid())
        return Error::failure(QStringLiteral("het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian-pakket "
                                             "libqt6sql6-psql); installeer het om met een teamserver te werken"));
    // What the address leaves out, libpq takes from PG*, ~/.pgpass and pg_service.conf.
    server.applyTo(database->m_db);
    if (!database->m_db.open())
        return serverConnectFailure(server);
    return finishOpening(std::move(database));
}

bool Database::ensureConnected()
{
    if (!m_isServer || m_transactionDepth > 0 || serverConnectionAlive(m_db))
        return true;
    log::warn("server_verbinding_herstellen", {});
    m_db.close();
    if (!m_db.open())
        return false;
    return m_dialect->configure(m_db, m_mode == Mode::ReadWrite).ok();
}

bool Database::connectionAlive() const
{
    return !m_isServer || serverConnectionAlive(m_db);
}

bool Database::checkConnection()
{
    if (!m_isServer || m_transactionDepth > 0)
        return true;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) || ensureConnected();
}

Status Database::lockExclusively()
{
    return m_dialect->lockAlone(m_db, m_isServer ? displayName() : shown(m_path));
}

Status Database::unlockExclusively()
{
    return m_dialect->unlockAlone(m_db);
}

void Database::pauseBeforeAttempt(int attempt)
{
    const int base = 20 * (attempt - 1);
    log::info("schrijven_opnieuw", {{"poging", attempt}});
    QThread::msleep(base + QRandomGenerator::global()->bounded(2 * base + 1));
}

} // namespace dw
