#include "CoreLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcCore, "branch.core", QtInfoMsg)
}
