#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace branch::qrframes {

// The pieces a robustness frame is made of: a cluttered room, the paper or
// phone that carries the code, the things that look a little like a code, and
// what the camera does to light. All drawing is deterministic in the RNG.
using Quad = std::array<cv::Point2f, 4>; // top-left, top-right, bottom-right, bottom-left

// A carrier (paper sheet or phone) and where its code sits on it, corners
// of the code's quiet zone included.
struct Carrier
{
    cv::Mat image; // BGR
    Quad code;
};

cv::Mat roomBackground(cv::RNG &rng, cv::Size size);

// `modules` is the code, one byte per module; `modulePx` the pixels per
// module on the carrier before it is warped into the frame.
Carrier paperCarrier(const cv::Mat &modules, int modulePx, cv::RNG &rng);
Carrier phoneCarrier(const cv::Mat &modules, int modulePx, cv::RNG &rng);

// The code's quad in the frame: centre, side in pixels, and rotations in
// degrees (roll in the plane; yaw and pitch out of it).
Quad projectSquare(cv::Point2f centre, float side, float rollDeg, float yawDeg, float pitchDeg);
// Warps the carrier so that its code lands on `target`.
void placeCarrier(cv::Mat &frame, const Carrier &carrier, const Quad &target);

// Things that are not QR codes but have edges like one.
void drawTextBlock(cv::Mat &frame, cv::RNG &rng, cv::Rect area);
void drawStripes(cv::Mat &frame, cv::RNG &rng, cv::Rect area);
void drawFace(cv::Mat &frame, cv::RNG &rng, cv::Point centre, int radius);
// A random module grid, with up to two finder-like squares (a code needs three).
void drawFakeGrid(cv::Mat &frame, cv::RNG &rng, cv::Rect area);

// Light and optics.
void applyIllumination(cv::Mat &frame, cv::RNG &rng, double gain, double gradient);
void applyGlare(cv::Mat &frame, cv::Point2f centre, cv::Size2f radii, double strength);
void applyGaussianBlur(cv::Mat &frame, double sigma);
void applyMotionBlur(cv::Mat &frame, int length, double angleDeg);
void addSensorNoise(cv::Mat &frame, cv::RNG &rng, double sigma);
void recompressJpeg(cv::Mat &frame, int quality);

// A thumb-like blob over the area around `corner`, covering about `fraction` of `code`.
void drawThumb(cv::Mat &frame, cv::RNG &rng, const Quad &code, double fraction);

cv::Rect quadBounds(const Quad &quad);

} // namespace branch::qrframes
