#include "FormTestSupport.h"
#include "LocalBillerDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace branch;

// The catalog's fee.billerId values and the reference bills are one set: every
// bill service reaches a biller that has a test bill a tester can type into
// that service's own form, and every biller belongs to a catalog service.
class TestBillerContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void billService_data();
    void billService();
    void everyBillerBelongsToTheCatalog();

private:
    // Account numbers per biller, as written in the reference file.
    QHash<QString, QStringList> m_accounts;
    LocalBillerDirectory m_directory;
};

void TestBillerContract::initTestCase()
{
    QString error;
    QVERIFY2(m_directory.loadFile(LocalBillerDirectory::builtInPath(), &error), qPrintable(error));
    QFile file(LocalBillerDirectory::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray billers = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("billers")).toArray();
    for (const QJsonValue &biller : billers) {
        const QJsonObject object = biller.toObject();
        m_accounts.insert(object.value(QStringLiteral("id")).toString(),
                          object.value(QStringLiteral("accounts")).toObject().keys());
    }
    QVERIFY(formtest::shippedCatalog().size() >= 58);
}

void TestBillerContract::billService_data()
{
    QTest::addColumn<QString>("serviceId");
    int bills = 0;
    for (const ServiceDefinition &service : formtest::shippedCatalog().services()) {
        if (service.fee.type == FeeRule::Type::Bill) {
            QTest::newRow(qPrintable(service.id)) << service.id;
            ++bills;
        }
    }
    QVERIFY(bills >= 11);
}

void TestBillerContract::billService()
{
    QFETCH(QString, serviceId);
    const ServiceDefinition &service = formtest::service(serviceId);
    const QString billerId = service.fee.billerId;
    const BillerInfo *biller = nullptr;
    const QList<BillerInfo> billers = m_directory.billers();
    for (const BillerInfo &candidate : billers)
        biller = candidate.id == billerId ? &candidate : biller;
    QVERIFY2(biller, qPrintable(billerId));
    QCOMPARE(biller->serviceId, serviceId);

    // At least one account has a bill, the same one on every lookup, and the
    // account fits one of the form's text fields (where the customer types it).
    QStringList usable;
    for (const QString &account : m_accounts.value(billerId)) {
        const BillLookupResult first = m_directory.lookup(billerId, account);
        if (!first.ok())
            continue;
        QVERIFY(!first.bills.isEmpty());
        const BillLookupResult second = m_directory.lookup(billerId, account);
        QCOMPARE(second.bills, first.bills);
        for (const FieldDefinition &field : service.form.allFields()) {
            if (field.type == FieldType::Text && formtest::passes(field, account)) {
                usable << account;
                break;
            }
        }
    }
    QVERIFY2(!usable.isEmpty(), qPrintable(billerId + QStringLiteral(": no test bill fits the form")));
}

void TestBillerContract::everyBillerBelongsToTheCatalog()
{
    QSet<QString> ids;
    for (const BillerInfo &biller : m_directory.billers()) {
        QVERIFY2(!ids.contains(biller.id), qPrintable(biller.id));
        ids.insert(biller.id);
        const ServiceDefinition *service = formtest::shippedCatalog().service(biller.serviceId);
        QVERIFY2(service, qPrintable(biller.id + u' ' + biller.serviceId));
        // A bill service names exactly this biller: no second spelling of it.
        if (service->fee.type == FeeRule::Type::Bill)
            QCOMPARE(service->fee.billerId, biller.id);
    }
}

QTEST_GUILESS_MAIN(TestBillerContract)
#include "tst_billercontract.moc"
