// A card read fills the fields the shipped catalog marks, and only those; a
// card that may not be used fills nothing.
#include "FieldChecker.h"
#include "FlowFixtures.h"
#include "IdCardFile.h"
#include "IdCardFill.h"

#include <QDir>
#include <QFile>

namespace {

branch::IdCard demoCard(const QString &name)
{
    const QString dir = QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("resources/idcards"));
    QFile file(QDir(dir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo card missing");
    return branch::IdCardFile::parse(file.readAll(), dir).value();
}

const QDate kToday(2026, 12, 6);

} // namespace

class TestIdCardFill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsTheMarkedFields_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("filled");
        QTest::newRow("name and resident id") << QStringLiteral("civil.residence_permit")
                                              << QStringList{QStringLiteral("name"), QStringLiteral("resident_id")};
        // An identity document field: its type becomes the resident ID card.
        QTest::newRow("id document") << QStringLiteral("bank.account_open")
                                     << QStringList{QStringLiteral("id_type"), QStringLiteral("name"),
                                                    QStringLiteral("resident_id")};
        // The applicant's, never the spouse's.
        QTest::newRow("spouse left alone") << QStringLiteral("startup.guaranteed_loan")
                                           << QStringList{QStringLiteral("name"), QStringLiteral("resident_id")};
        QTest::newRow("applicant prefix") << QStringLiteral("court.case_fund_refund")
                                          << QStringList{QStringLiteral("applicant_name"),
                                                         QStringLiteral("applicant_resident_id")};
        QTest::newRow("number only") << QStringLiteral("hpf.deposit_registration") << QStringList{QStringLiteral("resident_id")};
    }
    void fillsTheMarkedFields()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, filled);
        const branch::ServiceDefinition &definition = flowtest::service(service);
        QVERIFY(branch::IdCardFill::applies(definition));
        const branch::Result<branch::IdCardFill> fill = branch::IdCardFill::from(definition, demoCard(QStringLiteral("li-si")), kToday);
        QVERIFY2(fill.ok(), qPrintable(fill.reason()));
        QStringList keys = fill->values.keys();
        keys.sort();
        QCOMPARE(keys, filled);
        for (const QString &key : keys) {
            const QString value = fill->values.value(key);
            if (key.endsWith(QLatin1String("name")))
                QCOMPARE(value, QStringLiteral("李四"));
            else if (key == u"id_type")
                QCOMPARE(value, QStringLiteral("resident_id"));
            else
                QCOMPARE(value, QStringLiteral("110101199006150025"));
        }
        QVERIFY(!fill->offerCareMode);
    }

    void servicesWithoutIdentityFieldsTakeNothing()
    {
        QVERIFY(!branch::IdCardFill::applies(flowtest::service(QStringLiteral("utility.electricity"))));
        QVERIFY(branch::IdCardFill::from(flowtest::service(QStringLiteral("utility.electricity")),
                                         demoCard(QStringLiteral("li-si")), kToday)->values.isEmpty());
    }

    void anExpiredCardFillsNothing()
    {
        const branch::Result<branch::IdCardFill> fill = branch::IdCardFill::from(
            flowtest::service(QStringLiteral("civil.residence_permit")), demoCard(QStringLiteral("wang-wu-expired")), kToday);
        QCOMPARE(fill.reason(), QStringLiteral("card_expired"));
    }

    void anElderlyHolderIsOfferedCareMode()
    {
        const branch::Result<branch::IdCardFill> fill = branch::IdCardFill::from(
            flowtest::service(QStringLiteral("pension.eligibility_certification")), demoCard(QStringLiteral("zhang-san")), kToday);
        QVERIFY(fill.ok());
        QVERIFY(fill->offerCareMode);
        // The age goes to the anti-fraud rules (docs/fraud.md), as a number.
        QVERIFY(fill->age >= 65);
        QCOMPARE(fill->values.value(QStringLiteral("name")), QStringLiteral("张三"));
    }

    void everyMarkedFieldOfTheCatalogFits()
    {
        // Each service with identity fields gets a card's values that its own
        // validators accept: the catalog marks no field a card cannot fill.
        int services = 0;
        for (const branch::ServiceDefinition &definition : flowtest::catalog().services()) {
            if (!branch::IdCardFill::applies(definition))
                continue;
            ++services;
            const auto fill = branch::IdCardFill::from(definition, demoCard(QStringLiteral("li-si")), kToday);
            QVERIFY2(fill.ok() && !fill->values.isEmpty(), qPrintable(definition.id));
            for (auto it = fill->values.begin(); it != fill->values.end(); ++it) {
                const branch::FieldDefinition *field = definition.form.field(it.key());
                QVERIFY2(field, qPrintable(definition.id + u' ' + it.key()));
                const QList<branch::FieldError> errors = branch::FieldChecker(*field, kToday).check(it.value());
                QVERIFY2(errors.isEmpty(), qPrintable(definition.id + u' ' + it.key()));
            }
        }
        QVERIFY(services >= 20);
    }
};

QTEST_GUILESS_MAIN(TestIdCardFill)
#include "tst_idcardfill.moc"
