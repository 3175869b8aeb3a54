#include "dialect.h"

#include "migrations.h"
#include "sqlerror.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace dw {

namespace {

class SqliteDialect final : public Dialect
{
public:
    Engine engine() const override { return Engine::SQLite; }

    // IMMEDIATE: the write lock at BEGIN, so a transaction never has to give up when it starts writing.
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString total(const QString& e) const override { return QStringLiteral("total(%1)").arg(e); }
    QString caseInsensitive(const QString& e) const override { return QStringLiteral("%1 COLLATE NOCASE").arg(e); }
    // LIKE is case-insensitive for ASCII in SQLite, and three times faster here than instr(lower()) (34 ms against
    // 112 ms over 100,000 inwoners).
    QString inwonerContains(const QString& pattern, QVariantList& values, bool indexed) const override
    {
        // The trigram index answers a LIKE of three characters or more without ESCAPE; a shorter one, or one with
        // the user's own % _ or \\ in it, scans the three columns as before (with the same result).
        if (indexed && trigramsFit(pattern)) {
            values << pattern;
            return QStringLiteral("i.id IN (SELECT rowid FROM inwoner_zoek WHERE zoektekst LIKE ?)");
        }
        values << pattern << pattern << pattern;
        return QStringLiteral(
            "(i.naam LIKE ? ESCAPE '\\' OR i.ref LIKE ? ESCAPE '\\' OR i.gemeente LIKE ? ESCAPE '\\')");
    }
    // Read from the trigram index in rowid order (FTS5 returns its matches that way), the inwoner looked up per
    // match: CROSS JOIN keeps SQLite from walking a name index instead.
    std::optional<IndexedSearch> inwonerSearchFirst(const QString& pattern, QVariantList& values) const override
    {
        if (!trigramsFit(pattern))
            return std::nullopt;
        values << pattern;
        return IndexedSearch {QStringLiteral("inwoner_zoek z CROSS JOIN inwoner i ON i.id = z.rowid"),
            QStringLiteral("z.zoektekst LIKE ?")};
    }
    // Two partial indexes begin with naam: without statistics SQLite takes the narrower one even where the wider
    // answers a search from the index alone (97 ms against 5 ms for "ja" at 100,000 inwoners).
    QString inwonerThroughIndex(const QString& index) const override
    {
        return QStringLiteral("inwoner i INDEXED BY ") + index;
    }
    static bool trigramsFit(const QString& pattern)
    {
        return pattern.size() >= 5 && !pattern.contains(QLatin1Char('\\'));
    }
    QString returningId() const override { return {}; }
    qint64 insertedId(QSqlQuery& q) const override { return q.lastInsertId().toLongLong(); }

