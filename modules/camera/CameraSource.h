#pragma once

#include "CameraFrame.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace branch {

// A camera: the kiosk's first outside device. The real one reads V4L2
// (V4l2CameraSource); MediaCameraSource plays a video file or a folder of
// images through the same interface, for demos, tests and benchmarks. The QR
// scanner consumes frames now; the remote-teller call and face checks will.
//
// Frames arrive on the source's own capture thread, at the camera's rate.
// Connect frameCaptured with Qt::DirectConnection to something that only
// keeps the frame (LatestFrameWorker::offer): a queued connection would pile
// frames up in the receiver's event queue.
class CameraSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CameraSource() override;

    // Opens the device or media and starts capturing. Fails with
    // camera_unavailable, media_unreadable or no_images (see cameraMessage()).
    virtual Result<void> start() = 0;
    // Stops capturing; returns once no frame can be emitted any more.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    // For logs and the staff page: "/dev/video0", "folder demo/ (12 images)".
    virtual QString description() const = 0;

Q_SIGNALS:
    void frameCaptured(const branch::CameraFrame &frame);
    // Capture ended by itself: end_of_media, or camera_lost when the device went away.
    void ended(const QString &reason);
};

// The translated sentence for a camera reason code.
class CameraMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::CameraMessages)
public:
    static QString message(const QString &reason, const QString &detail = {});
};

} // namespace branch
