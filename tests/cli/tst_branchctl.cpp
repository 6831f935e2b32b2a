#include <QProcess>
#include <QTest>

// The real executable, as an operator's script would run it.
class TestBranchctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();

private:
    QString m_binary;
};

void TestBranchctl::initTestCase()
{
    m_binary = qEnvironmentVariable("BRANCH_BINARY_DIR") + QStringLiteral("/bin/branchctl");
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
}

void TestBranchctl::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    const QString json = QStringLiteral("--json");
    const QString validate = QStringLiteral("validate");
    QTest::newRow("valid id")
        << QStringList{validate, QStringLiteral("id"), QStringLiteral("11010519491231002X"), json} << 0
        << "{\"kind\":\"id\",\"status\":\"valid\",\"reason\":\"ok\"}\n";
    QTest::newRow("card warning")
        << QStringList{validate, QStringLiteral("card"), QStringLiteral("4111111111111112"), json} << 4
        << "{\"kind\":\"card\",\"status\":\"warning\",\"reason\":\"luhn_mismatch\"}\n";
    QTest::newRow("invalid uscc, --lang en first")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), validate, QStringLiteral("uscc"),
                       QStringLiteral("91440300708461136U"), json}
        << 1 << "{\"kind\":\"uscc\",\"status\":\"invalid\",\"reason\":\"checksum_mismatch\"}\n";
    QTest::newRow("usage error") << QStringList{validate, QStringLiteral("id")} << 2 << "";
    QTest::newRow("bad --lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << 2 << "";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("branchctl %1\n").arg(QStringLiteral(BRANCH_VERSION));
}

void TestBranchctl::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QProcess process;
    process.start(m_binary, args);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString stdOut = QString::fromUtf8(process.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(stdOut, out);
    QCOMPARE(process.exitCode(), code);
    QCOMPARE(stdErr.isEmpty(), code != 2);
}

QTEST_GUILESS_MAIN(TestBranchctl)
#include "tst_branchctl.moc"
