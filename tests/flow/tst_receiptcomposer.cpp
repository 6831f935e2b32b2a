#include "FlowFixtures.h"
#include "ReceiptComposer.h"
#include "ReceiptVerification.h"

using branch::ReceiptComposer;
using branch::ReceiptContent;
using branch::ReceiptItem;

Q_DECLARE_METATYPE(QList<branch::ReceiptItem>)

// What a receipt says, and that nothing personal reaches it unmasked.
class TestReceiptComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void composesATransfer_data();
    void composesATransfer();
    void noPersonalValueUnmasked();
    void stampBindsNumberTimeAndAmount();
};

void TestReceiptComposer::composesATransfer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("serviceName");
    QTest::addColumn<QList<ReceiptItem>>("items");
    QTest::newRow("en") << QStringLiteral("en_US") << flowtest::service(QStringLiteral("bank.transfer")).name.en
                        << QList<ReceiptItem>{
                               {QStringLiteral("Payee's name"), QStringLiteral("****"), true},
                               {QStringLiteral("Payee's account number"), QStringLiteral("622****0128"), true},
                               {QStringLiteral("Account number again"), QStringLiteral("622****0128"), true},
                               {QStringLiteral("Payee's bank"), QStringLiteral("This bank"), false},
                               {QStringLiteral("Amount"), branch::Money(12345).format(QLocale(QStringLiteral("en_US"))), false},
                               {QStringLiteral("Purpose"), QStringLiteral("Family support"), false},
                           };
}

void TestReceiptComposer::composesATransfer()
{
    QFETCH(QString, language);
    QFETCH(QString, serviceName);
    QFETCH(QList<ReceiptItem>, items);
    const branch::ServiceDefinition &transfer = flowtest::service(QStringLiteral("bank.transfer"));
    const QLocale locale(language);
    const ReceiptContent content = ReceiptComposer::compose(transfer, flowtest::transfer(), branch::Money(12345), locale);
    QCOMPARE(content.serviceName, serviceName);
    QCOMPARE(content.amount->fen(), 12345);
    QCOMPARE(content.locale, locale);
    QVERIFY(!content.bankName.isEmpty());
    QVERIFY(content.receiptNumber.isEmpty());
    // Labels come from the catalog; the consent and empty fields are left out.
    QStringList labels;
    for (const ReceiptItem &item : content.items)
        labels.append(item.label);
    QStringList expected;
    for (const ReceiptItem &item : items)
        expected.append(item.label);
    if (labels != expected)
        qWarning() << "labels" << labels;
    QCOMPARE(content.items.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(content.items.at(i).value, items.at(i).value);
        QCOMPARE(content.items.at(i).masked, items.at(i).masked);
    }
}

void TestReceiptComposer::noPersonalValueUnmasked()
{
    // Every shipped service, with every free field holding a value that must not leak.
    const QString secret = QStringLiteral("110101199003074258");
    for (const branch::ServiceDefinition &service : flowtest::catalog().services()) {
        QJsonObject values;
        for (const branch::FieldDefinition &field : service.form.allFields()) {
            // Fields whose validated values cannot carry text get such a value.
            switch (field.type) {
            case branch::FieldType::Enum:
                values.insert(field.id, field.checks.options.isEmpty() ? QString()
                                                                       : field.checks.options.constFirst().value);
                break;
            case branch::FieldType::Date:
                values.insert(field.id, QStringLiteral("2025-06-15"));
                break;
            case branch::FieldType::Money:
            case branch::FieldType::Number:
                values.insert(field.id, 100);
                break;
            default:
                values.insert(field.id, secret);
            }
        }
        const ReceiptContent content = ReceiptComposer::compose(service, values, std::nullopt, QLocale());
        for (const ReceiptItem &item : content.items)
            QVERIFY2(!item.value.contains(secret), qPrintable(service.id + u' ' + item.label));
    }
}

void TestReceiptComposer::stampBindsNumberTimeAndAmount()
{
    ReceiptContent content = ReceiptComposer::compose(flowtest::service(QStringLiteral("bank.transfer")),
                                                      flowtest::transfer(), branch::Money(12345), QLocale());
    const QDateTime at(QDate(2025, 6, 15), QTime(10, 30), Qt::UTC);
    ReceiptComposer::stamp(content, QStringLiteral("KIOSK01-20250615-0001"), at);
    QCOMPARE(content.receiptNumber, QStringLiteral("KIOSK01-20250615-0001"));
    QCOMPARE(content.issuedAt, at);
    QVERIFY(branch::ReceiptVerification::matches(content.verificationPayload, content.receiptNumber, at,
                                                 branch::Money(12345)));
    QVERIFY(!branch::ReceiptVerification::matches(content.verificationPayload, content.receiptNumber, at,
                                                  branch::Money(12346)));
}

QTEST_GUILESS_MAIN(TestReceiptComposer)
#include "tst_receiptcomposer.moc"
