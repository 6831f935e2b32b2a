#pragma once

#include <QLoggingCategory>

namespace branch {
// Core gateway log lines name devices, routes, status codes and store errors;
// never request or response bodies, secrets or enrolment codes.
Q_DECLARE_LOGGING_CATEGORY(lcCoreServer)
} // namespace branch
