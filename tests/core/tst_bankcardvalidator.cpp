#include "BankCardValidator.h"
#include "IdentifierSamples.h"

#include <QTest>

using branch::ValidationResult;

class TestBankCardValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void luhn_data();
    void luhn();
};

void TestBankCardValidator::validate_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<ValidationResult::Status>("status");
    QTest::addColumn<QString>("reason");
    const auto Valid = ValidationResult::Status::Valid;
    const auto Warning = ValidationResult::Status::Warning;
    const auto Invalid = ValidationResult::Status::Invalid;

    // Luhn-correct numbers of every accepted length, on common UnionPay BINs.
    const QStringList bins{QStringLiteral("622202"), QStringLiteral("621700"), QStringLiteral("623668"),
                           QStringLiteral("628888"), QStringLiteral("436742")};
    for (int length = 16; length <= 19; ++length) {
        for (const QString &bin : bins) {
            QString payload = bin;
            for (int i = 0; payload.size() < length - 1; ++i)
                payload += QChar(u'0' + char16_t((length * 3 + i * 7) % 10));
            const QString card = samples::luhnCard(payload);
            QTest::addRow("valid %d %s", length, qPrintable(bin)) << card << Valid << "ok";
            // Every wrong last digit fails Luhn: a warning, never a refusal.
            const QChar wrong = QChar(u'0' + char16_t((card.back().unicode() - u'0' + 1 + length % 9) % 10));
            QTest::addRow("luhn warning %d %s", length, qPrintable(bin))
                << card.first(card.size() - 1) + wrong << Warning << "luhn_mismatch";
        }
    }
    QTest::newRow("test visa") << QStringLiteral("4111111111111111") << Valid << "ok";

    QTest::newRow("empty") << QString() << Invalid << "empty";
    QTest::newRow("15 digits") << QStringLiteral("622202123456789") << Invalid << "too_short";
    QTest::newRow("20 digits") << QStringLiteral("62220212345678901234") << Invalid << "too_long";
    QTest::newRow("10k digits") << QString(10000, u'6') << Invalid << "too_long";
    QTest::newRow("grouped with spaces") << QStringLiteral("6222 0212 3456 7890") << Invalid << "contains_whitespace";
    QTest::newRow("grouped with hyphens") << QStringLiteral("6222-0212-3456-7890") << Invalid << "invalid_characters";
    QTest::newRow("full-width") << QStringLiteral("６２２２０２１２３４５６７８９０") << Invalid << "fullwidth_characters";
    QTest::newRow("letters") << QStringLiteral("6222O21234567890") << Invalid << "invalid_characters";
    QTest::newRow("SQL injection") << QStringLiteral("' OR 1=1 --") << Invalid << "invalid_characters";
    QTest::newRow("emoji") << QStringLiteral("4111111111111111\U0001F4B3") << Invalid << "invalid_characters";
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٤١١١١١١١١١١١١١١١") << Invalid << "invalid_characters";
    QTest::newRow("Devanagari digits") << QStringLiteral("४१११११११११११११११") << Invalid << "invalid_characters";
    QTest::newRow("newline") << QStringLiteral("4111111111111111\n") << Invalid << "contains_whitespace";
}

void TestBankCardValidator::validate()
{
    QFETCH(QString, card);
    QFETCH(ValidationResult::Status, status);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateBankCard(card);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.status, status);
}

void TestBankCardValidator::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("passes");
    QTest::newRow("79927398713") << QStringLiteral("79927398713") << true;
    QTest::newRow("79927398710") << QStringLiteral("79927398710") << false;
    QTest::newRow("0") << QStringLiteral("0") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-digit") << QStringLiteral("7992739871a") << false;
}

void TestBankCardValidator::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, passes);
    QCOMPARE(branch::passesLuhn(digits), passes);
}

QTEST_GUILESS_MAIN(TestBankCardValidator)
#include "tst_bankcardvalidator.moc"
