#include "KillPayload.h"
#include "StoreTestUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace branch;

// SIGKILLs a process that submits in a loop, several rounds over one file,
// then checks that no submission was half written: every printed receipt is
// there with its payload, and submissions and outbox entries pair up exactly.
class TestSubmissionKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noHalfWrittenSubmission_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::addColumn<int>("signatureSize");
        QTest::addColumn<int>("rounds");
        QTest::newRow("no signature") << 150 << 0 << 4;
        QTest::newRow("small signature") << 120 << 2000 << 4;
        QTest::newRow("multi-page signature") << 100 << 60000 << 3;
    }

    void noHalfWrittenSubmission()
    {
        QFETCH(int, killAfter);
        QFETCH(int, signatureSize);
        QFETCH(int, rounds);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        const QString submitter = QCoreApplication::applicationDirPath() + QStringLiteral("/store_submitter_victim");
        QVERIFY2(QFile::exists(submitter), qPrintable(submitter));

        QHash<QString, qint64> printed; // receipt number -> n
        for (int round = 0; round < rounds; ++round) {
            QProcess process;
            process.start(submitter, {path, QString::number(signatureSize), QStringLiteral("round-%1").arg(round)});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            const int target = killAfter + round * 13; // a different kill point each round
            QByteArray buffered;
            QElapsedTimer timer;
            timer.start();
            while (buffered.count('\n') < target && process.state() == QProcess::Running && timer.elapsed() < 120000) {
                process.waitForReadyRead(1000);
                buffered += process.readAllStandardOutput();
            }
            QVERIFY2(buffered.count('\n') >= target, process.readAllStandardError().constData());
            QCOMPARE(::kill(pid_t(process.processId()), SIGKILL), 0);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            buffered += process.readAllStandardOutput();
            for (const QByteArray &line : buffered.split('\n')) {
                QVERIFY2(!line.startsWith("status"), line.constData()); // never quarantined
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 3 || !buffered.contains(line + '\n'))
                    continue; // a torn last line was not printed whole
                printed.insert(QString::fromLatin1(parts.at(1)), parts.at(0).toLongLong());
            }
        }
        QVERIFY(printed.size() >= killAfter * rounds);

        test::RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("SELECT s.signature_png, s.amount_fen, COUNT(o.id) FROM submissions AS s "
                                 "LEFT JOIN outbox AS o ON o.submission_id = s.id WHERE s.submission_no = ? "
                                 "GROUP BY s.id"));
        for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
            q.addBindValue(it.key());
            QVERIFY(q.exec());
            QVERIFY2(q.next(), qPrintable(QStringLiteral("printed receipt %1 is missing").arg(it.key())));
            if (signatureSize > 0)
                QCOMPARE(q.value(0).toByteArray(), test::killPayload(it.value(), signatureSize));
            QCOMPARE(q.value(1).toLongLong(), 100 + it.value());
            QCOMPARE(q.value(2).toInt(), 1);
        }
        q.finish();

        // Pairing, both ways, over every row, printed or not.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions AS s WHERE (SELECT COUNT(*) FROM "
                                           "outbox AS o WHERE o.submission_id = s.id) <> 1")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox AS o WHERE NOT EXISTS "
                                           "(SELECT 1 FROM submissions AS s WHERE s.id = o.submission_id)")).toInt(), 0);
        const qint64 submissions = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions")).toLongLong();
        QVERIFY(submissions >= printed.size());
        QVERIFY(submissions <= printed.size() + rounds); // killed between commit and printf
        // Numbers have no gaps: the sequence counts exactly the rows stored.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT SUM(last_value) FROM receipt_sequence")).toLongLong(), submissions);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM outbox")).toLongLong(),
                 submissions);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubmissionKill)
#include "tst_submission_kill.moc"
