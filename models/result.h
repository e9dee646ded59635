// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace cp {

// An error a caller can show: what went wrong and where (file:line, endpoint,
// field...). Never a silent `return false`.
struct Error
{
    QString message;
    QString where;
    // The HTTP status of a server's error answer; 0 when no server answered
    // (or the error is not about HTTP). A sender needs it to tell "the
    // platform said no" (4xx) from "we do not know what happened".
    int httpStatus = 0;
    // True when the request was refused before it left this machine (a bad
    // path, HTTP to a remote host): nothing can have been applied.
    bool unsent = false;
    // True when a rule of the program refused the request (a newer action
    // approved since, evidence too old to spend on), not a failure of the
    // store, the network or the input: `campaign-pilot queue` exits 5.
    bool refused = false;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// A value or an Error; a small stand-in for std::expected (C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace cp
