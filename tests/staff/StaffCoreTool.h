#pragma once

// `branch-core staff add/reset-secret` as an administrator runs them: the
// secret on standard input, never on the command line.

#include "CoreHarness.h"

#include <QProcess>

namespace branch::test {

struct StaffToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline StaffToolRun runStaffTool(const CoreRig &rig, const QStringList &args, const QByteArray &secret)
{
    QProcess p;
    p.start(builtProgram(QStringLiteral("branch-core")), QStringList{QStringLiteral("staff")} + args + rig.storeArgs());
    StaffToolRun run;
    if (!p.waitForStarted())
        return run;
    p.write(secret + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

inline bool addStaff(const CoreRig &rig, const QString &id, const QString &role, const QByteArray &secret)
{
    const StaffToolRun r = runStaffTool(rig,
                                        {QStringLiteral("add"), id, QStringLiteral("--name"), QStringLiteral("Wang Fang"),
                                         QStringLiteral("--role"), role, QStringLiteral("--branch"), QStringLiteral("0101")},
                                        secret);
    if (r.exitCode != 0)
        qWarning("staff add: %s", r.err.constData());
    return r.exitCode == 0;
}

} // namespace branch::test
