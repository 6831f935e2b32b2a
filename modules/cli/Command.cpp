#include "Command.h"

#include "CliLogging.h"

namespace branch {

Command::~Command() = default;

int reportUsageError(QTextStream &err, const QString &reason, const QString &message)
{
    err << "branchctl: " << message << " (" << reason << ")\n";
    err.flush();
    qCDebug(lcCli) << "usage error" << reason;
    return ExitUsage;
}

} // namespace branch
