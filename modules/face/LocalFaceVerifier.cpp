#include "LocalFaceVerifier.h"

#include "FaceReasons.h"

#include <opencv2/face.hpp>
#include <opencv2/imgproc.hpp>

namespace branch::face {

LocalFaceVerifier::LocalFaceVerifier() : LocalFaceVerifier(Options{}) {}

LocalFaceVerifier::LocalFaceVerifier(Options options) : m_options(options), m_detector(options.detector) {}

Result<cv::Mat> LocalFaceVerifier::liveCrop(const cv::Mat &liveFrame)
{
    const Result<cv::Rect> face = m_detector.single(liveFrame);
    if (!face.ok())
        return face.error();
    return m_aligner.align(liveFrame, face.value());
}

Result<cv::Mat> LocalFaceVerifier::photoCrop(const cv::Mat &cardPhoto)
{
    const Result<cv::Rect> face = m_detector.inPhoto(cardPhoto);
    if (!face.ok())
        return face.error();
    return m_aligner.align(cardPhoto, face.value());
}

double LocalFaceVerifier::distance(const cv::Mat &alignedA, const cv::Mat &alignedB)
{
    // Compared at 48x48 in a 6x6 grid of 8 px cells, radius 1: a chip photo's
    // face is some 60 px wide, and the live face brought down to the card's
    // detail separated genuine from impostor pairs best of the sizes and
    // grids tried on tests/data/face (docs/face.md).
    constexpr int kSide = 48;
    constexpr int kGrid = 6;
    cv::Mat a, b;
    cv::resize(alignedA, a, cv::Size(kSide, kSide), 0, 0, cv::INTER_AREA);
    cv::resize(alignedB, b, cv::Size(kSide, kSide), 0, 0, cv::INTER_AREA);
    cv::Ptr<cv::face::LBPHFaceRecognizer> lbph = cv::face::LBPHFaceRecognizer::create(1, 8, kGrid, kGrid);
    lbph->train(std::vector<cv::Mat>{a}, std::vector<int>{1});
    int label = -1;
    double dist = 0.0;
    lbph->predict(b, label, dist);
    return dist;
}

FaceDecision LocalFaceVerifier::verify(const cv::Mat &liveFrame, const QByteArray &cardPhoto)
{
    const cv::Mat photo = decodeImage(cardPhoto);
    if (photo.empty())
        return FaceDecision::refused(kPhotoUnreadable);
    return verifyImages(liveFrame, photo);
}

FaceDecision LocalFaceVerifier::verifyImages(const cv::Mat &liveFrame, const cv::Mat &cardPhoto)
{
    if (!isReady())
        return FaceDecision::refused(kVerifierUnavailable);
    const Result<cv::Mat> photo = photoCrop(cardPhoto);
    if (!photo.ok())
        return FaceDecision::refused(photo.reason());
    const Result<cv::Mat> live = liveCrop(liveFrame);
    if (!live.ok())
        return FaceDecision::refused(live.reason());
    FaceDecision decision;
    decision.method = QStringLiteral("lbph");
    decision.threshold = m_options.threshold;
    decision.score = distance(photo.value(), live.value());
    decision.accepted = decision.score <= decision.threshold;
    if (!decision.accepted)
        decision.reason = kNoMatch;
    return decision;
}

} // namespace branch::face
