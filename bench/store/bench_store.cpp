// Measures durable journal commits per second: one row per transaction (what
// the kiosk does for every customer entry) and 100 rows per transaction for
// comparison. Each commit is fsynced (synchronous=FULL), so the figures are
// those of the disk under the store, not of SQLite.
//
// Usage: bench_store [--dir DIR] [--seconds S] [--payload BYTES]
// DIR defaults to $BRANCH_BENCH_DIR, else the system temp dir. Put it on the
// kiosk's data disk: tmpfs would report fsync as free.

#include "Database.h"
#include "JournalRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace branch;

namespace {

struct Figure
{
    qint64 rows = 0;
    qint64 commits = 0;
    double seconds = 0;
    QList<double> commitMs; // per transaction
};

Figure run(JournalRepository &journal, int batch, double seconds, const QByteArray &payload)
{
    Figure f;
    QList<JournalRecord> records(batch, JournalRecord{QStringLiteral("bench"), payload});
    QElapsedTimer total;
    total.start();
    QElapsedTimer one;
    while (total.elapsed() < qint64(seconds * 1000)) {
        one.start();
        bool ok = false;
        if (batch == 1)
            ok = journal.append(QStringLiteral("bench-%1").arg(batch), QStringLiteral("bench"), payload).ok();
        else
            ok = journal.appendBatch(QStringLiteral("bench-%1").arg(batch), records).ok();
        if (!ok) {
            std::fputs("write failed\n", stderr);
            break;
        }
        f.commitMs.append(double(one.nsecsElapsed()) / 1e6);
        f.rows += batch;
        ++f.commits;
    }
    f.seconds = double(total.nsecsElapsed()) / 1e9;
    return f;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = qsizetype(p * double(v.size() - 1));
    return v.at(i);
}

void print(const char *label, const Figure &f)
{
    std::printf("%-28s %8.0f commits/s %10.0f rows/s   commit p50 %6.2f ms  p99 %6.2f ms  (%lld rows in %.1f s)\n",
                label, double(f.commits) / f.seconds, double(f.rows) / f.seconds, percentile(f.commitMs, 0.5),
                percentile(f.commitMs, 0.99), static_cast<long long>(f.rows), f.seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Directory for the database."),
                                       QStringLiteral("dir"), qEnvironmentVariable("BRANCH_BENCH_DIR"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption payloadOption(QStringLiteral("payload"), QStringLiteral("Payload bytes per row."),
                                           QStringLiteral("bytes"), QStringLiteral("256"));
    parser.addOptions({dirOption, secondsOption, payloadOption});
    parser.process(app);

    const QString base = parser.value(dirOption);
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX")
                                     : base + QStringLiteral("/bench_store-XXXXXX"));
    if (!dir.isValid()) {
        std::fputs("cannot create a temporary directory\n", stderr);
        return 1;
    }
    Database db;
    const OpenResult opened = db.open({dir.filePath(QStringLiteral("bench.db"))});
    if (!opened.ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.status.detail));
        return 1;
    }
    const QStorageInfo storage(dir.path());
    const double seconds = parser.value(secondsOption).toDouble();
    const QByteArray payload(parser.value(payloadOption).toInt(), 'x');
    std::printf("store bench: %s (%s on %s), payload %lld bytes, journal_mode=WAL synchronous=FULL\n",
                qPrintable(dir.path()), storage.fileSystemType().constData(), storage.device().constData(),
                static_cast<long long>(payload.size()));

    JournalRepository journal(db);
    run(journal, 1, 0.5, payload); // warm-up: WAL file creation, page cache
    print("1 row per transaction", run(journal, 1, seconds, payload));
    print("100 rows per transaction", run(journal, 100, seconds, payload));
    return 0;
}
