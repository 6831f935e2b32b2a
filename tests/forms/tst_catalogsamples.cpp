#include "FormTestSupport.h"

#include <QSet>
#include <QTest>

using namespace branch;

// Every shipped form can be completed: a valid answer is built for each field
// from its own checks, adjusted for the rules, and the whole form must pass.
// A form whose checks contradict each other fails here, not at a counter.
class TestCatalogSamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleIsAccepted_data();
    void sampleIsAccepted();
    void emptyFormListsEveryRequiredField_data() { sampleIsAccepted_data(); }
    void emptyFormListsEveryRequiredField();
    void everyFieldTypeIsCovered();
};

void TestCatalogSamples::initTestCase()
{
    QVERIFY(formtest::shippedCatalog().size() >= 58);
}

void TestCatalogSamples::sampleIsAccepted_data()
{
    QTest::addColumn<QString>("serviceId");
    for (const QString &id : formtest::shippedCatalog().ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCatalogSamples::sampleIsAccepted()
{
    QFETCH(QString, serviceId);
    const ServiceDefinition &service = formtest::service(serviceId);
    const QJsonObject values = formtest::sampleForm(service);
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    QVERIFY2(errors.isEmpty(), qPrintable(formtest::describe(errors).join(QStringLiteral(", "))));
}

void TestCatalogSamples::emptyFormListsEveryRequiredField()
{
    QFETCH(QString, serviceId);
    const ServiceDefinition &service = formtest::service(serviceId);
    QStringList expected;
    for (const FieldDefinition &field : service.form.allFields()) {
        if (field.required)
            expected << field.id + QStringLiteral(": required");
    }
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(QJsonObject());
    QCOMPARE(formtest::describe(errors), expected);
}

void TestCatalogSamples::everyFieldTypeIsCovered()
{
    QSet<FieldType> seen;
    for (const ServiceDefinition &service : formtest::shippedCatalog().services()) {
        for (const FieldDefinition &field : service.form.allFields())
            seen.insert(field.type);
    }
    // A second signature is the only type no shipped service needs yet;
    // tst_formvalidator covers it with a form of its own.
    for (FieldType type : {FieldType::Text, FieldType::Number, FieldType::Money, FieldType::Date, FieldType::Enum,
                           FieldType::ResidentId, FieldType::Uscc, FieldType::BankCard, FieldType::Mobile,
                           FieldType::Address, FieldType::Document, FieldType::Consent})
        QVERIFY2(seen.contains(type), qPrintable(fieldTypeName(type)));
}

QTEST_GUILESS_MAIN(TestCatalogSamples)
#include "tst_catalogsamples.moc"
