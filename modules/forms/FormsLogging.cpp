#include "FormsLogging.h"

namespace branch {
// Debug lines are off unless asked for: branchctl prints to a terminal an operator reads.
Q_LOGGING_CATEGORY(lcForms, "branch.forms", QtInfoMsg)
}
