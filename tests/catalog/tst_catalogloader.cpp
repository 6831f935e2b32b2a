#include "CatalogLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {

QString shippedDirectory()
{
    return QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("resources/catalog"));
}

// The ids issue 3 fixes as a contract: other modules, deep links and saved
// submissions refer to them, so none may be renamed or dropped.
const QStringList kContractIds = {
    QStringLiteral("hpf.deposit_registration"), QStringLiteral("hpf.withdrawal"),
    QStringLiteral("hpf.balance_query"), QStringLiteral("hpf.loan_application"),
    QStringLiteral("medins.enrollment"), QStringLiteral("medins.resident_premium"),
    QStringLiteral("medins.e_voucher"), QStringLiteral("medins.remote_filing"),
    QStringLiteral("sscard.application"), QStringLiteral("sscard.activation"),
    QStringLiteral("sscard.loss_report"), QStringLiteral("pension.resident_premium"),
    QStringLiteral("pension.eligibility_certification"), QStringLiteral("employment.unemployment_registration"),
    QStringLiteral("employment.flexible_ss_payment"), QStringLiteral("startup.subsidy"),
    QStringLiteral("startup.guaranteed_loan"), QStringLiteral("business.individual_license"),
    QStringLiteral("labor.wage_complaint"), QStringLiteral("utility.electricity"),
    QStringLiteral("utility.water"), QStringLiteral("utility.gas"),
    QStringLiteral("utility.heating"), QStringLiteral("utility.mobile_topup"),
    QStringLiteral("utility.property_fee"), QStringLiteral("utility.tv_broadband"),
    QStringLiteral("edu.tuition"), QStringLiteral("edu.meal_fee"),
    QStringLiteral("edu.subsidy_claim"), QStringLiteral("health.inpatient_deposit"),
    QStringLiteral("health.outpatient_payment"), QStringLiteral("traffic.fine_payment"),
    QStringLiteral("traffic.etc_application"), QStringLiteral("traffic.vehicle_tax"),
    QStringLiteral("court.litigation_fee"), QStringLiteral("court.case_fund_refund"),
    QStringLiteral("elder.canteen_enrollment"), QStringLiteral("elder.allowance_claim"),
    QStringLiteral("civil.residence_permit"), QStringLiteral("agri.subsidy_query"),
    QStringLiteral("tax.property_deed"), QStringLiteral("ecny.wallet_open"),
    QStringLiteral("bank.account_open"), QStringLiteral("bank.card_loss"),
    QStringLiteral("bank.password_reset"), QStringLiteral("bank.transfer"),
    QStringLiteral("bank.credit_card_repayment"), QStringLiteral("bank.balance_inquiry"),
    QStringLiteral("bank.statement_print"), QStringLiteral("bank.fx_exchange"),
    QStringLiteral("bank.phone_update"), QStringLiteral("bank.id_renewal"),
    QStringLiteral("bank.deposit_certificate"), QStringLiteral("bank.mobile_banking"),
    QStringLiteral("action.take_ticket"), QStringLiteral("action.checkin_appointment"),
    QStringLiteral("action.call_staff"), QStringLiteral("action.care_mode"),
};

// A form's identity for the copy-paste guard: every field's id, type and
// labels, in order. Two services asking exactly the same questions are a bug.
QByteArray formFingerprint(const FormSchema &form)
{
    QJsonArray fields;
    for (const FieldDefinition &field : form.allFields()) {
        fields.append(QJsonArray{field.id, fieldTypeName(field.type), field.label.zh, field.label.en});
    }
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedCatalogLoadsCleanly_data();
    void shippedCatalogLoadsCleanly();
    void contractIdsPresent();
    void everyServiceAsksSomething();
    void noTwoServicesShareAForm();
    void moneyRulesUseIntegerFen();
    void everyCategoryIsUsed();
    void careHome_data();
    void careHome();
};

void TestCatalogLoader::shippedCatalogLoadsCleanly_data()
{
    QTest::addColumn<QString>("directory");
    QTest::newRow("source tree") << shippedDirectory();
    QTest::newRow("embedded") << CatalogLoader::embeddedPath();
}

void TestCatalogLoader::shippedCatalogLoadsCleanly()
{
    QFETCH(QString, directory);
    const CatalogLoadResult result = CatalogLoader::loadDirectory(directory);
    QVERIFY2(result.issues.isEmpty(), qPrintable(issueLines(result.issues).join(QLatin1Char('\n'))));
    QCOMPARE(result.filesRefused, 0);
    // minus categories.json, usage.json and care-home.json
    QCOMPARE(result.catalog.size(), qsizetype(result.filesRead - 3));
    // Care mode's home: the shipped tiles, pension certification first.
    const QList<branch::CareShortcut> care = result.catalog.careHome();
    QCOMPARE(care.size(), qsizetype(6));
    QCOMPARE(care.constFirst().id, QStringLiteral("pension.eligibility_certification"));
    QVERIFY(std::any_of(care.cbegin(), care.cend(), [](const branch::CareShortcut &s) {
        return s.kind == branch::CareShortcut::Kind::Category && s.id == u"utilities";
    }));
    QVERIFY(result.catalog.size() >= kContractIds.size());
    // How often each service is used (usage.json): lists show the most used first.
    QVERIFY(result.catalog.monthlyUses(QStringLiteral("utility.water")) > 0);
    const QList<branch::ServiceDefinition> utilities = result.catalog.servicesByUse(QStringLiteral("utilities"));
    QCOMPARE(utilities.constFirst().id, QStringLiteral("utility.water"));
    for (qsizetype i = 1; i < utilities.size(); ++i)
        QVERIFY(result.catalog.monthlyUses(utilities.at(i - 1).id) >= result.catalog.monthlyUses(utilities.at(i).id));
}

