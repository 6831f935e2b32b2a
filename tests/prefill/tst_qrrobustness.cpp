#include "QrDecoder.h"
#include "QrFrameGenerator.h"

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <QTest>

#include <opencv2/imgproc.hpp>

using branch::QrDecoder;
using branch::QrDecoderOptions;
using branch::qrframes::Category;
using branch::qrframes::QrFrameGenerator;

namespace {

// The bench's seed: these are the first frames bench_qr measures too.
constexpr std::uint64_t kSeed = 20261123;
constexpr int kPerCategory = 12;

bool zxingAloneReads(const cv::Mat &bgr, const std::string &payload)
{
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    const ZXing::ImageView view(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum, int(grey.step));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    for (const auto &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid() && result.text() == payload)
            return true;
    return false;
}

QrDecoderOptions without(const QString &pass)
{
    QrDecoderOptions options;
    if (pass == u"region")
        options.regions = false;
    else if (pass == u"finders")
        options.finders = false;
    else if (pass == u"normalised")
        options.normalise = false;
    return options;
}

} // namespace

class TestQrRobustness : public QObject
{
    Q_OBJECT

private:
    const QrFrameGenerator m_generator{kSeed};

private Q_SLOTS:
    // Per category: never below zxing-cpp alone, never a wrong text; and at
    // least 95% over all frames with a code (the bar).
    void atLeastZxingAloneInEveryCategory()
    {
        const QrDecoder decoder;
        int frames = 0, read = 0;
        for (const Category category : branch::qrframes::allCategories()) {
            if (category == Category::NoCode)
                continue;
            int ours = 0, zxing = 0;
            for (int index = 0; index < kPerCategory; ++index) {
                const auto frame = m_generator.make(category, index);
                const QStringList codes = decoder.decode(frame.image).codes;
                const QString expected = QString::fromStdString(frame.payload);
                QVERIFY2(codes.isEmpty() || codes == QStringList{expected},
                         qPrintable(QStringLiteral("misread in %1 frame %2")
                                        .arg(QString::fromStdString(categoryName(category)))
                                        .arg(index)));
                ours += codes.isEmpty() ? 0 : 1;
                zxing += zxingAloneReads(frame.image, frame.payload) ? 1 : 0;
            }
            qInfo("%-14s ours %2d/%d, zxing-cpp alone %2d/%d", categoryName(category).c_str(), ours, kPerCategory,
                  zxing, kPerCategory);
            QVERIFY2(ours >= zxing, categoryName(category).c_str());
            frames += kPerCategory;
            read += ours;
        }
        QVERIFY2(read * 100 >= frames * 95, qPrintable(QStringLiteral("%1 of %2 read").arg(read).arg(frames)));
    }

    // Text, stripes, faces, grids with one or two finder-like squares: nothing is read.
    void noFalseReadOnFramesWithoutACode()
    {
        const QrDecoder decoder;
        for (int index = 0; index < 3 * kPerCategory; ++index) {
            const auto frame = m_generator.make(Category::NoCode, index);
            const auto result = decoder.decode(frame.image);
            QVERIFY2(result.codes.isEmpty(), qPrintable(QStringLiteral("frame %1 read as %2 by the %3 pass")
                                                            .arg(index)
                                                            .arg(result.codes.join(u','), result.pass)));
        }
    }

    // Each pass earns its place: a frame that the whole decoder reads through
    // that pass, and the decoder without it does not.
    void eachPassReadsWhatTheOthersMiss_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("pass");
        // Found by running every pass set over the bench's frames (docs/qr-decoding.md).
        QTest::newRow("blur 10") << int(Category::Blur) << 10 << QStringLiteral("region");
        QTest::newRow("blur 12") << int(Category::Blur) << 12 << QStringLiteral("region");
        QTest::newRow("occlusion 6") << int(Category::Occlusion) << 6 << QStringLiteral("finders");
        QTest::newRow("occlusion 11") << int(Category::Occlusion) << 11 << QStringLiteral("finders");
        QTest::newRow("low light 11") << int(Category::LowLight) << 11 << QStringLiteral("normalised");
        QTest::newRow("glare 26") << int(Category::Glare) << 26 << QStringLiteral("normalised");
    }

    void eachPassReadsWhatTheOthersMiss()
    {
        QFETCH(int, category);
        QFETCH(int, index);
        QFETCH(QString, pass);
        const auto frame = m_generator.make(Category(category), index);
        const QStringList expected{QString::fromStdString(frame.payload)};
        const auto full = QrDecoder().decode(frame.image);
        QCOMPARE(full.codes, expected);
        QCOMPARE(full.pass, pass);
        QVERIFY(QrDecoder(without(pass)).decode(frame.image).codes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrRobustness)
#include "tst_qrrobustness.moc"
