#include "BillLookup.h"
#include "FlowFixtures.h"
#include "FlowReason.h"
#include "LocalBillerDirectory.h"

#include <limits>

using branch::BillLookup;
using branch::BillPrefill;
using LookupResult = branch::Result<branch::BillPrefill, branch::FlowError>;

namespace {

// A biller that owes more than any amount can hold: two bills that overflow.
class OverflowingBillers final : public branch::BillerDirectory
{
public:
    QList<branch::BillerInfo> billers() const override
    {
        return {{QStringLiteral("electricity"), QStringLiteral("utility.electricity"), {}, {}, {}, {}}};
    }
    branch::BillLookupResult lookup(const QString &, const QString &) const override
    {
        branch::Bill bill;
        bill.billId = QStringLiteral("B1");
        bill.amount = branch::Money(std::numeric_limits<qint64>::max() - 1);
        return {QString(branch::BillReason::Ok), {bill, bill}};
    }
};

class NoBillers final : public branch::BillerDirectory
{
public:
    QList<branch::BillerInfo> billers() const override { return {}; }
    branch::BillLookupResult lookup(const QString &, const QString &) const override
    {
        return branch::BillLookupResult::failure(branch::BillReason::UnknownAccount);
    }
};

} // namespace

// Bill look-up and prefill against the shipped reference bills.
class TestBillLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lookup_data();
    void lookup();
    void prefillsTheAccountAndTheTotal();
    void leavesOutAnAccountTheFirstFieldRefuses();
    void overflowingBillsAreRefused();
    void noBillerForTheService();
    void accountLabelFollowsTheLanguage();

private:
    branch::LocalBillerDirectory m_billers;
};

void TestBillLookup::initTestCase()
{
    QString error;
    QVERIFY2(m_billers.loadFile(branch::LocalBillerDirectory::builtInPath(), &error), qPrintable(error));
}

void TestBillLookup::lookup_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("bills");
    QTest::addColumn<qint64>("totalFen");
    const QString power = QStringLiteral("utility.electricity");
    QTest::newRow("one bill") << power << QStringLiteral("0101234567") << QString(branch::BillReason::Ok) << 1
                              << qint64(18650);
    QTest::newRow("two bills are paid together") << power << QStringLiteral("0101234568")
                                                 << QString(branch::BillReason::Ok) << 2 << qint64(9320 + 11005);
    QTest::newRow("spaces around the number") << power << QStringLiteral("  0101234567 ")
                                              << QString(branch::BillReason::Ok) << 1 << qint64(18650);
    QTest::newRow("nothing outstanding") << power << QStringLiteral("0101234569")
                                         << QString(branch::BillReason::NoOutstandingBill) << 0 << qint64(0);
    QTest::newRow("unknown account") << power << QStringLiteral("0109999999")
                                     << QString(branch::BillReason::UnknownAccount) << 0 << qint64(0);
    QTest::newRow("wrong format") << power << QStringLiteral("12ab") << QString(branch::BillReason::InvalidAccountFormat)
                                  << 0 << qint64(0);
    QTest::newRow("a service without a bill") << QStringLiteral("bank.transfer") << QStringLiteral("0101234567")
                                              << QString(branch::FlowReason::NoBillLookup) << 0 << qint64(0);
}

void TestBillLookup::lookup()
{
    QFETCH(QString, service);
    QFETCH(QString, account);
    QFETCH(QString, reason);
    QFETCH(int, bills);
    QFETCH(qint64, totalFen);
    const LookupResult outcome = BillLookup(m_billers).lookup(flowtest::service(service), account, QDate(2025, 6, 15));
    QCOMPARE(outcome.ok(), reason == branch::BillReason::Ok);
    if (outcome.ok()) {
        QCOMPARE(outcome->bills.size(), bills);
        QCOMPARE(outcome->total.fen(), totalFen);
        QCOMPARE(outcome->biller.id, QStringLiteral("electricity"));
    } else {
        QCOMPARE(outcome.reason(), reason);
        QVERIFY(!outcome.error().message.isEmpty());
        QCOMPARE(bills, 0);
        Q_UNUSED(totalFen)
    }
}

