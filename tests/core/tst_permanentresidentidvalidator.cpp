#include "IdentifierKind.h"
#include "IdentifierSamples.h"
#include "IdentityDocumentCases.h"
#include "PermanentResidentIdValidator.h"
#include "ReasonMessages.h"
#include "ResidentIdValidator.h"

#include <QTest>

using branch::ValidationResult;

// The foreign permanent resident ID card of 2023.
class tst_PermanentResidentIdValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void everyIssuingProvince();
    void messages();
};

namespace {
const QDate kToday(2025, 6, 30);
} // namespace

void tst_PermanentResidentIdValidator::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("built here") << samples::residentIdFromBody(QStringLiteral("95184019850512001")) << "valid" << "ok";
    QTest::newRow("born today") << samples::residentIdFromBody(QStringLiteral("91184020250630001")) << "valid" << "ok";
    QTest::newRow("born tomorrow") << samples::residentIdFromBody(QStringLiteral("91184020250701001")) << "invalid"
                                   << "birth_date_in_future";
    QTest::newRow("X inside") << "9118401985051200X3" << "invalid" << "invalid_characters";
    samples::addIdentityDocumentCases(QStringLiteral("foreign_prid"));
}

void tst_PermanentResidentIdValidator::validate()
{
    QFETCH(QString, input);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validatePermanentResidentId(input, kToday);
    QCOMPARE(result.reason, reason);
    QCOMPARE(branch::statusName(result.status), status);
}

void tst_PermanentResidentIdValidator::everyIssuingProvince()
{
    for (int province = 0; province < 100; ++province) {
        const QString number = samples::residentIdFromBody(
            u'9' + QStringLiteral("%1").arg(province, 2, 10, QChar(u'0')) + QStringLiteral("84019850512001"));
        const ValidationResult result = branch::validatePermanentResidentId(number, kToday);
        QCOMPARE(result.isValid(), branch::isResidentIdProvince(province));
    }
}

void tst_PermanentResidentIdValidator::messages()
{
    using branch::IdentifierKind;
    const QString shortOne = QStringLiteral("91184019850512001");
    QCOMPARE(branch::identifierMessage(IdentifierKind::PermanentResidentId,
                                       branch::validatePermanentResidentId(shortOne, kToday)),
             QStringLiteral("Foreign permanent resident ID number should be 18 characters long; you entered 17."));
    QCOMPARE(branch::identifierMessage(IdentifierKind::PermanentResidentId,
                                       branch::validatePermanentResidentId(u"110105194912310021", kToday)),
             QStringLiteral("A foreign permanent resident ID number starts with 9."));
    const QString checksum = branch::identifierMessage(
        IdentifierKind::PermanentResidentId, branch::validatePermanentResidentId(u"911840198505120014", kToday));
    QVERIFY2(!checksum.contains(QStringLiteral("check character")), qPrintable(checksum)); // no jargon
}

QTEST_GUILESS_MAIN(tst_PermanentResidentIdValidator)
#include "tst_permanentresidentidvalidator.moc"
