#include "FormTestSupport.h"
#include "ReasonMessages.h"

#include <QTest>

using namespace branch;

// Field by field, on real fields of the shipped catalog.
class TestFormValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void field_data();
    void field();
    void signatureField_data();
    void signatureField();
    void unknownFieldId();
    void formReportsEveryProblem();
    void warningsDoNotBlock();
    void messagesAreTranslatedAndCarryNoValue();
    void todayIsInjected();
};

namespace {

struct Row
{
    const char *service;
    const char *field;
};

void row(const char *name, Row where, const QJsonValue &value, const char *reason, bool warning = false)
{
    QTest::newRow(name) << QString::fromLatin1(where.service) << QString::fromLatin1(where.field) << value
                        << QString::fromLatin1(reason) << warning;
}

QString repeated(const QString &text, int times)
{
    QString result;
    for (int i = 0; i < times; ++i)
        result += text;
    return result;
}

} // namespace

void TestFormValidator::initTestCase()
{
    QVERIFY2(formtest::shippedCatalog().size() >= 58, "the shipped catalog did not load");
}

void TestFormValidator::field_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::addColumn<bool>("warning");

    // text with a pattern: a name
    const Row name{"civil.residence_permit", "name"};
    row("name ok", name, QStringLiteral("张三"), "");
    row("name with middle dot", name, QStringLiteral("阿依古丽·买买提"), "");
    row("name missing", name, QJsonValue(), "required");
    row("name null", name, QJsonValue(QJsonValue::Null), "required");
    row("name blank", name, QStringLiteral("   "), "required");
    row("name number", name, 42, "wrong_type");
    row("name array", name, QJsonArray{QStringLiteral("张三")}, "wrong_type");
    row("name object", name, QJsonObject{{QStringLiteral("zh"), QStringLiteral("张三")}}, "wrong_type");
    row("name too short", name, QStringLiteral("张"), "too_short");
    row("name too long", name, repeated(QStringLiteral("张"), 31), "too_long");
    row("name at max", name, repeated(QStringLiteral("张"), 30), "");
    row("name oversized paste", name, repeated(QStringLiteral("x"), 1 << 20), "too_long");
    row("name sql injection", name, QStringLiteral("x'); DROP TABLE submissions;--"), "pattern_mismatch");
    row("name markup", name, QStringLiteral("<script>alert(1)</script>"), "pattern_mismatch");
    row("name nul byte", name, QStringLiteral("张三") + QChar(u'\0'), "control_characters");
    row("name escape sequence", name, QStringLiteral("张三\x1b[2J"), "control_characters");
    row("name bidi override", name, QStringLiteral("张三") + QChar(0x202E) + QStringLiteral("ab"),
        "control_characters");
    row("name line break", name, QStringLiteral("张\n三"), "control_characters");
    row("name lone surrogate", name, QStringLiteral("张三") + QChar(0xD800), "control_characters");

    // free text: SQL-looking words are data here (bound parameters store them
    // as typed), but control characters and oversize are still refused.
    const Row description{"labor.wage_complaint", "description"};
    row("free text ok", description, QStringLiteral("工地拖欠三个月工资，共十二人。"), "");
    row("free text two lines", description, QStringLiteral("工地拖欠三个月工资，\n共十二人。"), "");
    row("free text sql-like words", description, QStringLiteral("'; DELETE FROM outbox WHERE 1=1; --"), "");
    row("free text carriage return", description, QStringLiteral("拖欠工资三个月了\r\n共十二人"), "control_characters");
    row("free text too long", description, repeated(QStringLiteral("欠"), 501), "too_long");
    row("free text astral characters count once", description, repeated(QStringLiteral("😀"), 500), "");
    row("free text too short", description, QStringLiteral("欠薪"), "too_short");

    // text pattern on the whole value, not a substring
    const Row decision{"traffic.fine_payment", "decision_number"};
    row("pattern ok", decision, QStringLiteral("110105202500123"), "");
    row("pattern matched as a whole", decision, QStringLiteral("110105202500123x"), "pattern_mismatch");
    row("pattern letters", decision, QStringLiteral("11010520250012A"), "pattern_mismatch");

    // address
    const Row address{"civil.residence_permit", "current_address"};
    row("address ok", address, QStringLiteral("北京市朝阳区建国路88号"), "");
    row("address too short", address, QStringLiteral("北京"), "too_short");
    row("address too long", address, repeated(QStringLiteral("路"), 121), "too_long");
    row("address line break", address, QStringLiteral("北京市朝阳区\n建国路88号"), "control_characters");
    row("address wrong type", address, true, "wrong_type");

    // number
    const Row workers{"labor.wage_complaint", "workers_affected"};
    row("number ok", workers, 12, "");
    row("number min", workers, 1, "");
    row("number below min", workers, 0, "too_small");
    row("number above max", workers, 10001, "too_large");
    row("number fraction", workers, 2.5, "not_integer");
    row("number huge", workers, 1e300, "not_integer");
    row("number as string", workers, QStringLiteral("12"), "wrong_type");
    row("number bool", workers, true, "wrong_type");

    // money
    const Row owed{"labor.wage_complaint", "owed_amount"};
    row("money ok", owed, 1250000, "");
    row("money at min", owed, 100, "");
    row("money below min", owed, 99, "too_small");
    row("money above max", owed, 10000000001.0, "too_large");
    row("money negative", owed, -100, "too_small");
    row("money double", owed, 12.5, "not_integer_fen");
    row("money decimal string", owed, QStringLiteral("12.5"), "not_integer_fen");
    row("money integer string", owed, QStringLiteral("1250"), "not_integer_fen");
    row("money beyond 2^53", owed, 1e17, "not_integer_fen");
    row("money bool", owed, false, "wrong_type");
    row("money object", owed, QJsonObject{{QStringLiteral("fen"), 100}}, "wrong_type");
    const Row balance{"bank.credit_card_repayment", "statement_balance"};
    row("money without minFen refuses negatives", balance, -1, "too_small");
    row("money zero", balance, 0, "");

    // date, day precision
    const Row validFrom{"bank.id_renewal", "valid_from"}; // maxDate today
    row("date ok", validFrom, QStringLiteral("2020-01-31"), "");
    row("date today", validFrom, QStringLiteral("2025-06-15"), "");
    row("date after max", validFrom, QStringLiteral("2025-06-16"), "date_too_late");
    row("date not real", validFrom, QStringLiteral("2025-02-30"), "invalid_date");
    row("date slashes", validFrom, QStringLiteral("2025/06/01"), "invalid_date");
    row("date short parts", validFrom, QStringLiteral("2025-6-1"), "invalid_date");
    row("date with time", validFrom, QStringLiteral("2025-06-01T08:00:00"), "invalid_date");
    row("date month only", validFrom, QStringLiteral("2025-06"), "invalid_date");
    row("date fullwidth digits", validFrom, QStringLiteral("２０２５-０６-０１"), "invalid_date");
    row("date as number", validFrom, 20250601, "wrong_type");
    const Row appointment{"civil.residence_permit", "appointment_date"}; // minDate today
    row("date before min", appointment, QStringLiteral("2025-06-14"), "date_too_early");
    row("date at min", appointment, QStringLiteral("2025-06-15"), "");

    // date, month precision
    const Row toMonth{"employment.flexible_ss_payment", "to_month"}; // maxDate today
    row("month ok", toMonth, QStringLiteral("2025-06"), "");
    row("month after max", toMonth, QStringLiteral("2025-07"), "date_too_late");
    row("month with a day", toMonth, QStringLiteral("2025-06-01"), "invalid_date");
    row("month 13", toMonth, QStringLiteral("2025-13"), "invalid_date");

    // enum
    const Row purpose{"bank.transfer", "purpose"};
    row("enum ok", purpose, QStringLiteral("family"), "");
    row("enum case differs", purpose, QStringLiteral("FAMILY"), "unknown_option");
    row("enum label instead of value", purpose, QStringLiteral("家庭生活费"), "unknown_option");
    row("enum number", purpose, 1, "wrong_type");

    // identifiers, through core's validators
    const Row id{"civil.residence_permit", "resident_id"};
    row("resident id ok", id, formtest::residentId(), "");
    row("resident id checksum", id, QStringLiteral("110105194912310021"), "checksum_mismatch");
    row("resident id born tomorrow", id, QStringLiteral("110105202506160019"), "birth_date_in_future");
    row("resident id injection", id, QStringLiteral("1' OR '1'='1"), "invalid_characters");
    row("resident id as number", id, 110105194912310021.0, "wrong_type");
    const Row uscc{"hpf.deposit_registration", "employer_uscc"};
    row("uscc ok", uscc, formtest::uscc(), "");
    row("uscc lower case accepted", uscc, formtest::uscc().toLower(), "");
    row("uscc checksum", uscc, QStringLiteral("91110105MA01C4RD31"), "checksum_mismatch");
    const Row card{"bank.transfer", "payee_card"};
    row("card ok", card, formtest::bankCard(), "");
    row("card luhn warning", card, QStringLiteral("6222021234567890127"), "luhn_mismatch", true);
    row("card too short", card, QStringLiteral("622202123"), "too_short");
    row("card with spaces", card, QStringLiteral("6222 0212 3456 7890 128"), "contains_whitespace");
    const Row phone{"civil.residence_permit", "mobile"};
    row("mobile ok", phone, formtest::mobile(), "");
    row("mobile prefix", phone, QStringLiteral("12800138000"), "invalid_prefix");
    row("mobile foreign", phone, QStringLiteral("+14155550100"), "unsupported_country_code");

    // document
    const Row photos{"civil.residence_permit", "housing_photo"}; // maxFiles 4
    row("document ok", photos, QJsonArray{QStringLiteral("upload-1"), QStringLiteral("upload-2")}, "");
    row("document empty list", photos, QJsonArray{}, "required");
    row("document too many", photos,
        QJsonArray{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u4"),
                   QStringLiteral("u5")},
        "too_many_files");
    row("document single string", photos, QStringLiteral("upload-1"), "wrong_type");
    row("document number inside", photos, QJsonArray{1}, "wrong_type");
    row("document path", photos, QJsonArray{QStringLiteral("../../etc/passwd")}, "invalid_reference");
    row("document dot-dot inside", photos, QJsonArray{QStringLiteral("a..b")}, "invalid_reference");
    row("document absolute path", photos, QJsonArray{QStringLiteral("/tmp/x.png")}, "invalid_reference");
    row("document twice", photos, QJsonArray{QStringLiteral("u1"), QStringLiteral("u1")}, "duplicate_file");
    const Row optionalPhoto{"employment.unemployment_registration", "termination_photo"};
    row("optional document absent", optionalPhoto, QJsonValue(), "");

    // consent
    const Row consent{"bank.transfer", "anti_fraud"};
    row("consent given", consent, true, "");
    row("consent refused", consent, false, "not_accepted");
    row("consent as string", consent, QStringLiteral("true"), "wrong_type");
    row("consent as number", consent, 1, "wrong_type");
    row("consent missing", consent, QJsonValue(), "required");
}