void TestBillLookup::prefillsTheAccountAndTheTotal()
{
    const LookupResult outcome = BillLookup(m_billers).lookup(
        flowtest::service(QStringLiteral("utility.electricity")), QStringLiteral(" 0101234568"), QDate(2025, 6, 15));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->prefill.size(), 3);
    QCOMPARE(outcome->prefill.at(0).fieldId, QStringLiteral("customer_number"));
    QCOMPARE(outcome->prefill.at(0).value, QJsonValue(QStringLiteral("0101234568")));
    // The holder's name as the biller returns it, masked: the form's 户名 is
    // filled from the bill, not left as an empty box.
    QCOMPARE(outcome->prefill.at(1).fieldId, QStringLiteral("account_holder"));
    QCOMPARE(outcome->prefill.at(1).value, QJsonValue(QStringLiteral("\u674E*")));
    QCOMPARE(outcome->prefill.at(2).fieldId, QStringLiteral("bill_amount"));
    QCOMPARE(outcome->prefill.at(2).value, QJsonValue(qint64(20325)));
    // Each bill of the sum, with its period, due date and payee.
    QCOMPARE(outcome->bills.size(), 2);
    QCOMPARE(outcome->bills.at(0).period, QStringLiteral("2025-01"));
    QCOMPARE(outcome->bills.at(0).dueDate, QDate(2025, 2, 25));
    QCOMPARE(outcome->bills.at(1).amount.fen(), 11005);
    QCOMPARE(outcome->bills.at(0).payeeZh, QStringLiteral("\u793A\u4F8B\u5E02\u4F9B\u7535\u516C\u53F8"));
    QCOMPARE(outcome->bills.at(0).holder, QStringLiteral("\u674E*"));
}

void TestBillLookup::leavesOutAnAccountTheFirstFieldRefuses()
{
    // The water biller's numbers have 8 digits; suppose the form's first field
    // wanted 10: the amount is still filled, the account is left to the customer.
    branch::ServiceDefinition water = flowtest::service(QStringLiteral("utility.water"));
    branch::FieldDefinition &first = water.form.pages.first().fields.first();
    QCOMPARE(first.type, branch::FieldType::Text);
    first.checks.minLength = 10;
    const LookupResult outcome = BillLookup(m_billers).lookup(water, QStringLiteral("20250001"), QDate(2025, 6, 15));
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QCOMPARE(outcome->prefill.size(), 1);
    QCOMPARE(outcome->prefill.constFirst().fieldId, QStringLiteral("bill_amount"));
}

void TestBillLookup::overflowingBillsAreRefused()
{
    OverflowingBillers billers;
    const LookupResult outcome = BillLookup(billers).lookup(
        flowtest::service(QStringLiteral("utility.electricity")), QStringLiteral("0101234567"), QDate(2025, 6, 15));
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.reason().isEmpty());
    QVERIFY(outcome.reason() != branch::BillReason::Ok);
    QVERIFY(!outcome.error().message.isEmpty());
}

void TestBillLookup::noBillerForTheService()
{
    NoBillers billers;
    const BillLookup lookup(billers);
    const branch::ServiceDefinition &power = flowtest::service(QStringLiteral("utility.electricity"));
    QVERIFY(!lookup.billerFor(power));
    QVERIFY(lookup.accountLabel(power, QLocale(QLocale::Chinese, QLocale::China)).isEmpty());
    const LookupResult outcome = lookup.lookup(power, QStringLiteral("0101234567"), QDate(2025, 6, 15));
    QCOMPARE(outcome.reason(), QString(branch::BillReason::UnknownBiller));
}

void TestBillLookup::accountLabelFollowsTheLanguage()
{
    const BillLookup lookup(m_billers);
    const branch::ServiceDefinition &power = flowtest::service(QStringLiteral("utility.electricity"));
    QCOMPARE(lookup.accountLabel(power, QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("户号"));
    QCOMPARE(lookup.accountLabel(power, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("Account number"));
}

QTEST_GUILESS_MAIN(TestBillLookup)
#include "tst_billlookup.moc"
