#include "FaceVerifier.h"

#include <opencv2/imgcodecs.hpp>

namespace branch::face {

FaceVerifier::~FaceVerifier() = default;

cv::Mat decodeImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
    try {
        cv::Mat image = cv::imdecode(raw, cv::IMREAD_COLOR);
        if (!image.empty() && image.depth() != CV_8U)
            image.convertTo(image, CV_8U, 1.0 / 256.0);
        return image;
    } catch (const cv::Exception &) {
        return {};
    }
}

} // namespace branch::face
