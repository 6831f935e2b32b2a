#include "QrImageReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <algorithm>

namespace branch {
namespace {

Result<cv::Mat> decode(QIODevice &device, const QString &name, qint64 maxPixels)
{
    // Qt's own allocation ceiling (256 MB unless the program sets another;
    // it is process-wide, so not changed here) covers a format that hides
    // its size until decoded; the header check below covers the others.
    QImageReader reader(&device);
    if (!reader.canRead())
        return fail(QStringLiteral("not_an_image"), name);
    const QSize size = reader.size();
    if (size.isValid()
        && (size.width() > QrImageReader::kMaxSide || size.height() > QrImageReader::kMaxSide
            || qint64(size.width()) * size.height() > maxPixels))
        return fail(QStringLiteral("image_too_large"), name);
    QImage image = reader.read();
    // Truncated or damaged data, or a size the header hid that Qt's
    // allocation limit refused.
    if (image.isNull())
        return fail(QStringLiteral("image_corrupt"), name);
    if (qint64(image.width()) * image.height() > maxPixels)
        return fail(QStringLiteral("image_too_large"), name);
    cv::Mat mat(image.height(), image.width(), CV_8U);
    if (image.hasAlphaChannel()) {
        // Onto white, by hand: QPainter would want a QGuiApplication, and
        // branchctl has only a QCoreApplication.
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            auto *out = mat.ptr<uchar>(y);
            for (int x = 0; x < argb.width(); ++x) {
                const int alpha = qAlpha(row[x]);
                out[x] = uchar((qGray(row[x]) * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return mat;
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        std::copy_n(grey.constScanLine(y), grey.width(), mat.ptr<uchar>(y));
    return mat;
}

} // namespace

Result<cv::Mat> QrImageReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("file_not_found"), path);
    if (!info.isFile())
        return fail(QStringLiteral("file_unreadable"), path);
    if (info.size() > kMaxFileBytes)
        return fail(QStringLiteral("file_too_large"), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("file_unreadable"), path);
    return decode(file, path, kMaxPixels);
}

Result<cv::Mat> QrImageReader::readBytes(const QByteArray &bytes, qint64 maxPixels)
{
    if (bytes.size() > kMaxFileBytes)
        return fail(QStringLiteral("file_too_large"));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("not_an_image"));
    return decode(buffer, {}, std::min(maxPixels, kMaxPixels));
}

QString QrImageReader::message(const Error &error)
{
    const QString &file = error.detail;
    if (error.reason == u"file_not_found")
        return tr("The file %1 does not exist.").arg(file);
    if (error.reason == u"file_unreadable")
        return tr("The file %1 cannot be read.").arg(file);
    if (error.reason == u"file_too_large")
        return tr("The file %1 is larger than %2 MB.").arg(file).arg(kMaxFileBytes / (1024 * 1024));
    if (error.reason == u"not_an_image")
        return tr("The file %1 is not an image (PNG, JPEG, BMP or GIF).").arg(file);
    if (error.reason == u"image_too_large")
        return tr("The image %1 has more than %2 megapixels.").arg(file).arg(kMaxPixels / 1000000);
    if (error.reason == u"image_corrupt")
        return tr("The image %1 is damaged and cannot be decoded.").arg(file);
    return tr("The image %1 cannot be read (%2).").arg(file, error.reason);
}

} // namespace branch
