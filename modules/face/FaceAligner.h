#pragma once

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include <vector>

namespace branch::face {

// Turns a detected face into the fixed crop that comparison and liveness
// read: kSize x kSize grey, eyes level, histogram equalized.
//
// The scale and the centre come from the detector's box, the roll from the
// eyes when two are found (haarcascade_eye), so that a card photo and a live
// frame are cropped alike even when the eyes are missed on one of them.
class FaceAligner
{
public:
    static constexpr int kSize = 112;

    FaceAligner();
    bool isLoaded() const { return m_loaded; }

    // Eyes found in the upper half of `face`, in the image's coordinates,
    // largest first. Closed eyes are seldom found: the blink check uses that.
    std::vector<cv::Rect> eyes(const cv::Mat &grey, const cv::Rect &face);

    // The crop, rolled level when two eyes are found.
    cv::Mat align(const cv::Mat &image, const cv::Rect &face);

    // The crop without the roll (box only), for frame-to-frame comparison.
    static cv::Mat boxCrop(const cv::Mat &grey, const cv::Rect &face);

private:
    cv::CascadeClassifier m_eyes;
    bool m_loaded = false;
};

} // namespace branch::face
