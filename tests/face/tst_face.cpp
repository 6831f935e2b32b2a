#include "BlinkLiveness.h"
#include "FaceReasons.h"
#include "FaceSet.h"
#include "LocalFaceVerifier.h"

#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <functional>
#include <map>

using namespace branch;
using namespace branch::face;
using namespace branch::faceset;

namespace {

const std::map<QString, cv::Mat> &crops()
{
    static const std::map<QString, cv::Mat> all = [] {
        std::map<QString, cv::Mat> m;
        for (const Picture &p : pictures())
            m[p.name] = p.crop;
        return m;
    }();
    return all;
}

cv::Mat crop(const char *name)
{
    return crops().at(QString::fromLatin1(name));
}

QByteArray cardBytes(const char *name)
{
    const std::vector<uchar> bytes = png(cardPhoto(crop(name)));
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

using Frames = std::function<std::vector<cv::Mat>()>;

} // namespace

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(Frames)

class TestFace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(crops().size() >= 10, qPrintable(dataDir()));
        QVERIFY2(LocalFaceVerifier().isReady(), "opencv-data's cascades did not load");
    }

    void verify_data()
    {
        QTest::addColumn<cv::Mat>("frame");
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QString>("reason"); // empty: accepted

        QTest::newRow("match") << liveFrame(crop("man-c"), Look::Plain) << cardBytes("man-c") << QString();
        QTest::newRow("match, dark") << liveFrame(crop("man-d"), Look::Dark) << cardBytes("man-d") << QString();
        QTest::newRow("match, other photo") << liveFrame(crop("man-e-2"), Look::Plain) << cardBytes("man-e") << QString();
        QTest::newRow("no_match") << liveFrame(crop("man-c"), Look::Plain) << cardBytes("man-d") << kNoMatch;
        QTest::newRow("no_match, woman") << liveFrame(crop("woman-b"), Look::Plain) << cardBytes("woman-a") << kNoMatch;
        QTest::newRow("no_face") << background() << cardBytes("man-c") << kNoFace;
        cv::Mat two = background();
        cv::Mat a, b;
        cv::resize(crop("man-c"), a, cv::Size(260, 260));
        cv::resize(crop("woman-b"), b, cv::Size(260, 260));
        a.copyTo(two(cv::Rect(200, 200, 260, 260)));
        b.copyTo(two(cv::Rect(800, 200, 260, 260)));
        QTest::newRow("several_faces") << two << cardBytes("man-c") << kSeveralFaces;
        QTest::newRow("face_too_small") << place(crop("man-c"), 130, 0.0) << cardBytes("man-c") << kFaceTooSmall;
        QTest::newRow("frame_unreadable") << cv::Mat() << cardBytes("man-c") << kFrameUnreadable;
        QTest::newRow("photo_unreadable") << liveFrame(crop("man-c"), Look::Plain) << QByteArray("not a picture")
                                          << kPhotoUnreadable;
        QTest::newRow("photo_unreadable, empty") << liveFrame(crop("man-c"), Look::Plain) << QByteArray() << kPhotoUnreadable;
        const std::vector<uchar> blank = png(cv::Mat(126, 102, CV_8UC3, cv::Scalar(236, 236, 240)));
        QTest::newRow("photo_no_face") << liveFrame(crop("man-c"), Look::Plain)
                                       << QByteArray(reinterpret_cast<const char *>(blank.data()), qsizetype(blank.size()))
                                       << kNoPhotoFace;
    }

    void verify()
    {
        QFETCH(cv::Mat, frame);
        QFETCH(QByteArray, card);
        QFETCH(QString, reason);
        LocalFaceVerifier verifier;
        const FaceDecision decision = verifier.verify(frame, card);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.accepted, reason.isEmpty());
        if (reason.isEmpty() || reason == kNoMatch) {
            QCOMPARE(decision.method, QStringLiteral("lbph"));
            QCOMPARE(decision.threshold, LocalFaceVerifier::kDefaultThreshold);
            QCOMPARE(decision.score <= decision.threshold, reason.isEmpty());
        } else {
            QCOMPARE(decision.score, -1.0);
        }
    }

    void liveness_data()
    {
        QTest::addColumn<Frames>("frames");
        // Empty: passes. "*": an attack, refused with any detail (a print the
        // detector cannot find in the first frame is refused as no_face).
        QTest::addColumn<QString>("detail");

        for (const char *who : {"man-c", "man-d", "woman-a", "woman-b"}) {
            const cv::Mat c = crop(who);
            QTest::addRow("blink %s", who) << Frames([c] { return blinkSequence(c); }) << QString();
            QTest::addRow("stare %s", who) << Frames([c] { return staringSequence(c); }) << QStringLiteral("no_blink");
            QTest::addRow("printed photo %s", who) << Frames([c] { return printSequence(c); }) << QStringLiteral("*");
            QTest::addRow("screen replay %s", who) << Frames([c] { return screenSequence(c); }) << QStringLiteral("*");
        }
        const cv::Mat c = crop("man-c");
        QTest::newRow("too few frames") << Frames([c] { return blinkSequence(c, 4); }) << QStringLiteral("too_few_frames");
        QTest::newRow("no face") << Frames([] { return std::vector<cv::Mat>(8, background()); }) << QStringLiteral("no_face");
        QTest::newRow("face gone") << Frames([c] {
            std::vector<cv::Mat> frames = blinkSequence(c);
            frames[5] = background();
            return frames;
        }) << QStringLiteral("face_lost");
    }

    void liveness()
    {
        QFETCH(Frames, frames);
        QFETCH(QString, detail);
        BlinkLiveness check;
        const Result<void> result = check.check(frames());
        QCOMPARE(result.ok(), detail.isEmpty());
        if (!detail.isEmpty()) {
            QCOMPARE(result.reason(), kLivenessFailed);
            if (detail != QLatin1String("*"))
                QCOMPARE(result.error().detail, detail);
        }
    }

    void messages_data()
    {
        QTest::addColumn<QString>("reason");
        for (const QString &r : {kNoFace, kSeveralFaces, kFaceTooSmall, kNoMatch, kLivenessFailed, kPhotoUnreadable,
                                 kNoPhotoFace, kFrameUnreadable, kVerifierUnavailable})
            QTest::newRow(qPrintable(r)) << r;
    }

    // Every reason has its own sentence, not the catch-all with the code in it.
    void messages()
    {
        QFETCH(QString, reason);
        const QString text = FaceMessages::message(reason);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(reason), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestFace)
#include "tst_face.moc"
