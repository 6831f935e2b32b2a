#include "StaffLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcStaff, "branch.staff")
} // namespace branch
