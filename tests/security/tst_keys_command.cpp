#include "../cli/InProcess.h"
#include "../store/StoreTestUtil.h"
#include "AuditLog.h"
#include "DevelopmentSecretStore.h"
#include "KeyRing.h"
#include "SealedPayloadCodec.h"
#include "SecurityTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace branch;

// branchctl keys rotate, run in-process.
class TestKeysCommand : public QObject
{
    Q_OBJECT

private:
    using Run = inprocess::Run;
    static Run branchctl(const QStringList &args) { return inprocess::branchctl(args); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("kiosk.db"));
        m_secrets = m_dir.filePath(QStringLiteral("secrets"));
        Database db;
        QVERIFY(test::openDatabase(db, m_db));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE")));
        DevelopmentSecretStore secrets(m_secrets);
        const auto ring = KeyRing::open(db, secrets);
        QVERIFY(ring.ok());
        QCOMPARE(test::submitMany(db, SealedPayloadCodec(ring.value), 0, 5).size(), 5);
    }

    void rotatesDataKeyAndAudits()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE")));
        const Run run = branchctl({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--database"),
                                   m_db, QStringLiteral("--dev-insecure-secrets"), m_secrets, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("{\"rotated\":\"data_key\",\"key_id\":\"2\",\"kek_id\":\"1\","
                                         "\"rows_resealed\":\"5\",\"retired_keys\":\"1\",\"resumed\":\"false\"}\n"));
        test::RawConnection raw(m_db);
        QCOMPARE(raw.rows(QStringLiteral("SELECT kind, actor, subject FROM audit_log")),
                 QStringList{QStringLiteral("key_rotation|branchctl|data_key:2")});
    }

    void rotatesKek()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE")));
        const Run run = branchctl({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--kek"),
                                   QStringLiteral("--database"), m_db, QStringLiteral("--dev-insecure-secrets"), m_secrets});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("key 2")));
        test::RawConnection raw(m_db);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT kek_id FROM data_keys WHERE state = 'active'")).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 2);
        const Run verify = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_db,
                                      QStringLiteral("--dev-insecure-secrets"), m_secrets});
        QCOMPARE(verify.code, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no action") << QStringList{QStringLiteral("keys")} << 2 << QStringLiteral("unknown_action");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("keys"), QStringLiteral("list")} << 2
                                        << QStringLiteral("unknown_action");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("keys"), QStringLiteral("rotate"),
                                                       QStringLiteral("--force")}
                                        << 2 << QStringLiteral("unknown_option");
        QTest::newRow("missing database") << QStringList{QStringLiteral("keys"), QStringLiteral("rotate"),
                                                         QStringLiteral("--database"), QStringLiteral("/nonexistent/x.db")}
                                          << 3 << QStringLiteral("database_missing");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const Run run = branchctl(args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(u'(' + reason + u')'), qPrintable(run.err));
    }

    void refusesWithoutKeychainOrDevelopmentOption()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        const Run run = branchctl({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--database"), m_db});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("(no_keychain)")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestKeysCommand)
#include "tst_keys_command.moc"
