#include "QrDecoder.h"

#include "PrefillLogging.h"
#include "QrFilters.h"
#include "QrFinders.h"
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

using namespace qrfilters;

// zxing-cpp's binarizers: LocalAverage for camera frames; BoolCast for
// images we thresholded ourselves.
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

QStringList readRegions(const cv::Mat &grey, const cv::Mat &normalised, int maxRegions, bool finders)
{
    for (const cv::Rect &region : findCodeRegions(grey, maxRegions)) {
        double scale = 1;
        const cv::Mat big = enlarge(normalised(region), &scale);
        QStringList codes = readWithZxing(big, ZXing::Binarizer::LocalAverage, false);
        if (!codes.isEmpty())
            return codes;
        // A window of about three modules of a small code, enlarged.
        codes = readWithZxing(localThreshold(big, std::max(15, int(scale * 6))), ZXing::Binarizer::BoolCast, false);
        if (!codes.isEmpty())
            return codes;
        // A small code's finders only show once enlarged.
        if (finders && scale > 1.5) {
            for (const cv::Mat &square : rectifyByFinders(big, 2)) {
                codes = readWithZxing(square, ZXing::Binarizer::LocalAverage, false);
                if (!codes.isEmpty())
                    return codes;
            }
        }
    }
    return {};
}

} // namespace

QrDecoder::QrDecoder(QrDecoderOptions options)
    : m_options(options)
{
}

QrDecodeResult QrDecoder::decode(const cv::Mat &image) const
{
    QrDecodeResult result;
    const auto done = [&result](QStringList codes, const char *pass) {
        if (codes.isEmpty())
            return false;
        result.codes = std::move(codes);
        result.pass = QString::fromLatin1(pass);
        return true;
    };
    try {
        const cv::Mat grey = toGrey(image);
        if (grey.empty() || grey.cols < 21 || grey.rows < 21)
            return result;
        if (done(readWithZxing(grey, ZXing::Binarizer::LocalAverage, true), "plain"))
            return result;
        cv::Mat normalised;
        if (m_options.regions || m_options.normalise || m_options.finders)
            normalised = normaliseLight(grey);
        if (m_options.regions && done(readRegions(grey, normalised, m_options.maxRegions, m_options.finders), "region"))
            return result;
        if (m_options.finders) {
            for (const cv::Mat &square : rectifyByFinders(normalised.empty() ? grey : normalised, 4)) {
                if (done(readWithZxing(square, ZXing::Binarizer::LocalAverage, false), "finders"))
                    return result;
            }
        }
        if (m_options.normalise) {
            // Dim frames are noisy, and zxing's own binarizer takes a block
            // with less than 24 grey levels of range for blank: denoised and
            // stretched to the paper's white level, the modules stand out.
            cv::Mat denoised;
            cv::GaussianBlur(grey, denoised, {0, 0}, 1.0);
            const cv::Mat level = normaliseLight(denoised);
            if (done(readWithZxing(level, ZXing::Binarizer::LocalAverage, false), "normalised")
                || done(readWithZxing(localThreshold(level, 15), ZXing::Binarizer::BoolCast, false), "normalised"))
                return result;
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
