#include "V4l2CameraSource.h"

#include "CameraLogging.h"

#include <exception>

namespace branch {

V4l2CameraSource::V4l2CameraSource(const QString &device, QObject *parent)
    : ThreadedCameraSource(parent)
    , m_device(device)
{
}

V4l2CameraSource::~V4l2CameraSource()
{
    stop();
}

Result<void> V4l2CameraSource::open()
{
    try {
        if (!m_capture.open(m_device.toStdString(), cv::CAP_V4L2))
            return fail(QStringLiteral("camera_unavailable"), m_device);
        m_capture.set(cv::CAP_PROP_FRAME_WIDTH, 1280);
        m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, 720);
        // One buffered frame at most: the newest picture, not a backlog.
        m_capture.set(cv::CAP_PROP_BUFFERSIZE, 1);
    } catch (const std::exception &e) {
        qCWarning(lcCamera) << "opening" << m_device << "failed:" << e.what();
        return fail(QStringLiteral("camera_unavailable"), m_device);
    }
    return {};
}

ThreadedCameraSource::Grab V4l2CameraSource::grab(cv::Mat &image)
{
    return m_capture.read(image) ? Grab::Frame : Grab::Lost;
}

void V4l2CameraSource::close()
{
    if (m_capture.isOpened())
        m_capture.release();
}

} // namespace branch
