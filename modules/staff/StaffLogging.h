#pragma once

#include <QLoggingCategory>

namespace branch {
// Staff log lines name reason codes and counts; never a secret, a verifier or
// a member's name.
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
} // namespace branch
