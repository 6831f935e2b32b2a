#include "CommandLine.h"

#include <QTemporaryDir>
#include <QTest>

using branch::CommandLine;

// The kiosk's --core and --ca: where core is and the only CA to trust.
class tst_CoreOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accepted();
    void refused_data();
    void refused();
    void help();

private:
    QTemporaryDir m_dir;
    QString m_ca;
};

void tst_CoreOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile ca(m_ca);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
}

void tst_CoreOptions::accepted()
{
    const CommandLine cli = CommandLine::parse({QStringLiteral("branchsuite"), QStringLiteral("--core"),
                                                QStringLiteral("https://127.0.0.1:8443"), QStringLiteral("--ca"), m_ca});
    QCOMPARE(cli.status(), CommandLine::Status::Ok);
    QCOMPARE(cli.options().coreUrl, QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(cli.options().caFile, m_ca);

    const CommandLine none = CommandLine::parse({QStringLiteral("branchsuite")});
    QVERIFY(none.options().coreUrl.isEmpty());
    QVERIFY(none.options().caFile.isEmpty());
}

void tst_CoreOptions::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain http") << QStringList{QStringLiteral("--core"), QStringLiteral("http://127.0.0.1:8443")}
                                << QStringLiteral("invalid_core_url") << QStringLiteral("http://127.0.0.1:8443");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("--core"), QStringLiteral("127.0.0.1:8443")}
                               << QStringLiteral("invalid_core_url") << QStringLiteral("https://");
    QTest::newRow("no host") << QStringList{QStringLiteral("--core"), QStringLiteral("https://")}
                             << QStringLiteral("invalid_core_url") << QStringLiteral("https://");
    QTest::newRow("missing ca") << QStringList{QStringLiteral("--ca"), QStringLiteral("/nonexistent/ca.pem")}
                                << QStringLiteral("missing_ca_file") << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("ca is a directory") << QStringList{QStringLiteral("--ca"), QStringLiteral("/tmp")}
                                       << QStringLiteral("missing_ca_file") << QStringLiteral("/tmp");
    QTest::newRow("url without value") << QStringList{QStringLiteral("--core")} << QStringLiteral("invalid_option")
                                       << QStringLiteral("core");
}

void tst_CoreOptions::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QFETCH(QString, shown);
    const CommandLine cli = CommandLine::parse(QStringList{QStringLiteral("branchsuite")} + args);
    QCOMPARE(cli.status(), CommandLine::Status::Error);
    QCOMPARE(cli.reason(), reason);
    QVERIFY2(cli.message().contains(shown), qPrintable(cli.message()));
}

void tst_CoreOptions::help()
{
    const CommandLine cli = CommandLine::parse({QStringLiteral("branchsuite"), QStringLiteral("--help")});
    QVERIFY(cli.helpText().contains(QStringLiteral("--core <url>")));
    QVERIFY(cli.helpText().contains(QStringLiteral("--ca <file>")));
}

QTEST_GUILESS_MAIN(tst_CoreOptions)
#include "tst_coreoptions.moc"