void TestFormValidator::field()
{
    QFETCH(QString, serviceId);
    QFETCH(QString, fieldId);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QFETCH(bool, warning);

    const ServiceDefinition &service = formtest::service(serviceId);
    QVERIFY2(service.form.field(fieldId), qPrintable(serviceId + u'.' + fieldId));
    const FormValidator validator(service, formtest::today());
    const QList<FieldError> errors = validator.validateField(fieldId, value);
    if (reason.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(formtest::describe(errors).join(u',')));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().fieldId, fieldId);
    QCOMPARE(errors.constFirst().reason, reason);
    QCOMPARE(errors.constFirst().warning, warning);
    QVERIFY(!errors.constFirst().message().isEmpty());
}

namespace {

// No shipped service has a second signature yet, so this one is made here.
ServiceDefinition signatureService()
{
    ServiceDefinition service;
    service.id = QStringLiteral("test.guardian");
    FieldDefinition guardian;
    guardian.id = QStringLiteral("guardian_signature");
    guardian.type = FieldType::Signature;
    guardian.required = true;
    service.form.pages.append(FormPage{QStringLiteral("sign"), {}, {guardian}});
    return service;
}

} // namespace

void TestFormValidator::signatureField_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("reference") << QJsonValue(QStringLiteral("sig:2025-06-15:0001")) << QString();
    QTest::newRow("missing") << QJsonValue() << QStringLiteral("required");
    QTest::newRow("strokes instead of a reference") << QJsonValue(QJsonArray{QJsonArray{1, 2}})
                                                    << QStringLiteral("wrong_type");
    QTest::newRow("data url") << QJsonValue(QStringLiteral("data:image/png;base64,AAAA"))
                              << QStringLiteral("invalid_reference");
    QTest::newRow("leading colon") << QJsonValue(QStringLiteral(":x")) << QStringLiteral("invalid_reference");
}

