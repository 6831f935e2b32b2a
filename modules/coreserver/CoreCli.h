#pragma once

#include <QStringList>
#include <QTextStream>

namespace branch {

class Clock;

// branch-core's exit codes, numbered as branchctl's.
enum CoreExit : int {
    CoreExitSuccess = 0,
    CoreExitInvalid = 1, // e.g. revoking a device core does not know
    CoreExitUsage = 2,   // the command line is wrong
    CoreExitFailure = 3, // store, certificate or socket failure
};

// Runs one branch-core command line (without the program name). "serve"
// returns only when the event loop ends.
int runBranchCore(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace branch
