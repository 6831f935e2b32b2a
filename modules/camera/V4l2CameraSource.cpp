#include "V4l2CameraSource.h"

#include "CameraPlugins.h"

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
    if (!m_grabber) {
        const Result<CameraBackend *> backend = CameraPlugins::backend();
        if (!backend.ok())
            return backend.error();
        m_grabber = backend.value()->device(m_device);
    }
    return m_grabber->open();
}

ThreadedCameraSource::Grab V4l2CameraSource::grab(cv::Mat &image)
{
    return m_grabber->grab(image);
}

void V4l2CameraSource::close()
{
    if (m_grabber)
        m_grabber->close();
}

} // namespace branch
