#include "DevicePkiLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcDevicePki, "branch.devicepki")
} // namespace branch
