#include "IdentifierKind.h"
#include "IdentifierSamples.h"
#include "IdentityDocumentCases.h"
#include "ReasonMessages.h"
#include "ResidencePermitValidator.h"

#include <QTest>

using branch::ValidationResult;

// The residence permit for residents of Hong Kong, Macao and Taiwan.
class tst_ResidencePermitValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void onlyThreeRegions();
    void messages();
};

namespace {
const QDate kToday(2025, 6, 30);
} // namespace

void tst_ResidencePermitValidator::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Hong Kong, built here") << samples::residentIdFromBody(QStringLiteral("81000020000229001")) << "valid"
                                           << "ok";
    QTest::newRow("born 1899") << samples::residentIdFromBody(QStringLiteral("83000018991231001")) << "invalid"
                               << "birth_date_before_1900";
    QTest::newRow("lower-case x where a digit belongs") << "8100001990010112x3" << "invalid" << "invalid_characters";
    samples::addIdentityDocumentCases(QStringLiteral("hmt_permit"));
}

void tst_ResidencePermitValidator::validate()
{
    QFETCH(QString, input);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const ValidationResult result = branch::validateResidencePermit(input, kToday);
    QCOMPARE(result.reason, reason);
    QCOMPARE(branch::statusName(result.status), status);
}

void tst_ResidencePermitValidator::onlyThreeRegions()
{
    int valid = 0;
    for (int region = 800000; region < 840000; region += 1000) {
        const QString number = samples::residentIdFromBody(QString::number(region) + QStringLiteral("19900101123"));
        if (branch::validateResidencePermit(number, kToday).isValid())
            ++valid;
    }
    QCOMPARE(valid, 3);
}

void tst_ResidencePermitValidator::messages()
{
    using branch::IdentifierKind;
    QCOMPARE(branch::identifierMessage(IdentifierKind::ResidencePermit,
                                       branch::validateResidencePermit(u"84000019900101123X", kToday)),
             QStringLiteral("A Hong Kong, Macao or Taiwan residence permit number starts with 810000 (Hong Kong), "
                            "820000 (Macao) or 830000 (Taiwan)."));
    QCOMPARE(branch::identifierMessage(IdentifierKind::ResidencePermit,
                                       branch::validateResidencePermit(u"81000019900101", kToday)),
             QStringLiteral("Hong Kong, Macao and Taiwan residence permit number should be 18 characters long; you "
                            "entered 14."));
}

QTEST_GUILESS_MAIN(tst_ResidencePermitValidator)
#include "tst_residencepermitvalidator.moc"
