#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace branch {

class Clock;

// Reads a staff secret without echo: from the terminal when there is one
// (asking twice), else the first line of standard input. Never from argv.
using SecretReader = std::function<QString(const QString &prompt)>;
SecretReader terminalSecretReader(QTextStream &in, QTextStream &err);

// branch-core staff add ID --name NAME --role ROLE --branch BRANCH
// branch-core staff reset-secret ID
// (both with --database FILE | --postgres CONNINFO; the secret from `secret`)
//
// add creates an account (exit 1, staff_exists, if the id is taken);
// reset-secret sets a new secret, clears the count of wrong secrets and
// unlocks the account. Exit 0 done, 1 invalid (unknown or taken id, weak
// secret), 2 usage, 3 store failure.
int runStaffCommand(const QStringList &args, const SecretReader &secret, QTextStream &out, QTextStream &err,
                    const Clock &clock);

} // namespace branch
