#include "JobWatch.h"
#include "PrintReason.h"

#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::PrinterCondition)

namespace {

PrinterCondition printer(int state, const QStringList &reasons = {}, bool accepting = true)
{
    return PrinterCondition{state, reasons, accepting};
}

} // namespace

// What a job's state and its printer's state mean, rule by rule, without a
// printing system (tst_cupsprinter checks them against a real one).
class TestJobWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keywordsMatchWhateverTheirSuffix_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("matches");
        QTest::newRow("error") << "media-empty-error" << "media-empty" << true;
        QTest::newRow("warning") << "media-empty-warning" << "media-empty" << true;
        QTest::newRow("report") << "offline-report" << "offline" << true;
        QTest::newRow("bare") << "paused" << "paused" << true;
        QTest::newRow("longer keyword") << "media-empty-soon-error" << "media-empty" << false;
        QTest::newRow("low is not empty") << "media-low-warning" << "media-empty" << false;
        QTest::newRow("prefix only") << "media" << "media-empty" << false;
    }

    void keywordsMatchWhateverTheirSuffix()
    {
        QFETCH(QString, reason);
        QFETCH(QString, keyword);
        QFETCH(bool, matches);
        QCOMPARE(printer(IppPrinterState::Idle, {reason}).has(keyword), matches);
    }

    void refusal_data()
    {
        QTest::addColumn<PrinterCondition>("condition");
        QTest::addColumn<QString>("reason");
        QTest::newRow("idle") << printer(IppPrinterState::Idle) << QString();
        QTest::newRow("busy") << printer(IppPrinterState::Processing) << QString();
        QTest::newRow("paused (cupsdisable)") << printer(IppPrinterState::Stopped, {QStringLiteral("paused")})
                                              << QString(PrintReason::Paused);
        QTest::newRow("stopped by a fault") << printer(IppPrinterState::Stopped) << QString(PrintReason::Paused);
        QTest::newRow("rejecting (cupsreject)") << printer(IppPrinterState::Idle, {}, false)
                                                << QString(PrintReason::NotAccepting);
        // A backend's last word stays until it runs again: the job is sent,
        // and JobWatch::look judges it.
        QTest::newRow("stale out of paper") << printer(IppPrinterState::Idle, {QStringLiteral("media-empty-error")})
                                            << QString();
        QTest::newRow("stale offline") << printer(IppPrinterState::Idle, {QStringLiteral("offline-report")}) << QString();
    }

    void refusal()
    {
        QFETCH(PrinterCondition, condition);
        QFETCH(QString, reason);
        QCOMPARE(JobWatch::refusal(condition), reason);
    }

    void finishedJobs_data()
    {
        QTest::addColumn<int>("jobState");
        QTest::addColumn<PrinterCondition>("condition");
        QTest::addColumn<QString>("reason");
        const PrinterCondition idle = printer(IppPrinterState::Idle);
        QTest::newRow("completed") << IppJobState::Completed << idle << QString();
        QTest::newRow("aborted (abort-job policy)") << IppJobState::Aborted << idle << QString(PrintReason::JobFailed);
        QTest::newRow("canceled by staff") << IppJobState::Canceled << idle << QString(PrintReason::JobFailed);
        QTest::newRow("held (retry-job policy)") << IppJobState::Held << idle << QString(PrintReason::JobFailed);
        QTest::newRow("stopped job") << IppJobState::Stopped << idle << QString(PrintReason::JobFailed);
        QTest::newRow("held, out of paper")
            << IppJobState::Held << printer(IppPrinterState::Idle, {QStringLiteral("media-needed-error")})
            << QString(PrintReason::OutOfPaper);
        QTest::newRow("aborted, offline") << IppJobState::Aborted
                                          << printer(IppPrinterState::Idle, {QStringLiteral("offline-report")})
                                          << QString(PrintReason::Offline);
        QTest::newRow("pending on a stopped printer") << IppJobState::Pending << printer(IppPrinterState::Stopped)
                                                      << QString(PrintReason::Paused);
        QTest::newRow("held on a stopped printer") << IppJobState::Held << printer(IppPrinterState::Stopped)
                                                   << QString(PrintReason::Paused);
        QTest::newRow("stopped printer out of paper")
            << IppJobState::Processing << printer(IppPrinterState::Stopped, {QStringLiteral("media-empty-error")})
            << QString(PrintReason::OutOfPaper);
    }

    // Decided at the first look: no grace is waited for.
    void finishedJobs()
    {
        QFETCH(int, jobState);
        QFETCH(PrinterCondition, condition);
        QFETCH(QString, reason);
        JobWatch watch(60'000);
        const JobCheck check = watch.look(jobState, condition, 0);
        QVERIFY(check.finished);
        QCOMPARE(check.reason, reason);
    }

    void waitingJobsGoOn_data()
    {
        QTest::addColumn<int>("jobState");
        QTest::addColumn<PrinterCondition>("condition");
        QTest::newRow("pending") << IppJobState::Pending << printer(IppPrinterState::Idle);
        QTest::newRow("printing") << IppJobState::Processing << printer(IppPrinterState::Processing);
        QTest::newRow("connecting") << IppJobState::Processing
                                    << printer(IppPrinterState::Processing, {QStringLiteral("connecting-to-device")});
        QTest::newRow("paper low") << IppJobState::Processing
                                   << printer(IppPrinterState::Processing, {QStringLiteral("media-low-warning")});
        // New jobs are refused, this one was taken before.
        QTest::newRow("rejecting others") << IppJobState::Processing << printer(IppPrinterState::Processing, {}, false);
    }

    void waitingJobsGoOn()
    {
        QFETCH(int, jobState);
        QFETCH(PrinterCondition, condition);
        JobWatch watch(1000);
        QVERIFY(!watch.look(jobState, condition, 0).finished);
        QVERIFY(!watch.look(jobState, condition, 5000).finished);
    }

    void outOfPaperMustLastTheGrace_data()
    {
        QTest::addColumn<QString>("stateReason");
        QTest::addColumn<QString>("reason");
        QTest::newRow("media-empty") << "media-empty-error" << QString(PrintReason::OutOfPaper);
        QTest::newRow("media-needed") << "media-needed" << QString(PrintReason::OutOfPaper);
        QTest::newRow("offline") << "offline-report" << QString(PrintReason::Offline);
        QTest::newRow("shut down") << "shutdown" << QString(PrintReason::Offline);
    }

    void outOfPaperMustLastTheGrace()
    {
        QFETCH(QString, stateReason);
        QFETCH(QString, reason);
        const PrinterCondition troubled = printer(IppPrinterState::Processing, {stateReason});
        JobWatch watch(2000);
        QVERIFY(!watch.look(IppJobState::Processing, troubled, 100).finished);
        QVERIFY(!watch.look(IppJobState::Processing, troubled, 2099).finished);
        const JobCheck check = watch.look(IppJobState::Processing, troubled, 2100);
        QVERIFY(check.finished);
        QCOMPARE(check.reason, reason);
    }

    // A refilled printer still says "media-empty" until this job's backend
    // clears it: a reason that goes away within the grace is forgotten.
    void aStaleReasonThatClearsIsForgotten()
    {
        const PrinterCondition stale = printer(IppPrinterState::Processing, {QStringLiteral("media-empty-error")});
        const PrinterCondition fine = printer(IppPrinterState::Processing);
        JobWatch watch(2000);
        QVERIFY(!watch.look(IppJobState::Processing, stale, 0).finished);
        QVERIFY(!watch.look(IppJobState::Processing, fine, 1500).finished);
        // Back again later: the grace starts anew.
        QVERIFY(!watch.look(IppJobState::Processing, stale, 3000).finished);
        QVERIFY(!watch.look(IppJobState::Processing, stale, 4999).finished);
        QVERIFY(watch.look(IppJobState::Processing, stale, 5000).finished);
        QVERIFY(watch.look(IppJobState::Completed, fine, 5100).finished);
    }

    void timedOut_data()
    {
        QTest::addColumn<PrinterCondition>("condition");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no word") << printer(IppPrinterState::Processing) << QString(PrintReason::Timeout);
        QTest::newRow("still connecting") << printer(IppPrinterState::Processing, {QStringLiteral("connecting-to-device")})
                                          << QString(PrintReason::Offline);
        QTest::newRow("timed out") << printer(IppPrinterState::Processing, {QStringLiteral("timed-out")})
                                   << QString(PrintReason::Offline);
        QTest::newRow("paper") << printer(IppPrinterState::Processing, {QStringLiteral("media-empty-error")})
                               << QString(PrintReason::OutOfPaper);
    }

    void timedOut()
    {
        QFETCH(PrinterCondition, condition);
        QFETCH(QString, reason);
        QCOMPARE(JobWatch(1000).timedOut(condition), reason);
    }
};

QTEST_GUILESS_MAIN(TestJobWatch)
#include "tst_jobwatch.moc"
