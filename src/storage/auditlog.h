#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace dw {

class Database;

// Every read and change of a dossier: who, what, when, which inwoner (ids only).
//
// Tamper-evident (NEN 7513): each row carries a hash, the SHA-256 (libsodium) of the previous row's hash and the
// row's own fields. Changing, removing or slipping in a row breaks the chain from there on, and verify names the
// first row that no longer follows. The engine refuses UPDATE and DELETE on the table as well (migration 9).
class AuditLog
{
public:
    explicit AuditLog(Database& db);
    // Appends one row, in its own transaction or inside the caller's (then it commits or rolls back with it).
    Status record(const QString& actie, qint64 inwonerId = 0, const QString& details = {});

    static QString currentUser(); // the operating-system account

    // The id of the first row whose hash does not follow from the one before it and its own fields; nullopt when
    // the whole chain holds.
    static Result<std::optional<qint64>> firstBrokenRow(Database& db);
    // Migration 8: the rows written before the chain, chained in id order.
    static Status chainExistingRows(Database& db);

private:
    Database& m_db;
};

} // namespace dw
