#include "MediaCameraSource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <mutex>
#include <vector>

using branch::CameraFrame;
using branch::MediaCameraSource;

namespace {

// Frames as the capture thread hands them over, kept for the test thread.
struct Collector
{
    std::mutex mutex;
    std::vector<CameraFrame> frames;

    void attach(MediaCameraSource &source)
    {
        QObject::connect(&source, &MediaCameraSource::frameCaptured, &source,
                         [this](const CameraFrame &frame) {
                             const std::lock_guard lock(mutex);
                             frames.push_back(frame);
                         },
                         Qt::DirectConnection);
    }
    std::vector<CameraFrame> taken()
    {
        const std::lock_guard lock(mutex);
        return frames;
    }
};

// An image whose width says which file it was.
void writeImage(const QString &path, int width)
{
    QVERIFY(cv::imwrite(path.toStdString(), cv::Mat(40, width, CV_8UC3, cv::Scalar(10, 200, 30))));
}

} // namespace

class TestMediaCameraSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<branch::CameraFrame>(); }

    // A folder plays in numeric name order, each frame numbered, then ends.
    void playsAFolderInOrderThenEnds()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("frame_10.png")), 110);
        writeImage(dir.filePath(QStringLiteral("frame_2.jpg")), 102);
        writeImage(dir.filePath(QStringLiteral("frame_1.png")), 101);
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
        notes.close();

        MediaCameraSource source(dir.path(), {200, false});
        Collector collector;
        collector.attach(source);
        QSignalSpy ended(&source, &MediaCameraSource::ended);
        QVERIFY(source.start().ok());
        QVERIFY(ended.wait(10'000));
        QCOMPARE(ended.constFirst().constFirst().toString(), QStringLiteral("end_of_media"));
        const auto frames = collector.taken();
        QCOMPARE(frames.size(), std::size_t(3));
        QCOMPARE(frames[0].image.cols, 101);
        QCOMPARE(frames[1].image.cols, 102);
        QCOMPARE(frames[2].image.cols, 110);
        for (std::size_t i = 0; i < frames.size(); ++i) {
            QCOMPARE(frames[i].sequence, quint64(i + 1));
            QCOMPARE(frames[i].image.type(), CV_8UC3);
        }
        QVERIFY(!source.isRunning());
    }

    // A file that stopped being an image is skipped, as a camera skips a bad frame.
    void skipsAnUnreadableImage()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("a.png")), 50);
        QFile broken(dir.filePath(QStringLiteral("b.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\ntruncated");
        broken.close();
        writeImage(dir.filePath(QStringLiteral("c.png")), 70);
        MediaCameraSource source(dir.path(), {200, false});
        Collector collector;
        collector.attach(source);
        QSignalSpy ended(&source, &MediaCameraSource::ended);
        QVERIFY(source.start().ok());
        QVERIFY(ended.wait(10'000));
        const auto frames = collector.taken();
        QCOMPARE(frames.size(), std::size_t(2));
        QCOMPARE(frames[0].image.cols, 50);
        QCOMPARE(frames[1].image.cols, 70);
    }

    // Looping (the demo default) starts again at the end until stopped.
    void loopsUntilStopped()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("only.png")), 33);
        MediaCameraSource source(dir.path(), {200, true});
        Collector collector;
        collector.attach(source);
        QVERIFY(source.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(collector.taken().size() >= 5, 10'000);
        source.stop();
        QVERIFY(!source.isRunning());
        const std::size_t count = collector.taken().size();
        QTest::qWait(50);
        QCOMPARE(collector.taken().size(), count); // nothing after stop()
    }

    // A video file plays through the same interface, frame by frame.
    void playsAVideoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.avi"));
        {
            cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'),
                                   25, {64, 48});
            QVERIFY(writer.isOpened());
            for (int i = 0; i < 6; ++i)
                writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar(i * 40, 0, 0)));
        }
        MediaCameraSource source(path, {200, false});
        Collector collector;
        collector.attach(source);
        QSignalSpy ended(&source, &MediaCameraSource::ended);
        QVERIFY(source.start().ok());
        QVERIFY(ended.wait(10'000));
        const auto frames = collector.taken();
        QCOMPARE(frames.size(), std::size_t(6));
        QCOMPARE(frames.back().image.cols, 64);
        QCOMPARE(frames.back().sequence, quint64(6));
    }

    void refusesWhatItCannotPlay_data()
    {
        QTest::addColumn<QString>("content"); // "dir" for an empty folder, else a file's bytes
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty folder") << QStringLiteral("dir") << QStringLiteral("no_images");
        QTest::newRow("text file") << QStringLiteral("hello") << QStringLiteral("media_unreadable");
        QTest::newRow("empty file") << QString() << QStringLiteral("media_unreadable");
    }

    void refusesWhatItCannotPlay()
    {
        QFETCH(QString, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.path();
        if (content != u"dir") {
            path = dir.filePath(QStringLiteral("clip.mp4"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.toUtf8());
        }
        MediaCameraSource source(path, {200, false});
        const auto started = source.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.reason(), reason);
        QVERIFY(!source.isRunning());
        QVERIFY(!branch::CameraMessages::message(reason, path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMediaCameraSource)
#include "tst_mediacamerasource.moc"
