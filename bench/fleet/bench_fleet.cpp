// The fleet's combined apply rate: K kiosks drain their outboxes at once
// through nginx into C branch-core processes on one PostgreSQL (scripts/fleet),
// and the CPU each part used meanwhile, sampled from /proc/PID/stat, to see
// what bounds the rate. Prints figures; never fails on them.
// Usage: bench_fleet [--kiosks K] [--count N per kiosk] [--cores C] [--batch B]

#include "FleetHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace branch;

namespace {

struct ProcStat
{
    qint64 ppid = 0;
    qint64 ticks = 0; // utime + stime
    qint64 waitNs = 0; // time runnable but waiting for a CPU (schedstat)
};

std::optional<ProcStat> procStat(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll();
    // The command name may hold spaces: fields are counted after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    QFile sched(QStringLiteral("/proc/%1/schedstat").arg(pid));
    const qint64 waitNs = sched.open(QIODevice::ReadOnly) ? sched.readAll().split(' ').value(1).toLongLong() : 0;
    return ProcStat{fields.at(1).toLongLong(), fields.at(11).toLongLong() + fields.at(12).toLongLong(), waitNs};
}

// CPU ticks per process of each part (nginx, cores, postgres, relays): a
// parent pid stands for itself and its children, found anew at every sample.
class CpuSampler
{
public:
    void track(const QString &part, qint64 pid, bool withChildren) { m_roots.append({part, pid, withChildren}); }

    void sample()
    {
        QHash<qint64, qint64> parentOf;
        QHash<qint64, qint64> ticksOf;
        QHash<qint64, qint64> waitOf;
        QDirIterator it(QStringLiteral("/proc"));
        while (it.hasNext()) {
            bool numeric = false;
            const qint64 pid = it.next().section(u'/', -1).toLongLong(&numeric);
            if (!numeric)
                continue;
            if (const auto s = procStat(pid)) {
                parentOf.insert(pid, s->ppid);
                ticksOf.insert(pid, s->ticks);
                waitOf.insert(pid, s->waitNs);
            }
        }
        for (const Root &root : std::as_const(m_roots)) {
            for (auto p = ticksOf.cbegin(); p != ticksOf.cend(); ++p) {
                if (p.key() == root.pid || (root.withChildren && parentOf.value(p.key()) == root.pid)) {
                    qint64 &seen = m_ticks[root.part][p.key()];
                    seen = std::max(seen, p.value());
                    qint64 &waited = m_wait[root.part][p.key()];
                    waited = std::max(waited, waitOf.value(p.key()));
                    if (!m_first.contains(p.key())) {
                        m_first.insert(p.key(), m_started ? 0 : p.value());
                        m_firstWait.insert(p.key(), m_started ? 0 : waitOf.value(p.key()));
                    }
                }
            }
        }
    }
    void markStart()
    {
        sample();
        m_started = true;
    }

    double seconds(const QString &part) const
    {
        qint64 total = 0;
        const QHash<qint64, qint64> pids = m_ticks.value(part);
        for (auto p = pids.cbegin(); p != pids.cend(); ++p)
            total += p.value() - m_first.value(p.key());
        return double(total) / double(sysconf(_SC_CLK_TCK));
    }

