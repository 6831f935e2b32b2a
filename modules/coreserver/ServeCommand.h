#pragma once

#include <QStringList>
#include <QTextStream>

namespace branch {

class Clock;

// "branch-core serve": seeds reference data, purges old keys, then serves
// HTTPS until the process is stopped. Prints "https://HOST:PORT" once
// listening, so a caller that asked for port 0 learns the real one.
int runServe(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace branch
