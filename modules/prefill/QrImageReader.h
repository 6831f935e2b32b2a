#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

namespace branch {

// Loads an image file or bytes for the QR decoder, with limits checked before
// any pixel is decoded: the header's size first, then the pixels. Bad input
// is a reason code, never a crash:
//   file_not_found, file_unreadable, file_too_large, not_an_image,
//   image_too_large, image_corrupt.
class QrImageReader
{
    Q_DECLARE_TR_FUNCTIONS(branch::QrImageReader)
public:
    static constexpr qint64 kMaxFileBytes = 32LL * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 40LL * 1000 * 1000; // a 40-megapixel photo
    static constexpr int kMaxSide = 16384;

    // 8-bit grey; transparent areas are composited onto white, so a black
    // code on a transparent background still reads.
    static Result<cv::Mat> readFile(const QString &path);
    // `maxPixels` below kMaxPixels for callers that want less (the fuzz target).
    static Result<cv::Mat> readBytes(const QByteArray &bytes, qint64 maxPixels = kMaxPixels);

    // The translated sentence for one of the reasons above.
    static QString message(const Error &error);
};

} // namespace branch
