#pragma once

#include "Result.h"

#include <QString>
#include <QtPlugin>

#include <opencv2/core.hpp>

#include <memory>

namespace branch {

// What a capture thread pulls pictures from. Plain C++, no QObject, so that
// an implementation can live in a plugin without a second copy of the
// camera's signals.
class FrameGrabber
{
public:
    enum class Grab { Frame, End, Lost };

    virtual ~FrameGrabber() = default;
    virtual Result<void> open() = 0;
    virtual Grab grab(cv::Mat &image) = 0; // on the capture thread
    virtual void close() = 0;              // safe to call twice
    // Milliseconds between frames; 0 when the device paces itself.
    virtual int intervalMs() const = 0;
};

// The grabbers that need OpenCV's videoio: a V4L2 device and a video file.
// videoio (with imgcodecs) brings in some 250 shared libraries (FFmpeg,
// GStreamer, GDAL and theirs), about 54 MB resident, so they live in a plugin
// that is loaded when a camera first starts, not with the kiosk (CameraPlugins).
class CameraBackend
{
public:
    virtual ~CameraBackend() = default;
    virtual std::unique_ptr<FrameGrabber> device(const QString &device) = 0;
    virtual std::unique_ptr<FrameGrabber> videoFile(const QString &path, int framesPerSecond, bool loop) = 0;
};

} // namespace branch

#define BranchCameraBackend_iid "org.branchsuite.CameraBackend/1"
Q_DECLARE_INTERFACE(branch::CameraBackend, BranchCameraBackend_iid)
