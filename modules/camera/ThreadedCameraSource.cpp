#include "ThreadedCameraSource.h"

#include "CameraLogging.h"

#include <chrono>
#include <exception>

namespace branch {

ThreadedCameraSource::~ThreadedCameraSource()
{
    // Subclasses stop in their own destructor, while grab() still exists.
    Q_ASSERT(!m_thread.joinable());
}

Result<void> ThreadedCameraSource::start()
{
    if (m_thread.joinable())
        stop();
    Result<void> opened = open();
    if (!opened.ok())
        return opened;
    m_stopRequested = false;
    m_running = true;
    m_thread = std::thread([this] { run(); });
    qCInfo(lcCamera) << "capturing from" << description();
    return opened;
}

void ThreadedCameraSource::stop()
{
    m_stopRequested = true;
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    close(); // subclasses make this safe to call twice
}

void ThreadedCameraSource::run()
{
    using Clock = std::chrono::steady_clock;
    quint64 sequence = 0;
    auto next = Clock::now();
    QString reason;
    while (!m_stopRequested) {
        cv::Mat image;
        Grab grabbed = Grab::Lost;
        try {
            grabbed = grab(image);
        } catch (const std::exception &e) {
            qCWarning(lcCamera) << "capture failed:" << e.what();
        }
        if (grabbed == Grab::End || (grabbed == Grab::Frame && image.empty())) {
            reason = QStringLiteral("end_of_media");
            break;
        }
        if (grabbed == Grab::Lost) {
            reason = QStringLiteral("camera_lost");
            break;
        }
        CameraFrame frame;
        frame.image = image;
        frame.sequence = ++sequence;
        frame.capturedMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
        Q_EMIT frameCaptured(frame);
        if (const int interval = intervalMs(); interval > 0) {
            next += std::chrono::milliseconds(interval);
            // Sleep in short steps so that stop() is never kept waiting long.
            while (!m_stopRequested && Clock::now() < next)
                std::this_thread::sleep_for(std::min<Clock::duration>(next - Clock::now(), std::chrono::milliseconds(20)));
            if (Clock::now() > next + std::chrono::milliseconds(interval))
                next = Clock::now(); // fell behind: do not burst to catch up
        }
    }
    m_running = false;
    if (!reason.isEmpty()) {
        qCInfo(lcCamera) << "capture ended:" << reason << "after" << sequence << "frames";
        Q_EMIT ended(reason);
    }
}

} // namespace branch
