#include "DamagedStore.h"
#include "KillPayload.h"
#include "SalvageReport.h"
#include "StoreTestUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace branch;

// Issue 10, finding 5: a page of the kiosk database is damaged while a
// process submits in a loop, and the daily receipt counter is lost as well;
// the next start sets the file aside. Across
// every run, no receipt number is ever issued twice, every entry that could
// be read comes back with its idempotency key (so core answers it as a
// repeat, never applies it twice), what could not be read is counted, and
// the enrolment survives.
class TestSalvageKill : public QObject
{
    Q_OBJECT

    struct Printed
    {
        QString receipt;
        QString key;
        int round = 0;
    };

    // Runs the victim until it has printed `lines` more lines, calling
    // `during` once half of them are out, then SIGKILLs it.
    static QByteArray runVictim(const QString &path, int round, int lines, const std::function<void()> &during = {})
    {
        const QString victim = QCoreApplication::applicationDirPath() + QStringLiteral("/store_submitter_victim");
        QProcess process;
        process.start(victim, {path, QStringLiteral("0"), QStringLiteral("round-%1").arg(round)});
        if (!process.waitForStarted())
            return {};
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        bool called = !during;
        while (out.count('\n') < lines && process.state() == QProcess::Running && timer.elapsed() < 120000) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
            if (!called && out.count('\n') >= lines / 2) {
                during();
                called = true;
            }
        }
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10000);
        }
        out += process.readAllStandardOutput();
        if (out.count('\n') < lines)
            qWarning("victim stopped early: %s", process.readAllStandardError().constData());
        return out;
    }

    static QList<Printed> parse(const QByteArray &out, int round)
    {
        QList<Printed> printed;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(2).size() == 32 && out.contains(line + '\n'))
                printed.append({QString::fromLatin1(parts.at(1)), QString::fromLatin1(parts.at(2)), round});
        }
        return printed;
    }

private Q_SLOTS:
    void damageMidRunReissuesNothingAndLosesNoReadableEntry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        {
            Database db;
            QVERIFY(db.open({path}).ok);
            SettingsRepository settings(db);
            QVERIFY(!settings.setValue(QStringLiteral("sync.core_url"), QStringLiteral("https://core:8443")).isError());
            QVERIFY(!settings.setValue(QStringLiteral("sync.ca_file"), QStringLiteral("/etc/ca.pem")).isError());
        }
        QList<Printed> printed;

        // Round 0 fills pages; closing a writer later moves them into the file.
        printed += parse(runVictim(path, 0, 400), 0);
        QVERIFY(printed.size() >= 399);
        {
            Database db;
            QVERIFY(db.open({path}).ok);
        } // the last connection checkpoints the WAL into the file
        const QList<qint64> leaves = test::pagesOf(path, QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(leaves.size() > 6);
        qint64 counterPage = 0;
        {
            test::RawConnection raw(path);
            counterPage = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'receipt_sequence'"))
                              .toLongLong();
        }
        QVERIFY(counterPage > 0);

        // Round 1: an early, full leaf (rowids only grow, so the writer never
        // touches it again) is damaged while the writer goes on.
        bool garbled = false;
        const QByteArray round1 = runVictim(path, 1, 200, [&] { garbled = test::garblePage(path, leaves.at(2)); });
        QVERIFY(garbled);
        QVERIFY(!round1.contains("status"));
        printed += parse(round1, 1);
        // The daily counter is lost too (its one page, once the killed
        // writer's WAL is in the file): only the epoch keeps numbers apart.
        {
            test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QVERIFY(test::garblePage(path, counterPage));

        // Round 2 starts on the damaged file: set aside, salvaged, numbering on.
        const QByteArray round2 = runVictim(path, 2, 150);
        QVERIFY2(round2.startsWith("status quarantined\n"), round2.left(200).constData());
        printed += parse(round2, 2);
        QVERIFY(printed.size() >= 740);

        // (1) No receipt number issued twice, over every run.
        QSet<QString> numbers;
        for (const Printed &p : printed) {
            QVERIFY2(!numbers.contains(p.receipt), qPrintable(QStringLiteral("reissued: ") + p.receipt));
            numbers.insert(p.receipt);
        }

        // (2) Every entry still readable is back with its key; the rest is counted.
        test::RawConnection raw(path);
        QHash<QString, QString> keyOf;
        for (const QString &row : raw.rows(QStringLiteral("SELECT s.submission_no, o.idempotency_key FROM outbox AS o "
                                                           "JOIN submissions AS s ON s.id = o.submission_id")))
            keyOf.insert(row.section(u'|', 0, 0), row.section(u'|', 1));
        int missing = 0;
        for (const Printed &p : printed) {
            if (!keyOf.contains(p.receipt)) {
                QVERIFY2(p.round < 2, qPrintable(p.receipt));
                ++missing;
                continue;
            }
            QCOMPARE(keyOf.value(p.receipt), p.key);
        }
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM outbox")).toInt(),
                 raw.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt());
        // One leaf's worth of rows at most, and at least one: the damaged page.
        QVERIFY2(missing > 0 && missing < 80, qPrintable(QString::number(missing)));

        const auto reports = SalvageReports::list(raw.db());
        QVERIFY(reports.ok());
        QCOMPARE(reports.value.size(), 1);
        const SalvageReport &report = reports.value.constFirst();
        QCOMPARE(report.outcome, QString(SalvageOutcome::Partial));
        // Killed between a commit and its line: at most one unprinted row per round.
        const qint64 lost = report.lost(SalvageKind::OutboxWaiting) + report.lost(SalvageKind::OutboxUnreadable);
        QVERIFY2(lost >= missing && lost <= missing + 2, qPrintable(QStringLiteral("%1 %2").arg(lost).arg(missing)));
        QVERIFY(QFile::exists(report.quarantinePath));
        QCOMPARE(report.saved(SalvageKind::ReceiptDays), 0);
        QCOMPARE(report.lost(SalvageKind::ReceiptDays), 1);

        // (3) The enrolment survived.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM kiosk_settings WHERE key = 'sync.core_url'")).toString(),
                 QStringLiteral("https://core:8443"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM kiosk_settings WHERE key = 'sync.ca_file'")).toString(),
                 QStringLiteral("/etc/ca.pem"));
    }
};

QTEST_GUILESS_MAIN(TestSalvageKill)
#include "tst_salvage_kill.moc"
