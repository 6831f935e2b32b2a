#include "FaceAligner.h"

#include "FaceDetector.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace branch::face {

namespace {

// A roll larger than this is a misfound eye (an eyebrow, a nostril), not a tilted head.
constexpr double kMaxRollDegrees = 25.0;

cv::Mat normalized(const cv::Mat &crop)
{
    cv::Mat out;
    cv::equalizeHist(crop, out);
    return out;
}

} // namespace

FaceAligner::FaceAligner()
{
    m_loaded = m_eyes.load(QDir(cascadeDirectory()).filePath(QStringLiteral("haarcascades/haarcascade_eye.xml")).toStdString());
}

std::vector<cv::Rect> FaceAligner::eyes(const cv::Mat &grey, const cv::Rect &face)
{
    std::vector<cv::Rect> found;
    const cv::Rect upper = cv::Rect(face.x, face.y + face.height / 8, face.width, face.height * 7 / 16)
                           & cv::Rect(0, 0, grey.cols, grey.rows);
    if (!m_loaded || upper.empty())
        return found;
    // Eyes are searched at a fixed face width so that cost and sensitivity
    // do not depend on how close the customer stands.
    const double scale = 160.0 / face.width;
    cv::Mat region;
    cv::resize(grey(upper), region, {}, scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::equalizeHist(region, region);
    const int minEye = std::max(12, int(160 * 0.12));
    const int maxEye = int(160 * 0.45);
    m_eyes.detectMultiScale(region, found, 1.1, 3, 0, cv::Size(minEye, minEye), cv::Size(maxEye, maxEye));
    for (cv::Rect &eye : found)
        eye = cv::Rect(upper.x + int(eye.x / scale), upper.y + int(eye.y / scale), int(eye.width / scale),
                       int(eye.height / scale));
    std::sort(found.begin(), found.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.area() > b.area(); });
    return found;
}

cv::Mat FaceAligner::boxCrop(const cv::Mat &grey, const cv::Rect &face)
{
    const cv::Rect inside = face & cv::Rect(0, 0, grey.cols, grey.rows);
    if (inside.empty())
        return {};
    cv::Mat crop;
    cv::resize(grey(inside), crop, cv::Size(kSize, kSize), 0, 0, cv::INTER_AREA);
    return normalized(crop);
}

cv::Mat FaceAligner::align(const cv::Mat &image, const cv::Rect &face)
{
    const cv::Mat grey = toGrey(image);
    if (grey.empty() || face.empty())
        return {};
    double roll = 0.0;
    std::vector<cv::Rect> found = eyes(grey, face);
    const double midX = face.x + face.width / 2.0;
    const auto left = std::find_if(found.begin(), found.end(), [&](const cv::Rect &e) { return e.x + e.width / 2.0 < midX; });
    const auto right = std::find_if(found.begin(), found.end(), [&](const cv::Rect &e) { return e.x + e.width / 2.0 >= midX; });
    if (left != found.end() && right != found.end()) {
        const cv::Point2d l(left->x + left->width / 2.0, left->y + left->height / 2.0);
        const cv::Point2d r(right->x + right->width / 2.0, right->y + right->height / 2.0);
        const double degrees = std::atan2(r.y - l.y, r.x - l.x) * 180.0 / std::numbers::pi;
        if (std::abs(degrees) <= kMaxRollDegrees)
            roll = degrees;
    }
    const cv::Point2f centre(float(face.x + face.width / 2.0), float(face.y + face.height / 2.0));
    cv::Mat rotation = cv::getRotationMatrix2D(centre, roll, double(kSize) / face.width);
    rotation.at<double>(0, 2) += kSize / 2.0 - centre.x;
    rotation.at<double>(1, 2) += kSize / 2.0 - centre.y;
    cv::Mat crop;
    cv::warpAffine(grey, crop, rotation, cv::Size(kSize, kSize), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return normalized(crop);
}

} // namespace branch::face
