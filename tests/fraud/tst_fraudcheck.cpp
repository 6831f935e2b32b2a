#include "FraudCheck.h"
#include "FraudMessages.h"

#include <QJsonObject>
#include <QTest>

using namespace branch;
using namespace Qt::StringLiterals;

namespace {

FraudWatchList watchList()
{
    return FraudWatchList::parse(R"({"schemaVersion":1,"version":"t","accounts":["6217000000000000001"]})").value();
}

// A transfer as the form stores it: the amount in fen.
QJsonObject transfer(const QString &account, qint64 fen, const QString &remark = {}, const QString &name = {})
{
    QJsonObject values{{u"payee_name"_s, name.isEmpty() ? QStringLiteral("张三") : name},
                       {u"payee_card"_s, account},
                       {u"payee_card_confirm"_s, account},
                       {u"payee_bank"_s, u"icbc"_s},
                       {u"amount"_s, fen},
                       {u"purpose"_s, u"family"_s},
                       {u"anti_fraud"_s, true}};
    if (!remark.isEmpty())
        values.insert(QStringLiteral("remark"), remark);
    return values;
}

const QString known = QStringLiteral("6222020000000000017");
const QString listed = QStringLiteral("6217 0000 0000 0000 001");

} // namespace

// Every rule of the default rules (modules/fraud/fraud-rules.json), one row
// each, and who and what the rules cover.
class TestFraudCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<bool>("payeeKnown");
        QTest::addColumn<bool>("careMode");
        QTest::addColumn<int>("age"); // -1: no ID card read
        QTest::addColumn<bool>("covered");
        QTest::addColumn<QStringList>("hits");

        const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        // Who is covered.
        row("not elderly, not care mode") << "bank.transfer" << transfer(known, 100, u"安全账户"_s) << true << false << 40
                                          << false << QStringList();
        row("no card, no care mode") << "bank.transfer" << transfer(known, 100, u"安全账户"_s) << true << false << -1
                                     << false << QStringList();
        row("aged 65 from the card") << "bank.transfer" << transfer(known, 100) << true << false << 65 << true
                                     << QStringList();
        row("aged 64") << "bank.transfer" << transfer(known, 100, u"刷单"_s) << true << false << 64 << false
                       << QStringList();
        row("care mode, any age") << "bank.transfer" << transfer(known, 100) << true << true << 30 << true
                                  << QStringList();
        row("service not covered") << "utility.electricity" << transfer(known, 100, u"安全账户"_s) << false << true << 80
                                   << false << QStringList();
        // new_payee
        row("new payee") << "bank.transfer" << transfer(known, 100) << false << true << -1 << true
                         << QStringList{u"new_payee"_s};
        // large_amount: above ¥10,000, the threshold itself is fine.
        row("at the threshold") << "bank.transfer" << transfer(known, 1000000) << true << true << -1 << true
                                << QStringList();
        row("above the threshold") << "bank.transfer" << transfer(known, 1000001) << true << true << -1 << true
                                   << QStringList{u"large_amount"_s};
        // watch_list, however the number is spaced.
        row("watch list") << "bank.transfer" << transfer(listed, 100) << true << true << -1 << true
                          << QStringList{u"watch_list"_s};
        // Keywords, one pattern each, after normalization.
        row("safe account") << "bank.transfer" << transfer(known, 100, u"转入安全账户"_s) << true << true << -1 << true
                            << QStringList{u"remark_safe_account"_s};
        row("safe account spaced") << "bank.transfer" << transfer(known, 100, u"安 全 帐 户"_s) << true << true << -1
                                   << true << QStringList{u"remark_safe_account"_s};
        row("task scam") << "bank.transfer" << transfer(known, 100, u"刷单返现"_s) << true << true << -1 << true
                         << QStringList{u"remark_task_scam"_s};
        row("prize") << "bank.transfer" << transfer(known, 100, u"中奖手续费"_s) << true << true << -1 << true
                     << QStringList{u"remark_prize"_s};
        row("impersonation") << "bank.transfer" << transfer(known, 100, u"公检法要求"_s) << true << true << -1 << true
                             << QStringList{u"remark_impersonation"_s};
        row("verification code") << "bank.transfer" << transfer(known, 100, u"验证码"_s) << true << true << -1 << true
                                 << QStringList{u"remark_verification_code"_s};
        row("refund") << "bank.transfer" << transfer(known, 100, u"客服退款"_s) << true << true << -1 << true
                      << QStringList{u"remark_refund"_s};
        row("investment") << "bank.transfer" << transfer(known, 100, u"高回报"_s) << true << true << -1 << true
                          << QStringList{u"remark_investment"_s};
        row("loan") << "bank.transfer" << transfer(known, 100, u"贷款保证金"_s) << true << true << -1 << true
                    << QStringList{u"remark_loan"_s};
        row("english") << "bank.transfer" << transfer(known, 100, u"to my SAFE ACCOUNT"_s) << true << true << -1 << true
                       << QStringList{u"remark_safe_account"_s};
        row("in the payee's name") << "bank.transfer" << transfer(known, 100, {}, u"某某法院"_s) << true << true << -1
                                   << true << QStringList{u"remark_impersonation"_s};
        row("ordinary remark") << "bank.transfer" << transfer(known, 100, u"生活费"_s) << true << true << -1 << true
                               << QStringList();
        // Several at once, in rule order, each pattern once.
        row("everything") << "bank.transfer" << transfer(listed, 5000000, u"公安 安全账户 安全帐户"_s) << false << true
                          << 80 << true
                          << QStringList{u"new_payee"_s, u"large_amount"_s, u"watch_list"_s, u"remark_safe_account"_s,
                                         u"remark_impersonation"_s};
        // Withdrawals: covered from ¥50,000 only.
        row("small withdrawal") << "hpf.withdrawal" << QJsonObject{{u"amount"_s, 4999999}} << false << true << 80 << false
                                << QStringList();
        row("large withdrawal") << "hpf.withdrawal" << QJsonObject{{u"amount"_s, 5000000}} << false << true << 80 << true
                                << QStringList{u"large_amount"_s};
    }

    void rules()
    {
        QFETCH(QString, service);
        QFETCH(QJsonObject, values);
        QFETCH(bool, payeeKnown);
        QFETCH(bool, careMode);
        QFETCH(int, age);
        QFETCH(bool, covered);
        QFETCH(QStringList, hits);
        const FraudCheck check(FraudRules::builtIn(), watchList());
        FraudCustomer customer{careMode, age < 0 ? std::nullopt : std::optional<int>(age)};
        const FraudVerdict verdict = check.evaluate({service, values, payeeKnown}, customer);
        QCOMPARE(verdict.covered, covered);
        QCOMPARE(verdict.hits, hits);
        QCOMPARE(verdict.warns(), !hits.isEmpty());
        for (const QString &hit : hits)
            QVERIFY(!FraudMessages::hit(hit).isEmpty());
    }

    void rulesSwitchedOff()
    {
        FraudRules rules = FraudRules::builtIn();
        rules.newPayee = false;
        rules.watchList = false;
        rules.amountAbove.reset();
        rules.keywords.clear();
        const FraudCheck check(rules, watchList());
        const FraudVerdict verdict =
            check.evaluate({QStringLiteral("bank.transfer"), transfer(listed, 99999999, u"安全账户"_s), false}, {true, 90});
        QVERIFY(verdict.covered);
        QVERIFY(verdict.hits.isEmpty());
    }

    void everyone()
    {
        FraudRules rules = FraudRules::builtIn();
        rules.audience = {false, 0};
        const FraudCheck check(rules);
        QVERIFY(check.covers({false, 18}));
        QVERIFY(!check.covers({true, std::nullopt})); // care mode no longer counts, and no card was read
    }

    void patternsHaveTheirOwnWords()
    {
        QSet<QString> sentences;
        for (const FraudKeyword &k : FraudRules::builtIn().keywords)
            sentences.insert(FraudMessages::hit(FraudHit::RemarkPrefix + k.pattern));
        // Every default pattern has its own sentence, not the general one.
        QVERIFY(!sentences.contains(FraudMessages::hit(QStringLiteral("remark_unheard_of"))));
    }
};

QTEST_GUILESS_MAIN(TestFraudCheck)
#include "tst_fraudcheck.moc"
