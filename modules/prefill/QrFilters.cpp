#include "QrFilters.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace branch::qrfilters {

cv::Mat toGrey(const cv::Mat &image)
{
    if (image.empty() || image.depth() != CV_8U || image.dims != 2)
        return {};
    cv::Mat grey;
    switch (image.channels()) {
    case 1:
        grey = image;
        break;
    case 3:
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        break;
    case 4:
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
        break;
    default:
        break;
    }
    return grey;
}

cv::Mat sharpen(const cv::Mat &grey, double sigma, double amount)
{
    cv::Mat soft;
    cv::GaussianBlur(grey, soft, {0, 0}, sigma);
    cv::Mat sharp;
    cv::addWeighted(grey, 1.0 + amount, soft, -amount, 0, sharp);
    return sharp;
}

cv::Mat normaliseLight(const cv::Mat &grey)
{
    // A quarter size is enough for light, which varies slowly; the closing
    // (9 px there, 36 px in the frame) removes modules up to that size.
    cv::Mat small;
    cv::resize(grey, small, {}, 0.25, 0.25, cv::INTER_AREA);
    cv::morphologyEx(small, small, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {9, 9}));
    cv::GaussianBlur(small, small, {0, 0}, 3);
    cv::Mat background;
    cv::resize(small, background, grey.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat normalised;
    cv::divide(grey, background, normalised, 220.0, CV_8U);
    return normalised;
}

cv::Mat localThreshold(const cv::Mat &grey, int block)
{
    cv::Mat binary;
    cv::adaptiveThreshold(grey, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block | 1, 0);
    return binary;
}

cv::Mat enlarge(const cv::Mat &grey, double *scale)
{
    const int side = std::max(grey.cols, grey.rows);
    const double factor = std::clamp(480.0 / double(std::max(side, 1)), 1.0, 4.0);
    cv::Mat big;
    if (factor > 1.05)
        cv::resize(grey, big, {}, factor, factor, cv::INTER_CUBIC);
    else
        big = grey;
    if (scale)
        *scale = factor;
    return sharpen(big, std::max(1.0, factor * 0.8), 0.8);
}

} // namespace branch::qrfilters
