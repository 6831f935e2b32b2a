#include "../cli/InProcess.h"
#include "../store/StoreTestUtil.h"
#include "AuditKeying.h"
#include "AuditTestSupport.h"
#include "DevelopmentSecretStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace branch;

// branchctl audit verify, in-process: output and exit codes.
class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    using Run = inprocess::Run;
    static Run branchctl(const QStringList &args) { return inprocess::branchctl(args); }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_secrets;

    QStringList verifyArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_path,
                           QStringLiteral("--dev-insecure-secrets"), m_secrets}
            + extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kiosk.db"));
        m_secrets = m_dir.filePath(QStringLiteral("secrets"));
        Database db;
        QVERIFY(test::openDatabase(db, m_path));
        test::FakeClock clock = test::stepClock();
        DevelopmentSecretStore secrets(m_secrets);
        const AuditKeyResult key = openAuditKey(db, secrets, clock, QStringLiteral("kiosk"));
        QVERIFY2(key.ok(), qPrintable(key.error.reason));
        AuditLog log(db, clock, key.value);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(log.append(test::event(i)).ok());
    }

    void intact()
    {
        const Run json = branchctl(verifyArgs({QStringLiteral("--json")}));
        QCOMPARE(json.code, 0);
        QCOMPARE(json.out, QStringLiteral("{\"status\":\"intact\",\"rows\":\"5\",\"broken_row\":\"\",\"reason\":\"ok\","
                                          "\"anchored\":\"0\",\"checked_against\":\"none\"}\n"));
        const Run text = branchctl(verifyArgs());
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("intact")));
    }

    void usageAndFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no action") << QStringList{QStringLiteral("audit")} << 2 << "unknown_action";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                       QStringLiteral("--fix")}
                                        << 2 << "unknown_option";
        QTest::newRow("missing database") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                         QStringLiteral("--database"), QStringLiteral("/nonexistent/k.db")}
                                          << 3 << "database_missing";
        // No keychain on a test machine, and no development directory given.
        QTest::newRow("no keychain") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                    QStringLiteral("--database"), m_path}
                                     << 3 << "no_keychain";
        QTest::newRow("key missing") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                    QStringLiteral("--database"), m_path,
                                                    QStringLiteral("--dev-insecure-secrets"),
                                                    m_dir.filePath(QStringLiteral("empty"))}
                                     << 3 << "audit_key_missing";
    }

    void usageAndFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const Run run = branchctl(args);
        QCOMPARE(run.code, code);
        QVERIFY2((run.err + run.out).contains(u'(' + reason + u')'), qPrintable(run.err + run.out));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/k.db")));
    }

    // A log an older version wrote, before keys: intact, but only as far as
    // plain SHA-256 can tell.
    void unkeyedLegacyLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.db"));
        {
            Database db;
            QVERIFY(test::openDatabase(db, path));
            test::FakeClock clock = test::stepClock();
            AuditLog log(db, clock, test::auditKey());
            for (int i = 1; i <= 3; ++i)
                QVERIFY(log.append(test::event(i)).ok());
        }
        QVERIFY(test::recomputeChain(path, 1, nullptr));
        const Run run = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), path,
                                   QStringLiteral("--dev-insecure-secrets"), m_dir.filePath(QStringLiteral("none")),
                                   QStringLiteral("--json")});
        QCOMPARE(run.code, 4);
        QCOMPARE(run.out, QStringLiteral("{\"status\":\"unkeyed\",\"rows\":\"3\",\"broken_row\":\"\",\"reason\":"
                                         "\"chain_not_keyed\",\"anchored\":\"0\",\"checked_against\":\"none\"}\n"));
    }

    // Last: it breaks the chain for good.
    void broken()
    {
        {
            test::RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:7' WHERE id = 3")));
        }
        const Run json = branchctl(verifyArgs({QStringLiteral("--json")}));
        QCOMPARE(json.code, 1);
        QCOMPARE(json.out, QStringLiteral("{\"status\":\"broken\",\"rows\":\"2\",\"broken_row\":\"3\",\"reason\":\"hash_mismatch\","
                                          "\"anchored\":\"0\",\"checked_against\":\"none\"}\n"));
        const Run text = branchctl(verifyArgs());
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(QStringLiteral("row 3")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_audit_command.moc"
