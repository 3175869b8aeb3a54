#pragma once

#include <QMutex>

namespace dw {

class Database;

// Stops the statement that runs on another thread's connection: sqlite3_interrupt is the one SQLite call that may
// be made from any thread; on a team server it is libpq's cancel request (PQcancel). The thread that owns the
// connection attaches it after opening and detaches it before closing; interrupt() may then be called from anywhere
// (the UI thread's "Annuleren"). When no statement runs, interrupt() does nothing: SQLite clears the request when the
// next statement starts on an idle connection.
class QueryInterrupter
{
public:
    QueryInterrupter() = default;
    ~QueryInterrupter();
    QueryInterrupter(const QueryInterrupter&) = delete;
    QueryInterrupter& operator=(const QueryInterrupter&) = delete;
    void attach(Database& db);
    void detach();
    void interrupt();

private:
    QMutex m_mutex;
    void releaseCancel();
    void* m_handle = nullptr; // sqlite3*
    void* m_cancel = nullptr; // PGcancel*
};

} // namespace dw
