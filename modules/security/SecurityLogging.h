#pragma once

#include <QLoggingCategory>

namespace branch {
// Security log lines name key ids, secret names and reason codes; never key
// bytes, secret values or anything that was sealed.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
} // namespace branch
