#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace branch {

// branchctl's exit codes. Scripts depend on them: never renumber.
enum ExitCode : int {
    ExitSuccess = 0, // done, or the value is valid
    ExitInvalid = 1, // the value checked is invalid
    ExitUsage = 2,   // the command line itself is wrong
    ExitFailure = 3, // the command could not do its work (store, network, device)
    ExitWarning = 4, // the value needs the customer's confirmation
};

// One branchctl sub-command. Commands write results to `out` and diagnostics to
// `err`, and never print personal data unmasked to either.
class Command
{
public:
    virtual ~Command();

    virtual QString name() const = 0;    // e.g. "validate"; not translated
    virtual QString summary() const = 0; // one translated line for `help`
    virtual QString usage() const = 0;   // translated synopsis and options
    // `args` excludes the program and command names.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

// Writes "branchctl: <message> (<reason>)" to `err` and returns ExitUsage.
int reportUsageError(QTextStream &err, const QString &reason, const QString &message);

} // namespace branch
