#include "SecurityLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcSecurity, "branch.security")
} // namespace branch
