#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "database.h"
#include "transactionguard.h"

#include <QString>

#include <optional>

namespace dw {

// Every read and change of a dossier: who, what, when, which inwoner (ids only).
//
// Tamper-evident (NEN 7513): each row carries a hash, the SHA-256 (libsodium) of the previous row's hash and the
// row's own fields. Changing, removing or slipping in a row breaks the chain from there on, and verify names the
// first row that no longer follows. The engine refuses UPDATE and DELETE on the table as well (migration 9).
class AuditLog
{
public:
    explicit AuditLog(Database& db, const Clock& clock = Clock::system());
    // Appends one row, in its own transaction or inside the caller's (then it commits or rolls back with it).
    // Who, with which role, on whose behalf and from which werkplek come from the database's session
    // (Database::sessie); when from the clock, in UTC.
    Status record(const QString& actie,
        qint64 inwonerId = 0,
        const QString& details = {},
        const QString& uitkomst = QStringLiteral("gelukt"));
    // For what happens before there is a session: a login that fails, an account that locks.
    Status recordAs(const QString& gebruiker,
        const QString& rol,
        const QString& actie,
        qint64 inwonerId,
        const QString& details,
        const QString& uitkomst);

    // A change and its audit row in one transaction: a change without its row cannot commit, and a change that
    // fails leaves no row. `write` may use repositories, whose own transactions nest inside this one; a deadlock
    // retries the whole (Database::retrying).
    template<typename Write> auto withChange(const QString& actie, qint64 inwonerId, Write&& write) -> decltype(write())
    {
        const Status allowed = mayChange(actie, inwonerId);
        if (!allowed.ok())
            return allowed.error();
        return m_db.retrying([&]() -> decltype(write()) {
            TransactionGuard tx(m_db);
            auto result = write();
            if (!result.ok())
                return result;
            const Status audit = record(actie, inwonerId);
            if (!audit.ok())
                return audit.error();
            const Status committed = tx.commit();
            if (!committed.ok())
                return committed.error();
            return result;
        });
    }

    // Whether this session may change this inwoner's dossier (Sessie::kanWijzigen); a refusal is logged
    // ("geweigerd") and said in Dutch with Cause::Denied. Reading: mayRead, the same for seeing a dossier.
    Status mayChange(const QString& actie, qint64 inwonerId);
    Status mayRead(const QString& actie, qint64 inwonerId);

    static QString currentUser(); // the operating-system account, for a session without accounts
    static QString werkplek(); // this computer's host name

    // The id of the first row whose hash does not follow from the one before it and its own fields; nullopt when
    // the whole chain holds. After a clean-up (AuditRetention) the chain starts from the anchor's hash.
    static Result<std::optional<qint64>> firstBrokenRow(Database& db);
    // Migration 8: the rows written before the chain, chained in id order.
    static Status chainExistingRows(Database& db);

private:
    enum class Access { Read, Change };
    Status allowed(const QString& actie, qint64 inwonerId, Access access);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace dw
