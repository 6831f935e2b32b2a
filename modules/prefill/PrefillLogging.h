#pragma once

#include <QLoggingCategory>

namespace branch {
// Prefill log lines say what was decoded and how long it took; never the
// text of a code (a token may be photographed and replayed).
Q_DECLARE_LOGGING_CATEGORY(lcPrefill)
} // namespace branch