    // The caseload's search (migration 14): naam, ref and gemeente in one virtual column (a line break between them,
    // which no one types, so that no match spans two; as the server's zoektekst), indexed by FTS5's trigram
    // tokenizer. External content: the index keeps no copy of the names, and the triggers keep it in step. After
    // anonymising, dossierlifecycle.cpp merges the index so that no trigram of the old name stays behind.
    static QString searchIndex(const QString& statement)
    {
        static const QHash<QString, QString> statements {
            {QStringLiteral("@ZOEKINDEX_KOLOM@"),
                QStringLiteral("ALTER TABLE inwoner ADD COLUMN zoektekst TEXT "
                               "GENERATED ALWAYS AS (naam || char(10) || ref || char(10) || gemeente) VIRTUAL")},
            {QStringLiteral("@ZOEKINDEX_TABEL@"),
                QStringLiteral("CREATE VIRTUAL TABLE inwoner_zoek USING fts5(zoektekst, content = 'inwoner', "
                               "content_rowid = 'id', tokenize = 'trigram', detail = 'none')")},
            {QStringLiteral("@ZOEKINDEX_VULLEN@"),
                QStringLiteral("INSERT INTO inwoner_zoek (inwoner_zoek) VALUES ('rebuild')")},
            {QStringLiteral("@ZOEKINDEX_NIEUW@"),
                QStringLiteral("CREATE TRIGGER inwoner_zoek_nieuw AFTER INSERT ON inwoner BEGIN "
                               "INSERT INTO inwoner_zoek (rowid, zoektekst) VALUES (new.id, new.zoektekst); END")},
            {QStringLiteral("@ZOEKINDEX_GEWIJZIGD@"),
                QStringLiteral("CREATE TRIGGER inwoner_zoek_gewijzigd AFTER UPDATE OF naam, ref, gemeente ON inwoner "
                               "BEGIN INSERT INTO inwoner_zoek (inwoner_zoek, rowid, zoektekst) "
                               "VALUES ('delete', old.id, old.zoektekst); "
                               "INSERT INTO inwoner_zoek (rowid, zoektekst) VALUES (new.id, new.zoektekst); END")},
            {QStringLiteral("@ZOEKINDEX_WEG@"),
                QStringLiteral("CREATE TRIGGER inwoner_zoek_weg AFTER DELETE ON inwoner BEGIN "
                               "INSERT INTO inwoner_zoek (inwoner_zoek, rowid, zoektekst) "
                               "VALUES ('delete', old.id, old.zoektekst); END")},
        };
        return statements.value(statement);
    }

    // The @-statements are the server's own (notifications, the search column): another desk on the same file
    // sees every commit at its next query, and LIKE over the three columns is fast enough here.
    QString ddl(const QString& statement) const override
    {
        // The audit log is append-only: the same refusal for an UPDATE and a DELETE.
        const auto refuse = [](const char* name, const char* event) {
            return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON audit BEGIN "
                                  "SELECT RAISE(ABORT, 'het auditlog kan alleen worden aangevuld'); END")
                .arg(QLatin1String(name), QLatin1String(event));
        };
        if (statement == QLatin1String("@AUDIT_NIET_WIJZIGEN@"))
            return refuse("audit_niet_wijzigen", "UPDATE");
        if (statement == QLatin1String("@AUDIT_NIET_VERWIJDEREN@"))
            return refuse("audit_niet_verwijderen", "DELETE");
        const QString zoekindex = searchIndex(statement);
        if (!zoekindex.isEmpty())
            return zoekindex;
        const QString laatste = sqliteLaatsteMeetmoment(statement);
        if (!laatste.isEmpty())
            return laatste;
        return statement.startsWith(QLatin1Char('@')) ? QString() : statement;
    }
    QStringList schemaPrelude() const override { return {}; }
    // BEGIN IMMEDIATE already holds the write lock for the whole file.
    QString lockSchema() const override { return {}; }
    QString unlockSchema() const override { return {}; }

