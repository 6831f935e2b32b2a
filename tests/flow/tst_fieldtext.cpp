#include "FieldText.h"
#include "FlowFixtures.h"

using branch::FieldDefinition;
using branch::FieldText;
using branch::FieldType;

// How values read on the review page and the receipt.
class TestFieldText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void display_data();
    void display();
    void personal_data();
    void personal();
    void review_data();
    void review();
};

namespace {

const FieldDefinition &transferField(const QString &id)
{
    const FieldDefinition *field = flowtest::service(QStringLiteral("bank.transfer")).form.field(id);
    if (!field)
        qFatal("bank.transfer has no field %s", qPrintable(id));
    return *field;
}

} // namespace

void TestFieldText::display_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");
    QTest::newRow("card masked") << QStringLiteral("payee_card") << QJsonValue(QStringLiteral("6222021234567890128"))
                                 << QStringLiteral("en") << QStringLiteral("622****0128");
    QTest::newRow("enum label, zh") << QStringLiteral("purpose") << QJsonValue(QStringLiteral("family"))
                                    << QStringLiteral("zh_CN") << QStringLiteral("家庭生活费");
    QTest::newRow("unknown option as given") << QStringLiteral("purpose") << QJsonValue(QStringLiteral("nope"))
                                             << QStringLiteral("en") << QStringLiteral("nope");
    QTest::newRow("consent") << QStringLiteral("anti_fraud") << QJsonValue(true) << QStringLiteral("en")
                             << QStringLiteral("Agreed");
    QTest::newRow("empty") << QStringLiteral("payee_name") << QJsonValue() << QStringLiteral("en") << QString();
}

void TestFieldText::display()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, language);
    QFETCH(QString, shown);
    QCOMPARE(FieldText::display(transferField(field), value, QLocale(language)), shown);
}

void TestFieldText::personal_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("personal");
    QTest::newRow("text") << int(FieldType::Text) << true;
    QTest::newRow("address") << int(FieldType::Address) << true;
    QTest::newRow("resident id") << int(FieldType::ResidentId) << true;
    QTest::newRow("uscc") << int(FieldType::Uscc) << true;
    QTest::newRow("bank card") << int(FieldType::BankCard) << true;
    QTest::newRow("mobile") << int(FieldType::Mobile) << true;
    QTest::newRow("money") << int(FieldType::Money) << false;
    QTest::newRow("enum") << int(FieldType::Enum) << false;
    QTest::newRow("date") << int(FieldType::Date) << false;
    QTest::newRow("number") << int(FieldType::Number) << false;
}

void TestFieldText::personal()
{
    QFETCH(int, type);
    QFETCH(bool, personal);
    FieldDefinition field;
    field.type = FieldType(type);
    QCOMPARE(FieldText::isPersonal(field), personal);
}

// The customer's own review: identifiers in full, grouped for reading; the
// receipt's masked form is display()'s alone.
void TestFieldText::review_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("card in fours") << QStringLiteral("payee_card") << QJsonValue(QStringLiteral("6222021234567890128"))
                                   << QStringLiteral("6222 0212 3456 7890 128");
    QTest::newRow("enum as display") << QStringLiteral("purpose") << QJsonValue(QStringLiteral("nope"))
                                     << QStringLiteral("nope");
    QTest::newRow("empty") << QStringLiteral("payee_card") << QJsonValue() << QString();
}

void TestFieldText::review()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, shown);
    QCOMPARE(FieldText::review(transferField(field), value, QLocale(QStringLiteral("en"))), shown);
    QCOMPARE(FieldText::grouped(branch::FieldType::ResidentId, QStringLiteral("11010519491231002X")),
             QStringLiteral("1101 0519 4912 3100 2X"));
    QCOMPARE(FieldText::grouped(branch::FieldType::Mobile, QStringLiteral("13800138000")), QStringLiteral("138 0013 8000"));
}

QTEST_GUILESS_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
