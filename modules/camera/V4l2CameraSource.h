#pragma once

#include "ThreadedCameraSource.h"

#include <memory>

namespace branch {

// A V4L2 camera (/dev/videoN) through OpenCV's VideoCapture, from the
// videoio plugin loaded at the first start (CameraPlugins). Asks for
// 1280x720, takes what the device gives; the device paces the frames.
class V4l2CameraSource final : public ThreadedCameraSource
{
    Q_OBJECT
public:
    explicit V4l2CameraSource(const QString &device, QObject *parent = nullptr);
    ~V4l2CameraSource() override;

    QString description() const override { return m_device; }

protected:
    Result<void> open() override;
    Grab grab(cv::Mat &image) override;
    void close() override;
    int intervalMs() const override { return 0; }

private:
    QString m_device;
    std::unique_ptr<FrameGrabber> m_grabber;
};

} // namespace branch
