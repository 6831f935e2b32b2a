#include "ProcessRunner.h"

#include <QProcess>

namespace branch::test {

ProcessRun runProcess(const QString &program, const QStringList &args, const ProcessOptions &options)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForStarted()) {
        run.err = "failed to start: " + program.toUtf8();
        return run;
    }
    run.started = true;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.timedOut = true;
    } else if (process.exitStatus() != QProcess::NormalExit) {
        run.crashed = true;
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (run.timedOut)
        run.err += "\ntimed out after " + QByteArray::number(options.timeoutMs) + " ms: " + program.toUtf8();
    return run;
}

QString builtProgram(const QString &name)
{
    return qEnvironmentVariable("BRANCH_BINARY_DIR") + QStringLiteral("/bin/") + name;
}

} // namespace branch::test
