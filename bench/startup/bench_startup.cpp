// Launches `branchsuite --exit-after-first-frame` N times and reports wall
// time to first frame and peak RSS, then the resident memory of an idle kiosk.
// Targets: first frame <= 400 ms, idle <= 120 MB.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {

constexpr qint64 kFirstFrameTargetMs = 400;
constexpr qint64 kIdleTargetKb = 120 * 1024;

QProcessEnvironment kioskEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

QStringList kioskArguments(const QTemporaryDir &home)
{
    // Headless benchmarks have no keychain; the development store is what
    // bootstrap's start command uses too.
    return {QStringLiteral("--database"), home.filePath(QStringLiteral("kiosk.sqlite")),
            QStringLiteral("--dev-insecure-secrets"), home.filePath(QStringLiteral("secrets"))};
}

// "VmRSS:   12345 kB" -> 12345
qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

double mb(qint64 kb)
{
    return static_cast<double>(kb) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Launches to time."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption idleOption(QStringLiteral("idle-wait"), QStringLiteral("Seconds idle before reading RSS."),
                                        QStringLiteral("s"), QStringLiteral("3"));
    parser.addOptions({runsOption, idleOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int idleWait = std::max(1, parser.value(idleOption).toInt());

    QTemporaryDir home;
    const QString program = QStringLiteral(BRANCHSUITE_EXECUTABLE);
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess kiosk;
        kiosk.setProcessEnvironment(kioskEnvironment(home));
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        kiosk.start(program, kioskArguments(home) << QStringLiteral("--exit-after-first-frame"));
        if (!kiosk.waitForFinished(30'000) || kiosk.exitStatus() != QProcess::NormalExit || kiosk.exitCode() != 0) {
            std::fprintf(stderr, "run %d: branchsuite did not exit cleanly after its first frame\n", i + 1);
            return 1;
        }
        times.append(clock.elapsed());
    }
    std::sort(times.begin(), times.end());
    const qint64 median = times.at(times.size() / 2);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("first frame, wall ms over %d launches: min %lld  median %lld  max %lld  (target <= %lld: %s)\n",
                runs, times.constFirst(), median, times.constLast(), kFirstFrameTargetMs,
                median <= kFirstFrameTargetMs ? "met" : "MISSED");
    std::printf("peak RSS of a start-up: %.1f MB\n", mb(usage.ru_maxrss));

    QProcess kiosk;
    kiosk.setProcessEnvironment(kioskEnvironment(home));
    kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kiosk.start(program, kioskArguments(home));
    if (!kiosk.waitForStarted(10'000)) {
        std::fprintf(stderr, "branchsuite did not start\n");
        return 1;
    }
    QThread::sleep(static_cast<unsigned long>(idleWait));
    const qint64 rss = statusKb(kiosk.processId(), "VmRSS");
    const qint64 hwm = statusKb(kiosk.processId(), "VmHWM");
    kiosk.terminate();
    if (!kiosk.waitForFinished(10'000)) {
        kiosk.kill();
        kiosk.waitForFinished();
    }
    if (rss < 0) {
        std::fprintf(stderr, "branchsuite exited before its idle memory could be read\n");
        return 1;
    }
    std::printf("idle RSS after %d s: %.1f MB (high-water %.1f MB)  (target <= %.0f MB: %s)\n", idleWait, mb(rss),
                mb(hwm), mb(kIdleTargetKb), rss <= kIdleTargetKb ? "met" : "MISSED");
    return 0;
}
