#include "CoreServerLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcCoreServer, "branch.coreserver", QtInfoMsg)
} // namespace branch
