#pragma once

#include "core/domain.h"
#include "core/result.h"

#include "preparedinsert.h"
#include <QSet>

#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace dw {

class Database;

class InwonerRepository
{
public:
    explicit InwonerRepository(Database& db)
        : m_db(db)
    { }

    // Checked with core/validation.h first; a ref that exists is refused as "Er is al een inwoner met ref …".
    Result<qint64> insert(const Inwoner& inwoner);
    // Optimistic locking: refused when the row changed since `inwoner.rowVersion` was read.
    // Also a hand-over when `professional` changed: the team follows the new professional's account, who must be a
    // professional with an account once the database has accounts.
    Result<int> update(const Inwoner& inwoner);
    // The id of a ref, whoever it belongs to (inwoner_toewijzing): a dossier that is not this session's is refused
    // by the access check with its reason and audit row, not reported as unknown.
    Result<qint64> idOf(const QString& ref);
    Result<Inwoner> findByRef(const QString& ref);
    Result<Inwoner> findById(qint64 id);
    Status remove(qint64 id);
    // Which of these refs are already in the database.
    Result<QStringList> existingRefs(const QStringList& refs);
    // A new ref by `patroon` (core/refpatroon.h) for an inwoner of `gemeente`: the gemeente's code as its refs use
    // it, and one past the highest number in use. Two indexed lookups. On a team server a professional sees only
    // their own refs; a ref that turns out taken is refused on saving (Error::Cause::Taken).
    Result<QString> voorgesteldeRef(const QString& patroon, const QString& gemeente);
    Result<QVector<Inwoner>> all();
    // The next `limit` inwoners by id after `afterId` (keyset paging: as fast on the last page as on the first).
    Result<QVector<Inwoner>> after(qint64 afterId, int limit);
    Result<int> count();

private:
    Status handOverTo(qint64 id, const QString& professional);
    Status checkProfessional(const Inwoner& inwoner);
    Database& m_db;
    // insert(), prepared once: an import inserts thousands, and parsing the statement each time cost a tenth of it.
    std::optional<PreparedInsert> m_insert;
};

} // namespace dw
