#include "MediaCameraSource.h"
#include "QrFrameGenerator.h"
#include "QrScanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using branch::qrframes::Category;

// Camera to text: robustness frames played from a folder through the real
// MediaCameraSource, decoded on the scanner's thread.
class TestQrScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCodesAFolderShows()
    {
        QTemporaryDir dir;
        const branch::qrframes::QrFrameGenerator generator(7);
        QStringList payloads;
        int index = 0;
        for (const Category category : {Category::Paper, Category::NoCode, Category::Screen}) {
            const auto frame = generator.make(category, 0);
            QVERIFY(cv::imwrite(dir.filePath(QStringLiteral("frame_%1.png").arg(index++)).toStdString(), frame.image));
            if (!frame.payload.empty())
                payloads << QString::fromStdString(frame.payload);
        }
        // Slow enough that the decoder keeps up and no frame is dropped.
        branch::MediaCameraSource camera(dir.path(), {4, false});
        branch::QrScanner scanner(camera);
        QSignalSpy read(&scanner, &branch::QrScanner::codesRead);
        QSignalSpy ended(&camera, &branch::MediaCameraSource::ended);
        QVERIFY(camera.start().ok());
        QVERIFY(ended.wait(20'000));
        QTRY_COMPARE_WITH_TIMEOUT(scanner.framesDecoded() + scanner.framesDropped(), quint64(3), 20'000);
        QStringList seen;
        QList<quint64> sequences;
        for (const QList<QVariant> &signal : read) {
            seen << signal.at(0).toStringList();
            sequences << signal.at(1).toULongLong();
        }
        // Every frame decoded was read right; the no-code frame gave nothing.
        QVERIFY(!seen.isEmpty());
        for (const QString &code : seen)
            QVERIFY(payloads.contains(code));
        QVERIFY(!sequences.contains(2));
    }
};

QTEST_GUILESS_MAIN(TestQrScanner)
#include "tst_qrscanner.moc"
