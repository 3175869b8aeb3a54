#pragma once

#include "database.h"
#include "queryinterrupter.h"

#include <memory>
#include <utility>

namespace dw {

// A worker's read-only connection: opened at its first use on the worker's thread and kept for the next runs (a
// connection belongs to the thread that opened it). With an interrupter, that connection's running statement can be
// stopped from any thread. A connection the team server closed (a restart) is opened anew once, with the interrupter
// on the new one, and the read runs again: a read is safe to repeat.
class ReaderConnection
{
public:
    explicit ReaderConnection(Connector connector, QueryInterrupter* interrupter = nullptr)
        : m_connector(std::move(connector))
        , m_interrupter(interrupter)
    { }
    ~ReaderConnection() { close(); }
    ReaderConnection(const ReaderConnection&) = delete;
    ReaderConnection& operator=(const ReaderConnection&) = delete;

    Status open();
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // `read(Database&)` returns a Result or a Status.
    template<typename Read> auto read(Read&& read) -> decltype(read(std::declval<Database&>()))
    {
        if (const Status s = open(); !s.ok())
            return s.error();
        auto result = read(*m_db);
        if (!result.ok() && result.error().cause == Error::Cause::ConnectionLost) {
            close();
            if (const Status s = open(); !s.ok())
                return s.error();
            result = read(*m_db);
        }
        return result;
    }

private:
    Connector m_connector;
    QueryInterrupter* m_interrupter;
    std::unique_ptr<Database> m_db;
};

} // namespace dw
