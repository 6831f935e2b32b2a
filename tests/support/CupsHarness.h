#pragma once

// A private CUPS scheduler for the printing tests and the print benchmark:
// its own configuration, spool, state and logs in a temporary folder, and it
// listens only on a socket there. It never reads or changes the machine's
// CUPS (/etc/cups, /run/cups, port 631), and works for root (as CI runs in a
// fresh Debian root) and for an ordinary user.
//
// Queues print through "branchtest", a backend whose device URI says what it
// does, like a printer that works, fails, or runs out of paper:
//   branchtest:/file/DIR   writes each job's document to DIR/job-<id>.pdf
//   branchtest:/fail       fails (exit 1: CUPS_BACKEND_FAILED)
//   branchtest:/paper      reports media-empty-error and waits for paper
//   branchtest:/offline    reports offline-report and waits for the printer
//   branchtest:/hang       waits without a word

#include "ProcessRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace branch::test {

class CupsHarness
{
public:
    // The folder stays mode 0700 (QTemporaryDir's): only this user reaches
    // the socket, so nobody else can add a queue whose backend runs as root.
    CupsHarness() = default;
    ~CupsHarness() { stop(); }
    CupsHarness(const CupsHarness &) = delete;
    CupsHarness &operator=(const CupsHarness &) = delete;

    static QString tool(const QString &name)
    {
        return QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"), QStringLiteral("/bin")});
    }

    // Starts cupsd and waits until it answers. False with `error` (the
    // missing package, or cupsd's log) otherwise.
    bool start(QString *error)
    {
        const QString cupsd = tool(QStringLiteral("cupsd"));
        if (cupsd.isEmpty() || tool(QStringLiteral("lpadmin")).isEmpty()) {
            *error = QStringLiteral("cupsd or lpadmin missing: install cups-daemon and cups-client");
            return false;
        }
        if (!m_dir.isValid() || !writeConfiguration(error))
            return false;
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"), path(QStringLiteral("etc/cupsd.conf")),
                              QStringLiteral("-s"), path(QStringLiteral("etc/cups-files.conf"))});
        if (!m_cupsd.waitForStarted()) {
            *error = QStringLiteral("cupsd did not start");
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30'000) {
            if (m_cupsd.state() != QProcess::Running) {
                *error = QStringLiteral("cupsd stopped: ") + QString::fromUtf8(m_cupsd.readAll()) + log();
                return false;
            }
            if (QFile::exists(server()) && run(QStringLiteral("lpstat"), {QStringLiteral("-r")}).exitCode == 0)
                return true;
            QThread::msleep(50);
        }
        *error = QStringLiteral("cupsd did not answer within 30 s: ") + log();
        return false;
    }

    void stop()
    {
        if (m_cupsd.state() == QProcess::NotRunning)
            return;
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(15'000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished();
        }
    }

    // What libcups and CupsPrinterOptions::server take: the socket's path.
    QString server() const { return path(QStringLiteral("cups.sock")); }
    // Where branchtest:/file/ queues made by addFileQueue write.
    QString outputDir() const { return path(QStringLiteral("out")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A CUPS command-line tool (lpadmin, cupsdisable, lpstat...) against this scheduler.
    ProcessRun run(const QString &name, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), server());
        return runProcess(tool(name), args, {30'000, env, {}});
    }

    // A raw queue (no driver: the PDF reaches the backend as it was sent).
    bool addQueue(const QString &name, const QString &uri, const QStringList &options, QString *error) const
    {
        QStringList args{QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"), uri};
        for (const QString &option : options)
            args << QStringLiteral("-o") << option;
        const ProcessRun added = run(QStringLiteral("lpadmin"), args);
        if (added.exitCode != 0)
            *error = QString::fromUtf8(added.err) + log();
        return added.exitCode == 0;
    }

    bool addFileQueue(const QString &name, QString *error) const
    {
        return addQueue(name, QStringLiteral("branchtest:/file") + outputDir(), {}, error);
    }

    // Jobs on `queue` that are not finished: none after a job was given up.
    QString pendingJobs(const QString &queue) const
    {
        return QString::fromUtf8(run(QStringLiteral("lpstat"), {QStringLiteral("-o"), queue}).out).trimmed();
    }

    QString log() const
    {
        QFile file(path(QStringLiteral("log/error_log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
    }

private:
    bool write(const QString &name, const QByteArray &text, QFileDevice::Permissions permissions) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.setPermissions(permissions);
    }

    bool writeConfiguration(QString *error) const
    {
        const QDir root(m_dir.path());
        for (const char *sub : {"etc", "spool", "cache", "state", "tmp", "log", "out", "bin/backend", "bin/filter"})
            root.mkpath(QString::fromLatin1(sub));
        // cups-exec, which starts every backend, lives under ServerBin.
        QFile::link(QStringLiteral("/usr/lib/cups/daemon"), path(QStringLiteral("bin/daemon")));
        const QByteArray dir = m_dir.path().toUtf8();
        const QByteArray files = "ServerRoot " + dir + "/etc\nRequestRoot " + dir + "/spool\nCacheDir " + dir
            + "/cache\nStateDir " + dir + "/state\nTempDir " + dir + "/tmp\nServerBin " + dir
            + "/bin\nDataDir /usr/share/cups\nErrorLog " + dir + "/log/error_log\nAccessLog " + dir
            + "/log/access_log\nPageLog " + dir + "/log/page_log\nPrintcap " + dir
            + "/state/printcap\nFileDevice No\nSystemGroup root\n";
        // Nobody but this user can reach the socket's folder (0700): no login needed.
        const QByteArray daemon = "Listen " + dir
            + "/cups.sock\nBrowsing No\nWebInterface No\nLogLevel info\nDefaultAuthType None\n"
              "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
              "<Policy default>\n  JobPrivateAccess all\n  JobPrivateValues none\n"
              "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
              "  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n";
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
        // Mode 0700: cupsd runs it as root when it runs as root (a backend
        // that others may execute would run as "lp", who cannot enter here).
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        if (!write(QStringLiteral("etc/cups-files.conf"), files, readable)
            || !write(QStringLiteral("etc/cupsd.conf"), daemon, readable)
            || !write(QStringLiteral("bin/backend/branchtest"), backend(), ownerOnly)) {
            *error = QStringLiteral("could not write the CUPS configuration in ") + m_dir.path();
            return false;
        }
        return true;
    }

    static QByteArray backend()
    {
        return QByteArrayLiteral(
            "#!/bin/sh\n"
            "# A CUPS backend for tests: what it does comes from its device URI.\n"
            "if [ $# -eq 0 ]; then echo 'direct branchtest \"Unknown\" \"BranchSuite test backend\"'; exit 0; fi\n"
            "uri=${DEVICE_URI#branchtest:}\n"
            "case \"$uri\" in\n"
            "  /file/*) dir=${uri#/file}\n"
            "    cat \"${6:-/dev/stdin}\" > \"$dir/.job-$1\" && mv \"$dir/.job-$1\" \"$dir/job-$1.pdf\" || exit 1\n"
            "    exit 0 ;;\n"
            "  /fail) echo 'ERROR: the test printer fails' >&2; exit 1 ;;\n"
            "  /paper) echo 'STATE: +media-empty-error' >&2; sleep 600 ;;\n"
            "  /offline) echo 'STATE: +offline-report' >&2; sleep 600 ;;\n"
            "  /hang) sleep 600 ;;\n"
            "esac\n"
            "exit 1\n");
    }

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};

} // namespace branch::test
