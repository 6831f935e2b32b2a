// The videoio camera plugin (libbranch_camera_videoio.so): see CameraBackend.
#include "FrameGrabber.h"
#include "VideoCaptureGrabber.h"

#include <QObject>

namespace branch {

class VideoioCameraPlugin final : public QObject, public CameraBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BranchCameraBackend_iid)
    Q_INTERFACES(branch::CameraBackend)
public:
    std::unique_ptr<FrameGrabber> device(const QString &device) override
    {
        return VideoCaptureGrabber::forDevice(device);
    }
    std::unique_ptr<FrameGrabber> videoFile(const QString &path, int framesPerSecond, bool loop) override
    {
        return VideoCaptureGrabber::forFile(path, framesPerSecond, loop);
    }
};

} // namespace branch

#include "VideoioCameraPlugin.moc"
