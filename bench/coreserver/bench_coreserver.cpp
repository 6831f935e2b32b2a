// Measures how many transactions per second core applies, in batches of 100
// (one DB transaction per batch), on SQLite (synchronous=FULL, WAL) and on
// PostgreSQL 15 (fsync on). Half of each run replays keys already applied,
// as a kiosk does after a lost response, so both paths are timed.
//
// Usage: bench_coreserver [--dir DIR] [--seconds S] [--no-postgres]
// DIR defaults to $BRANCH_BENCH_DIR, else the system temp dir; it should be
// on the core's data disk, since tmpfs reports fsync as free.

#include "BatchParser.h"
#include "CoreRules.h"
#include "PostgresCoreStore.h"
#include "SqliteCoreStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace branch;

namespace {

constexpr int BatchSize = 100;

QJsonObject txObject(qint64 sequence)
{
    QString key;
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("orderingKey"), QStringLiteral("acct-%1").arg(sequence % 7)},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("serviceId"), QStringLiteral("utility.water")},
                       // Core applies only the sending device's (B001) receipt numbers, created near its clock.
                       {QStringLiteral("receiptNo"), QStringLiteral("B001-%1").arg(sequence)},
                       {QStringLiteral("createdAt"), isoUtcMs(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("amount"), QJsonObject{{QStringLiteral("fen"), 1000 + sequence},
                                                              {QStringLiteral("currency"), QStringLiteral("CNY")}}},
                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account"), QStringLiteral("0012345678")},
                                                               {QStringLiteral("period"), QStringLiteral("2025-02")}}}};
}

QList<CoreTransaction> makeBatch(qint64 *sequence)
{
    QList<CoreTransaction> batch;
    for (int i = 0; i < BatchSize; ++i) {
        CoreTransaction tx;
        QString reason;
        parseTransaction(txObject(++*sequence), &tx, &reason);
        batch.append(tx);
    }
    return batch;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qsizetype(p * double(v.size() - 1)));
}

void run(CoreStore &store, const char *label, double seconds)
{
    const CoreRules rules({QStringLiteral("utility.water")});
    const QString device = QStringLiteral("B001");
    qint64 sequence = 0;
    QList<double> freshMs;
    QList<double> replayMs;
    qint64 applied = 0;
    double freshSeconds = 0;
    QElapsedTimer total;
    total.start();
    QElapsedTimer one;
    while (total.elapsed() < qint64(seconds * 1000)) {
        const QList<CoreTransaction> batch = makeBatch(&sequence);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<CoreResult> results;
        const auto decide = [&](const CoreTransaction &t) { return rules.decide(device, t, now); };
        one.start();
        if (!store.applyBatch(device, batch, now, decide, &results).ok()) {
            std::fprintf(stderr, "%s: apply failed\n", label);
            return;
        }
        const double ms = double(one.nsecsElapsed()) / 1e6;
        freshMs.append(ms);
        freshSeconds += ms / 1000;
        applied += results.size();
        one.start();
        if (!store.applyBatch(device, batch, now, decide, &results).ok() || !results.value(0).replayed) {
            std::fprintf(stderr, "%s: replay failed\n", label);
            return;
        }
        replayMs.append(double(one.nsecsElapsed()) / 1e6);
    }
    double replaySeconds = 0;
    for (double ms : replayMs)
        replaySeconds += ms / 1000;
    std::printf("%-12s apply %8.0f tx/s (batch p50 %6.2f ms, p99 %6.2f ms)   replay %8.0f tx/s (p50 %6.2f ms)  [%lld tx]\n",
                label, double(applied) / freshSeconds, percentile(freshMs, 0.5), percentile(freshMs, 0.99),
                double(replayMs.size() * BatchSize) / replaySeconds, percentile(replayMs, 0.5),
                static_cast<long long>(applied));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Directory for the databases."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per backend."), QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("Measure SQLite only.")});
    parser.process(app);

    QString base = parser.value(QStringLiteral("dir"));
    if (base.isEmpty())
        base = qEnvironmentVariable("BRANCH_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-core-XXXXXX")
                                     : base + QStringLiteral("/bench-core-XXXXXX"));
    if (!dir.isValid()) {
        std::fputs("cannot create the bench directory\n", stderr);
        return 1;
    }
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    std::printf("core apply rate, batches of %d, %.0f s per backend, in %s\n", BatchSize, seconds,
                qPrintable(dir.path()));

    {
        SqliteCoreStore sqlite(dir.filePath(QStringLiteral("core.db")));
        if (!sqlite.open().ok()) {
            std::fputs("cannot open SQLite\n", stderr);
            return 1;
        }
        run(sqlite, "sqlite", seconds);
    }

    if (parser.isSet(QStringLiteral("no-postgres")))
        return 0;
    // As root the server runs as user postgres, which must reach pgDir.
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther);
    const QString pgDir = dir.filePath(QStringLiteral("pg"));
    QProcess start;
    start.start(QStringLiteral(PG_TEST_SERVER), {QStringLiteral("start"), pgDir});
    if (!start.waitForFinished(120000) || start.exitCode() != 0) {
        std::fprintf(stderr, "postgresql: pg-test-server failed: %s\n", start.readAllStandardError().constData());
        return 1;
    }
    {
        PostgresCoreStore pg(QString::fromUtf8(start.readAllStandardOutput()).trimmed());
        if (pg.open().ok())
            run(pg, "postgresql", seconds);
        else
            std::fputs("cannot open PostgreSQL\n", stderr);
    }
    QProcess::execute(QStringLiteral(PG_TEST_SERVER), {QStringLiteral("stop"), pgDir});
    return 0;
}
