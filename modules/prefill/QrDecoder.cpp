#include "QrDecoder.h"

#include "PrefillLogging.h"
#include "QrRegions.h"

// Result::text() as UTF-8 std::string, the API zxing-cpp is moving to.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>

namespace branch {
namespace {

QStringList readWithZxing(const cv::Mat &grey, ZXing::Binarizer binarizer, bool downscale)
{
    const ZXing::ImageView view(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum, int(grey.step));
    ZXing::DecodeHints hints;
    // A QR code's finder patterns fix its orientation: rotating the image
    // again would only cost time.
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(true)
        .setTryRotate(false)
        .setTryDownscale(downscale)
        .setBinarizer(binarizer);
    QStringList codes;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid())
            codes << QString::fromStdString(result.text());
    }
    return codes;
}

cv::Mat toGrey(const cv::Mat &image)
{
    cv::Mat grey;
    switch (image.channels()) {
    case 1:
        grey = image;
        break;
    case 3:
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        break;
    case 4:
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
        break;
    default:
        break;
    }
    if (!grey.empty() && grey.depth() != CV_8U)
        grey.release();
    return grey;
}

// The frame divided by its own paper-white level: a closing removes the dark
// modules, a blur smooths what is left, and every pixel is scaled against
// it. Glare, shadows and a dim corner become flat; modules keep their contrast.
cv::Mat normaliseLight(const cv::Mat &grey)
{
    cv::Mat small;
    cv::resize(grey, small, {}, 0.25, 0.25, cv::INTER_AREA);
    cv::morphologyEx(small, small, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {9, 9}));
    cv::GaussianBlur(small, small, {0, 0}, 3);
    cv::Mat background;
    cv::resize(small, background, grey.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat normalised;
    cv::divide(grey, background, normalised, 220.0, CV_8U);
    return normalised;
}

// Enlarges a small crop so that a module spans a few pixels, then sharpens it
// (an unsharp mask, the cheap half of a super-resolution model).
cv::Mat enlarge(const cv::Mat &crop)
{
    const int side = std::max(crop.cols, crop.rows);
    const double scale = std::clamp(480.0 / double(side), 1.0, 4.0);
    cv::Mat big;
    if (scale > 1.05)
        cv::resize(crop, big, {}, scale, scale, cv::INTER_CUBIC);
    else
        big = crop.clone();
    cv::Mat soft;
    cv::GaussianBlur(big, soft, {0, 0}, std::max(1.0, scale * 0.8));
    cv::addWeighted(big, 1.8, soft, -0.8, 0, big);
    return big;
}

} // namespace

QrDecoder::QrDecoder(QrDecoderOptions options)
    : m_options(options)
{
}

QrDecodeResult QrDecoder::decode(const cv::Mat &image) const
{
    QrDecodeResult result;
    try {
        const cv::Mat grey = toGrey(image);
        if (grey.empty() || grey.cols < 21 || grey.rows < 21)
            return result;
        result.codes = readWithZxing(grey, ZXing::Binarizer::LocalAverage, true);
        if (!result.codes.isEmpty()) {
            result.pass = QStringLiteral("plain");
            return result;
        }
        cv::Mat normalised;
        if (m_options.normalise) {
            normalised = normaliseLight(grey);
            result.codes = readWithZxing(normalised, ZXing::Binarizer::LocalAverage, false);
            if (!result.codes.isEmpty()) {
                result.pass = QStringLiteral("normalised");
                return result;
            }
        }
        if (m_options.regions) {
            const cv::Mat &source = normalised.empty() ? grey : normalised;
            for (const cv::Rect &region : findCodeRegions(grey, m_options.maxRegions)) {
                const cv::Mat big = enlarge(source(region));
                for (const auto binarizer : {ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram}) {
                    result.codes = readWithZxing(big, binarizer, false);
                    if (!result.codes.isEmpty()) {
                        result.pass = QStringLiteral("region");
                        return result;
                    }
                }
            }
        }
    } catch (const std::exception &e) {
        // OpenCV reports bad input by throwing; a frame that cannot be read
        // is a frame without a code, not a crash.
        qCWarning(lcPrefill) << "frame not decoded:" << e.what();
        result = {};
    }
    return result;
}

} // namespace branch
