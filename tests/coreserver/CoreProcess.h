#pragma once

// Runs the real branch-core binary and scripts/dev-pki for the end-to-end
// tests. Paths come from the environment that tests/coreserver/CMakeLists.txt sets.

#include "ProcessRunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace coretest {

using Run = branch::test::ProcessRun;

inline Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    return branch::test::runProcess(program, args, {timeoutMs, {}, {}});
}

inline Run runCore(const QStringList &args)
{
    return runProgram(qEnvironmentVariable("BRANCH_CORE_BIN"), args);
}

inline bool makePki(const QString &dir, const QStringList &options = {})
{
    return runProgram(qEnvironmentVariable("BRANCH_DEV_PKI"), QStringList{dir} + options).exitCode == 0;
}

// serve's options for TLS and the device CA, from a makePki() directory.
inline QStringList tlsArgs(const QString &pkiDir, const QString &cert = QStringLiteral("core"))
{
    return {QStringLiteral("--cert"), pkiDir + u'/' + cert + QStringLiteral(".pem"),
            QStringLiteral("--key"), pkiDir + u'/' + cert + QStringLiteral(".key"),
            QStringLiteral("--device-ca"), pkiDir + QStringLiteral("/device-ca.pem"),
            QStringLiteral("--device-ca-key"), pkiDir + QStringLiteral("/device-ca.key")};
}

// "branch-core serve" on 127.0.0.1 with a kernel-chosen port, read back from
// its first stdout line. Stopped (SIGTERM, then SIGKILL) on destruction.
class ServeProcess
{
public:
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    // The server's log goes to `logFile`, so a chatty server never blocks on a full pipe.
    bool start(const QStringList &args, const QString &logFile)
    {
        m_process.setStandardErrorFile(logFile);
        m_process.start(qEnvironmentVariable("BRANCH_CORE_BIN"),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args);
        static const QRegularExpression url(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        while (m_process.waitForReadyRead(15000)) {
            out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = url.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return true;
            }
        }
        qWarning("serve did not start; see %s", qPrintable(logFile));
        return false;
    }

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace coretest
