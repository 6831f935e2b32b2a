#include "DevicesLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcDevices, "branch.devices")
} // namespace branch
