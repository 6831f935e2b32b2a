#include "UiLog.h"

namespace branch {
Q_LOGGING_CATEGORY(lcUi, "branch.ui")
}
