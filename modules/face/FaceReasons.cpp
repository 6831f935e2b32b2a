#include "FaceReasons.h"

namespace branch::face {

QString FaceMessages::message(const QString &reason)
{
    if (reason == kNoFace)
        return tr("No face was seen. Please look straight at the camera.");
    if (reason == kSeveralFaces)
        return tr("More than one face was seen. Please make sure only you are in front of the camera.");
    if (reason == kFaceTooSmall)
        return tr("Your face is too far away. Please come closer to the camera.");
    if (reason == kNoMatch)
        return tr("Your face does not match the photo on the ID card. Please ask a member of staff.");
    if (reason == kLivenessFailed)
        return tr("The live check did not pass. Please blink when asked, without a photo or screen in front of the camera.");
    if (reason == kPhotoUnreadable)
        return tr("The photo on the ID card could not be read. Please ask a member of staff.");
    if (reason == kNoPhotoFace)
        return tr("No face was found in the ID card's photo. Please ask a member of staff.");
    if (reason == kFrameUnreadable)
        return tr("The camera picture could not be used. Please try again.");
    if (reason == kVerifierUnavailable)
        return tr("The face check is not available now. Please ask a member of staff.");
    return tr("The face check did not pass (%1).").arg(reason);
}

} // namespace branch::face
