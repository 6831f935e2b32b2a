#pragma once

#include <QImage>
#include <QString>

namespace branch {

// A QR code symbol made by zxing-cpp, as an image with one pixel per module
// and the 4-module quiet zone scanners need. Scale it up without smoothing.
class QrCode
{
public:
    // Null image when the text cannot be encoded (empty or too long).
    static QImage render(const QString &text);
};

} // namespace branch
