#include "QrFrameGenerator.h"

#include "QrScene.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace branch::qrframes {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: frame seeds that differ in one bit give unrelated frames.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

float uniform(cv::RNG &rng, double low, double high)
{
    return float(rng.uniform(low, high));
}

float signedUniform(cv::RNG &rng, double low, double high)
{
    return (rng.uniform(0, 2) == 1 ? 1.0f : -1.0f) * uniform(rng, low, high);
}

// Where the code goes and how it is held, before the category's condition.
struct Pose
{
    float side = 300;
    float roll = 0, yaw = 0, pitch = 0;
};

Pose poseFor(Category category, cv::RNG &rng, int modules)
{
    Pose pose;
    pose.side = category == Category::LongPayload ? uniform(rng, 400, 640) : uniform(rng, 230, 420);
    pose.roll = uniform(rng, -12, 12);
    pose.yaw = uniform(rng, -15, 15);
    pose.pitch = uniform(rng, -15, 15);
    switch (category) {
    case Category::Small:
        pose.side = float(modules) * uniform(rng, 1.7, 2.6);
        break;
    case Category::Tilt:
        pose.roll = signedUniform(rng, 15, 80);
        break;
    case Category::Perspective:
        if (rng.uniform(0, 2) == 1)
            pose.yaw = signedUniform(rng, 35, 55);
        else
            pose.pitch = signedUniform(rng, 35, 55);
        break;
    case Category::Blur:
        pose.side = float(modules) * uniform(rng, 3.5, 6.0);
        break;
    default:
        break;
    }
    return pose;
}

void drawNegatives(cv::Mat &frame, cv::RNG &rng)
{
    const int items = rng.uniform(2, 6);
    for (int i = 0; i < items; ++i) {
        const int w = rng.uniform(150, 500), h = rng.uniform(100, 400);
        const cv::Rect area(rng.uniform(0, frame.cols - w), rng.uniform(0, frame.rows - h), w, h);
        switch (rng.uniform(0, 5)) {
        case 0:
            cv::rectangle(frame, area, cv::Scalar(235, 235, 235), cv::FILLED);
            drawTextBlock(frame, rng, area);
            break;
        case 1:
            cv::rectangle(frame, area, cv::Scalar(235, 235, 235), cv::FILLED);
            drawStripes(frame, rng, area);
            break;
        case 2:
            drawFace(frame, rng, (area.tl() + area.br()) / 2, std::min(w, h) / 3);
            break;
        case 3:
            drawFakeGrid(frame, rng, area);
            break;
        default: {
            // A phone or a sheet showing something else than a code.
            cv::rectangle(frame, area, cv::Scalar(25, 25, 25), cv::FILLED);
            const cv::Rect screen(area.x + 8, area.y + 8, area.width - 16, area.height - 16);
            cv::rectangle(frame, screen, cv::Scalar(245, 245, 245), cv::FILLED);
            drawTextBlock(frame, rng, screen);
            break;
        }
        }
    }
}

} // namespace

const std::vector<Category> &allCategories()
{
    static const std::vector<Category> all{Category::Paper,     Category::Screen,     Category::Blur,
                                           Category::Tilt,      Category::Perspective, Category::Glare,
                                           Category::LowLight,  Category::Small,      Category::Occlusion,
                                           Category::Jpeg,      Category::LongPayload, Category::NoCode};
    return all;
}

std::string categoryName(Category category)
{
    switch (category) {
    case Category::Paper: return "paper";
    case Category::Screen: return "screen";
    case Category::Blur: return "blur";
    case Category::Tilt: return "tilt";
    case Category::Perspective: return "perspective";
    case Category::Glare: return "glare";
    case Category::LowLight: return "low_light";
    case Category::Small: return "small";
    case Category::Occlusion: return "occlusion";
    case Category::Jpeg: return "heavy_jpeg";
    case Category::LongPayload: return "long_payload";
    case Category::NoCode: return "no_code";
    }
    return "unknown";
}

QrFrameGenerator::QrFrameGenerator(std::uint64_t seed)
    : m_seed(seed)
{
}

std::string QrFrameGenerator::tokenPayload(cv::RNG &rng, int length)
{
    static const char base32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string text = "ETB1.";
    while (int(text.size()) < length)
        text += base32[rng.uniform(0, 32)];
    return text;
}

