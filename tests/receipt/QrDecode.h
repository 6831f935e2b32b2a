#pragma once

// Reads a QR code back from an image with zxing-cpp, the way a staff scanner
// would, so tests check what is printed rather than what was meant.

// Result::text() as UTF-8 std::string, the API zxing-cpp is moving to.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif

#include <QImage>
#include <QString>

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

namespace branch::test {

// Empty when no QR code is found.
inline QString decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace branch::test
