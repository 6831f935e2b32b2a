#include "BlinkLiveness.h"

#include "FaceReasons.h"

#include <opencv2/imgproc.hpp>

namespace branch::face {

namespace {

// Shares of the face box's height: the eyes, and mouth and chin.
constexpr double kEyeTop = 0.18, kEyeBottom = 0.52;
constexpr double kLowerTop = 0.62, kLowerBottom = 0.95;
// How far the face may move between the first frame and any other, as a share of its width.
constexpr double kSearch = 0.15;

cv::Mat band(const cv::Mat &crop, double top, double bottom)
{
    return crop.rowRange(int(crop.rows * top), int(crop.rows * bottom));
}

double change(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    return cv::mean(diff)[0];
}

Error failed(const QString &detail)
{
    return Error{kLivenessFailed, detail};
}

} // namespace

BlinkLiveness::BlinkLiveness() : BlinkLiveness(Options{}) {}

BlinkLiveness::BlinkLiveness(Options options) : m_options(options), m_detector(options.detector) {}

Result<void> BlinkLiveness::check(const std::vector<cv::Mat> &frames)
{
    m_frames.assign(frames.size(), Frame{});
    if (int(frames.size()) < m_options.minFrames)
        return failed(QStringLiteral("too_few_frames"));

    const Result<cv::Rect> found = m_detector.single(frames.front());
    if (!found.ok())
        return failed(QStringLiteral("no_face"));
    const cv::Rect face = found.value();
    auto smooth = [](const cv::Mat &grey) {
        cv::Mat out;
        cv::GaussianBlur(grey, out, cv::Size(5, 5), 0);
        return out;
    };
    const cv::Mat first = smooth(toGrey(frames.front()));
    const cv::Mat reference = first(face).clone();
    const int margin = int(face.width * kSearch);

    enum class Seen { Open, Shut, Reopened } seen = Seen::Open;
    for (size_t i = 0; i < frames.size(); ++i) {
        const cv::Mat grey = smooth(toGrey(frames[i]));
        if (grey.size() != first.size())
            return failed(QStringLiteral("face_lost"));
        const cv::Rect area = cv::Rect(face.x - margin, face.y - margin, face.width + 2 * margin, face.height + 2 * margin)
                              & cv::Rect(0, 0, grey.cols, grey.rows);
        cv::Mat score;
        cv::matchTemplate(grey(area), reference, score, cv::TM_CCOEFF_NORMED);
        double best = 0.0;
        cv::Point at;
        cv::minMaxLoc(score, nullptr, &best, nullptr, &at);
        Frame &f = m_frames[i];
        if (best < m_options.minTrack)
            return failed(QStringLiteral("face_lost"));
        f.tracked = true;
        const cv::Mat crop = grey(cv::Rect(area.x + at.x, area.y + at.y, face.width, face.height));
        f.bandChange = change(band(crop, kEyeTop, kEyeBottom), band(reference, kEyeTop, kEyeBottom));
        f.lowerChange = change(band(crop, kLowerTop, kLowerBottom), band(reference, kLowerTop, kLowerBottom));
        f.shut = f.bandChange >= m_options.minBandChange && f.bandChange >= m_options.bandRatio * f.lowerChange;
        if (seen == Seen::Open && f.shut)
            seen = Seen::Shut;
        else if (seen == Seen::Shut && !f.shut)
            seen = Seen::Reopened;
    }
    if (seen != Seen::Reopened)
        return failed(QStringLiteral("no_blink"));
    return {};
}

} // namespace branch::face
