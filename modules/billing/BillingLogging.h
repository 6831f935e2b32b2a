#pragma once

#include <QLoggingCategory>

namespace branch {
// Billing log lines name billers and reasons; never account numbers.
Q_DECLARE_LOGGING_CATEGORY(lcBilling)
} // namespace branch
