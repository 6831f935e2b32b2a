#pragma once

#include <QLoggingCategory>

namespace branch {
// Camera log lines name the device and counts; never frame contents.
Q_DECLARE_LOGGING_CATEGORY(lcCamera)
} // namespace branch