    double waitSeconds(const QString &part) const
    {
        qint64 total = 0;
        const QHash<qint64, qint64> pids = m_wait.value(part);
        for (auto p = pids.cbegin(); p != pids.cend(); ++p)
            total += p.value() - m_firstWait.value(p.key());
        return double(total) / 1e9;
    }

private:
    struct Root
    {
        QString part;
        qint64 pid;
        bool withChildren;
    };
    QList<Root> m_roots;
    QHash<QString, QHash<qint64, qint64>> m_ticks;
    QHash<QString, QHash<qint64, qint64>> m_wait;
    QHash<qint64, qint64> m_firstWait;
    QHash<qint64, qint64> m_first; // ticks when first seen; 0 for processes born after the start
    bool m_started = false;
};

qint64 readPid(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed().toLongLong() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption kiosksOption(QStringLiteral("kiosks"), QStringLiteral("Kiosks draining at once."),
                                          QStringLiteral("K"), QStringLiteral("4"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Entries per kiosk."), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption coresOption(QStringLiteral("cores"), QStringLiteral("branch-core processes."),
                                         QStringLiteral("C"), QStringLiteral("3"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Transactions per request."),
                                         QStringLiteral("B"), QStringLiteral("500"));
    parser.addOptions({kiosksOption, countOption, coresOption, batchOption});
    parser.process(app);
    const int kiosks = parser.value(kiosksOption).toInt();
    const int count = parser.value(countOption).toInt();
    const int cores = parser.value(coresOption).toInt();
    const QString batch = parser.value(batchOption);

    QTemporaryDir dir;
    test::Fleet fleet(dir.path());
    if (!fleet.start(cores)) {
        std::fputs("the fleet did not start\n", stderr);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QList<test::FleetKiosk> relays(kiosks);
    for (int i = 0; i < kiosks; ++i) {
        // Distinct ordering keys, so every batch is full. Enrolled at the cores
        // in turn: each takes 5 enrolments a minute from one address.
        if (!relays[i].setUp(fleet, QStringLiteral("K%1").arg(201 + i), count, count, fleet.coreUrl(1 + i % cores))) {
            std::fputs("enrolling or seeding a kiosk failed\n", stderr);
            return 1;
        }
    }
    std::printf("fleet: %d cores, %d kiosks x %d entries seeded in %.1f s\n", cores, kiosks, count,
                double(timer.elapsed()) / 1000.0);

    CpuSampler cpu;
    cpu.track(QStringLiteral("nginx"), fleet.pidOf(QStringLiteral("nginx/nginx")), true);
    for (int i = 1; i <= cores; ++i)
        cpu.track(QStringLiteral("cores"), fleet.pidOf(QStringLiteral("core-%1").arg(i)), false);
    QFile serverDir(fleet.path(QStringLiteral("fleet/pg/server-dir")));
    if (serverDir.open(QIODevice::ReadOnly))
        cpu.track(QStringLiteral("postgres"),
                  readPid(QString::fromUtf8(serverDir.readAll().trimmed()) + QStringLiteral("/data/postmaster.pid")), true);
    // The relays are this process's children; the sampler itself counts too (a little).
    cpu.track(QStringLiteral("relays"), QCoreApplication::applicationPid(), true);
    cpu.markStart();

    QList<QProcess *> runs;
    timer.restart();
    for (const test::FleetKiosk &kiosk : relays) {
        auto *run = new QProcess(&app);
        run->setStandardOutputFile(QProcess::nullDevice());
        run->setStandardErrorFile(QProcess::nullDevice());
        run->start(test::binary(QStringLiteral("branchctl")),
                   kiosk.relayArgs({QStringLiteral("--core"), fleet.url(), QStringLiteral("--batch"), batch}));
        runs.append(run);
    }
    bool ok = true;
    for (QProcess *run : runs) {
        while (!run->waitForFinished(100))
            cpu.sample();
        ok = ok && run->exitStatus() == QProcess::NormalExit && run->exitCode() == 0;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    cpu.sample();

    QString error;
    const QHash<QString, int> exported = fleet.exportedKeys(&error);
    const int total = kiosks * count;
    std::printf("fleet: %d transactions applied through nginx in %.2f s: %.0f tx/s (batch %s)%s\n", int(exported.size()),
                wall, double(exported.size()) / wall, qPrintable(batch),
                ok && exported.size() == total ? "" : "  (FAILED: a relay failed or keys are missing)");
    std::printf("fleet: CPU during the drain (2 cores = 200%%):");
    for (const char *part : {"nginx", "cores", "postgres", "relays"}) {
        const double s = cpu.seconds(QString::fromLatin1(part));
        std::printf(" %s %.1f s (%.0f%%)", part, s, 100.0 * s / wall);
    }
    std::printf("\nfleet: time runnable but waiting for a CPU (other load):");
    for (const char *part : {"nginx", "cores", "postgres", "relays"})
        std::printf(" %s %.1f s", part, cpu.waitSeconds(QString::fromLatin1(part)));
    std::printf("\n");
    return 0;
}
