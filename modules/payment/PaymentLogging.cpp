#include "PaymentLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcPayment, "branch.payment")
} // namespace branch
