// PhoneForms: what the phone page is told about forms is the catalog's own
// schema, and every check it gets back is modules/forms' FormValidator's,
// in the language it asked for.
#include "CatalogLoader.h"
#include "FieldInput.h"
#include "FormParser.h"
#include "FormValidator.h"
#include "PhoneForms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace branch;

class TestPhoneForms : public QObject
{
    Q_OBJECT

private:
    CatalogLoadResult m_loaded = CatalogLoader::loadEmbedded();
    PhoneForms m_forms = PhoneForms::embedded();
    static inline const QString kService = QStringLiteral("hpf.deposit_registration");

    // A complete, valid answer to the housing-fund registration, as typed.
    static QJsonObject goodValues()
    {
        return {{QStringLiteral("employer_name"), QStringLiteral("上海示例科技有限公司")},
                {QStringLiteral("employer_uscc"), QStringLiteral("91440300708461136T")},
                {QStringLiteral("employee_name"), QStringLiteral("张三")},
                {QStringLiteral("resident_id"), QStringLiteral("11010519491231002x")},
                {QStringLiteral("mobile"), QStringLiteral("138 0013 8000")},
                {QStringLiteral("wage_base"), QStringLiteral("8000.00")},
                {QStringLiteral("deposit_ratio"), QStringLiteral("12")},
                {QStringLiteral("start_month"), QDate::currentDate().toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("deposit_card"), QStringLiteral("6222 0212 3456 7890 128")},
                {QStringLiteral("contract_photo"), QJsonArray{QStringLiteral("photo-1")}}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_loaded.ok(), qPrintable(issueLines(m_loaded.issues).join(u'\n'))); }

    void servicesAreThoseThatAllowPrefill()
    {
        const QJsonArray services = m_forms.services().value(QStringLiteral("services")).toArray();
        QStringList listed;
        for (const QJsonValue &s : services) {
            listed.append(s[QStringLiteral("id")].toString());
            QVERIFY(!s[QStringLiteral("name")][QStringLiteral("zh")].toString().isEmpty());
            QVERIFY(!s[QStringLiteral("name")][QStringLiteral("en")].toString().isEmpty());
        }
        QStringList expected;
        for (const ServiceDefinition &service : m_loaded.catalog.services()) {
            if (service.prefillAllowed && !service.isAction())
                expected.append(service.id);
        }
        QVERIFY(listed.contains(kService));
        QCOMPARE(listed, expected);
        const ServiceDefinition *refused = nullptr;
        for (const ServiceDefinition &service : m_loaded.catalog.services()) {
            if (!service.prefillAllowed)
                refused = m_loaded.catalog.service(service.id);
        }
        QVERIFY(refused);
        QVERIFY(!m_forms.schema(refused->id));
        QVERIFY(!m_forms.validate(refused->id, goodValues(), QStringLiteral("en")).valid);
        QVERIFY(!m_forms.schema(QStringLiteral("no.such.service")));
    }

    // The schema parses back, with the catalog's own parser, into exactly
    // the form the kiosk renders: same pages, fields, labels, care labels,
    // checks and rules. And its materials are the service's.
    void schemaEqualsTheCatalogs_data()
    {
        QTest::addColumn<QString>("id");
        const QJsonArray services = m_forms.services().value(QStringLiteral("services")).toArray();
        for (const QJsonValue &s : services)
            QTest::newRow(qPrintable(s[QStringLiteral("id")].toString())) << s[QStringLiteral("id")].toString();
    }
    void schemaEqualsTheCatalogs()
    {
        QFETCH(QString, id);
        const std::optional<QJsonObject> schema = m_forms.schema(id);
        QVERIFY(schema);
        const ServiceDefinition *service = m_loaded.catalog.service(id);
        QVERIFY(service);
        JsonReader reader(QStringLiteral("phone"));
        const FormSchema parsed = FormParser(reader, service->materials)
                                      .parse(schema->value(QStringLiteral("form")).toObject(), QStringLiteral("form"));
        QVERIFY(reader.ok());
        QVERIFY(parsed == service->form);
        const QJsonArray materials = schema->value(QStringLiteral("materials")).toArray();
        QCOMPARE(materials.size(), service->materials.size());
        for (qsizetype i = 0; i < materials.size(); ++i) {
            QCOMPARE(materials.at(i)[QStringLiteral("id")].toString(), service->materials.at(i).id);
            QCOMPARE(materials.at(i)[QStringLiteral("name")][QStringLiteral("zh")].toString(),
                     service->materials.at(i).name.zh);
        }
        QCOMPARE(schema->value(QStringLiteral("name"))[QStringLiteral("en")].toString(), service->name.en);
    }

