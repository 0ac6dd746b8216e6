#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace truc2 {

/// A failure that the user can read: the message is already translated and says what to do.
struct Error
{
    QString message;
};

/// The value of an operation that may fail, or the reason it failed (a small std::expected).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    /// Why it failed; empty when it succeeded (so that a test may print it either way).
    const QString& errorMessage() const
    {
        static const QString none;
        return ok() ? none : std::get<Error>(m_data).message;
    }
    Error error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    /// Why it failed; empty when it succeeded.
    const QString& errorMessage() const
    {
        static const QString none;
        return m_error ? m_error->message : none;
    }
    Error error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace truc2
