#include "QrImageReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace branch {
namespace {

Result<cv::Mat> decode(QIODevice &device, const QString &name)
{
    QImageReader reader(&device);
    // Qt's own ceiling too, in case a format misreports its size.
    reader.setAllocationLimit(int(QrImageReader::kMaxPixels * 4 / (1024 * 1024)) + 1);
    if (!reader.canRead())
        return fail(QStringLiteral("not_an_image"), name);
    const QSize size = reader.size();
    if (size.isValid()
        && (size.width() > QrImageReader::kMaxSide || size.height() > QrImageReader::kMaxSide
            || qint64(size.width()) * size.height() > QrImageReader::kMaxPixels))
        return fail(QStringLiteral("image_too_large"), name);
    QImage image = reader.read();
    // Truncated or damaged data, or a size the header hid that the
    // allocation limit refused.
    if (image.isNull())
        return fail(QStringLiteral("image_corrupt"), name);
    if (qint64(image.width()) * image.height() > QrImageReader::kMaxPixels)
        return fail(QStringLiteral("image_too_large"), name);
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat mat(grey.height(), grey.width(), CV_8U);
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
    return decode(file, path);
}

Result<cv::Mat> QrImageReader::readBytes(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return fail(QStringLiteral("file_too_large"));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("not_an_image"));
    return decode(buffer, {});
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
