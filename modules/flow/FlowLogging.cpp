#include "FlowLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcFlow, "branch.flow")
} // namespace branch
