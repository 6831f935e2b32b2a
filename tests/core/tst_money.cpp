#include "Money.h"

#include <QTest>

#include <limits>

using branch::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void add_data();
    void add();
    void subtract();
    void currencyMismatch();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("12.34") << "12.34" << qint64(1234);
    QTest::newRow("1,234.50") << "1,234.50" << qint64(123450);
    QTest::newRow("integer") << "5" << qint64(500);
    QTest::newRow("one decimal") << "0.5" << qint64(50);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("0.01") << "0.01" << qint64(1);
    QTest::newRow("negative") << "-12.34" << qint64(-1234);
    QTest::newRow("millions") << "1,234,567.89" << qint64(123456789);
    QTest::newRow("no grouping") << "1234567.89" << qint64(123456789);
    QTest::newRow("leading zeros") << "007.10" << qint64(710);
    QTest::newRow("largest") << "92233720368547758.07" << std::numeric_limits<qint64>::max();
    QTest::newRow("most negative parsable") << "-92233720368547758.07" << -std::numeric_limits<qint64>::max();
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const branch::MoneyResult result = Money::parse(text);
    QCOMPARE(result.reason, QStringLiteral("ok"));
    QVERIFY(result.ok());
    QCOMPARE(result.value->fen(), fen);
    QCOMPARE(result.value->currency(), QStringLiteral("CNY"));
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("three decimals") << "12.345" << "too_many_decimals";
    QTest::newRow("letters") << "12a.34" << "invalid_characters";
    QTest::newRow("currency sign") << "¥12.34" << "invalid_characters";
    QTest::newRow("exponent") << "1e5" << "invalid_characters";
    QTest::newRow("full-width digits") << "１２.３４" << "fullwidth_characters";
    QTest::newRow("full-width point") << "12．34" << "fullwidth_characters";
    QTest::newRow("space") << "1 234.50" << "contains_whitespace";
    QTest::newRow("trailing space") << "12.34 " << "contains_whitespace";
    QTest::newRow("two points") << "1.2.3" << "malformed_number";
    QTest::newRow("trailing point") << "12." << "malformed_number";
    QTest::newRow("leading point") << ".5" << "malformed_number";
    QTest::newRow("sign only") << "-" << "malformed_number";
    QTest::newRow("double sign") << "--5" << "malformed_number";
    QTest::newRow("sign inside") << "5-3" << "malformed_number";
    QTest::newRow("group of two") << "12,34" << "misplaced_group_separator";
    QTest::newRow("group of four") << "1,2345.00" << "misplaced_group_separator";
    QTest::newRow("leading comma") << ",123" << "misplaced_group_separator";
    QTest::newRow("comma in fraction") << "1.2,3" << "misplaced_group_separator";
    QTest::newRow("overflow") << "92233720368547758.08" << "overflow";
    QTest::newRow("huge") << "99999999999999999999999" << "overflow";
    QTest::newRow("too long") << QString(10000, u'1') << "too_long";
    QTest::newRow("SQL") << "1; DROP TABLE x" << "invalid_characters";
    QTest::newRow("Arabic-Indic") << "١٢" << "invalid_characters";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const branch::MoneyResult result = Money::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.reason, reason);
    QVERIFY(!result.message().isEmpty());
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh 1234.50") << qint64(123450) << "CNY" << "zh_CN" << "¥1,234.50";
    QTest::newRow("en 1234.50") << qint64(123450) << "CNY" << "en" << "CN¥1,234.50";
    QTest::newRow("zh 0.05") << qint64(5) << "CNY" << "zh_CN" << "¥0.05";
    QTest::newRow("en 0") << qint64(0) << "CNY" << "en" << "CN¥0.00";
    QTest::newRow("zh negative") << qint64(-1234) << "CNY" << "zh_CN" << "-¥12.34";
    QTest::newRow("en negative") << qint64(-100) << "CNY" << "en" << "-CN¥1.00";
    // Beyond 2^53 a double would lose the last fen.
    QTest::newRow("zh max") << std::numeric_limits<qint64>::max() << "CNY" << "zh_CN"
                            << "¥92,233,720,368,547,758.07";
    QTest::newRow("zh min") << std::numeric_limits<qint64>::min() << "CNY" << "zh_CN"
                            << "-¥92,233,720,368,547,758.08";
    QTest::newRow("en USD") << qint64(199) << "USD" << "en" << "$1.99";
    QTest::newRow("zh USD") << qint64(199) << "USD" << "zh_CN" << "US$1.99";
    QTest::newRow("en unknown currency") << qint64(199) << "XYZ" << "en" << "XYZ 1.99";
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money(fen, currency).format(QLocale(locale)), expected);
}

void TestMoney::add_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("sum");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("simple") << qint64(150) << qint64(275) << "ok" << qint64(425);
    QTest::newRow("negative") << qint64(150) << qint64(-275) << "ok" << qint64(-125);
    QTest::newRow("to max") << max - 1 << qint64(1) << "ok" << max;
    QTest::newRow("past max") << max << qint64(1) << "overflow" << qint64(0);
    QTest::newRow("past min") << min << qint64(-1) << "overflow" << qint64(0);
}

void TestMoney::add()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, reason);
    QFETCH(qint64, sum);
    const branch::MoneyResult result = Money(a).checkedAdd(Money(b));
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.ok(), reason == u"ok");
    if (result.ok())
        QCOMPARE(result.value->fen(), sum);
}

void TestMoney::subtract()
{
    QCOMPARE(Money(500).checkedSubtract(Money(125)).value, Money(375));
    QCOMPARE(Money(std::numeric_limits<qint64>::min()).checkedSubtract(Money(1)).reason,
             QStringLiteral("overflow"));
    QCOMPARE(Money(0).checkedSubtract(Money(std::numeric_limits<qint64>::min())).reason,
             QStringLiteral("overflow"));
}

void TestMoney::currencyMismatch()
{
    const Money yuan(100, QStringLiteral("CNY"));
    const Money dollars(100, QStringLiteral("USD"));
    QCOMPARE(yuan.checkedAdd(dollars).reason, QStringLiteral("currency_mismatch"));
    QCOMPARE(yuan.checkedSubtract(dollars).reason, QStringLiteral("currency_mismatch"));
    QVERIFY(!yuan.checkedAdd(dollars).ok());
    QCOMPARE(Money::parse(u"1.00", QStringLiteral("cny")).reason, QStringLiteral("invalid_currency"));
    QCOMPARE(Money::parse(u"1.00", QStringLiteral("HKD")).value, Money(100, QStringLiteral("HKD")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
