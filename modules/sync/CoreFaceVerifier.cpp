#include "CoreFaceVerifier.h"

#include "FaceReasons.h"
#include "HttpsCoreClient.h"

#include <opencv2/imgcodecs.hpp>

namespace branch {

face::FaceDecision CoreFaceVerifier::verify(const cv::Mat &liveFrame, const QByteArray &cardPhoto)
{
    if (liveFrame.empty())
        return face::FaceDecision::refused(face::kFrameUnreadable);
    if (cardPhoto.isEmpty())
        return face::FaceDecision::refused(face::kPhotoUnreadable);
    std::vector<uchar> jpeg;
    // Quality 90: a 1280x720 frame in some 100 KB, detail enough for the card's 60 px face.
    if (!cv::imencode(".jpg", liveFrame, jpeg, {cv::IMWRITE_JPEG_QUALITY, 90}))
        return face::FaceDecision::refused(face::kFrameUnreadable);
    const QByteArray live(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size()));
    return m_client.checkFace(live, cardPhoto);
}

} // namespace branch
