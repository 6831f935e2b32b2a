#pragma once

#include <QString>

namespace branch {

// Outcome of checking one identifier. `reason` is a stable ASCII snake_case code
// that scripts, logs and tests can rely on ("ok" when valid); message() is the
// same thing in the user's language.
struct ValidationResult
{
    enum class Status { Valid, Invalid, Warning };

    Status status = Status::Invalid;
    QString reason;

    static ValidationResult valid();
    static ValidationResult invalid(const QString &reason);
    static ValidationResult warning(const QString &reason);

    bool isValid() const { return status == Status::Valid; }
    bool isInvalid() const { return status == Status::Invalid; }
    bool isWarning() const { return status == Status::Warning; }

    QString message() const;

    friend bool operator==(const ValidationResult &, const ValidationResult &) = default;
};

// "valid", "invalid" or "warning": the spelling used in JSON output.
QString statusName(ValidationResult::Status status);

} // namespace branch
