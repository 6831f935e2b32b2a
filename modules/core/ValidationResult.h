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
    // For too_short / too_long: the length the identifier must have (a range
    // when min and max differ) and how many characters were entered, so the
    // message can say "18 characters; you entered 17". Counts only, never the
    // value. 0 when not known.
    int expectedMin = 0;
    int expectedMax = 0;
    int actualLength = 0;

    static ValidationResult valid();
    static ValidationResult invalid(const QString &reason);
    static ValidationResult warning(const QString &reason);
    static ValidationResult length(const QString &reason, int expectedMin, int expectedMax, int actual);

    bool isValid() const { return status == Status::Valid; }
    bool isInvalid() const { return status == Status::Invalid; }
    bool isWarning() const { return status == Status::Warning; }

    QString message() const;

    friend bool operator==(const ValidationResult &, const ValidationResult &) = default;
};

// "valid", "invalid" or "warning": the spelling used in JSON output.
QString statusName(ValidationResult::Status status);

} // namespace branch
