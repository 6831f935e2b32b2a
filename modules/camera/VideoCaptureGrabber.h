#pragma once

#include "FrameGrabber.h"

#include <opencv2/videoio.hpp>

namespace branch {

// A V4L2 device or a video file through OpenCV's VideoCapture. Part of the
// videoio plugin only (see CameraBackend).
class VideoCaptureGrabber final : public FrameGrabber
{
public:
    static std::unique_ptr<FrameGrabber> forDevice(const QString &device);
    static std::unique_ptr<FrameGrabber> forFile(const QString &path, int framesPerSecond, bool loop);

    Result<void> open() override;
    Grab grab(cv::Mat &image) override;
    void close() override;
    int intervalMs() const override { return m_intervalMs; }

private:
    QString m_path;
    bool m_device = false;
    int m_framesPerSecond = 0; // files: 0 plays at the video's own rate
    bool m_loop = true;
    int m_intervalMs = 0;
    cv::VideoCapture m_capture;
};

} // namespace branch
