#include "FormTestSupport.h"

#include <QTest>

using namespace branch;

// Each cross-field rule type, on services of the shipped catalog: a valid
// sample form with a few answers changed, and the exact problems expected.
class TestCrossFieldRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void messageComesFromTheRule();
    void brokenFieldIsNotReportedTwice();
};

void TestCrossFieldRules::rule_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QJsonObject>("changes"); // null values remove the key
    QTest::addColumn<QStringList>("expected");

    auto add = [](const char *name, const char *service, const QJsonObject &changes, const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(service) << changes << expected;
    };
    const QJsonValue removed(QJsonValue::Null);
    const QStringList none;

    // date_after, day precision
    add("date_after holds", "bank.statement_print",
        {{QStringLiteral("from_date"), QStringLiteral("2025-01-01")}, {QStringLiteral("to_date"), QStringLiteral("2025-03-31")}},
        none);
    add("date_after same day", "bank.statement_print",
        {{QStringLiteral("from_date"), QStringLiteral("2025-03-31")}, {QStringLiteral("to_date"), QStringLiteral("2025-03-31")}},
        {QStringLiteral("to_date: rule_date_after")});
    add("date_after reversed", "bank.statement_print",
        {{QStringLiteral("from_date"), QStringLiteral("2025-04-01")}, {QStringLiteral("to_date"), QStringLiteral("2025-03-31")}},
        {QStringLiteral("to_date: rule_date_after")});
    add("date_after optional end left out", "bank.id_renewal", {{QStringLiteral("valid_to"), removed}}, none);
    // date_after, month precision
    add("month after holds", "employment.flexible_ss_payment",
        {{QStringLiteral("from_month"), QStringLiteral("2025-01")}, {QStringLiteral("to_month"), QStringLiteral("2025-02")}},
        none);
    add("month after same month", "employment.flexible_ss_payment",
        {{QStringLiteral("from_month"), QStringLiteral("2025-02")}, {QStringLiteral("to_month"), QStringLiteral("2025-02")}},
        {QStringLiteral("to_month: rule_date_after")});

    // not_greater_than
    add("not_greater_than below", "bank.mobile_banking",
        {{QStringLiteral("single_limit"), 500000}, {QStringLiteral("daily_limit"), 1000000}}, none);
    add("not_greater_than equal", "bank.mobile_banking",
        {{QStringLiteral("single_limit"), 1000000}, {QStringLiteral("daily_limit"), 1000000}}, none);
    add("not_greater_than above", "bank.mobile_banking",
        {{QStringLiteral("single_limit"), 1000001}, {QStringLiteral("daily_limit"), 1000000}},
        {QStringLiteral("single_limit: rule_not_greater_than")});
    add("repayment above the statement", "bank.credit_card_repayment",
        {{QStringLiteral("amount"), 250001}, {QStringLiteral("statement_balance"), 250000}},
        {QStringLiteral("amount: rule_not_greater_than")});

    // equals
    add("equals holds", "bank.phone_update",
        {{QStringLiteral("new_mobile"), QStringLiteral("13912345678")},
         {QStringLiteral("new_mobile_confirm"), QStringLiteral("13912345678")}},
        none);
    add("equals differs", "bank.phone_update",
        {{QStringLiteral("new_mobile"), QStringLiteral("13912345678")},
         {QStringLiteral("new_mobile_confirm"), QStringLiteral("13912345679")}},
        {QStringLiteral("new_mobile_confirm: rule_equals")});
    add("equals card numbers differ", "bank.transfer",
        {{QStringLiteral("payee_card_confirm"), QStringLiteral("6217001234567893")}},
        {QStringLiteral("payee_card_confirm: rule_equals")});

    // required_if with a value
    add("required_if value not chosen", "sscard.application",
        {{QStringLiteral("collect_method"), QStringLiteral("counter")}, {QStringLiteral("mailing_address"), removed}},
        none);
    add("required_if value chosen, answered", "sscard.application",
        {{QStringLiteral("collect_method"), QStringLiteral("post")}}, none);
    add("required_if value chosen, missing", "sscard.application",
        {{QStringLiteral("collect_method"), QStringLiteral("post")}, {QStringLiteral("mailing_address"), removed}},
        {QStringLiteral("mailing_address: rule_required_if")});
    add("required_if value chosen, blank", "sscard.application",
        {{QStringLiteral("collect_method"), QStringLiteral("post")}, {QStringLiteral("mailing_address"), QStringLiteral(" ")}},
        {QStringLiteral("mailing_address: rule_required_if")});
    // required_if on any value
    add("required_if other empty", "elder.allowance_claim",
        {{QStringLiteral("agent_name"), removed}, {QStringLiteral("agent_resident_id"), removed},
         {QStringLiteral("agent_relation"), removed}},
        none);
    add("required_if other given", "elder.allowance_claim",
        {{QStringLiteral("agent_resident_id"), removed}, {QStringLiteral("agent_relation"), removed}},
        {QStringLiteral("agent_resident_id: rule_required_if"), QStringLiteral("agent_relation: rule_required_if")});
}

namespace {

QJsonObject applied(QJsonObject values, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value());
    }
    return values;
}

} // namespace

void TestCrossFieldRules::rule()
{
    QFETCH(QString, serviceId);
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, expected);
    const ServiceDefinition &service = formtest::service(serviceId);
    QVERIFY2(!service.form.rules.isEmpty(), qPrintable(serviceId));
    const QJsonObject values = applied(formtest::sampleForm(service), changes);
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    QCOMPARE(formtest::describe(errors), expected);
    // A rule is never judged field by field: the kiosk shows it on review.
    for (auto it = values.begin(); it != values.end(); ++it)
        QVERIFY(FormValidator(service, formtest::today()).validateField(it.key(), it.value()).isEmpty());
}

void TestCrossFieldRules::messageComesFromTheRule()
{
    const ServiceDefinition &service = formtest::service(QStringLiteral("bank.phone_update"));
    QJsonObject values = formtest::sampleForm(service);
    values.insert(QStringLiteral("new_mobile_confirm"), QStringLiteral("13912345679"));
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    QCOMPARE(errors.size(), 1);
    const CrossFieldRule &rule = service.form.rules.constFirst();
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(errors.constFirst().message(), rule.message.zh);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(errors.constFirst().message(), rule.message.en);
    QLocale::setDefault(previous);
}

void TestCrossFieldRules::brokenFieldIsNotReportedTwice()
{
    const ServiceDefinition &service = formtest::service(QStringLiteral("bank.statement_print"));
    QJsonObject values = formtest::sampleForm(service);
    values.insert(QStringLiteral("from_date"), QStringLiteral("2025-13-01"));
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    QCOMPARE(formtest::describe(errors), QStringList{QStringLiteral("from_date: invalid_date")});
}

QTEST_GUILESS_MAIN(TestCrossFieldRules)
#include "tst_crossfieldrules.moc"
