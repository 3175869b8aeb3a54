#pragma once

#include "core/account.h"
#include "core/result.h"
#include "dialect.h"
#include "serveraddress.h"
#include "sqlerror.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace dw {

class Database;

// How to open another connection to the same database, from any thread: workers (caseload, Teamoverzicht,
// integrity check, automatic backup) get a Connector, never a path, and open their own connection with it.
class Connector
{
public:
    Connector() = default;
    // For tests and tools that start from a file or a server: the app gets its Connector from its Database.
    static Connector forFile(const QString& path);
    static Connector forServer(const ServerAddress& server);
    // A reader connection beside the session's own (read-only, like the session when that is read-only).
    Result<std::unique_ptr<Database>> openReader() const;
    // A writer beside it, with the same session, for a long write on a worker thread; refused in a read-only session.
    Result<std::unique_ptr<Database>> openWriter() const;
    // What to show the user: the file name, native separators, or the server as gebruiker@host:poort/database.
    QString displayName() const;
    // The folder beside the file for automatic backups; empty in a read-only session (nothing is left behind)
    // and on a team server, whose backups are the server's (docs/teammode.md).
    QString backupFolder() const;
    bool readOnlySession() const { return m_readOnlyFile; }
    bool isServer() const { return m_isServer; }

private:
    friend class Database;
    QString m_path;
    ServerAddress m_server;
    bool m_isServer = false;
    bool m_readOnlyFile = false;
    Sessie m_sessie;
};

// One connection to a Draagwijzer database file. A connection belongs to one thread: a worker opens its own
// with a Connector. Opening refuses, without writing a byte, a file that is not a SQLite database, a damaged
// one, or one whose schema is newer than this program knows; otherwise it migrates to the current schema.
//
// Only SQLite opens the file, its -wal and its -shm while a connection is open: closing any other descriptor of
// the file would drop this process's POSIX locks, and another process could then delete the WAL under us
// (docs/reliability.md, "De app en de CLI samen").
class Database
{
public:
    enum class Mode {
        ReadWrite, // the session's own connection: may migrate, WAL, writes
        ReadOnly, // a reader beside a writer (a worker thread, a report)
        ReadOnlyFile, // a session on a file or folder that cannot be written: immutable, nothing left beside it
    };

    // Errors carry a Cause: ReadOnly (the file or its folder cannot be written: offer ReadOnlyFile), Locked,
    // Damaged, NotADatabase, NotFound.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    // A connection to a team server (PostgreSQL). The same checks and migrations as a file; ReadOnlyFile is
    // taken as ReadOnly. Errors carry a Cause: NeedsPassword (ask and try again), ConnectionLost, Denied.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& server, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A second connection to the same file, e.g. for a loader thread. Create it in the thread that uses it.
    Result<std::unique_ptr<Database>> openAnother() const { return connector().openReader(); }
    Connector connector() const;

    // Takes the database for this connection alone: refused when another connection, in this process or another
    // (the app, a CLI command, another desk), has it open. Used before a restore replaces everything under the
    // others' feet.
    Status lockExclusively();
    // Lets others in again after lockExclusively: a restore ends with it.
    Status unlockExclusively();

    // The connection; on a team server connected again first when the server closed it (ensureConnected).
    QSqlDatabase& connection()
    {
        ensureConnected();
        return m_db;
    }
    // The file; empty on a team server.
    QString path() const { return m_path; }
    bool isServer() const { return m_isServer; }
    const ServerAddress& server() const { return m_server; }
    // After the account of a server login changed its password: reconnecting and new reader connections use it.
    void setServerPassword(const QString& password) { m_server.setPassword(password); }
    // The file or the server, for messages.
    QString displayName() const { return connector().displayName(); }
    Mode mode() const { return m_mode; }
    // Nothing may be written: a reader, or a session on a read-only file.
    bool readOnly() const { return m_mode != Mode::ReadWrite; }
    int schemaVersion() const;
    // The SQL and behaviour that differ between engines (dialect.h).
    const Dialect& dialect() const { return *m_dialect; }

    // On a team server: when the connection broke (the server restarted, the network dropped, the backend was
    // terminated), connects again with the same address and password; false when the server is still away. On a
    // file, and on a connection that is fine, it does nothing and costs nothing (no round trip).
    bool ensureConnected();
    // Whether the connection works, as far as libpq knows without a round trip; never connects again (connection()
    // would). Always true on a file.
    bool connectionAlive() const;

    // Who works through this connection (after a login), and so what it may see and change. Readers opened with
    // connector() carry the same session.
    void setSessie(Sessie sessie) { m_sessie = std::move(sessie); }
    const Sessie& sessie() const { return m_sessie; }
    // Runs just before the connection closes, while it still works: a program's logout row, for one.
    void setBeforeClose(std::function<void(Database&)> beforeClose) { m_beforeClose = std::move(beforeClose); }

    // Transaction depth, used by TransactionGuard to nest with SAVEPOINTs.
    int& transactionDepth() { return m_transactionDepth; }

    // Runs `write` (a whole transaction of its own) again when the server made it give way to another desk's
    // write (a deadlock; Cause::Retry): at most writeAttempts times in all, after a short random pause. The server
    // rolled the attempt back, so nothing is half written. Inside an outer transaction the outer write retries.
    static constexpr int writeAttempts = 4;
    template<typename Write> auto retrying(Write&& write) -> decltype(write())
    {
        for (int attempt = 1;; ++attempt) {
            auto result = write();
            if (result.ok() || result.error().cause != Error::Cause::Retry || attempt == writeAttempts
                || m_transactionDepth > 0)
                return result;
            pauseBeforeAttempt(attempt + 1);
        }
    }

    // Whether this process may write the file and its folder (for WAL's -wal and -shm), asked with access(2):
    // a Cause::ReadOnly error with the reason when not.
    static Status checkWritable(const QString& path);
    // The default location: <user data folder>/draagwijzer.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // True when `candidate` is the database file at `path` or one of its companions (-wal, -shm, -journal),
    // by device and inode where the files exist: a backup or export must never be written over them.
    static bool isDatabaseOrCompanion(const QString& path, const QString& candidate);

    // Runs `read` once more when it failed because the server had closed the connection (a restart, a dropped
    // network): the failure is how the desk finds out, and the second attempt connects again first. A read is
    // safe to repeat; a write is not (its COMMIT may have arrived), so writes are never repeated for this.
    template<typename Read> auto reading(Read&& read) -> decltype(read())
    {
        auto result = read();
        if (!result.ok() && result.error().cause == Error::Cause::ConnectionLost && m_transactionDepth == 0
            && ensureConnected())
            return read();
        return result;
    }
    // On a team server: one round trip, and connects again when the connection turns out to be closed. For a desk
    // that just saw the server come back, so that its next save goes ahead at once.
    bool checkConnection();

private:
    Database(QSqlDatabase db, QString path, Mode mode, const Dialect& dialect);
    // 20-60 ms for the second attempt, more for each next one, random so that two desks do not meet again.
    static void pauseBeforeAttempt(int attempt);
    // The checks, set-up and migrations after the connection is open, the same for both engines.
    static Result<std::unique_ptr<Database>> finishOpening(std::unique_ptr<Database> database);

    QSqlDatabase m_db;
    QString m_path;
    ServerAddress m_server;
    bool m_isServer = false;
    Mode m_mode;
    const Dialect* m_dialect;
    int m_transactionDepth = 0;
    Sessie m_sessie;
    std::function<void(Database&)> m_beforeClose;
};

} // namespace dw