cv::Mat QrFrameGenerator::encode(const std::string &text)
{
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(4).setMargin(4);
        // UTF-8 (with its ECI) only for text beyond ASCII: tokens keep their
        // compact alphanumeric mode.
        if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        matrix = writer.encode(text, 0, 0);
    } catch (const std::exception &) {
        return {};
    }
    cv::Mat modules(matrix.height(), matrix.width(), CV_8U);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            modules.at<uchar>(y, x) = matrix.get(x, y) ? 0 : 255;
    return modules;
}

QrFrame QrFrameGenerator::make(Category category, int index) const
{
    const std::uint64_t which = static_cast<std::uint64_t>(category) * 1000003U + static_cast<std::uint64_t>(index);
    cv::RNG rng(static_cast<unsigned long long>(mix(m_seed ^ mix(which))));
    QrFrame frame;
    frame.category = category;
    frame.image = roomBackground(rng, {kWidth, kHeight});
    cv::Mat &image = frame.image;

    Quad code{};
    if (category == Category::NoCode) {
        drawNegatives(image, rng);
    } else {
        frame.payload = tokenPayload(rng, category == Category::LongPayload ? rng.uniform(500, 1100)
                                                                           : rng.uniform(110, 210));
        const cv::Mat modules = encode(frame.payload);
        const Pose pose = poseFor(category, rng, modules.cols);
        const bool phone = category == Category::Screen || (category != Category::Paper && rng.uniform(0, 2) == 1);
        const int modulePx = std::max(2, int(std::ceil(pose.side / float(modules.cols))));
        const Carrier carrier = phone ? phoneCarrier(modules, modulePx, rng) : paperCarrier(modules, modulePx, rng);
        float side = pose.side;
        for (int attempt = 0; attempt < 20; ++attempt) {
            const float margin = side * 0.75f;
            const cv::Point2f centre(uniform(rng, margin, kWidth - margin > margin ? kWidth - margin : margin + 1),
                                     uniform(rng, margin, kHeight - margin > margin ? kHeight - margin : margin + 1));
            code = projectSquare(centre, side, pose.roll, pose.yaw, pose.pitch);
            if ((quadBounds(code) & cv::Rect(0, 0, kWidth, kHeight)) == quadBounds(code))
                break;
            side *= 0.95f;
        }
        placeCarrier(image, carrier, code);
        if (category == Category::Occlusion)
            drawThumb(image, rng, code, rng.uniform(0.04, 0.09));
    }

    // The lens is never perfectly sharp.
    applyGaussianBlur(image, rng.uniform(0.4, 0.9));
    const float side = float(cv::norm(code[1] - code[0]));
    if (category == Category::Blur) {
        const float module = side / float(frame.payload.empty() ? 1 : encode(frame.payload).cols);
        if (rng.uniform(0, 2) == 1)
            applyGaussianBlur(image, module * rng.uniform(0.35, 0.6));
        else
            applyMotionBlur(image, std::max(3, int(module * rng.uniform(1.0, 1.6))), rng.uniform(0.0, 180.0));
    }
    if (category == Category::Glare) {
        const cv::Point2f centre = (code[0] + code[1] + code[2] + code[3]) / 4.0f;
        const cv::Point2f offset(uniform(rng, -0.25, 0.25) * side, uniform(rng, -0.25, 0.25) * side);
        // Saturated over a few percent of the code, washed out around it:
        // the worst a customer tilting the phone a little would still show.
        applyGlare(image, centre + offset, {uniform(rng, 0.1, 0.22) * side, uniform(rng, 0.07, 0.16) * side},
                   rng.uniform(300.0, 480.0));
    }
    if (category == Category::LowLight) {
        applyIllumination(image, rng, rng.uniform(0.07, 0.2), rng.uniform(0.1, 0.5));
        addSensorNoise(image, rng, rng.uniform(2.5, 6.0));
    } else {
        applyIllumination(image, rng, rng.uniform(0.85, 1.15), rng.uniform(0.0, 0.3));
        addSensorNoise(image, rng, rng.uniform(1.0, 3.5));
    }
    recompressJpeg(image, category == Category::Jpeg ? rng.uniform(6, 16) : rng.uniform(65, 93));
    return frame;
}

} // namespace branch::qrframes