void TestFormValidator::signatureField()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    const ServiceDefinition service = signatureService();
    const QList<FieldError> errors = FormValidator(service, formtest::today())
                                         .validateField(QStringLiteral("guardian_signature"), value);
    QCOMPARE(errors.isEmpty() ? QString() : errors.constFirst().reason, reason);
}

void TestFormValidator::unknownFieldId()
{
    const FormValidator validator(formtest::service(QStringLiteral("bank.transfer")), formtest::today());
    const QList<FieldError> errors = validator.validateField(QStringLiteral("no_such_field"), QStringLiteral("x"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().reason, QStringLiteral("unknown_field"));
    QCOMPARE(errors.constFirst().fieldId, QStringLiteral("no_such_field"));
}

void TestFormValidator::formReportsEveryProblem()
{
    const ServiceDefinition &service = formtest::service(QStringLiteral("bank.transfer"));
    QJsonObject values = formtest::sampleForm(service);
    values.remove(QStringLiteral("payee_name"));
    values.insert(QStringLiteral("amount"), QStringLiteral("100.00"));
    values.insert(QStringLiteral("purpose"), 7);
    values.insert(QStringLiteral("admin"), true);
    values.insert(repeated(QStringLiteral("k"), 500), 1);
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    const QStringList expected = {QStringLiteral("payee_name: required"), QStringLiteral("amount: not_integer_fen"),
                                  QStringLiteral("purpose: wrong_type"), QStringLiteral("admin: unknown_field"),
                                  repeated(QStringLiteral("k"), 64) + QStringLiteral(": unknown_field")};
    QStringList actual = formtest::describe(errors);
    QStringList sortedExpected = expected;
    actual.sort();
    sortedExpected.sort();
    QCOMPARE(actual, sortedExpected);
    QVERIFY(!FormValidator::isValid(errors));
}

void TestFormValidator::warningsDoNotBlock()
{
    const ServiceDefinition &service = formtest::service(QStringLiteral("bank.transfer"));
    QJsonObject values = formtest::sampleForm(service);
    const QString oddCard = QStringLiteral("6222021234567890127");
    values.insert(QStringLiteral("payee_card"), oddCard);
    values.insert(QStringLiteral("payee_card_confirm"), oddCard);
    const QList<FieldError> errors = FormValidator(service, formtest::today()).validateForm(values);
    QCOMPARE(formtest::describe(errors),
             QStringList({QStringLiteral("payee_card: luhn_mismatch (warning)"),
                          QStringLiteral("payee_card_confirm: luhn_mismatch (warning)")}));
    QVERIFY(FormValidator::isValid(errors));
}

void TestFormValidator::messagesAreTranslatedAndCarryNoValue()
{
    const QString secret = QStringLiteral("13800138000x");
    const ServiceDefinition &service = formtest::service(QStringLiteral("civil.residence_permit"));
    const FormValidator validator(service, formtest::today());
    const QList<FieldError> errors = validator.validateField(QStringLiteral("mobile"), secret);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.constFirst().message();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(QStringLiteral("13800138000")));
    QVERIFY(!message.contains(errors.constFirst().reason)); // a sentence, not the code
    // Identifier reasons are worded once, in core.
    FieldError checksum;
    checksum.reason = QStringLiteral("checksum_mismatch");
    QCOMPARE(checksum.message(), reasonMessage(u"checksum_mismatch"));
    // Every reason of the form's own gets its own sentence, not core's fallback.
    const QString fallback = reasonMessage(u"no_such_reason");
    for (const char *reason : {"required", "unknown_field", "wrong_type", "control_characters", "pattern_mismatch",
                               "not_integer", "too_small", "too_large", "not_integer_fen", "invalid_date",
                               "date_too_early", "date_too_late", "unknown_option", "too_many_files",
                               "invalid_reference", "duplicate_file", "not_accepted"}) {
        FieldError error;
        error.reason = QString::fromLatin1(reason);
        QVERIFY2(error.message() != fallback, reason);
    }
}

void TestFormValidator::todayIsInjected()
{
    const ServiceDefinition &service = formtest::service(QStringLiteral("bank.id_renewal"));
    const QJsonValue date(QStringLiteral("2030-01-01"));
    QCOMPARE(FormValidator(service, QDate(2029, 12, 31)).validateField(QStringLiteral("valid_from"), date).size(), 1);
    QVERIFY(FormValidator(service, QDate(2030, 1, 1)).validateField(QStringLiteral("valid_from"), date).isEmpty());
}

QTEST_GUILESS_MAIN(TestFormValidator)
#include "tst_formvalidator.moc"
