#include "QrDecoder.h"
#include "QrTestImages.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using branch::QrDecoder;
using branch::QrDecoderOptions;
using branch::test::qrImage;

namespace {

// `code` pasted onto a mid-grey 1280x720 frame at (x, y).
cv::Mat onFrame(const cv::Mat &code, int x, int y)
{
    cv::Mat frame(720, 1280, CV_8U, cv::Scalar(128));
    code.copyTo(frame(cv::Rect(x, y, code.cols, code.rows)));
    return frame;
}

QString token(int length)
{
    QString text = QStringLiteral("ETB1.");
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    for (int i = 0; text.size() < length; ++i)
        text += alphabet.at((i * 7 + 3) % alphabet.size());
    return text;
}

} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Real codes (zxing-cpp's encoder) of the payloads the kiosk will see.
    void readsWhatWasEncoded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("modulePx");
        QTest::newRow("short token") << token(40) << 4;
        QTest::newRow("online token") << token(180) << 3;
        QTest::newRow("offline token, version 25") << token(1100) << 3;
        QTest::newRow("two pixels per module") << token(120) << 2;
        QTest::newRow("web address") << QStringLiteral("https://example.invalid/etb?r=1") << 4;
        QTest::newRow("Chinese, byte mode") << QStringLiteral("住房公积金缴存登记 ETB") << 4;
    }

    void readsWhatWasEncoded()
    {
        QFETCH(QString, text);
        QFETCH(int, modulePx);
        const cv::Mat code = qrImage(text, modulePx);
        QVERIFY(!code.empty());
        const auto result = QrDecoder().decode(onFrame(code, 100, 40));
        QCOMPARE(result.codes, QStringList{text});
        QCOMPARE(result.pass, QStringLiteral("plain"));
    }

    // Grey, BGR and BGRA frames (cameras, QImage conversions) read alike.
    void acceptsGreyBgrAndBgra_data()
    {
        QTest::addColumn<int>("conversion");
        QTest::newRow("grey") << -1;
        QTest::newRow("bgr") << int(cv::COLOR_GRAY2BGR);
        QTest::newRow("bgra") << int(cv::COLOR_GRAY2BGRA);
    }

    void acceptsGreyBgrAndBgra()
    {
        QFETCH(int, conversion);
        cv::Mat frame = onFrame(qrImage(token(100)), 300, 100);
        if (conversion >= 0)
            cv::cvtColor(frame, frame, conversion);
        QCOMPARE(QrDecoder().decode(frame).codes, QStringList{token(100)});
    }

    // Two codes in view: both are reported.
    void readsEveryCodeInView()
    {
        cv::Mat frame = onFrame(qrImage(token(60)), 40, 40);
        const cv::Mat second = qrImage(QStringLiteral("ETB1.SECOND"));
        second.copyTo(frame(cv::Rect(800, 300, second.cols, second.rows)));
        QStringList codes = QrDecoder().decode(frame).codes;
        codes.sort();
        QCOMPARE(codes, (QStringList{token(60), QStringLiteral("ETB1.SECOND")}));
    }

    // Nothing to read, or nothing readable: no codes, no exception.
    void oddInputGivesNoCodes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("empty") << CV_8U << 0 << 0;
        QTest::newRow("1x1") << CV_8U << 1 << 1;
        QTest::newRow("one row") << CV_8U << 1280 << 1;
        QTest::newRow("float image") << CV_32F << 64 << 64;
        QTest::newRow("16-bit") << CV_16U << 64 << 64;
        QTest::newRow("two channels") << CV_8UC2 << 64 << 64;
        QTest::newRow("blank frame") << CV_8UC3 << 1280 << 720;
    }

    void oddInputGivesNoCodes()
    {
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, height);
        const cv::Mat image = width > 0 ? cv::Mat(height, width, type, cv::Scalar::all(200)) : cv::Mat();
        const auto result = QrDecoder().decode(image);
        QVERIFY(result.codes.isEmpty());
        QVERIFY(result.pass.isEmpty());
    }

    void optionsAreKept()
    {
        QrDecoderOptions options;
        options.regions = false;
        options.maxRegions = 1;
        const QrDecoder decoder(options);
        QVERIFY(!decoder.options().regions);
        QCOMPARE(decoder.options().maxRegions, 1);
    }
};

QTEST_GUILESS_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
