#include "CameraLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcCamera, "branch.camera")
} // namespace branch
