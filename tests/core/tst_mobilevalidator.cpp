#include "MobileValidator.h"

#include <QTest>

using branch::ValidationResult;

class TestMobileValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestMobileValidator::valid_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("national");
    for (int second = 3; second <= 9; ++second) {
        const QString national = QStringLiteral("1%1%2").arg(second).arg(12345678 + second * 1111, 9, 10, QChar(u'0'));
        QTest::addRow("1%d", second) << national << national;
        QTest::addRow("+86 1%d", second) << QStringLiteral("+86") + national << national;
        QTest::addRow("86 1%d", second) << QStringLiteral("86") + national << national;
    }
}

void TestMobileValidator::valid()
{
    QFETCH(QString, number);
    QFETCH(QString, national);
    QCOMPARE(branch::validateMobile(number).reason, QStringLiteral("ok"));
    QCOMPARE(branch::normalizedMobile(number), national);
}

void TestMobileValidator::invalid_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("10 digits") << QStringLiteral("1381234567") << "too_short";
    QTest::newRow("12 digits") << QStringLiteral("138123456789") << "too_long";
    QTest::newRow("10k digits") << QString(10000, u'1') << "too_long";
    QTest::newRow("starts 12") << QStringLiteral("12812345678") << "invalid_prefix";
    QTest::newRow("starts 10") << QStringLiteral("10812345678") << "invalid_prefix";
    QTest::newRow("starts 2") << QStringLiteral("23812345678") << "invalid_prefix";
    QTest::newRow("landline") << QStringLiteral("01088886666") << "invalid_prefix";
    QTest::newRow("+86 then 10 digits") << QStringLiteral("+861381234567") << "too_short";
    QTest::newRow("+86 only") << QStringLiteral("+86") << "too_short";
    QTest::newRow("+1") << QStringLiteral("+14155552671") << "unsupported_country_code";
    QTest::newRow("+852") << QStringLiteral("+85291234567") << "unsupported_country_code";
    QTest::newRow("plus only") << QStringLiteral("+") << "unsupported_country_code";
    QTest::newRow("0086 prefix") << QStringLiteral("008613812345678") << "too_long";
    QTest::newRow("plus inside") << QStringLiteral("138+12345678") << "invalid_characters";
    QTest::newRow("spaces") << QStringLiteral("138 1234 5678") << "contains_whitespace";
    QTest::newRow("hyphens") << QStringLiteral("138-1234-5678") << "invalid_characters";
    QTest::newRow("full-width") << QStringLiteral("１３８１２３４５６７８") << "fullwidth_characters";
    QTest::newRow("full-width plus") << QStringLiteral("＋8613812345678") << "fullwidth_characters";
    QTest::newRow("SQL injection") << QStringLiteral("' OR 1=1 --") << "invalid_characters";
    QTest::newRow("emoji") << QStringLiteral("\U0001F4F113812345678") << "invalid_characters";
    QTest::newRow("Arabic-Indic") << QStringLiteral("١٣٨١٢٣٤٥٦٧٨") << "invalid_characters";
}

void TestMobileValidator::invalid()
{
    QFETCH(QString, number);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateMobile(number);
    QCOMPARE(result.reason, reason);
    QVERIFY(result.isInvalid());
    QVERIFY(branch::normalizedMobile(number).isEmpty());
}

QTEST_GUILESS_MAIN(TestMobileValidator)
#include "tst_mobilevalidator.moc"
