#pragma once

#include "CameraSource.h"
#include "FrameGrabber.h"

#include <atomic>
#include <thread>

namespace branch {

// The capture thread both sources share: open, then grab frame after frame
// on a thread of its own, numbered and time-stamped, paced by the device
// itself or by a fixed interval, until stop() or the end of the media.
// Subclasses call stop() in their destructor.
class ThreadedCameraSource : public CameraSource
{
    Q_OBJECT
public:
    using CameraSource::CameraSource;
    ~ThreadedCameraSource() override;

    Result<void> start() final;
    void stop() final;
    bool isRunning() const final { return m_running.load(); }

protected:
    using Grab = FrameGrabber::Grab;

    virtual Result<void> open() = 0;
    virtual Grab grab(cv::Mat &image) = 0; // on the capture thread
    virtual void close() = 0;
    // Milliseconds between frames; 0 when the device paces itself.
    virtual int intervalMs() const = 0;

private:
    void run();

    std::thread m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
};

} // namespace branch
