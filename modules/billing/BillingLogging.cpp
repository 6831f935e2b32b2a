#include "BillingLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcBilling, "branch.billing")
} // namespace branch
