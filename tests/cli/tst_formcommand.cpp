#include "InProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// branchctl form validate, in-process.
class TestFormCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void humanOutput();
    void inputProblems_data();
    void inputProblems();

private:
    QTemporaryDir m_dir;
};

void TestFormCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestFormCommand::json_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");

    QTest::newRow("valid") << QStringLiteral("bank.transfer") << inprocess::transfer() << 0
                           << "{\"service\":\"bank.transfer\",\"valid\":true,\"errors\":[]}\n";
    QJsonObject oddCard = inprocess::transfer();
    oddCard.insert(QStringLiteral("payee_card"), QStringLiteral("6222021234567890127"));
    oddCard.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6222021234567890127"));
    const QString luhn = QStringLiteral("{\"field\":\"%1\",\"reason\":\"luhn_mismatch\",\"message\":\"Please compare the "
                                        "number with your card, and confirm it if it is right.\",\"warning\":true}");
    QTest::newRow("warnings only") << QStringLiteral("bank.transfer") << oddCard << 4
                                   << QStringLiteral("{\"service\":\"bank.transfer\",\"valid\":true,\"errors\":[%1,%2]}\n")
                                          .arg(luhn.arg(QStringLiteral("payee_card")),
                                               luhn.arg(QStringLiteral("payee_card_confirm")));
    QJsonObject broken = inprocess::transfer();
    broken.remove(QStringLiteral("payee_name"));
    broken.insert(QStringLiteral("amount"), 12.5);
    broken.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6217001234567893"));
    broken.insert(QStringLiteral("note"), QStringLiteral("x"));
    QTest::newRow("every error listed")
        << QStringLiteral("bank.transfer") << broken << 1
        << QStringLiteral("{\"service\":\"bank.transfer\",\"valid\":false,\"errors\":["
                          "{\"field\":\"payee_name\",\"reason\":\"required\",\"message\":\"Please fill in \u201cPayee's name\u201d.\",\"warning\":false},"
                          "{\"field\":\"amount\",\"reason\":\"not_integer_fen\",\"message\":\"The amount must be a whole number of fen.\",\"warning\":false},"
                          "{\"field\":\"note\",\"reason\":\"unknown_field\",\"message\":\"This form has no such field.\",\"warning\":false},"
                          "{\"field\":\"payee_card_confirm\",\"reason\":\"rule_equals\",\"message\":\"The account numbers do not match.\",\"warning\":false}]}\n");
}

void TestFormCommand::json()
{
    QFETCH(QString, service);
    QFETCH(QJsonObject, data);
    QFETCH(int, code);
    QFETCH(QString, out);
    const QString path = inprocess::writeFile(QDir(m_dir.path()), QStringLiteral("data.json"), inprocess::json(data));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const inprocess::Run run = inprocess::branchctl(
        {QStringLiteral("form"), QStringLiteral("validate"), service, QStringLiteral("--data"), path, QStringLiteral("--json")});
    QLocale::setDefault(previous);
    QCOMPARE(run.out, out);
    QCOMPARE(run.code, code);
    QVERIFY(run.err.isEmpty());
    QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
}

void TestFormCommand::humanOutput()
{
    QJsonObject data = inprocess::transfer();
    const QString secret = QStringLiteral("62220212345678901");
    data.insert(QStringLiteral("payee_card"), secret);
    const QString path = inprocess::writeFile(QDir(m_dir.path()), QStringLiteral("human.json"), inprocess::json(data));
    const inprocess::Run run = inprocess::branchctl(
        {QStringLiteral("form"), QStringLiteral("validate"), QStringLiteral("bank.transfer"), QStringLiteral("--data=") + path});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.startsWith(QStringLiteral("payee_card: ")));
    QVERIFY(run.out.contains(QStringLiteral("(luhn_mismatch)")));
    QVERIFY(!run.out.contains(secret)); // answers are never echoed
}

void TestFormCommand::inputProblems_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // written to input.json when not null
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    const QString form = QStringLiteral("form");
    const QString validate = QStringLiteral("validate");
    const QString transfer = QStringLiteral("bank.transfer");
    const QString data = QStringLiteral("--data");
    const QString input = QStringLiteral("@input");
    QTest::newRow("unknown service") << QStringList{form, validate, QStringLiteral("bank.nope"), data, input}
                                     << QByteArray("{}") << 2 << QStringLiteral("unknown_service");
    QTest::newRow("unreadable file") << QStringList{form, validate, transfer, data, QStringLiteral("/nonexistent/x.json")}
                                     << QByteArray() << 2 << QStringLiteral("unreadable_data");
    QTest::newRow("not json") << QStringList{form, validate, transfer, data, input, QStringLiteral("--json")}
                              << QByteArray("payee_name=张三") << 1 << QStringLiteral("invalid_json");
    QTest::newRow("array") << QStringList{form, validate, transfer, data, input, QStringLiteral("--json")}
                           << QByteArray("[1,2]") << 1 << QStringLiteral("not_an_object");
    QTest::newRow("too large") << QStringList{form, validate, transfer, data, input, QStringLiteral("--json")}
                               << QByteArray((1 << 20) + 10, ' ') << 1 << QStringLiteral("data_too_large");
    QTest::newRow("missing --data") << QStringList{form, validate, transfer} << QByteArray() << 2
                                    << QStringLiteral("missing_data");
    QTest::newRow("--data without file") << QStringList{form, validate, transfer, data} << QByteArray() << 2
                                         << QStringLiteral("missing_option_value");
    QTest::newRow("no sub-command") << QStringList{form} << QByteArray() << 2 << QStringLiteral("unknown_subcommand");
    QTest::newRow("no service") << QStringList{form, validate} << QByteArray() << 2 << QStringLiteral("missing_service");
    QTest::newRow("unknown option") << QStringList{form, validate, transfer, QStringLiteral("--yaml")} << QByteArray() << 2
                                    << QStringLiteral("unknown_option");
}

void TestFormCommand::inputProblems()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const QString path = inprocess::writeFile(QDir(m_dir.path()), QStringLiteral("input.json"), file);
    args.replaceInStrings(QStringLiteral("@input"), path);
    const inprocess::Run run = inprocess::branchctl(args);
    QCOMPARE(run.code, code);
    if (code == 2) {
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.endsWith(QStringLiteral("(") + reason + QStringLiteral(")\n")), qPrintable(run.err));
        return;
    }
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), QString());
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);
}

QTEST_GUILESS_MAIN(TestFormCommand)
#include "tst_formcommand.moc"
