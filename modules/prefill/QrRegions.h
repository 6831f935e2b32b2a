#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace branch {

// Code-like regions of a grey frame: dense, two-dimensional edge texture in a
// roughly square patch. A cheap stand-in for wechat_qrcode's CNN detector,
// so that small or blurred codes can be cropped and enlarged rather than the
// whole frame. Largest first, at most `limit`, in full-frame coordinates.
std::vector<cv::Rect> findCodeRegions(const cv::Mat &grey, int limit);

} // namespace branch
