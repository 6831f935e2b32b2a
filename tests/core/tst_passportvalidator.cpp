#include "IdentifierKind.h"
#include "IdentityDocumentCases.h"
#include "PassportValidator.h"
#include "ReasonMessages.h"

#include <QTest>

using branch::ValidationResult;

class tst_PassportValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void messageSaysWhatIsExpected();
};

void tst_PassportValidator::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nine characters") << "E98765432" << "valid" << "ok";
    QTest::newRow("seventeen characters") << "A1234567890123456" << "valid" << "ok";
    QTest::newRow("digits only") << "12345" << "valid" << "ok";
    QTest::newRow("too long for any field") << QString(65, u'A') << "invalid" << "too_long";
    QTest::newRow("tab") << "E1234\t5678" << "invalid" << "contains_whitespace";
    QTest::newRow("SQL") << "E1';DROP--" << "invalid" << "invalid_characters";
    samples::addIdentityDocumentCases(QStringLiteral("passport"));
}

void tst_PassportValidator::validate()
{
    QFETCH(QString, input);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validatePassport(input);
    QCOMPARE(result.reason, reason);
    QCOMPARE(branch::statusName(result.status), status);
}

void tst_PassportValidator::messageSaysWhatIsExpected()
{
    const ValidationResult shortOne = branch::validatePassport(u"X123");
    QCOMPARE(shortOne.expectedMin, 5);
    QCOMPARE(shortOne.expectedMax, 17);
    QCOMPARE(shortOne.actualLength, 4);
    QCOMPARE(branch::identifierMessage(branch::IdentifierKind::Passport, shortOne),
             QStringLiteral("Passport number should be 5 to 17 characters long; you entered 4."));
    QCOMPARE(branch::identifierMessage(branch::IdentifierKind::Passport, branch::validatePassport(u"E1234-5678")),
             QStringLiteral("Passport number may contain only letters and digits."));
}

QTEST_GUILESS_MAIN(tst_PassportValidator)
#include "tst_passportvalidator.moc"
