#include "QrCode.h"

#include "ReceiptLogging.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace branch {

QImage QrCode::render(const QString &text)
{
    if (text.isEmpty())
        return {};
    ZXing::BitMatrix matrix;
    try {
        // Level M (zxing's 0..8 scale) survives a smudged thermal print;
        // width and height 0 keep one pixel per module.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4)
                     .setMargin(4)
                     .encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        // zxing reports oversize input by throwing; the message holds no content.
        qCWarning(lcReceipt) << "QR encoding failed:" << e.what();
        return {};
    }
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            row[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

} // namespace branch
