#include "CatalogLoader.h"

#include <QRegularExpression>
#include <QTest>

using namespace branch;

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lookupById_data();
    void lookupById();
    void unknownIdIsNull();
    void byCategory_data();
    void byCategory();
    void listsFollowCategoryOrder();
    void groups();
    void duplicateIdKeepsFirst();
    void localizedText();
    void representativeForms();

private:
    Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    const CatalogLoadResult result = CatalogLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_catalog = result.catalog;
}

void TestCatalog::lookupById_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("zhName");
    QTest::newRow("housing fund") << "hpf.deposit_registration" << "housing_fund" << "公积金缴存登记";
    QTest::newRow("electricity") << "utility.electricity" << "utilities" << "电费";
    QTest::newRow("transfer") << "bank.transfer" << "banking" << "转账汇款";
    QTest::newRow("action") << "action.care_mode" << "kiosk_actions" << "关怀模式";
}

void TestCatalog::lookupById()
{
    QFETCH(QString, id);
    QFETCH(QString, category);
    QFETCH(QString, zhName);
    const ServiceDefinition *service = m_catalog.service(id);
    QVERIFY(service);
    QCOMPARE(service->id, id);
    QCOMPARE(service->category, category);
    QCOMPARE(service->name.zh, zhName);
}

void TestCatalog::unknownIdIsNull()
{
    QVERIFY(!m_catalog.service(QStringLiteral("hpf.nothing")));
    QVERIFY(!m_catalog.contains(QString()));
}

void TestCatalog::byCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("housing fund") << "housing_fund"
                                  << QStringList{QStringLiteral("hpf.balance_query"), QStringLiteral("hpf.deposit_registration"),
                                                 QStringLiteral("hpf.loan_application"), QStringLiteral("hpf.withdrawal")};
    QTest::newRow("courts") << "courts" << QStringList{QStringLiteral("court.case_fund_refund"), QStringLiteral("court.litigation_fee")};
    QTest::newRow("unknown") << "leisure" << QStringList{};
}

void TestCatalog::byCategory()
{
    QFETCH(QString, category);
    QFETCH(QStringList, ids);
    QStringList found;
    for (const ServiceDefinition &service : m_catalog.servicesInCategory(category))
        found.append(service.id);
    QCOMPARE(found, ids);
}

void TestCatalog::listsFollowCategoryOrder()
{
    const QStringList ids = m_catalog.ids();
    QCOMPARE(ids.size(), m_catalog.size());
    QCOMPARE(ids.first(), QStringLiteral("hpf.balance_query"));
    QCOMPARE(ids.last(), QStringLiteral("action.take_ticket"));
}

void TestCatalog::groups()
{
    QCOMPARE(m_catalog.groups().size(), 3);
    QCOMPARE(m_catalog.categoriesInGroup(QStringLiteral("banking")).size(), 1);
    QCOMPARE(m_catalog.categoriesInGroup(QStringLiteral("livelihood")).size(), 12);
    QVERIFY(m_catalog.category(QStringLiteral("courts")));
    QCOMPARE(m_catalog.category(QStringLiteral("courts"))->name.en, QStringLiteral("Court services"));
}

void TestCatalog::duplicateIdKeepsFirst()
{
    Catalog catalog;
    ServiceDefinition first;
    first.id = QStringLiteral("x.one");
    first.retentionDays = 1;
    ServiceDefinition second = first;
    second.retentionDays = 2;
    QVERIFY(catalog.addService(first));
    QVERIFY(!catalog.addService(second));
    QCOMPARE(catalog.service(QStringLiteral("x.one"))->retentionDays, 1);
}

void TestCatalog::localizedText()
{
    const LocalizedText text{QStringLiteral("电费"), QStringLiteral("Electricity")};
    QCOMPARE(text.text(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("电费"));
    QCOMPARE(text.text(QLocale(QLocale::English)), QStringLiteral("Electricity"));
    QCOMPARE(text.text(QLocale(QLocale::French)), QStringLiteral("Electricity"));
}

// Spot checks that the data says what the brief asks for, beyond being well formed.
void TestCatalog::representativeForms()
{
    const ServiceDefinition *hpf = m_catalog.service(QStringLiteral("hpf.deposit_registration"));
    QCOMPARE(hpf->form.field(QStringLiteral("employer_uscc"))->type, FieldType::Uscc);
    QCOMPARE(hpf->form.field(QStringLiteral("wage_base"))->type, FieldType::Money);
    QCOMPARE(hpf->form.field(QStringLiteral("deposit_ratio"))->checks.options.size(), 8);

    const ServiceDefinition *transfer = m_catalog.service(QStringLiteral("bank.transfer"));
    QCOMPARE(transfer->authorization.type, AuthorizationRule::Type::Staff);
    QCOMPARE(transfer->authorization.aboveFen, qint64(5000000));
    QCOMPARE(transfer->form.field(QStringLiteral("anti_fraud"))->type, FieldType::Consent);

    const ServiceDefinition *electricity = m_catalog.service(QStringLiteral("utility.electricity"));
    QCOMPARE(electricity->fee.type, FeeRule::Type::Bill);
    QVERIFY(electricity->form.field(QStringLiteral("bill_amount"))->readOnly);

    const ServiceDefinition *refund = m_catalog.service(QStringLiteral("court.case_fund_refund"));
    const QRegularExpression caseNumber(
        QRegularExpression::anchoredPattern(refund->form.field(QStringLiteral("case_number"))->checks.pattern));
    QVERIFY(caseNumber.match(QStringLiteral("（2024）京0105执123号")).hasMatch());
    QVERIFY(!caseNumber.match(QStringLiteral("2024京0105执123")).hasMatch());
    QCOMPARE(refund->form.rules.first().type, CrossFieldRuleType::Equals);

    QVERIFY(m_catalog.service(QStringLiteral("bank.balance_inquiry"))->isPureQuery());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
