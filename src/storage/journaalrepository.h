#pragma once

#include "core/journaal.h"
#include "core/result.h"

#include "preparedinsert.h"
#include <QHash>

namespace dw {

class Database;

// The journal of each dossier (migration 16). Each call joins the caller's transaction when there is one; the
// audit row is the caller's (DossierDocument writes "journaal gewijzigd" with the change, an import its own).
// The caller validates first (journaal::probleem); the table's checks refuse what slips through.
class JournaalRepository
{
public:
    explicit JournaalRepository(Database& db);

    Result<qint64> insert(qint64 inwonerId, const JournaalRegel& regel);
    // By id; refused when the entry is gone (another desk removed it) or belongs to another inwoner.
    Status update(qint64 inwonerId, const JournaalRegel& regel);
    Status remove(qint64 inwonerId, qint64 id);
    Result<QVector<JournaalRegel>> load(qint64 inwonerId); // oldest first
    // The journals of every inwoner with an id from `fromId` to `toId`, in one query (export pages).
    Result<QHash<qint64, QVector<JournaalRegel>>> loadRange(qint64 fromId, qint64 toId);

private:
    Database& m_db;
    PreparedInsert m_insert;
};

} // namespace dw
