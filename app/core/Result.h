#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace danhoi {

// Kinds of failure; each maps to one documented exit code of danhoi-cli.
enum class ErrorKind {
    Other = 1,          // I/O, database unavailable, newer schema
    Invalid = 2,        // bad input or usage
    Forbidden = 3,      // not permitted by the rules
    NotFound = 4,
    Conflict = 5,       // wrong state, stale data, duplicate
    Authentication = 6, // wrong password, locked or disabled account
    Verification = 7,   // audit chain or integrity check failed
};

struct Error {
    ErrorKind kind = ErrorKind::Other;
    QString message;  // one sentence for the user, already translated
    QString field;    // the input field at fault, when there is one

    static Error invalid(const QString& message, const QString& field = {}) { return {ErrorKind::Invalid, message, field}; }
    static Error forbidden(const QString& message) { return {ErrorKind::Forbidden, message, {}}; }
    static Error notFound(const QString& message) { return {ErrorKind::NotFound, message, {}}; }
    static Error conflict(const QString& message) { return {ErrorKind::Conflict, message, {}}; }
    static Error other(const QString& message) { return {ErrorKind::Other, message, {}}; }
};

// A value or an Error; no exceptions cross Qt code.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace danhoi
