#include "PrefillPreview.h"

#include "CameraFrame.h"

#include <QMutexLocker>

#include <opencv2/imgproc.hpp>

namespace branch {

bool PrefillPreview::offer(const CameraFrame &frame)
{
    if (!frame.isValid())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_lastMs >= 0 && frame.capturedMs - m_lastMs < kIntervalMs)
            return false;
        m_lastMs = frame.capturedMs;
    }
    // Scaled on the camera's thread: the GUI thread only draws it.
    const double scale = std::min(1.0, double(kWidth) / frame.image.cols);
    cv::Mat small;
    cv::resize(frame.image, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat rgb;
    if (small.channels() == 1)
        cv::cvtColor(small, rgb, cv::COLOR_GRAY2RGB);
    else
        cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
    QImage image(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    QImage mirrored = image.mirrored(true, false); // a deep copy, independent of rgb
    QMutexLocker lock(&m_mutex);
    m_image = std::move(mirrored);
    return true;
}

void PrefillPreview::clear()
{
    QMutexLocker lock(&m_mutex);
    m_image = {};
    m_lastMs = -1;
}

QImage PrefillPreview::image() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_image.isNull())
        return m_image;
    QImage black(16, 9, QImage::Format_RGB888);
    black.fill(Qt::black);
    return black;
}

PrefillPreviewProvider::PrefillPreviewProvider(std::shared_ptr<const PrefillPreview> preview)
    : QQuickImageProvider(QQuickImageProvider::Image), m_preview(std::move(preview))
{
}

QImage PrefillPreviewProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage image = m_preview->image();
    if (requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace branch
