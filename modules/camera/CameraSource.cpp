#include "CameraSource.h"

namespace branch {

CameraSource::~CameraSource() = default;

QString CameraMessages::message(const QString &reason, const QString &detail)
{
    if (reason == u"camera_unavailable")
        return tr("The camera %1 cannot be opened.").arg(detail);
    if (reason == u"camera_backend_missing")
        return tr("The camera support of this kiosk is not installed (%1 is missing).").arg(detail);
    if (reason == u"camera_lost")
        return tr("The camera %1 stopped delivering pictures.").arg(detail);
    if (reason == u"media_unreadable")
        return tr("The video file %1 cannot be played.").arg(detail);
    if (reason == u"no_images")
        return tr("The folder %1 holds no images to play.").arg(detail);
    if (reason == u"camera_not_found")
        return tr("There is no camera, video file or folder at %1.").arg(detail);
    if (reason == u"end_of_media")
        return tr("The video or folder %1 has been played to its end.").arg(detail);
    return tr("The camera failed (%1).").arg(reason);
}

} // namespace branch
