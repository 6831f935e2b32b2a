#include "PrintReason.h"

namespace branch {

QString PrintMessages::messageFor(const QString &reason)
{
    using namespace PrintReason;
    if (reason == NoPrinter)
        return tr("This counter has no receipt printer.");
    if (reason == NotFound)
        return tr("The receipt printer of this counter is not set up.");
    if (reason == Unavailable)
        return tr("The printing service of this counter is not running.");
    if (reason == OutOfPaper)
        return tr("The printer is out of paper.");
    if (reason == Offline)
        return tr("The printer is offline.");
    if (reason == Paused)
        return tr("The printer is paused.");
    if (reason == NotAccepting)
        return tr("The printer is not taking print jobs.");
    if (reason == JobFailed)
        return tr("The printer could not print the receipt.");
    if (reason == Timeout)
        return tr("The printer did not finish in time.");
    if (reason == DocumentMissing)
        return tr("The receipt file is missing.");
    return {};
}

bool PrintMessages::retryable(const QString &reason)
{
    using namespace PrintReason;
    return reason == Unavailable || reason == OutOfPaper || reason == Offline || reason == Paused
        || reason == NotAccepting || reason == JobFailed || reason == Timeout;
}

} // namespace branch
