#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace branch {

// The three finder patterns of a QR code, found by OpenCV's contour tree
// (a dark ring around a light ring around a dark square), and the code
// rectified from them: a homography through the twelve outer corners of the
// three finders maps the code to a square image, 4 pixels per module. zxing
// then reads a square code even when its bottom-right corner, where no finder
// is, is covered by a thumb or bent away: its own detector would have had to
// find that corner in the frame.
//
// Returns the rectified images of at most `limit` plausible finder triples.
std::vector<cv::Mat> rectifyByFinders(const cv::Mat &grey, int limit);

} // namespace branch
