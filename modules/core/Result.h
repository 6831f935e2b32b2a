#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace branch {

// Why something did not work: a stable snake_case reason code that callers,
// scripts and tests compare ("checksum_mismatch"), and an optional detail or
// argument (a file name, a field name; never a customer's value). The
// sentence for a person is made where it is shown: reasonMessage(), or a
// module's messageFor().
struct Error
{
    QString reason;
    QString detail;

    friend bool operator==(const Error &, const Error &) = default;
};

// A value or the reason there is none, after Nextcloud's OCC::Result<T, Error>.
// E is Error, or a module's richer error with at least a `reason` member
// (StoreError, SecurityError carry a translated message as well).
//
//   Result<Money> parsed = Money::parse(text);
//   if (!parsed.ok())
//       return parsed.error();
//   use(parsed.value());
template<typename T, typename E = Error>
class Result
{
public:
    Result(const T &value) : m_value(value) {}
    Result(T &&value) : m_value(std::move(value)) {}
    Result(const E &error) : m_error(error) {}
    Result(E &&error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only on success; asserts otherwise.
    const T &value() const & { Q_ASSERT(ok()); return *m_value; }
    T &value() & { Q_ASSERT(ok()); return *m_value; }
    T &&value() && { Q_ASSERT(ok()); return std::move(*m_value); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    // Only on failure; a default E on success.
    const E &error() const { return m_error; }
    QString reason() const { return ok() ? QString() : m_error.reason; }

private:
    std::optional<T> m_value;
    E m_error;
};

// Success or the reason for failure, with nothing to carry on success.
template<typename E>
class Result<void, E>
{
public:
    Result() = default; // success
    Result(const E &error) : m_error(error), m_failed(true) {}
    Result(E &&error) : m_error(std::move(error)), m_failed(true) {}

    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }
    QString reason() const { return ok() ? QString() : m_error.reason; }

private:
    E m_error;
    bool m_failed = false;
};

// Builds a failure with a plain Error: `return fail(u"not_found"_s, name);`
inline Error fail(const QString &reason, const QString &detail = {})
{
    return Error{reason, detail};
}

} // namespace branch
