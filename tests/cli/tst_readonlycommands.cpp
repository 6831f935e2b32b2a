#include "AuditKeying.h"
#include "AuditLog.h"
#include "AuditRecord.h"
#include "ReceiptNumber.h"
#include "DamagedStore.h"
#include "DevelopmentSecretStore.h"
#include "InProcess.h"

#include <QTemporaryDir>
#include <QTest>

// Issue 10, finding 4: the commands that only read (audit verify, sync
// status, outbox list, store salvage-report) never set a damaged file aside,
// never make a new one, and say what is wrong with a non-zero exit.
class TestReadOnlyCommands : public QObject
{
    Q_OBJECT

    static QStringList command(const QString &which, const QString &database)
    {
        QStringList args = which.split(u' ');
        return args + QStringList{QStringLiteral("--database"), database, QStringLiteral("--json")};
    }

    static void commands()
    {
        QTest::addColumn<QString>("which");
        for (const char *c : {"audit verify", "sync status", "outbox list", "store salvage-report"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

private Q_SLOTS:
    void damagedFileIsReportedAndLeftAsFound_data() { commands(); }
    void damagedFileIsReportedAndLeftAsFound()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(branch::test::populatedKiosk(path, 200, QStringLiteral("KIOSK01"), 600).size(), 200);
        const QList<qint64> leaves =
            branch::test::pagesOf(path, QStringLiteral("submissions"), QStringLiteral("leaf"));
        QVERIFY(leaves.size() > 4);
        QVERIFY(branch::test::garblePage(path, leaves.at(2)));
        const auto before = branch::test::folderSnapshot(dir.path());

        const inprocess::Run run = inprocess::branchctl(command(which, path));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("(database_damaged)")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("intact")), qPrintable(run.out));
        // Byte for byte as found: no quarantine, no new database, no -wal.
        QCOMPARE(branch::test::folderSnapshot(dir.path()), before);
    }

    void missingFileIsReportedAndNothingIsMade_data() { commands(); }
    void missingFileIsReportedAndNothingIsMade()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("branchsuite/kiosk.sqlite"));
        const inprocess::Run run = inprocess::branchctl(command(which, path));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("(database_missing)")), qPrintable(run.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void otherTroubleHasItsOwnReason_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        for (const char *c : {"audit verify", "sync status", "outbox list", "store salvage-report"}) {
            const QString name = QString::fromLatin1(c);
            QTest::addRow("%s, not a database", c) << name << QStringLiteral("text") << QStringLiteral("not_a_database");
            QTest::addRow("%s, schema too new", c) << name << QStringLiteral("future") << QStringLiteral("schema_too_new");
        }
    }
    void otherTroubleHasItsOwnReason()
    {
        QFETCH(QString, which);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        if (state == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("branch=0101\n").repeated(1000));
        } else {
            QCOMPARE(branch::test::populatedKiosk(path, 1).size(), 1);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO schema_version (version, name, checksum) VALUES (99, 'future', 'x')")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("future"));
        }
        const auto before = branch::test::folderSnapshot(dir.path());
        const inprocess::Run run = inprocess::branchctl(command(which, path));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(u'(' + reason + u')'), qPrintable(run.err));
        QCOMPARE(branch::test::folderSnapshot(dir.path()), before);
    }

    // A healthy file is read as before, and left as it was.
    void healthyFileIsReadAndLeftAsFound_data() { commands(); }
    void healthyFileIsReadAndLeftAsFound()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(branch::test::populatedKiosk(path, 3).size(), 3);
        // The audit log is keyed, its key in the (development) secret store,
        // as the kiosk leaves it: audit verify reads the key, never writes one.
        QTemporaryDir secrets;
        {
            branch::Database db;
            QVERIFY(db.open({path}).ok);
            branch::DevelopmentSecretStore store(secrets.path());
            const branch::test::FakeClock clock(QDateTime(QDate(2026, 12, 4), QTime(11, 0), Qt::UTC));
            const branch::AuditKeyResult key = branch::openAuditKey(db, store, clock, QStringLiteral("kiosk"));
            QVERIFY2(key.ok(), qPrintable(key.error.reason));
            branch::AuditLog log(db, clock, key.value);
            for (int i = 1; i <= 2; ++i) {
                const branch::AuditEvent event{
                    QString(branch::AuditKind::Submission), QString(branch::AuditActor::Kiosk),
                    branch::ReceiptNumber{QStringLiteral("KIOSK01"), QDate(2026, 12, 4), i}.toString(),
                    branch::AuditDetails().attempts(i).outcome(QStringLiteral("ok"))};
                QVERIFY(log.append(event).ok());
            }
        }
        QStringList args = command(which, path);
        if (which == QLatin1String("audit verify"))
            args << QStringLiteral("--dev-insecure-secrets") << secrets.path() << QStringLiteral("--offline");
        const auto before = branch::test::folderSnapshot(dir.path());
        const auto secretsBefore = branch::test::folderSnapshot(secrets.path());
        const inprocess::Run run = inprocess::branchctl(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(branch::test::folderSnapshot(secrets.path()), secretsBefore);
        if (which == QLatin1String("audit verify"))
            QVERIFY2(run.out.contains(QStringLiteral("\"status\":\"intact\",\"rows\":\"2\"")), qPrintable(run.out));
        QCOMPARE(branch::test::folderSnapshot(dir.path()), before);
        if (which == QLatin1String("outbox list"))
            QCOMPARE(run.out.count(u'\n'), 3);
        if (which == QLatin1String("sync status"))
            QVERIFY2(run.out.contains(QStringLiteral("\"pending\":3")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyCommands)
#include "tst_readonlycommands.moc"
