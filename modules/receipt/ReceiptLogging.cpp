#include "ReceiptLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcReceipt, "branch.receipt")
} // namespace branch
