#include "StoreLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcStore, "branch.store")
} // namespace branch
