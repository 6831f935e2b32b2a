#pragma once

#include <QLoggingCategory>

namespace branch {
// Flow log lines name services, steps, receipt-free ids and reason codes;
// never a value the customer entered, an account or a receipt number.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
} // namespace branch
