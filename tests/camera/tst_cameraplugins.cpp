// The videoio plugin is loaded when a camera that needs it starts, and not
// before: an idle kiosk must not carry OpenCV's videoio and its ~250 libraries.
// This test links no videoio itself, so what is mapped came from the plugin.
#include "CameraPlugins.h"
#include "MediaCameraSource.h"
#include "V4l2CameraSource.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool videoioMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libopencv_videoio");
}

} // namespace

class TestCameraPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersNeedNoPlugin()
    {
        QTemporaryDir dir;
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkBlue);
        QVERIFY(picture.save(dir.filePath(QStringLiteral("1.png"))));
        branch::MediaCameraSource source(dir.path(), {.framesPerSecond = 50, .loop = false});
        QVERIFY(source.start().ok());
        source.stop();
        QVERIFY2(!videoioMapped(), "playing a folder of images loaded OpenCV's videoio");
    }

    void aDeviceLoadsThePluginOnStart()
    {
        branch::V4l2CameraSource camera(QStringLiteral("/dev/null"));
        QVERIFY(!videoioMapped());
        const branch::Result<void> started = camera.start();
        // The plugin was found and asked: /dev/null is simply no camera.
        QCOMPARE(started.reason(), QStringLiteral("camera_unavailable"));
        QVERIFY(videoioMapped());
        QVERIFY(branch::CameraPlugins::backend().ok()); // loaded once, kept
    }

    void theEnvironmentIsSearchedFirst()
    {
        qputenv("BRANCH_PLUGIN_PATH", "/opt/vendor/a:/opt/vendor/b");
        const QStringList dirs = branch::CameraPlugins::searchPath();
        qunsetenv("BRANCH_PLUGIN_PATH");
        QCOMPARE(dirs.mid(0, 2), (QStringList{QStringLiteral("/opt/vendor/a"), QStringLiteral("/opt/vendor/b")}));
        // Then beside the program, as in the build tree and under /usr.
        QVERIFY(dirs.at(2).endsWith(QLatin1String("/lib/branchsuite")));
    }
};

QTEST_GUILESS_MAIN(TestCameraPlugins)
#include "tst_cameraplugins.moc"
