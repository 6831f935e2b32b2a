#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace branch::qrframes {

// What a robustness frame shows. Every category but NoCode holds exactly one
// QR code; each starts from a plain scene and adds the condition it is named
// after, on top of the ordinary camera noise and JPEG of every frame.
enum class Category {
    Paper,       // a printed code on a desk, nothing special
    Screen,      // a phone held up: emissive screen, bezel, moire
    Blur,        // out of focus or moving
    Tilt,        // rotated in the plane, 15-80 degrees
    Perspective, // held at a steep angle
    Glare,       // a specular highlight over part of the code
    LowLight,    // a dim branch corner: dark, noisy, low contrast
    Small,       // far away: 1.7-2.6 pixels per module
    Occlusion,   // a thumb over a corner of the data
    Jpeg,        // heavy compression (quality 6-15)
    LongPayload, // the offline variant's long token, up to QR version 25
    NoCode,      // text, stripes, faces, grids: nothing to read
};

const std::vector<Category> &allCategories();
std::string categoryName(Category category);

struct QrFrame
{
    Category category = Category::Paper;
    std::string payload; // empty for NoCode
    cv::Mat image;       // 1280x720, 8-bit BGR, as the camera would deliver it
};

// Makes the frames of the robustness set, deterministically: frame (category,
// index) depends only on the seed, so a test's first frames are the bench's
// first frames too. The QR symbols come from zxing-cpp's encoder.
class QrFrameGenerator
{
public:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 720;

    explicit QrFrameGenerator(std::uint64_t seed);

    QrFrame make(Category category, int index) const;

    // An e-Tongban-like token: "ETB1." and base32 text, `length` characters in all.
    static std::string tokenPayload(cv::RNG &rng, int length);
    // The code's modules, one byte per module (0 dark, 255 light), with a
    // 4-module quiet zone; level M. Empty when the text does not fit.
    static cv::Mat encode(const std::string &text);

private:
    std::uint64_t m_seed;
};

} // namespace branch::qrframes
