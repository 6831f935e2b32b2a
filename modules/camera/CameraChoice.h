#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace branch {

class CameraSource;

// What `branchsuite --camera` names: a V4L2 device, a video file, a folder
// of images, or none. Without the option the kiosk uses the default device
// when it exists and runs without a camera otherwise.
struct CameraChoice
{
    enum class Kind { None, Device, MediaFile, Folder };
    Kind kind = Kind::None;
    QString path;

    static constexpr const char *kDefaultDevice = "/dev/video0";

    // `spec` as given ("" when the option is absent; "none" turns the camera
    // off). Fails with camera_not_found for a path that does not exist.
    static Result<CameraChoice> parse(const QString &spec, const QString &defaultDevice = QString::fromLatin1(kDefaultDevice));

    // Null for Kind::None. The source is not started: the page that needs
    // frames starts it, so the camera is on only while it is used.
    std::unique_ptr<CameraSource> makeSource() const;
};

} // namespace branch
