#include "VideoCaptureGrabber.h"

#include "CameraLogging.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace branch {

std::unique_ptr<FrameGrabber> VideoCaptureGrabber::forDevice(const QString &device)
{
    auto grabber = std::make_unique<VideoCaptureGrabber>();
    grabber->m_path = device;
    grabber->m_device = true;
    return grabber;
}

std::unique_ptr<FrameGrabber> VideoCaptureGrabber::forFile(const QString &path, int framesPerSecond, bool loop)
{
    auto grabber = std::make_unique<VideoCaptureGrabber>();
    grabber->m_path = path;
    grabber->m_framesPerSecond = framesPerSecond;
    grabber->m_loop = loop;
    return grabber;
}

Result<void> VideoCaptureGrabber::open()
{
    const QString reason = m_device ? QStringLiteral("camera_unavailable") : QStringLiteral("media_unreadable");
    try {
        if (!m_capture.open(m_path.toStdString(), m_device ? cv::CAP_V4L2 : cv::CAP_ANY))
            return fail(reason, m_path);
        if (m_device) {
            m_capture.set(cv::CAP_PROP_FRAME_WIDTH, 1280);
            m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, 720);
            // One buffered frame at most: the newest picture, not a backlog.
            m_capture.set(cv::CAP_PROP_BUFFERSIZE, 1);
            m_intervalMs = 0; // the device paces itself
            return {};
        }
    } catch (const std::exception &e) {
        qCWarning(lcCamera) << "opening" << m_path << "failed:" << e.what();
        return fail(reason, m_path);
    }
    const double own = m_capture.get(cv::CAP_PROP_FPS);
    const double fps =
        m_framesPerSecond > 0 ? m_framesPerSecond : (std::isfinite(own) && own >= 1 ? own : 15.0);
    m_intervalMs = std::max(1, int(std::lround(1000.0 / std::min(fps, 1000.0))));
    return {};
}

FrameGrabber::Grab VideoCaptureGrabber::grab(cv::Mat &image)
{
    if (m_capture.read(image))
        return Grab::Frame;
    if (m_device)
        return Grab::Lost;
    if (!m_loop)
        return Grab::End;
    m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
    return m_capture.read(image) ? Grab::Frame : Grab::End;
}

void VideoCaptureGrabber::close()
{
    if (m_capture.isOpened())
        m_capture.release();
}

} // namespace branch
