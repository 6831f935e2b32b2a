#include "QrFinders.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace branch {
namespace {

struct Finder
{
    cv::Point2f centre;
    std::array<cv::Point2f, 4> corners; // outer ring, any order
    double module = 0;                  // pixels per module
};

double distance(cv::Point2f a, cv::Point2f b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

std::vector<Finder> findFinders(const cv::Mat &binary)
{
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;
    cv::findContours(binary, contours, tree, cv::RETR_TREE, cv::CHAIN_APPROX_SIMPLE);
    std::vector<Finder> finders;
    for (std::size_t i = 0; i < contours.size(); ++i) {
        const int hole = tree[i][2];
        if (hole < 0)
            continue;
        const int core = tree[std::size_t(hole)][2];
        if (core < 0 || tree[std::size_t(hole)][0] >= 0) // the light ring holds one dark square only
            continue;
        const double outer = cv::contourArea(contours[i]);
        const double middle = cv::contourArea(contours[std::size_t(hole)]);
        const double inner = cv::contourArea(contours[std::size_t(core)]);
        // 7x7, 5x5 and 3x3 modules: 49 : 25 : 9, with room for blur and tilt.
        if (outer < 49 * 1.5 * 1.5 || middle < 0.3 * outer || middle > 0.75 * outer || inner < 0.15 * middle
            || inner > 0.65 * middle)
            continue;
        std::vector<cv::Point> quad;
        cv::approxPolyDP(contours[i], quad, 0.06 * cv::arcLength(contours[i], true), true);
        if (quad.size() != 4 || !cv::isContourConvex(quad))
            continue;
        Finder finder;
        const cv::Moments m = cv::moments(contours[std::size_t(core)]);
        if (m.m00 <= 0)
            continue;
        finder.centre = cv::Point2f(float(m.m10 / m.m00), float(m.m01 / m.m00));
        for (std::size_t k = 0; k < 4; ++k)
            finder.corners[k] = cv::Point2f(quad[k]);
        finder.module = std::sqrt(outer) / 7.0;
        finders.push_back(finder);
    }
    return finders;
}

// The module coordinates of a finder's four outer corners, given the code's
// axes (tl->tr, tl->bl) and where the finder's top-left module is.
void addCorrespondences(const Finder &finder, cv::Point2f across, cv::Point2f down, cv::Point2f origin,
                        std::vector<cv::Point2f> &image, std::vector<cv::Point2f> &code)
{
    for (const cv::Point2f &corner : finder.corners) {
        const cv::Point2f d = corner - finder.centre;
        const float u = d.dot(across) > 0 ? 7.0f : 0.0f;
        const float v = d.dot(down) > 0 ? 7.0f : 0.0f;
        image.push_back(corner);
        code.push_back(origin + cv::Point2f(u, v));
    }
}

cv::Mat rectify(const cv::Mat &grey, Finder tl, Finder tr, Finder bl)
{
    const cv::Point2f across = (tr.centre - tl.centre) / float(distance(tr.centre, tl.centre));
    const cv::Point2f down = (bl.centre - tl.centre) / float(distance(bl.centre, tl.centre));
    // Finder centres are 3.5 modules in: the code is (centre distance / module) + 7 wide.
    const double top = distance(tl.centre, tr.centre) / ((tl.module + tr.module) / 2) + 7;
    const double left = distance(tl.centre, bl.centre) / ((tl.module + bl.module) / 2) + 7;
    const int estimate = int(std::lround((top + left) / 2));
    const int dimension = std::clamp(((estimate - 17 + 2) / 4) * 4 + 17, 21, 177);
    std::vector<cv::Point2f> image, code;
    const float far = float(dimension - 7);
    addCorrespondences(tl, across, down, {0, 0}, image, code);
    addCorrespondences(tr, across, down, {far, 0}, image, code);
    addCorrespondences(bl, across, down, {0, far}, image, code);
    constexpr float kPixels = 4, kQuiet = 4;
    for (cv::Point2f &point : code)
        point = (point + cv::Point2f(kQuiet, kQuiet)) * kPixels;
    const cv::Mat homography = cv::findHomography(image, code, 0);
    if (homography.empty())
        return {};
    const int side = int((float(dimension) + 2 * kQuiet) * kPixels);
    cv::Mat square;
    cv::warpPerspective(grey, square, homography, {side, side}, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                        cv::Scalar(255));
    return square;
}

} // namespace

std::vector<cv::Mat> rectifyByFinders(const cv::Mat &grey, int limit)
{
    cv::Mat binary;
    // Dark modules as foreground: a local threshold about three modules of a
    // mid-sized code wide.
    cv::adaptiveThreshold(grey, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, 25, 5);
    std::vector<Finder> finders = findFinders(binary);
    if (finders.size() < 3)
        return {};
    std::sort(finders.begin(), finders.end(), [](const Finder &a, const Finder &b) { return a.module > b.module; });
    finders.resize(std::min<std::size_t>(finders.size(), 12));
    std::vector<cv::Mat> squares;
    for (std::size_t a = 0; a < finders.size(); ++a) {
        for (std::size_t b = a + 1; b < finders.size(); ++b) {
            for (std::size_t c = b + 1; c < finders.size(); ++c) {
                if (int(squares.size()) >= limit)
                    return squares;
                std::array<Finder, 3> f{finders[a], finders[b], finders[c]};
                const double big = std::max({f[0].module, f[1].module, f[2].module});
                const double small = std::min({f[0].module, f[1].module, f[2].module});
                if (big > 2.0 * small)
                    continue;
                // The corner finder faces the longest side.
                const double d01 = distance(f[0].centre, f[1].centre), d02 = distance(f[0].centre, f[2].centre),
                             d12 = distance(f[1].centre, f[2].centre);
                if (d01 >= d02 && d01 >= d12)
                    std::swap(f[0], f[2]);
                else if (d02 >= d01 && d02 >= d12)
                    std::swap(f[0], f[1]);
                const cv::Point2f u = f[1].centre - f[0].centre, v = f[2].centre - f[0].centre;
                const double lu = cv::norm(u), lv = cv::norm(v);
                if (lu < 8 * small || lv < 8 * small || std::max(lu, lv) > 1.7 * std::min(lu, lv)
                    || std::abs(u.dot(v)) > 0.35 * lu * lv)
                    continue;
                // tr is to the right of tl when bl is below it (image y points down).
                if (u.cross(v) < 0)
                    std::swap(f[1], f[2]);
                cv::Mat square = rectify(grey, f[0], f[1], f[2]);
                if (!square.empty())
                    squares.push_back(square);
            }
        }
    }
    return squares;
}

} // namespace branch
