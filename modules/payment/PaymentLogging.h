#pragma once

#include <QLoggingCategory>

namespace branch {
// Payment log lines name idempotency keys, states and reason codes; never a
// card number, a PIN, a PIN block or a key.
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
} // namespace branch
