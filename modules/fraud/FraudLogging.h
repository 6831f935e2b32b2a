#pragma once

#include <QLoggingCategory>

namespace branch {
// Fraud log lines name rule codes, reason codes and counts; never a payee, an
// account, a remark or a watch-list entry.
Q_DECLARE_LOGGING_CATEGORY(lcFraud)
} // namespace branch