void TestCatalogLoader::contractIdsPresent()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    QCOMPARE(kContractIds.size(), 58);
    QStringList missing;
    for (const QString &id : kContractIds) {
        if (!result.catalog.contains(id))
            missing.append(id);
    }
    QCOMPARE(missing, QStringList());
    for (const QString &id : kContractIds) {
        const bool action = id.startsWith(QLatin1String("action."));
        QCOMPARE(result.catalog.service(id)->isAction(), action);
    }
}

void TestCatalogLoader::everyServiceAsksSomething()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    QVERIFY(!result.catalog.isEmpty());
    for (const ServiceDefinition &service : result.catalog.services()) {
        if (service.isAction() || service.isPureQuery())
            continue;
        QVERIFY2(service.form.fieldCount() > 0, qPrintable(service.id));
        QVERIFY2(service.hasStep(Step::Receipt), qPrintable(service.id));
    }
}

void TestCatalogLoader::noTwoServicesShareAForm()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    QHash<QByteArray, QString> seen;
    for (const ServiceDefinition &service : result.catalog.services()) {
        if (service.form.fieldCount() == 0)
            continue;
        const QByteArray fingerprint = formFingerprint(service.form);
        QVERIFY2(!seen.contains(fingerprint),
                 qPrintable(service.id + QStringLiteral(" repeats the form of ") + seen.value(fingerprint)));
        seen.insert(fingerprint, service.id);
    }
    QVERIFY(seen.size() > 50);
}

void TestCatalogLoader::moneyRulesUseIntegerFen()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    for (const ServiceDefinition &service : result.catalog.services()) {
        if (service.fee.type == FeeRule::Type::Fixed || service.fee.type == FeeRule::Type::Entered)
            QVERIFY2(service.fee.currency == u"CNY", qPrintable(service.id));
        if (service.fee.type == FeeRule::Type::Bill)
            QVERIFY2(!service.fee.billerId.isEmpty(), qPrintable(service.id));
        if (service.authorization.type != AuthorizationRule::Type::None)
            QVERIFY2(service.authorization.currency == u"CNY", qPrintable(service.id));
    }
}

void TestCatalogLoader::everyCategoryIsUsed()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    QCOMPARE(result.catalog.categories().size(), 14);
    for (const CategoryDefinition &category : result.catalog.categories())
        QVERIFY2(!result.catalog.servicesInCategory(category.id).isEmpty(), qPrintable(category.id));
}

// care-home.json: every tile must open something; a bad one is reported
// and left out, and the rest stay.
void TestCatalogLoader::careHome_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("issue"); // "" when none
    QTest::newRow("a service and a category")
        << QByteArray(R"({"schemaVersion":1,"shortcuts":[{"service":"utility.water"},{"category":"utilities"}]})")
        << QStringList{QStringLiteral("utility.water"), QStringLiteral("utilities")} << QString();
    QTest::newRow("unknown service left out")
        << QByteArray(R"({"schemaVersion":1,"shortcuts":[{"service":"no.such"},{"category":"utilities"}]})")
        << QStringList{QStringLiteral("utilities")} << QStringLiteral("care-home.json: shortcuts[0]: unknown_service");
    QTest::newRow("unknown category left out")
        << QByteArray(R"({"schemaVersion":1,"shortcuts":[{"category":"casino"}]})") << QStringList{}
        << QStringLiteral("care-home.json: shortcuts[0]: unknown_category");
    QTest::newRow("both kinds in one entry")
        << QByteArray(R"({"schemaVersion":1,"shortcuts":[{"service":"utility.water","category":"utilities"}]})")
        << QStringList{} << QStringLiteral("care-home.json: shortcuts[0]: invalid_shortcut");
    QTest::newRow("twice") << QByteArray(R"({"schemaVersion":1,"shortcuts":[{"service":"utility.water"},{"service":"utility.water"}]})")
                           << QStringList{QStringLiteral("utility.water")}
                           << QStringLiteral("care-home.json: shortcuts[1]: duplicate_id");
    QTest::newRow("not the schema") << QByteArray(R"({"schemaVersion":2,"shortcuts":[]})") << QStringList{}
                                    << QStringLiteral("care-home.json: (file): invalid_json");
}

void TestCatalogLoader::careHome()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, ids);
    QFETCH(QString, issue);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(shippedDirectory() + QStringLiteral("/categories.json"), dir.filePath(QStringLiteral("categories.json"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("services")));
    QVERIFY(QFile::copy(shippedDirectory() + QStringLiteral("/services/utility.water.json"),
                        dir.filePath(QStringLiteral("services/utility.water.json"))));
    QFile care(dir.filePath(QStringLiteral("care-home.json")));
    QVERIFY(care.open(QIODevice::WriteOnly));
    care.write(file);
    care.close();
    const CatalogLoadResult result = CatalogLoader::loadDirectory(dir.path());
    QStringList got;
    for (const branch::CareShortcut &s : result.catalog.careHome())
        got << s.id;
    QCOMPARE(got, ids);
    QCOMPARE(result.catalog.size(), qsizetype(1)); // a bad tile never costs a service
    const QStringList lines = issueLines(result.issues);
    QCOMPARE(lines, issue.isEmpty() ? QStringList() : QStringList{issue});
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
