#include "../cli/InProcess.h"
#include "../store/StoreTestUtil.h"
#include "AuditTestSupport.h"

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kiosk.db"));
        Database db;
        QVERIFY(test::openDatabase(db, m_path));
        test::FakeClock clock = test::stepClock();
        AuditLog log(db, clock);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(log.append(test::event(i)).ok());
    }

    void intact()
    {
        const Run json = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                                    m_path, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.out, QStringLiteral("{\"status\":\"intact\",\"rows\":\"5\",\"broken_row\":\"\",\"reason\":\"ok\"}\n"));
        const Run text = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_path});
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
    }

    void usageAndFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const Run run = branchctl(args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(u'(' + reason + u')'), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/k.db")));
    }

    // Last: it breaks the chain for good.
    void broken()
    {
        {
            test::RawConnection raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'staff:7' WHERE id = 3")));
        }
        const Run json = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                                    m_path, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(json.out,
                 QStringLiteral("{\"status\":\"broken\",\"rows\":\"2\",\"broken_row\":\"3\",\"reason\":\"hash_mismatch\"}\n"));
        const Run text = branchctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), m_path});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(QStringLiteral("row 3")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_audit_command.moc"
