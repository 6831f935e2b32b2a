#include "FormTestSupport.h"
#include "SubmissionAmount.h"

#include <QTest>

using namespace branch;

class TestSubmissionAmount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amount_data();
    void amount();
    void everyBillServiceHasABillAmountField();
};

void TestSubmissionAmount::amount_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<qint64>("fen"); // -1: no amount
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no fee") << QStringLiteral("bank.phone_update") << QJsonObject() << qint64(-1) << QString()
                            << QString();
    QTest::newRow("fixed") << QStringLiteral("medins.resident_premium") << QJsonObject() << qint64(40000)
                           << QStringLiteral("CNY") << QString();
    QTest::newRow("entered") << QStringLiteral("bank.transfer") << QJsonObject{{QStringLiteral("amount"), 123456}}
                             << qint64(123456) << QStringLiteral("CNY") << QString();
    QTest::newRow("entered missing") << QStringLiteral("bank.transfer")
                                     << QJsonObject{{QStringLiteral("amount"), QJsonValue::Null}} << qint64(-1)
                                     << QString() << QStringLiteral("missing_amount");
    QTest::newRow("entered fraction") << QStringLiteral("bank.transfer")
                                      << QJsonObject{{QStringLiteral("amount"), 1.5}} << qint64(-1) << QString()
                                      << QStringLiteral("not_integer_fen");
    QTest::newRow("bill") << QStringLiteral("utility.electricity")
                          << QJsonObject{{QStringLiteral("bill_amount"), 18650}} << qint64(18650)
                          << QStringLiteral("CNY") << QString();
}

void TestSubmissionAmount::amount()
{
    QFETCH(QString, serviceId);
    QFETCH(QJsonObject, changes);
    QFETCH(qint64, fen);
    QFETCH(QString, currency);
    QFETCH(QString, reason);
    const ServiceDefinition &service = formtest::service(serviceId);
    QJsonObject values = formtest::sampleForm(service);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value());
    }
    const AmountResult result = submissionAmount(service, values);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.amount.has_value(), fen >= 0);
    if (result.amount) {
        QCOMPARE(result.amount->fen(), fen);
        QCOMPARE(result.amount->currency(), currency);
    }
}

void TestSubmissionAmount::everyBillServiceHasABillAmountField()
{
    int bills = 0;
    for (const ServiceDefinition &service : formtest::shippedCatalog().services()) {
        if (service.fee.type != FeeRule::Type::Bill)
            continue;
        ++bills;
        const FieldDefinition *field = service.form.field(QString(kBillAmountField));
        QVERIFY2(field && field->type == FieldType::Money && field->readOnly && field->required,
                 qPrintable(service.id));
    }
    QVERIFY(bills > 0);
}

QTEST_GUILESS_MAIN(TestSubmissionAmount)
#include "tst_submissionamount.moc"
