// Outbox drain kiosk -> core over loopback TLS, with the real branch-core:
//  - rate (transactions/s) and catch-up time for a 10,000-entry backlog,
//    at batch sizes 200 and 500;
//  - peak RSS of the relay process (branchctl sync run) draining 10,000 vs
//    1,000 entries: the relay pages through the outbox, so it must be flat.
// Prints figures; never fails on them. Usage: bench_sync [--count N]

#include "CoreHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace branch;

namespace {

struct Drain
{
    int count = 0;
    int batch = 0;
    double seconds = 0;
    qint64 peakRssKb = 0;
    bool ok = false;
};

qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// A fresh core, enrolment and a copy of the seeded kiosk database, then one drain.
Drain drain(const QString &dir, const QString &seededDb, int count, int batch)
{
    Drain d{count, batch, 0, 0, false};
    test::CoreRig rig(dir);
    if (!rig.makePki() || !rig.startCore() || !QFile::copy(seededDb, rig.kioskDb()) || !rig.enrol())
        return d;
    QProcess run;
    QElapsedTimer timer;
    timer.start();
    run.start(test::binary(QStringLiteral("branchctl")),
              rig.syncArgs({QStringLiteral("--until-empty"), QStringLiteral("--batch"), QString::number(batch)}));
    run.waitForStarted();
    const qint64 pid = run.processId();
    while (!run.waitForFinished(20))
        d.peakRssKb = std::max(d.peakRssKb, peakRssKb(pid));
    d.seconds = double(timer.nsecsElapsed()) / 1e9;
    d.ok = run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0;
    if (!d.ok)
        std::fprintf(stderr, "%s\n", run.readAllStandardError().right(2000).constData());
    return d;
}

void print(const Drain &d)
{
    std::printf("drain %6d entries, batch %3d: %6.2f s, %7.0f tx/s, relay peak RSS %6.1f MB%s\n", d.count, d.batch,
                d.seconds, d.seconds > 0 ? d.count / d.seconds : 0.0, double(d.peakRssKb) / 1024.0,
                d.ok ? "" : "  (FAILED)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Backlog size."), QStringLiteral("N"),
                                         QStringLiteral("10000"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int small = std::max(1, count / 10);

    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("seed-big.db"));
    const QString little = dir.filePath(QStringLiteral("seed-small.db"));
    QElapsedTimer timer;
    timer.start();
    // Distinct ordering keys, so every batch is full: the rate of the link, not of one customer's queue.
    if (test::seedKiosk(big, count, count).size() != count || test::seedKiosk(little, small, small).size() != small) {
        std::fputs("seeding failed\n", stderr);
        return 1;
    }
    std::printf("seeded %d + %d submissions in %.1f s\n", count, small, double(timer.elapsed()) / 1000.0);

    print(drain(dir.filePath(QStringLiteral("a")), big, count, 200));
    print(drain(dir.filePath(QStringLiteral("b")), big, count, 500));
    print(drain(dir.filePath(QStringLiteral("c")), little, small, 200));
    return 0;
}
