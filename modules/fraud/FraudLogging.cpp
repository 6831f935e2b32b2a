#include "FraudLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcFraud, "branch.fraud")
} // namespace branch
