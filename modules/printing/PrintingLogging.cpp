#include "PrintingLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcPrinting, "branch.printing")
} // namespace branch
