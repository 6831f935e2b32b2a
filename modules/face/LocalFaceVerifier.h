#pragma once

#include "FaceAligner.h"
#include "FaceDetector.h"
#include "FaceVerifier.h"

#include <opencv2/core.hpp>

namespace branch::face {

// Alignment plus LBPH (local binary pattern histograms, OpenCV contrib
// `face`), compared by chi-square distance. No model to ship, a few
// milliseconds a comparison; what it cannot promise is in docs/face.md.
class LocalFaceVerifier final : public FaceVerifier
{
public:
    // The bank threshold chosen on tests/data/face (docs/face.md): no false
    // accept there, with the closest impostor pair at 67.
    static constexpr double kDefaultThreshold = 62.0;

    struct Options
    {
        double threshold = kDefaultThreshold;
        FaceDetector::Options detector;
    };

    LocalFaceVerifier();
    explicit LocalFaceVerifier(Options options);

    bool isReady() const { return m_detector.isLoaded() && m_aligner.isLoaded(); }
    double threshold() const { return m_options.threshold; }

    FaceDecision verify(const cv::Mat &liveFrame, const QByteArray &cardPhoto) override;
    // The same with the card photo already decoded.
    FaceDecision verifyImages(const cv::Mat &liveFrame, const cv::Mat &cardPhoto);

    // The aligned crop of the one face in a live frame, or of the card photo's face.
    Result<cv::Mat> liveCrop(const cv::Mat &liveFrame);
    Result<cv::Mat> photoCrop(const cv::Mat &cardPhoto);

    // The LBPH distance between two aligned crops.
    static double distance(const cv::Mat &alignedA, const cv::Mat &alignedB);

private:
    Options m_options;
    FaceDetector m_detector;
    FaceAligner m_aligner;
};

} // namespace branch::face
