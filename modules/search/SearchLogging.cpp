#include "SearchLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcSearch, "branch.search", QtInfoMsg)
}
