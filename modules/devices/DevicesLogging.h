#pragma once

#include <QLoggingCategory>

namespace branch {
// Device log lines say what happened and status codes; never a card's data.
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
} // namespace branch
