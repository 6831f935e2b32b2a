#pragma once

#include <QLoggingCategory>

namespace branch {
// Names reason codes and OpenSSL's error text; never key bytes.
Q_DECLARE_LOGGING_CATEGORY(lcDevicePki)
} // namespace branch
