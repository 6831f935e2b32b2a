// The face check at core end to end: CoreFaceVerifier on the kiosk's
// HttpsCoreClient over mutual TLS to a real branch-core on loopback, which
// runs the local method.
#include "CoreFaceVerifier.h"
#include "CoreHarness.h"
#include "FaceReasons.h"
#include "FaceSet.h"
#include "KioskEndpoint.h"
#include "LocalFaceVerifier.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace branch::faceset;

namespace {

cv::Mat crop(const char *name)
{
    for (const Picture &p : pictures())
        if (p.name == QLatin1String(name))
            return p.crop;
    return {};
}

QByteArray cardBytes(const char *name)
{
    const std::vector<uchar> bytes = png(cardPhoto(crop(name)));
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

Q_DECLARE_METATYPE(cv::Mat)

class TestFaceCore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;
    Database m_db;
    std::unique_ptr<HttpsCoreClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        QVERIFY(m_rig->startCore());
        QVERIFY(m_rig->enrol());
        QVERIFY(m_db.open({m_rig->kioskDb()}).ok);
        QString error;
        m_client = test::kioskClient(m_db, m_rig->secrets(), &error);
        QVERIFY2(m_client, qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_rig)
            m_rig->stopCore();
    }

    void atCore_data()
    {
        QTest::addColumn<cv::Mat>("frame");
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QString>("reason");
        QTest::newRow("match") << liveFrame(crop("man-c"), Look::Plain) << cardBytes("man-c") << QString();
        QTest::newRow("no_match") << liveFrame(crop("man-c"), Look::Plain) << cardBytes("man-d") << face::kNoMatch;
        QTest::newRow("no_face") << background() << cardBytes("man-c") << face::kNoFace;
        QTest::newRow("photo_unreadable") << liveFrame(crop("man-c"), Look::Plain) << QByteArray("not a picture")
                                          << face::kPhotoUnreadable;
    }

    // Core decides as the kiosk's local method would on the same pictures.
    void atCore()
    {
        QFETCH(cv::Mat, frame);
        QFETCH(QByteArray, card);
        QFETCH(QString, reason);
        CoreFaceVerifier atCore(*m_client);
        const face::FaceDecision decision = atCore.verify(frame, card);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.accepted, reason.isEmpty());
        if (reason.isEmpty() || reason == face::kNoMatch) {
            QCOMPARE(decision.method, QStringLiteral("lbph"));
            QCOMPARE(decision.threshold, face::LocalFaceVerifier::kDefaultThreshold);
            QVERIFY(decision.score >= 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaceCore)
#include "tst_face_core.moc"
