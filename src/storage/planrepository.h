#pragma once

#include "core/plan.h"
#include "core/result.h"

#include <QHash>

#include "preparedinsert.h"

namespace dw {

class Database;

// Plans van aanpak. A plan is never overwritten: saving a revision adds the next versie.
class PlanRepository
{
public:
    explicit PlanRepository(Database& db);

    // Stores `plan` with its own versie number (import). Call inside a transaction.
    Result<qint64> insert(qint64 inwonerId, const Plan& plan);
    // Stores `plan` as the next versie of the inwoner's plan, in one transaction; returns the new versie.
    Result<int> saveRevision(qint64 inwonerId, Plan plan);
    Result<QVector<Plan>> load(qint64 inwonerId);
    // The plans of every inwoner with an id from `fromId` to `toId`, by inwoner id, in four queries.
    Result<QHash<qint64, QVector<Plan>>> loadRange(qint64 fromId, qint64 toId); // every versie, oldest first
    // A stored versie is history and is never deleted: it can be withdrawn, with a date and a reason, in one
    // transaction with its audit row. Refused when it does not exist or was withdrawn already.
    Status withdraw(qint64 inwonerId, int versie, const QDate& op, const QString& reden);

private:
    Database& m_db;
    PreparedInsert m_insertPlan;
    PreparedInsert m_insertDoel;
    PreparedInsert m_insertInterventie;
    PreparedInsert m_insertAfspraak;
};

} // namespace dw
