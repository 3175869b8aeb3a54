#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dw {

// Why an operation failed, in plain Dutch for the user. Kind lets the CLI choose its exit code:
// bad input (the user can fix it) versus anything else.
struct Error
{
    enum class Kind { BadInput, Failure };
    // What kind of trouble, where the caller may act on it (offer to open read-only, try again later). The
    // message says the same in words; Cause is never shown.
    enum class Cause {
        Unspecified,
        ReadOnly,
        Locked,
        Damaged,
        NotADatabase,
        DiskFull,
        NotFound,
        NeedsPassword, // the team server wants a password (or another one): ask and try again
        ConnectionLost, // the team server cannot be reached, or the connection broke; nothing was half written
        Retry, // two desks wrote at once and the server chose this one to give way: doing it again will do
        Denied, // this account may not do this (its role, or not its inwoner); nothing was done
        Taken, // a value that must be unique (a ref) is in use already; nothing was written
    };
    Kind kind = Kind::Failure;
    QString message;
    Cause cause = Cause::Unspecified;

    static Error badInput(QString message) { return {Kind::BadInput, std::move(message)}; }
    static Error failure(QString message) { return {Kind::Failure, std::move(message)}; }
    static Error because(Cause cause, Kind kind, QString message) { return {kind, std::move(message), cause}; }
};

// A value or an Error. No exceptions cross layer boundaries (STYLE.md §11).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace dw
