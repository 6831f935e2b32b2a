#include "QrRegions.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace branch {

std::vector<cv::Rect> findCodeRegions(const cv::Mat &grey, int limit)
{
    if (grey.empty() || limit <= 0)
        return {};
    // Half size: a module of 1.7 px is still an edge, and it costs a quarter.
    cv::Mat small;
    cv::resize(grey, small, {}, 0.5, 0.5, cv::INTER_AREA);
    cv::Mat edges;
    cv::morphologyEx(small, edges, cv::MORPH_GRADIENT, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    // Relative to the frame's own contrast, so a dim frame still has edges.
    cv::Scalar mean, deviation;
    cv::meanStdDev(edges, mean, deviation);
    cv::threshold(edges, edges, std::max(12.0, mean[0] + deviation[0]), 255, cv::THRESH_BINARY);
    // Modules merge into one blob; thin lines and specks go.
    cv::morphologyEx(edges, edges, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {5, 5}));
    cv::morphologyEx(edges, edges, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {5, 5}));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);

    struct Candidate
    {
        cv::Rect box;
        double area;
    };
    std::vector<Candidate> candidates;
    const cv::Rect frame(0, 0, grey.cols, grey.rows);
    for (const auto &contour : contours) {
        const cv::RotatedRect turned = cv::minAreaRect(contour);
        const float shortSide = std::min(turned.size.width, turned.size.height);
        const float longSide = std::max(turned.size.width, turned.size.height);
        // At least ~20 modules of 1.5 px, at half size; a code held at a
        // steep angle is still no longer than three times its width.
        if (shortSide < 14 || longSide > 3 * shortSide)
            continue;
        const double fill = cv::contourArea(contour) / double(shortSide * longSide);
        if (fill < 0.5)
            continue;
        cv::Rect box = cv::boundingRect(contour);
        // Back to full size, with room for the quiet zone.
        const int margin = std::max(box.width, box.height) / 6 + 2;
        box = cv::Rect(box.x * 2 - 2 * margin, box.y * 2 - 2 * margin, box.width * 2 + 4 * margin,
                       box.height * 2 + 4 * margin)
            & frame;
        candidates.push_back({box, double(shortSide) * double(longSide)});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.area > b.area; });
    std::vector<cv::Rect> regions;
    for (const Candidate &candidate : candidates) {
        if (int(regions.size()) >= limit)
            break;
        regions.push_back(candidate.box);
    }
    return regions;
}

} // namespace branch