    // Each typed value gets exactly the reason FormValidator gives the
    // kiosk for the same text (converted as the kiosk converts it).
    void sameReasonsAsTheKiosk_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("typed");
        QTest::addColumn<QString>("reason"); // "ok": accepted; "": as the kiosk, whatever it is
        auto row = [](const char *name, const char *field, const QJsonValue &typed, const char *reason) {
            QTest::newRow(name) << QString::fromLatin1(field) << typed << QString::fromLatin1(reason);
        };
        row("name ok", "employer_name", QStringLiteral("上海示例科技有限公司"), "ok");
        row("name short", "employer_name", QStringLiteral("上海"), "too_short");
        row("name missing", "employer_name", QStringLiteral("  "), "required");
        row("uscc checksum", "employer_uscc", QStringLiteral("91440300708461136U"), "checksum_mismatch");
        row("id ok lower x", "resident_id", QStringLiteral("11010519491231002x"), "ok");
        row("id checksum", "resident_id", QStringLiteral("110105194912310021"), "checksum_mismatch");
        row("mobile spaced", "mobile", QStringLiteral("138 0013 8000"), "ok");
        row("mobile short", "mobile", QStringLiteral("1380013"), "");
        row("wage ok", "wage_base", QStringLiteral("8000.00"), "ok");
        row("wage too small", "wage_base", QStringLiteral("100"), "too_small");
        row("wage not money", "wage_base", QStringLiteral("12.345"), "");
        row("ratio ok", "deposit_ratio", QStringLiteral("12"), "ok");
        row("ratio unknown", "deposit_ratio", QStringLiteral("13"), "");
        row("month bad", "start_month", QStringLiteral("2025-13"), "");
        row("card luhn", "deposit_card", QStringLiteral("6222021234567890123"), "");
        row("photos none", "contract_photo", QJsonArray{}, "required");
        row("photos too many", "contract_photo",
            QJsonArray{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("a4"), QStringLiteral("a5")}, "");
        row("photo path", "contract_photo", QJsonArray{QStringLiteral("../etc/passwd")}, "");
    }
    void sameReasonsAsTheKiosk()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, typed);
        QFETCH(QString, reason);
        const ServiceDefinition *service = m_loaded.catalog.service(kService);
        const FieldDefinition *definition = service->form.field(field);
        QVERIFY(definition);
        // The kiosk's path: FieldInput then FormValidator.
        const QJsonValue kioskValue = typed.isString() ? fieldinput::fromText(*definition, typed.toString()).value : typed;
        const QList<FieldError> kiosk = FormValidator(*service).validateField(field, kioskValue);
        const QString kioskReason = kiosk.isEmpty() ? QString() : kiosk.first().reason;
        // The phone's path.
        QJsonObject values = goodValues();
        values.insert(field, typed);
        const PhoneForms::Checked phone = m_forms.validate(kService, values, QStringLiteral("zh_CN"), {field});
        const QString phoneReason = phone.fields.value(field)[QStringLiteral("reason")].toString();
        QCOMPARE(phoneReason, kioskReason);
        if (reason == QLatin1String("ok"))
            QVERIFY2(phoneReason.isEmpty(), qPrintable(phoneReason));
        else if (!reason.isEmpty())
            QCOMPARE(phoneReason, reason);
        QCOMPARE(phone.fields.isEmpty(), kiosk.isEmpty());
    }

    void wholeFormValid()
    {
        const PhoneForms::Checked checked = m_forms.validate(kService, goodValues(), QStringLiteral("en"));
        QVERIFY2(checked.valid, QJsonDocument(checked.fields).toJson().constData());
        QVERIFY(checked.fields.isEmpty());
        QJsonObject missing = goodValues();
        missing.remove(QStringLiteral("mobile"));
        missing.insert(QStringLiteral("not_a_field"), QStringLiteral("x"));
        const PhoneForms::Checked bad = m_forms.validate(kService, missing, QStringLiteral("en"));
        QVERIFY(!bad.valid);
        QCOMPARE(bad.fields.value(QStringLiteral("mobile"))[QStringLiteral("reason")].toString(), QStringLiteral("required"));
        QVERIFY(bad.fields.contains(QStringLiteral("not_a_field")));
    }

    // Messages come in the language asked for, whatever core runs in, and
    // the process's language is left as it was.
    void messagesInTheRequestedLanguage()
    {
        QJsonObject values = goodValues();
        values.insert(QStringLiteral("employer_name"), QStringLiteral("上海"));
        const QLocale before;
        const QString zh = m_forms.validate(kService, values, QStringLiteral("zh_CN"), {QStringLiteral("employer_name")})
                               .fields.value(QStringLiteral("employer_name"))[QStringLiteral("message")].toString();
        const QString en = m_forms.validate(kService, values, QStringLiteral("en"), {QStringLiteral("employer_name")})
                               .fields.value(QStringLiteral("employer_name"))[QStringLiteral("message")].toString();
        QVERIFY2(zh.contains(QStringLiteral("单位名称")), qPrintable(zh));
        QVERIFY2(en.contains(QStringLiteral("Employer name")), qPrintable(en));
        QVERIFY2(!en.contains(QStringLiteral("单位")), qPrintable(en));
        QVERIFY(zh != en);
        QCOMPARE(QLocale(), before);
        QVERIFY(PhoneForms::isLanguage(QStringLiteral("zh_CN")));
        QVERIFY(!PhoneForms::isLanguage(QStringLiteral("fr")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneForms)
#include "tst_phoneforms.moc"