    Status configure(const QSqlDatabase& connection, bool writer) const override
    {
        QSqlQuery q(connection);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Deleted and overwritten content is zeroed in the file, not left in free space: an anonymised name must
        // not be readable from the file's bytes afterwards (issue 15, docs/privacy.md).
        q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
        // Reports scan 600,000 metingen: read them through a memory map and keep a 64 MB page cache, rather than
        // copying every page out of the kernel again for each of the three report queries.
        q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        if (!writer)
            return {};
        // WAL: readers never block the writer, and a crash mid-transaction leaves the main file untouched.
        // synchronous = FULL: a committed transaction survives power loss as well (docs/reliability.md).
        // journal_size_limit: after a checkpoint the WAL shrinks back to 64 MB, so that one huge import (or one
        // that failed on a full disk) does not leave a WAL of that size behind for the rest of a long session.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlerror::failure(q.lastError(), {});
        if (!q.next() || q.value(0).toString() != QLatin1String("wal"))
            // Another connection keeps the file in rollback-journal mode and so holds it: locked, not broken.
            return Error::because(Error::Cause::Locked, Error::Kind::Failure, sqlerror::sentence(SQLITE_BUSY));
        if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
            || !q.exec(QStringLiteral("PRAGMA journal_size_limit = 67108864")))
            return sqlerror::failure(q.lastError(), {});
        return {};
    }

    std::optional<int> schemaVersion(const QSqlDatabase& connection) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return std::nullopt;
        return q.value(0).toInt();
    }
    QString setSchemaVersion(int version) const override
    {
        return QStringLiteral("PRAGMA user_version = %1").arg(version);
    }
    QString countTables() const override { return QStringLiteral("SELECT count(*) FROM sqlite_master"); }

    Result<QStringList> checkIntegrity(const QSqlDatabase& connection, bool quick) const override
    {
        QStringList problems;
        QSqlQuery q(connection);
        // The quick check (the app's, at every start, on a connection of its own) reads each page once: with a 2 MB
        // cache it takes as long as with 64 MB (23.5 s for quick_check and 1.8 s for foreign_key_check at 1,000,000
        // inwoners), and the pages past the memory map (mmap_size) do not fill 64 MB of the app's own memory.
        std::optional<int> previousCache;
        if (quick && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            previousCache = q.value(0).toInt();
            q.exec(QStringLiteral("PRAGMA cache_size = -2048"));
        }
        const auto restoreCache = qScopeGuard([&connection, &previousCache] {
            if (previousCache)
                QSqlQuery(connection).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*previousCache));
        });
        if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
            return sqlerror::failure(q.lastError(), QStringLiteral("integriteitscontrole mislukt"));
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << QStringLiteral("SQLite: %1").arg(line);
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlerror::failure(q.lastError(), QStringLiteral("controle van verwijzingen mislukt"));
        while (q.next())
            problems << QStringLiteral("verwijzing klopt niet: tabel %1, rij %2 verwijst naar %3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        q.finish(); // done with the statement before restoreCache runs its PRAGMA
        return problems;
    }

    std::optional<int> beginBulkLoad(const QSqlDatabase& connection, int megabytes) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return std::nullopt;
        const int previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(megabytes * 1024));
        return previous;
    }
    void endBulkLoad(const QSqlDatabase& connection, int previous) const override
    {
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
    }
    Status lockAlone(const QSqlDatabase& connection, const QString& shownName) const override
    {
        QSqlQuery q(connection);
        // Asked, not waited for: another program that has the file open will not let go within seconds.
        q.exec(QStringLiteral("PRAGMA busy_timeout = 1000"));
        // In WAL mode the next write transaction then takes an EXCLUSIVE lock on the file itself, which fails while
        // any other connection holds its SHARED lock; after COMMIT the lock stays until this connection closes.
        if (!q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) || !q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return Error::because(Error::Cause::Locked,
                Error::Kind::Failure,
                QStringLiteral("%1 is in gebruik door een ander programma (bijvoorbeeld de Draagwijzer-app). Sluit dat "
                               "eerst en probeer het opnieuw")
                    .arg(shownName));
        if (!q.exec(QStringLiteral("COMMIT")))
            return sqlerror::failure(q.lastError(), QStringLiteral("de database kan niet worden vergrendeld"));
        q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return {};
    }
    Status unlockAlone(const QSqlDatabase& connection) const override
    {
        // NORMAL lets go of the file lock at the next read. This holds in WAL mode because the database entered WAL
        // before lockAlone (a restore keeps WAL on its target); sqlite.org/pragma.html#pragma_locking_mode.
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"))
            || !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return sqlerror::failure(q.lastError(), QStringLiteral("de database kan niet worden vrijgegeven"));
        return {};
    }
    bool rebuildsIndexesInBulk() const override { return true; }
    // BEGIN IMMEDIATE already lets one writer at a time append to the chain.
    QString lockAuditChain() const override { return {}; }
};

} // namespace

const Dialect& Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace dw
