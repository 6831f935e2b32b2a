#include "AuditLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcAudit, "branch.audit")
} // namespace branch
