#include "FlowFixtures.h"
#include "FlowSteps.h"

using branch::CounterTask;
using branch::FlowOptions;
using branch::FlowStep;
using branch::FlowSteps;

Q_DECLARE_METATYPE(branch::FlowStep)
Q_DECLARE_METATYPE(QList<branch::FlowStep>)
Q_DECLARE_METATYPE(QList<branch::CounterTask>)

// The steps of shipped services, derived from their catalog files.
class TestFlowSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesSteps_data();
    void derivesSteps();
    void walksForwardAndBack_data();
    void walksForwardAndBack();
    void payIsAStepOnlyWhereTheKioskTakesPayment();
    void authorizeIsAStepOnlyWhereTheKioskAuthorizes_data();
    void authorizeIsAStepOnlyWhereTheKioskAuthorizes();
    void authorization_data();
    void authorization();
    void everyStartableServiceEndsInAReceipt();
};

void TestFlowSteps::derivesSteps_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("startable");
    QTest::addColumn<QList<FlowStep>>("steps");
    QTest::addColumn<QList<CounterTask>>("tasks");

    QTest::newRow("bill service starts with the look-up")
        << QStringLiteral("utility.electricity") << true
        << QList<FlowStep>{FlowStep::LookupBill, FlowStep::Fill, FlowStep::Review, FlowStep::Receipt}
        << QList<CounterTask>{CounterTask::PayAtCounter};
    QTest::newRow("transfer is signed; ID, approval and payment at the counter")
        << QStringLiteral("bank.transfer") << true
        << QList<FlowStep>{FlowStep::Fill, FlowStep::Review, FlowStep::Sign, FlowStep::Receipt}
        << QList<CounterTask>{CounterTask::CheckIdentity, CounterTask::StaffApproval, CounterTask::PayAtCounter};
    QTest::newRow("a pure query has no steps, only the counter's ID check")
        << QStringLiteral("bank.balance_inquiry") << false << QList<FlowStep>{}
        << QList<CounterTask>{CounterTask::CheckIdentity};
}

void TestFlowSteps::derivesSteps()
{
    QFETCH(QString, service);
    QFETCH(bool, startable);
    QFETCH(QList<FlowStep>, steps);
    QFETCH(QList<CounterTask>, tasks);
    const branch::ServiceDefinition &definition = flowtest::service(service);
    const FlowSteps flow(definition);
    QCOMPARE(flow.startable(), startable);
    QCOMPARE(flow.steps(), steps);
    QCOMPARE(flow.counterTasks(), tasks);
    QCOMPARE(flow.needsBillLookup(), steps.contains(FlowStep::LookupBill));
    QCOMPARE(flow.needsSignature(), steps.contains(FlowStep::Sign));
    QCOMPARE(flow.first().has_value(), startable);
}

void TestFlowSteps::walksForwardAndBack_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<FlowStep>("from");
    QTest::addColumn<int>("next");     // -1: none
    QTest::addColumn<int>("previous"); // -1: none
    QTest::addColumn<bool>("submits");
    const auto step = [](FlowStep s) { return int(s); };
    const QString bill = QStringLiteral("utility.electricity");
    const QString transfer = QStringLiteral("bank.transfer");
    QTest::newRow("look-up -> fill, leaves the form going back")
        << bill << FlowStep::LookupBill << step(FlowStep::Fill) << -1 << false;
    QTest::newRow("bill: fill goes back to the look-up") << bill << FlowStep::Fill << step(FlowStep::Review)
                                                         << step(FlowStep::LookupBill) << false;
    QTest::newRow("bill: review submits") << bill << FlowStep::Review << step(FlowStep::Receipt)
                                          << step(FlowStep::Fill) << true;
    QTest::newRow("transfer: fill is first") << transfer << FlowStep::Fill << step(FlowStep::Review) << -1 << false;
    QTest::newRow("transfer: review leads to the signature")
        << transfer << FlowStep::Review << step(FlowStep::Sign) << step(FlowStep::Fill) << false;
    QTest::newRow("transfer: signing submits") << transfer << FlowStep::Sign << step(FlowStep::Receipt)
                                               << step(FlowStep::Review) << true;
    QTest::newRow("nothing after or before the receipt") << transfer << FlowStep::Receipt << -1 << -1 << false;
    QTest::newRow("a step the service lacks") << transfer << FlowStep::LookupBill << -1 << -1 << false;
}

void TestFlowSteps::walksForwardAndBack()
{
    QFETCH(QString, service);
    QFETCH(FlowStep, from);
    QFETCH(int, next);
    QFETCH(int, previous);
    QFETCH(bool, submits);
    const FlowSteps flow(flowtest::service(service));
    const auto asInt = [](std::optional<FlowStep> s) { return s ? int(*s) : -1; };
    QCOMPARE(asInt(flow.next(from)), next);
    QCOMPARE(asInt(flow.previous(from)), previous);
    QCOMPARE(flow.submitsAfter(from), submits);
}

