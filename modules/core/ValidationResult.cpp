#include "ValidationResult.h"

#include "ReasonMessages.h"

namespace branch {

ValidationResult ValidationResult::valid()
{
    return {Status::Valid, QStringLiteral("ok"), 0, 0, 0};
}

ValidationResult ValidationResult::invalid(const QString &reason)
{
    return {Status::Invalid, reason, 0, 0, 0};
}

ValidationResult ValidationResult::warning(const QString &reason)
{
    return {Status::Warning, reason, 0, 0, 0};
}

ValidationResult ValidationResult::length(const QString &reason, int expectedMin, int expectedMax, int actual)
{
    return {Status::Invalid, reason, expectedMin, expectedMax, actual};
}

QString ValidationResult::message() const
{
    return reasonMessage(reason);
}

QString statusName(ValidationResult::Status status)
{
    switch (status) {
    case ValidationResult::Status::Valid:
        return QStringLiteral("valid");
    case ValidationResult::Status::Warning:
        return QStringLiteral("warning");
    case ValidationResult::Status::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

} // namespace branch
