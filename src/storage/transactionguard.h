#pragma once

#include "core/result.h"

#include <QSqlError>

namespace dw {

class Database;

// Scope guard: begins a transaction (or a SAVEPOINT when nested) and rolls it back on destruction unless
// commit() ran. Only the outermost guard really commits (STYLE.md §4).
class TransactionGuard
{
public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    bool started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    int m_level = 0;
    bool m_started = false;
    bool m_done = false;
    QSqlError m_startError;
};

} // namespace dw
