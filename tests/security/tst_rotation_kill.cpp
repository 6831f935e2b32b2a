#include "../store/StoreTestUtil.h"
#include "DevelopmentSecretStore.h"
#include "KeyRing.h"
#include "PayloadCodec.h"
#include "SealedPayloadCodec.h"
#include "SecurityTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace branch;

// SIGKILLs a data key rotation in the middle (once, or again while it
// resumes), checks that every row is still readable, then lets a restarted
// rotation finish and checks the result.
class TestRotationKill : public QObject
{
    Q_OBJECT

private:
    static constexpr int PlainRows = 40;
    static constexpr int SealedRows = 80;

    QString rotator() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/security_rotator_victim"); }

    static void verifyReadable(const QString &path, const QString &secretDir, const QStringList &numbers)
    {
        Database db;
        QVERIFY(test::openDatabase(db, path));
        DevelopmentSecretStore secrets(secretDir);
        const auto ring = KeyRing::open(db, secrets);
        QVERIFY2(ring.ok(), qPrintable(ring.error.detail));
        const test::FakeClock clock{test::pinnedTime()};
        RandomKeySource keys;
        const SealedPayloadCodec sealed(ring.value);
        const PlainPayloadCodec plain;
        SubmissionRepository sealedRepo(db, clock, sealed, keys, test::kioskSettings());
        SubmissionRepository plainRepo(db, clock, plain, keys, test::kioskSettings());
        for (int n = 0; n < numbers.size(); ++n) {
            auto found = sealedRepo.find(numbers.at(n));
            if (!found.ok()) // a row not re-sealed yet may still be plain
                found = plainRepo.find(numbers.at(n));
            QVERIFY2(found.ok() && found.value, qPrintable(numbers.at(n) + u' ' + found.error.detail));
            const SubmissionRequest expected = test::customerRequest(n);
            QCOMPARE(found.value->fields, expected.fields);
            QCOMPARE(found.value->signaturePng, expected.signaturePng);
            QCOMPARE(found.value->signatureStrokes, expected.signatureStrokes);
        }
    }

    // Runs the rotator; kills it after `killAfter` batches, or lets it finish
    // when killAfter is 0. Returns its output.
    QByteArray runRotator(const QString &path, const QString &secretDir, int killAfter)
    {
        QProcess process;
        process.start(rotator(), {path, secretDir, QStringLiteral("3"), QStringLiteral("15")});
        if (!process.waitForStarted())
            return "not started";
        QByteArray buffered;
        QElapsedTimer timer;
        timer.start();
        while (killAfter > 0 && buffered.count('\n') < killAfter && process.state() == QProcess::Running
               && timer.elapsed() < 60000) {
            process.waitForReadyRead(1000);
            buffered += process.readAllStandardOutput();
        }
        if (killAfter > 0) {
            if (buffered.count('\n') < killAfter || buffered.contains("done"))
                return "finished before the kill: " + buffered + process.readAllStandardError();
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10000);
            if (process.exitStatus() != QProcess::CrashExit)
                return "not killed";
            return "killed";
        }
        process.waitForFinished(60000);
        buffered += process.readAllStandardOutput();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return "failed: " + buffered + process.readAllStandardError();
        return buffered;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(rotator()), qPrintable(rotator())); }

    void killedRotationLeavesEverythingReadable_data()
    {
        QTest::addColumn<QList<int>>("kills");
        QTest::newRow("early") << QList<int>{2};
        QTest::newRow("midway") << QList<int>{20};
        QTest::newRow("twice, once while resuming") << QList<int>{10, 8};
    }

    void killedRotationLeavesEverythingReadable()
    {
        QFETCH(QList<int>, kills);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        const QString secretDir = dir.filePath(QStringLiteral("secrets"));
        QStringList numbers;
        {
            Database db;
            QVERIFY(test::openDatabase(db, path));
            numbers = test::submitMany(db, PlainPayloadCodec(), 0, PlainRows);
            DevelopmentSecretStore secrets(secretDir);
            const auto ring = KeyRing::open(db, secrets);
            QVERIFY(ring.ok());
            numbers += test::submitMany(db, SealedPayloadCodec(ring.value), PlainRows, SealedRows);
        }
        QCOMPARE(numbers.size(), PlainRows + SealedRows);

        for (int killAfter : std::as_const(kills)) {
            QCOMPARE(runRotator(path, secretDir, killAfter), QByteArray("killed"));
            test::RawConnection raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // Mid-rotation: the old key is retiring, not gone, and rows are mixed.
            QCOMPARE(raw.rows(QStringLiteral("SELECT key_id, state FROM data_keys ORDER BY key_id")),
                     (QStringList{QStringLiteral("1|retiring"), QStringLiteral("2|active")}));
            QVERIFY(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE hex(substr(payload, 1, 5)) "
                                              "<> '0200000002'")).toInt() > 0);
            verifyReadable(path, secretDir, numbers);
        }

        const QByteArray finished = runRotator(path, secretDir, 0);
        QVERIFY2(finished.contains("done key 2 resumed 1"), finished.constData());
        test::RawConnection raw(path);
        QCOMPARE(raw.rows(QStringLiteral("SELECT key_id, state, wrapped IS NULL FROM data_keys ORDER BY key_id")),
                 (QStringList{QStringLiteral("1|retired|1"), QStringLiteral("2|active|0")}));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE payload_codec = 'sealed-v1' "
                                           "AND hex(substr(payload, 1, 5)) = '0200000002' "
                                           "AND (signature_png IS NULL OR hex(substr(signature_png, 1, 5)) = '0200000002') "
                                           "AND (signature_strokes IS NULL OR "
                                           "hex(substr(signature_strokes, 1, 5)) = '0200000002')")).toInt(),
                 PlainRows + SealedRows);
        verifyReadable(path, secretDir, numbers);
    }
};

QTEST_GUILESS_MAIN(TestRotationKill)
#include "tst_rotation_kill.moc"
