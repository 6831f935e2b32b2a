#include "Branchctl.h"
#include "FakeClock.h"

#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runBranchctl(const QStringList &args)
{
    const branch::test::FakeClock clock(QDateTime(QDate(2025, 6, 30), QTime(12, 0)));
    const auto dispatcher = branch::makeBranchctl(clock, QStringLiteral("9.9.9"));
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = dispatcher->run(args, out, err);
    return run;
}

QStringList argv(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *arg : list)
        result << QString::fromUtf8(arg);
    return result;
}

QString jsonOf(const char *kind, const char *status, const char *reason)
{
    return QStringLiteral("{\"kind\":\"%1\",\"status\":\"%2\",\"reason\":\"%3\"}\n")
        .arg(QLatin1String(kind), QLatin1String(status), QLatin1String(reason));
}

} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json_data();
    void json();
    void usageErrors_data();
    void usageErrors();
    void humanOutput_data();
    void humanOutput();
};

void TestValidateCommand::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::newRow("id valid") << argv({"validate", "id", "11010519491231002X", "--json"}) << 0
                              << jsonOf("id", "valid", "ok");
    QTest::newRow("id lower x") << argv({"validate", "id", "11010519491231002x", "--json"}) << 0
                                << jsonOf("id", "valid", "ok");
    QTest::newRow("--json first") << argv({"validate", "--json", "id", "11010519491231002X"}) << 0
                                  << jsonOf("id", "valid", "ok");
    QTest::newRow("id wrong check") << argv({"validate", "id", "110105194912310021", "--json"}) << 1
                                    << jsonOf("id", "invalid", "checksum_mismatch");
    // 2025-07-01 is after the fixed clock's today.
    QTest::newRow("id future") << argv({"validate", "id", "110105202507010012", "--json"}) << 1
                               << jsonOf("id", "invalid", "birth_date_in_future");
    QTest::newRow("id 15-digit") << argv({"validate", "id", "110105491231002", "--json"}) << 1
                                 << jsonOf("id", "invalid", "legacy_15_digit");
    QTest::newRow("uscc valid") << argv({"validate", "uscc", "91440300708461136T", "--json"}) << 0
                                << jsonOf("uscc", "valid", "ok");
    QTest::newRow("uscc invalid") << argv({"validate", "uscc", "91440300708461136U", "--json"}) << 1
                                  << jsonOf("uscc", "invalid", "checksum_mismatch");
    QTest::newRow("card valid") << argv({"validate", "card", "4111111111111111", "--json"}) << 0
                                << jsonOf("card", "valid", "ok");
    QTest::newRow("card warning") << argv({"validate", "card", "4111111111111112", "--json"}) << 4
                                  << jsonOf("card", "warning", "luhn_mismatch");
    QTest::newRow("card short") << argv({"validate", "card", "411111", "--json"}) << 1
                                << jsonOf("card", "invalid", "too_short");
    QTest::newRow("mobile valid") << argv({"validate", "mobile", "+8613812345678", "--json"}) << 0
                                  << jsonOf("mobile", "valid", "ok");
    QTest::newRow("mobile invalid") << argv({"validate", "mobile", "12812345678", "--json"}) << 1
                                    << jsonOf("mobile", "invalid", "invalid_prefix");
    QTest::newRow("SQL") << argv({"validate", "mobile", "' OR 1=1 --", "--json"}) << 1
                         << jsonOf("mobile", "invalid", "invalid_characters");
    QTest::newRow("full-width") << argv({"validate", "mobile", "１３８１２３４５６７８", "--json"}) << 1
                                << jsonOf("mobile", "invalid", "fullwidth_characters");
    QTest::newRow("empty value") << argv({"validate", "id", "", "--json"}) << 1
                                 << jsonOf("id", "invalid", "empty");
    QTest::newRow("dash value after --") << argv({"validate", "--json", "card", "--", "-4111"}) << 1
                                         << jsonOf("card", "invalid", "invalid_characters");
}

void TestValidateCommand::json()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    const Run run = runBranchctl(args);
    QCOMPARE(run.out, out);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, code);
}

void TestValidateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no kind") << argv({"validate"}) << "missing_kind";
    QTest::newRow("no kind, json") << argv({"validate", "--json"}) << "missing_kind";
    QTest::newRow("unknown kind") << argv({"validate", "licence", "E12345678"}) << "unknown_kind";
    QTest::newRow("missing value") << argv({"validate", "id"}) << "missing_value";
    QTest::newRow("missing value, json") << argv({"validate", "card", "--json"}) << "missing_value";
    QTest::newRow("too many") << argv({"validate", "card", "4111", "1111"}) << "too_many_arguments";
    QTest::newRow("unknown option") << argv({"validate", "--yaml", "id", "1"}) << "unknown_option";
    QTest::newRow("unknown command") << argv({"frobnicate"}) << "unknown_command";
    QTest::newRow("no command") << argv({}) << "missing_command";
}

void TestValidateCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run run = runBranchctl(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("(%1)\n").arg(reason)), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestValidateCommand::humanOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::newRow("valid id") << argv({"validate", "id", "11010519491231002X"}) << 0
                              << "Resident ID number 110****002X: valid.\n";
    QTest::newRow("warning card") << argv({"validate", "card", "4111111111111112"}) << 4
                                  << "Bank card number 411****1112: needs confirmation. Please compare the "
                                     "number with your card, and confirm it if it is right. (luhn_mismatch)\n";
    QTest::newRow("valid passport") << argv({"validate", "passport", "E12345678"}) << 0
                                    << "Passport number E1****78: valid.\n";
    QTest::newRow("permit with the wrong prefix") << argv({"validate", "hmt_permit", "110105194912310021"}) << 1
                                                  << "Hong Kong, Macao and Taiwan residence permit number 110****0021: "
                                                     "invalid. A Hong Kong, Macao or Taiwan residence permit number starts "
                                                     "with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan). "
                                                     "(invalid_document_prefix)\n";
    QTest::newRow("invalid mobile") << argv({"validate", "mobile", "1381234567"}) << 1
                                    << "Mobile number 13****67: invalid. Mobile number should be 11 characters "
                                       "long; you entered 10. (too_short)\n";
}

void TestValidateCommand::humanOutput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    const Run run = runBranchctl(args);
    QCOMPARE(run.out, out);
    QCOMPARE(run.code, code);
    // The full value never appears anywhere.
    QVERIFY(!run.out.contains(args.at(2)));
    QVERIFY(!run.err.contains(args.at(2)));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
