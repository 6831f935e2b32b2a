#pragma once

#include <QLoggingCategory>

namespace branch {
// Receipt log lines name receipt numbers and sizes; never field values.
Q_DECLARE_LOGGING_CATEGORY(lcReceipt)
} // namespace branch