void TestFlowSteps::payIsAStepOnlyWhereTheKioskTakesPayment()
{
    FlowOptions options;
    options.kioskTakesPayment = true;
    const FlowSteps flow(flowtest::service(QStringLiteral("utility.electricity")), options);
    QCOMPARE(flow.steps(), (QList<FlowStep>{FlowStep::LookupBill, FlowStep::Fill, FlowStep::Review, FlowStep::Pay,
                                            FlowStep::Receipt}));
    QVERIFY(flow.counterTasks().isEmpty());
    QVERIFY(flow.submitsAfter(FlowStep::Pay));
    QVERIFY(!flow.submitsAfter(FlowStep::Review));
}

void TestFlowSteps::authorizeIsAStepOnlyWhereTheKioskAuthorizes_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("pays");
    QTest::addColumn<QList<FlowStep>>("steps");
    QTest::addColumn<QList<CounterTask>>("tasks");
    QTest::newRow("transfer: approved after signing, before paying")
        << QStringLiteral("bank.transfer") << true
        << QList<FlowStep>{FlowStep::Fill, FlowStep::Review, FlowStep::Sign, FlowStep::Authorize, FlowStep::Pay,
                           FlowStep::Receipt}
        << QList<CounterTask>{CounterTask::CheckIdentity};
    QTest::newRow("transfer without a terminal: paid at the counter")
        << QStringLiteral("bank.transfer") << false
        << QList<FlowStep>{FlowStep::Fill, FlowStep::Review, FlowStep::Sign, FlowStep::Authorize, FlowStep::Receipt}
        << QList<CounterTask>{CounterTask::CheckIdentity, CounterTask::PayAtCounter};
    QTest::newRow("housing-fund loan: always approved, nothing to pay")
        << QStringLiteral("hpf.loan_application") << true
        << QList<FlowStep>{FlowStep::Fill, FlowStep::Review, FlowStep::Sign, FlowStep::Authorize, FlowStep::Receipt}
        << QList<CounterTask>{CounterTask::CheckIdentity};
    QTest::newRow("no rule, no step") << QStringLiteral("utility.gas") << true
                                      << QList<FlowStep>{FlowStep::Fill, FlowStep::Review, FlowStep::Pay,
                                                         FlowStep::Receipt}
                                      << QList<CounterTask>{};
}

void TestFlowSteps::authorizeIsAStepOnlyWhereTheKioskAuthorizes()
{
    QFETCH(QString, service);
    QFETCH(bool, pays);
    QFETCH(QList<FlowStep>, steps);
    QFETCH(QList<CounterTask>, tasks);
    FlowOptions options;
    options.kioskAuthorizes = true;
    options.kioskTakesPayment = pays;
    const FlowSteps flow(flowtest::service(service), options);
    QCOMPARE(flow.steps(), steps);
    QCOMPARE(flow.counterTasks(), tasks);
    QVERIFY(!flow.submitsAfter(FlowStep::Sign) || !steps.contains(FlowStep::Authorize));
}

void TestFlowSteps::authorization_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<qint64>("fen"); // -1: no amount
    QTest::addColumn<bool>("needed");
    // bank.transfer: staff approval above 50,000.00 yuan.
    QTest::newRow("below the threshold") << QStringLiteral("bank.transfer") << qint64(5000000) << false;
    QTest::newRow("above the threshold") << QStringLiteral("bank.transfer") << qint64(5000001) << true;
    QTest::newRow("no authorization rule") << QStringLiteral("utility.electricity") << qint64(99999999) << false;
}

void TestFlowSteps::authorization()
{
    QFETCH(QString, service);
    QFETCH(qint64, fen);
    QFETCH(bool, needed);
    const FlowSteps flow(flowtest::service(service));
    const std::optional<branch::Money> amount = fen < 0 ? std::nullopt : std::optional(branch::Money(fen));
    QCOMPARE(flow.needsAuthorization(amount), needed);
}

void TestFlowSteps::everyStartableServiceEndsInAReceipt()
{
    int startable = 0;
    for (const branch::ServiceDefinition &service : flowtest::catalog().services()) {
        const FlowSteps flow(service);
        if (!flow.startable()) {
            QVERIFY2(flow.steps().isEmpty(), qPrintable(service.id));
            continue;
        }
        ++startable;
        QCOMPARE(flow.steps().constLast(), FlowStep::Receipt);
        QVERIFY2(flow.has(FlowStep::Fill) && flow.has(FlowStep::Review), qPrintable(service.id));
        // Walking forward from the first step reaches the receipt, one step at a time.
        std::optional<FlowStep> at = flow.first();
        int walked = 1;
        while (at && *at != FlowStep::Receipt) {
            at = flow.next(*at);
            ++walked;
        }
        QCOMPARE(walked, int(flow.steps().size()));
    }
    QVERIFY(startable > 20);
}

QTEST_GUILESS_MAIN(TestFlowSteps)
#include "tst_flowsteps.moc"
