#include "CliLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcCli, "branch.cli", QtInfoMsg)
}
