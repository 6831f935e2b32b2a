#pragma once

#include <QLoggingCategory>

namespace branch {
// Printing log lines name queues, job ids, receipt numbers and reason codes;
// never what a receipt says.
Q_DECLARE_LOGGING_CATEGORY(lcPrinting)
} // namespace branch
