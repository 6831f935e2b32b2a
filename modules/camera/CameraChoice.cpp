#include "CameraChoice.h"

#include "MediaCameraSource.h"
#include "V4l2CameraSource.h"

#include <QFileInfo>

namespace branch {

Result<CameraChoice> CameraChoice::parse(const QString &spec, const QString &defaultDevice)
{
    CameraChoice choice;
    if (spec == u"none")
        return choice;
    if (spec.isEmpty()) {
        if (!defaultDevice.isEmpty() && QFileInfo::exists(defaultDevice)) {
            choice.kind = Kind::Device;
            choice.path = defaultDevice;
        }
        return choice;
    }
    const QFileInfo info(spec);
    if (!info.exists())
        return fail(QStringLiteral("camera_not_found"), spec);
    choice.path = spec;
    if (info.isDir())
        choice.kind = Kind::Folder;
    else if (info.isFile())
        choice.kind = Kind::MediaFile;
    else
        choice.kind = Kind::Device; // a character device such as /dev/video2
    return choice;
}

std::unique_ptr<CameraSource> CameraChoice::makeSource() const
{
    switch (kind) {
    case Kind::None:
        return nullptr;
    case Kind::Device:
        return std::make_unique<V4l2CameraSource>(path);
    case Kind::MediaFile:
    case Kind::Folder:
        return std::make_unique<MediaCameraSource>(path);
    }
    return nullptr;
}

} // namespace branch
