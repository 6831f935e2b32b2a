#include "ProcessRunner.h"

#include <QTemporaryDir>
#include <QTest>

// The real executable, started the way the kiosk's service starts it. How
// fast it starts is bench/'s business (bench_startup), not this test's.
class tst_BranchSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitsAfterFirstFrame_data();
    void exitsAfterFirstFrame();
    void refusesToStartWithoutKeychain();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();

private:
    using Run = branch::test::ProcessRun;
    Run run(const QStringList &args);

    QTemporaryDir m_home;
};

void tst_BranchSuite::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BRANCHSUITE_EXECUTABLE)));
}

tst_BranchSuite::Run tst_BranchSuite::run(const QStringList &args)
{
    branch::test::ProcessOptions options;
    options.timeoutMs = 20'000;
    options.environment = QProcessEnvironment::systemEnvironment();
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.environment.insert(QStringLiteral("HOME"), m_home.path());
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    options.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return branch::test::runProcess(QStringLiteral(BRANCHSUITE_EXECUTABLE), args, options);
}

void tst_BranchSuite::exitsAfterFirstFrame_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("default") << QStringList();
    QTest::newRow("care, English") << QStringList{QStringLiteral("--care"), QStringLiteral("--lang"),
                                                  QStringLiteral("en")};
    QTest::newRow("deep link") << QStringList{QStringLiteral("--service"), QStringLiteral("bank.account_open")};
    QTest::newRow("unknown deep link") << QStringList{QStringLiteral("--service"), QStringLiteral("no.such")};
    // Without a camera the kiosk starts all the same; a folder is played as one.
    QTest::newRow("no camera") << QStringList{QStringLiteral("--camera"), QStringLiteral("none")};
    QTest::newRow("camera folder") << QStringList{QStringLiteral("--camera"), QStringLiteral(BRANCH_SOURCE_DIR "/docs")};
}

void tst_BranchSuite::exitsAfterFirstFrame()
{
    QFETCH(QStringList, args);
    const Run result = run(args << QStringLiteral("--exit-after-first-frame") << QStringLiteral("--database")
                                << m_home.filePath(QStringLiteral("kiosk.sqlite"))
                                << QStringLiteral("--dev-insecure-secrets") << m_home.filePath(QStringLiteral("secrets")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The development option is never silent.
    QVERIFY2(result.err.contains("INSECURE"), result.err.constData());
    QVERIFY2(!result.err.contains("qrc:/"), result.err.constData()); // no QML errors
}

// No keychain (no session bus here) and no development option: personal data
// could not be protected, so the kiosk does not start.
void tst_BranchSuite::refusesToStartWithoutKeychain()
{
    const Run result = run({QStringLiteral("--exit-after-first-frame"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--database"), m_home.filePath(QStringLiteral("nokeychain.sqlite"))});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("keychain"), result.err.constData());
}

void tst_BranchSuite::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QByteArray("fr");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("idle") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("abc")}
                          << QByteArray("abc");
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")} << QByteArray("stray");
    QTest::newRow("camera") << QStringList{QStringLiteral("--camera"), QStringLiteral("/dev/no-such-camera")}
                            << QByteArray("/dev/no-such-camera");
}

void tst_BranchSuite::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const Run result = run(args << QStringLiteral("--exit-after-first-frame"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
}

QTEST_GUILESS_MAIN(tst_BranchSuite)
#include "tst_branchsuite.moc"
