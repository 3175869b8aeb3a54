#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace dw {

// Every difference between the database engines, in one place (STYLE.md §12, as KMyMoney's MyMoneyDbDriver):
// the SQL that is not the same everywhere, and the few behaviours that differ (session set-up, integrity check,
// schema version, bulk-load tuning). Repositories have one code path and ask their Database's dialect for the
// rest: SQLite for one desk, PostgreSQL for a team server (postgresdialect.cpp).
class Dialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    static const Dialect& sqlite();
    static const Dialect& postgres();
    virtual ~Dialect() = default;
    virtual Engine engine() const = 0;

    // Starts a write transaction that takes its write lock at once (so it never fails half-way on upgrade).
    virtual QString beginWrite() const = 0;
    // The sum of a nullable numeric expression over a group, 0.0 when there are no values.
    virtual QString total(const QString& expression) const = 0;
    // A text expression to sort or compare without regard to case.
    virtual QString caseInsensitive(const QString& expression) const = 0;
    // A condition on `inwoner i`: its naam, ref or gemeente contains the LIKE pattern (escaped with \\), in any
    // case. Adds the values for its placeholders. `indexed`: the database has its search index (schema 14 on a file).
    virtual QString inwonerContains(const QString& pattern, QVariantList& values, bool indexed) const = 0;
    // The same search read from the engine's search index first, in the order of the inwoners' ids, so that a LIMIT
    // stops at the first matches instead of collecting them all: what to read instead of `inwoner i`, and the
    // condition to add (its values added). Empty when the engine has no such form or the pattern cannot use it.
    struct IndexedSearch
    {
        QString from;
        QString condition;
    };
    virtual std::optional<IndexedSearch> inwonerSearchFirst(const QString& pattern, QVariantList& values) const = 0;
    // `inwoner i` read through the named index, where the engine's planner would not choose it itself.
    virtual QString inwonerThroughIndex(const QString& index) const = 0;
    // Appended to an INSERT, and how to read the new row's id after exec().
    virtual QString returningId() const = 0;
    virtual qint64 insertedId(QSqlQuery& query) const = 0;

    // A migration's statement as this engine runs it. Migrations are written in SQLite's words (they stay as they
    // were first run there); types, keys and date checks are translated for the others.
    virtual QString ddl(const QString& statement) const = 0;
    // Run first in the first migration: functions the translated DDL uses.
    virtual QStringList schemaPrelude() const = 0;
    // Around all migrations of one opening, outside their transactions: only one desk migrates at a time. Each
    // migration's transaction starts after the lock is held, so it sees what another desk committed meanwhile.
    virtual QString lockSchema() const = 0;
    virtual QString unlockSchema() const = 0;

    // Per connection: foreign keys, caching, and for the session's own connection the journal and durability.
    virtual Status configure(const QSqlDatabase& connection, bool writer) const = 0;
    // Makes this connection the only one, refused (Cause::Locked) while any other program has the database open:
    // a restore replaces everything under the others' feet. Held until the connection closes. `shownName` is the
    // database as the user knows it.
    virtual Status lockAlone(const QSqlDatabase& connection, const QString& shownName) const = 0;
    // Gives back what lockAlone took, for a program that goes on with the connection after a restore.
    virtual Status unlockAlone(const QSqlDatabase& connection) const = 0;
    // The schema version stored in the database (0 for none), and how a migration sets it.
    virtual std::optional<int> schemaVersion(const QSqlDatabase& connection) const = 0;
    // Empty when the schema_migratie row that every migration adds is the version itself.
    virtual QString setSchemaVersion(int version) const = 0;
    // How many tables the database holds: a database with tables but no schema version is not ours.
    virtual QString countTables() const = 0;
    // The engine's own consistency checks; each problem found as a line, an empty list when all is well.
    virtual Result<QStringList> checkIntegrity(const QSqlDatabase& connection, bool quick) const = 0;
    // A large import: more memory for the page cache while it runs. Returns what to give back afterwards.
    virtual std::optional<int> beginBulkLoad(const QSqlDatabase& connection, int megabytes) const = 0;
    virtual void endBulkLoad(const QSqlDatabase& connection, int previous) const = 0;
    // Whether a large import drops the secondary indexes and builds them again at the end. Only where no one else
    // is working: DROP INDEX would lock the server's tables for every other desk until the import commits.
    virtual bool rebuildsIndexesInBulk() const = 0;
    // Run in a write transaction before reading the audit log's last hash: no other desk can append until commit.
    virtual QString lockAuditChain() const = 0;
};

} // namespace dw
