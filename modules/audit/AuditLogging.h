#pragma once

#include <QLoggingCategory>

namespace branch {
// Audit log lines name row ids, kinds and reasons; never details.
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
} // namespace branch
