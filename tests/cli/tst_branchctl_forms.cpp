#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// catalog, form and submit through the real executable, as a script runs them.
class TestBranchctlForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_valid;
    QString m_invalid;
};

namespace {

const char *const kTransfer = R"({"payee_name":"张三","payee_card":"6222021234567890128",
"payee_card_confirm":"6222021234567890128","payee_bank":"this_bank","amount":12345,
"purpose":"family","anti_fraud":true})";

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

void TestBranchctlForms::initTestCase()
{
    m_binary = qEnvironmentVariable("BRANCH_BINARY_DIR") + QStringLiteral("/bin/branchctl");
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_dir.isValid());
    m_valid = write(m_dir, "valid.json", kTransfer);
    m_invalid = write(m_dir, "invalid.json", QByteArray(kTransfer).replace("\"amount\":12345", "\"amount\":\"123.45\""));
}

void TestBranchctlForms::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("outPattern"); // a regular expression for the whole of stdout
    const QString catalog = qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/resources/catalog");
    const QString database = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
    const QString secretsDir = m_dir.filePath(QStringLiteral("secrets"));
    const QString json = QStringLiteral("--json");
    QTest::newRow("catalog check") << QStringList{QStringLiteral("catalog"), QStringLiteral("check"), catalog} << 0
                                   << QStringLiteral("[^\\n]*\\n");
    QTest::newRow("catalog list") << QStringList{QStringLiteral("catalog"), QStringLiteral("list"), json} << 0
                                  << QStringLiteral("\\{\"services\":\\[\\{\"id\":.*\\}\\]\\}\\n");
    QTest::newRow("form valid") << QStringList{QStringLiteral("form"), QStringLiteral("validate"),
                                               QStringLiteral("bank.transfer"), QStringLiteral("--data"), m_valid, json}
                                << 0 << QStringLiteral("\\{\"service\":\"bank.transfer\",\"valid\":true,\"errors\":\\[\\]\\}\\n");
    QTest::newRow("form invalid") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("form"),
                                                 QStringLiteral("validate"), QStringLiteral("bank.transfer"),
                                                 QStringLiteral("--data"), m_invalid, json}
                                  << 1 << QStringLiteral("\\{\"service\":\"bank.transfer\",\"valid\":false,\"errors\":\\[\\{\"field\":\"amount\",\"reason\":\"not_integer_fen\",.*\\}\\]\\}\\n");
    QTest::newRow("form unknown id") << QStringList{QStringLiteral("form"), QStringLiteral("validate"),
                                                    QStringLiteral("bank.nope"), QStringLiteral("--data"), m_valid}
                                     << 2 << QString();
    QTest::newRow("submit") << QStringList{QStringLiteral("submit"), QStringLiteral("bank.transfer"), QStringLiteral("--data"),
                                           m_valid, QStringLiteral("--database"), database, QStringLiteral("--dev-insecure-secrets"), secretsDir, json}
                            << 0 << QStringLiteral("\\{\"service\":\"bank.transfer\",\"receipt\":\"KIOSK01-\\d{8}-000001[0-9A-Z]\"\\}\\n");
    QTest::newRow("submit invalid") << QStringList{QStringLiteral("submit"), QStringLiteral("bank.transfer"),
                                                   QStringLiteral("--data"), m_invalid, QStringLiteral("--database"),
                                                   database, QStringLiteral("--dev-insecure-secrets"), secretsDir, json}
                                    << 1 << QStringLiteral("\\{\"service\":\"bank.transfer\",\"valid\":false,.*\\n");
    QTest::newRow("submit again") << QStringList{QStringLiteral("submit"), QStringLiteral("bank.transfer"), QStringLiteral("--data"),
                                                 m_valid, QStringLiteral("--database"), database, QStringLiteral("--dev-insecure-secrets"), secretsDir, json}
                                  << 0 << QStringLiteral("\\{\"service\":\"bank.transfer\",\"receipt\":\"KIOSK01-\\d{8}-000002[0-9A-Z]\"\\}\\n");
}

void TestBranchctlForms::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, outPattern);
    QProcess process;
    process.start(m_binary, args);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(outPattern),
                                     QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(pattern.match(out).hasMatch(), qPrintable(out + u'|' + err));
    QCOMPARE(process.exitCode(), code);
    if (code == 2)
        QVERIFY(err.contains(QStringLiteral("(unknown_service)")));
}

QTEST_GUILESS_MAIN(TestBranchctlForms)
#include "tst_branchctl_forms.moc"
