#pragma once

#include <opencv2/core.hpp>

namespace branch::qrfilters {

// The image operations the decoder's passes are made of (docs/qr-decoding.md
// says what each is worth). All take and return 8-bit grey.

// BGR, BGRA or grey to grey; empty for anything else.
cv::Mat toGrey(const cv::Mat &image);
// Unsharp mask: image + amount * (image - blur(image, sigma)).
cv::Mat sharpen(const cv::Mat &grey, double sigma, double amount);
// Divided by the local paper-white level (closing then blur), scaled to 220.
cv::Mat normaliseLight(const cv::Mat &grey);
// Local mean threshold over a square window of `block` pixels (odd): black 0, white 255.
cv::Mat localThreshold(const cv::Mat &grey, int block);
// Enlarged so that its longer side is about 480 pixels (1 to 4 times), with
// cubic interpolation, then sharpened at the new scale. `scale` gets the factor.
cv::Mat enlarge(const cv::Mat &grey, double *scale);

} // namespace branch::qrfilters
