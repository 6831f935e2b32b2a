#pragma once

#include <QLoggingCategory>

namespace branch {
// Store log lines name files, versions and SQLite errors; never payloads or
// setting values, which may hold personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace branch
