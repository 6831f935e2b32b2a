#include "PrefillLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcPrefill, "branch.prefill")
} // namespace branch
