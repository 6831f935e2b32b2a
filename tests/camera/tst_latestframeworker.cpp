#include "LatestFrameWorker.h"

#include <QSemaphore>
#include <QTest>

#include <mutex>
#include <thread>
#include <vector>

using branch::CameraFrame;
using branch::LatestFrameWorker;

namespace {

CameraFrame frameNumber(quint64 sequence)
{
    CameraFrame frame;
    frame.image = cv::Mat(2, 2, CV_8U, cv::Scalar(0));
    frame.sequence = sequence;
    return frame;
}

// A consumer that holds each frame until the test lets it go, so what the
// worker does while it is busy is decided by the test, not by timing.
struct GatedConsumer
{
    QSemaphore entered;
    QSemaphore release;
    std::mutex mutex;
    std::vector<quint64> seen;

    void operator()(const CameraFrame &frame)
    {
        {
            const std::lock_guard lock(mutex);
            seen.push_back(frame.sequence);
        }
        entered.release();
        release.acquire();
    }
    std::vector<quint64> sequences()
    {
        const std::lock_guard lock(mutex);
        return seen;
    }
};

} // namespace

class TestLatestFrameWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The decoder is busy with frame 1 while frames 2..N arrive: it gets only
    // the newest next, and every frame in between is counted as dropped.
    void aBusyConsumerGetsOnlyTheNewestFrame_data()
    {
        QTest::addColumn<int>("whileBusy");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("a second of 30 fps") << 30;
    }

    void aBusyConsumerGetsOnlyTheNewestFrame()
    {
        QFETCH(int, whileBusy);
        GatedConsumer consumer;
        LatestFrameWorker worker([&consumer](const CameraFrame &frame) { consumer(frame); });
        worker.offer(frameNumber(1));
        QVERIFY(consumer.entered.tryAcquire(1, 10'000));
        for (int i = 0; i < whileBusy; ++i)
            worker.offer(frameNumber(quint64(2 + i)));
        QCOMPARE(worker.dropped(), quint64(whileBusy - 1));
        consumer.release.release();
        QVERIFY(consumer.entered.tryAcquire(1, 10'000));
        consumer.release.release();
        worker.stop();
        const std::vector<quint64> expected{1, quint64(1 + whileBusy)};
        QCOMPARE(consumer.sequences(), expected);
        QCOMPARE(worker.offered(), quint64(1 + whileBusy));
        QCOMPARE(worker.handled(), quint64(2));
        QCOMPARE(worker.dropped(), quint64(whileBusy - 1));
    }

    // offer() never waits for the consumer: a camera thread offering while
    // the consumer is stuck returns at once.
    void offerNeverBlocks()
    {
        GatedConsumer consumer;
        LatestFrameWorker worker([&consumer](const CameraFrame &frame) { consumer(frame); });
        worker.offer(frameNumber(1));
        QVERIFY(consumer.entered.tryAcquire(1, 10'000));
        std::thread camera([&worker] {
            for (quint64 i = 2; i <= 500; ++i)
                worker.offer(frameNumber(i));
        });
        camera.join(); // would hang here if offer() waited for the consumer
        QCOMPARE(worker.offered(), quint64(500));
        QCOMPARE(worker.dropped(), quint64(498));
        consumer.release.release();
        QVERIFY(consumer.entered.tryAcquire(1, 10'000));
        consumer.release.release();
        worker.stop();
        QCOMPARE(consumer.sequences().back(), quint64(500));
    }

    // A frame waiting at stop() is dropped, and offers after stop() are ignored.
    void stopDropsThePendingFrame()
    {
        GatedConsumer consumer;
        LatestFrameWorker worker([&consumer](const CameraFrame &frame) { consumer(frame); });
        worker.offer(frameNumber(1));
        QVERIFY(consumer.entered.tryAcquire(1, 10'000));
        worker.offer(frameNumber(2));
        // Frame 1 finishes while stop() waits; frame 2 is dropped by stop(),
        // or handled if the worker took it first: either way it is counted once.
        consumer.release.release(2);
        worker.stop();
        worker.offer(frameNumber(3));
        QCOMPARE(worker.handled() + worker.dropped(), quint64(2));
        QCOMPARE(worker.offered(), quint64(2));
        QVERIFY(consumer.sequences().front() == 1);
    }

    // A consumer that throws loses that frame only.
    void aThrowingConsumerDoesNotStopTheWorker()
    {
        QSemaphore done;
        LatestFrameWorker worker([&done](const CameraFrame &frame) {
            done.release();
            if (frame.sequence == 1)
                throw std::runtime_error("bad frame");
        });
        worker.offer(frameNumber(1));
        QVERIFY(done.tryAcquire(1, 10'000));
        worker.offer(frameNumber(2));
        QVERIFY(done.tryAcquire(1, 10'000));
        worker.stop();
        QCOMPARE(worker.handled(), quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestLatestFrameWorker)
#include "tst_latestframeworker.moc"
