#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace branch::test {

struct ProcessOptions
{
    int timeoutMs = 120000;
    // Empty: the test's own environment.
    QProcessEnvironment environment;
    QString workingDirectory;
};

// What a finished program left behind. exitCode is the program's own only
// after a normal exit; otherwise -1, with crashed or timedOut saying why.
struct ProcessRun
{
    int exitCode = -1;
    bool started = false;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    bool exitedNormally() const { return started && !crashed && !timedOut; }
};

// Runs a program to its end (or kills it at the timeout) and collects both
// output channels separately.
ProcessRun runProcess(const QString &program, const QStringList &args, const ProcessOptions &options = {});

// A program of this build tree: $BRANCH_BINARY_DIR/bin/<name>.
QString builtProgram(const QString &name);

} // namespace branch::test
