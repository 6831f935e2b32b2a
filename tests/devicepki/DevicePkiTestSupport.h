#pragma once

#include "ProcessRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace branch::test {

// A request from tests/data/devicepki.
inline QByteArray csrFixture(const QString &name)
{
    return readFile(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/tests/data/devicepki/") + name);
}

// scripts/dev-pki into `dir`: ca, core, device-ca, proxy (and what `extra` asks for).
inline bool makeDevPki(const QString &dir, const QStringList &extra = {})
{
    const ProcessRun run =
        runProcess(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/dev-pki"), QStringList{dir} + extra);
    if (run.exitCode != 0)
        qWarning("dev-pki: %s", run.err.constData());
    return run.exitCode == 0;
}

} // namespace branch::test
