#include "CameraChoice.h"
#include "CameraSource.h"
#include "MediaCameraSource.h"
#include "V4l2CameraSource.h"

#include <QTemporaryDir>
#include <QTest>

using branch::CameraChoice;

class TestCameraChoice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.mp4"));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("defaultDevice");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        const QString missing = m_dir.filePath(QStringLiteral("no-such-camera"));
        QTest::newRow("none") << QStringLiteral("none") << m_file << int(CameraChoice::Kind::None) << QString();
        QTest::newRow("default present") << QString() << m_file << int(CameraChoice::Kind::Device) << QString();
        QTest::newRow("default absent") << QString() << missing << int(CameraChoice::Kind::None) << QString();
        QTest::newRow("folder") << m_dir.path() << missing << int(CameraChoice::Kind::Folder) << QString();
        QTest::newRow("video file") << m_file << missing << int(CameraChoice::Kind::MediaFile) << QString();
        QTest::newRow("character device") << QStringLiteral("/dev/null") << missing << int(CameraChoice::Kind::Device)
                                          << QString();
        QTest::newRow("missing path") << missing << m_file << int(CameraChoice::Kind::None)
                                      << QStringLiteral("camera_not_found");
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(QString, defaultDevice);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const auto choice = CameraChoice::parse(spec, defaultDevice);
        QCOMPARE(choice.reason(), reason);
        if (choice.ok())
            QCOMPARE(int(choice.value().kind), kind);
    }

    // Each kind gets its source, unstarted; none gets no source.
    void makesTheMatchingSource()
    {
        CameraChoice choice;
        QVERIFY(!choice.makeSource());
        choice = {CameraChoice::Kind::Folder, m_dir.path()};
        auto folder = choice.makeSource();
        QVERIFY(qobject_cast<branch::MediaCameraSource *>(folder.get()));
        QVERIFY(!folder->isRunning());
        choice = {CameraChoice::Kind::Device, QStringLiteral("/dev/null")};
        auto device = choice.makeSource();
        QVERIFY(qobject_cast<branch::V4l2CameraSource *>(device.get()));
        QCOMPARE(device->description(), QStringLiteral("/dev/null"));
    }

    // Something that is no camera does not open, and says so; no crash.
    void aDeviceThatIsNoCameraIsUnavailable()
    {
        branch::V4l2CameraSource source(QStringLiteral("/dev/null"));
        const auto started = source.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.reason(), QStringLiteral("camera_unavailable"));
        QVERIFY(!source.isRunning());
        source.stop(); // harmless when never started
    }
};

QTEST_GUILESS_MAIN(TestCameraChoice)
#include "tst_camerachoice.moc"
