#include "QrScene.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace branch::qrframes {
namespace {

constexpr double kPi = 3.14159265358979323846;

cv::Scalar randomColour(cv::RNG &rng, int low, int high)
{
    return {double(rng.uniform(low, high)), double(rng.uniform(low, high)), double(rng.uniform(low, high))};
}

std::string randomWord(cv::RNG &rng)
{
    static const std::string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
    std::string word;
    const int length = rng.uniform(2, 9);
    for (int i = 0; i < length; ++i)
        word += letters[static_cast<std::size_t>(rng.uniform(0, int(letters.size())))];
    return word;
}

} // namespace

cv::Rect quadBounds(const Quad &quad)
{
    return cv::boundingRect(std::vector<cv::Point2f>(quad.begin(), quad.end()));
}

cv::Mat roomBackground(cv::RNG &rng, cv::Size size)
{
    cv::Mat frame(size, CV_8UC3, randomColour(rng, 60, 200));
    // Furniture, posters and windows: large soft rectangles.
    const int shapes = rng.uniform(4, 12);
    for (int i = 0; i < shapes; ++i) {
        const cv::Point a(rng.uniform(-200, size.width), rng.uniform(-200, size.height));
        const cv::Point b = a + cv::Point(rng.uniform(80, 600), rng.uniform(60, 400));
        cv::rectangle(frame, a, b, randomColour(rng, 30, 230), cv::FILLED);
    }
    if (rng.uniform(0, 2) == 1)
        drawTextBlock(frame, rng, {rng.uniform(0, size.width - 300), rng.uniform(0, size.height - 150), 300, 150});
    cv::GaussianBlur(frame, frame, {0, 0}, rng.uniform(0.8, 2.5));
    return frame;
}

Carrier paperCarrier(const cv::Mat &modules, int modulePx, cv::RNG &rng)
{
    const int codePx = modules.cols * modulePx;
    const int margin = codePx / 3 + rng.uniform(10, 60);
    const cv::Size size(codePx + 2 * margin, codePx + 2 * margin + rng.uniform(0, codePx / 2));
    const int paper = rng.uniform(215, 250);
    Carrier carrier;
    carrier.image = cv::Mat(size, CV_8UC3, cv::Scalar(paper - rng.uniform(0, 12), paper, paper));
    // Printed form text around the code, as on a poster or a receipt.
    drawTextBlock(carrier.image, rng, {10, 10, size.width - 20, std::max(20, margin - 20)});
    cv::Mat code;
    cv::resize(modules, code, {codePx, codePx}, 0, 0, cv::INTER_NEAREST);
    // Toner is never quite black.
    code.convertTo(code, CV_8U, double(paper - 30) / 255.0, rng.uniform(10, 40));
    cv::Mat colour;
    cv::cvtColor(code, colour, cv::COLOR_GRAY2BGR);
    const cv::Rect where(margin, margin, codePx, codePx);
    colour.copyTo(carrier.image(where));
    carrier.code = {cv::Point2f(float(where.x), float(where.y)), cv::Point2f(float(where.br().x), float(where.y)),
                    cv::Point2f(float(where.br().x), float(where.br().y)),
                    cv::Point2f(float(where.x), float(where.br().y))};
    return carrier;
}

Carrier phoneCarrier(const cv::Mat &modules, int modulePx, cv::RNG &rng)
{
    const int codePx = modules.cols * modulePx;
    const int screenW = codePx + 2 * (codePx / 8 + rng.uniform(4, 30));
    const int screenH = screenW * 2;
    const int bezel = std::max(6, screenW / 20);
    Carrier carrier;
    carrier.image = cv::Mat(screenH + 2 * bezel, screenW + 2 * bezel, CV_8UC3, randomColour(rng, 10, 50));
    const int white = rng.uniform(200, 256);
    const cv::Rect screen(bezel, bezel, screenW, screenH);
    carrier.image(screen).setTo(cv::Scalar(white, white, white));
    // The app's header bar and some labels above and below the code.
    cv::rectangle(carrier.image, {screen.x, screen.y, screenW, screenH / 10}, randomColour(rng, 40, 200), cv::FILLED);
    const int codeY = screen.y + screenH / 2 - codePx / 2;
    drawTextBlock(carrier.image, rng, {screen.x + 8, screen.y + screenH / 8, screenW - 16, codeY - screen.y - screenH / 8});
    drawTextBlock(carrier.image, rng, {screen.x + 8, codeY + codePx + 10, screenW - 16, screenH / 6});
    cv::Mat code;
    cv::resize(modules, code, {codePx, codePx}, 0, 0, cv::INTER_NEAREST);
    code.convertTo(code, CV_8U, double(white) / 255.0);
    cv::Mat colour;
    cv::cvtColor(code, colour, cv::COLOR_GRAY2BGR);
    const cv::Rect where(screen.x + (screenW - codePx) / 2, codeY, codePx, codePx);
    colour.copyTo(carrier.image(where));
    // The screen's pixel grid beats against the camera's: a faint moire.
    cv::Mat moire(carrier.image.size(), CV_32F);
    const double period = rng.uniform(2.2, 4.5);
    const double angle = rng.uniform(0.0, kPi);
    const double amplitude = rng.uniform(0.03, 0.1);
    for (int y = 0; y < moire.rows; ++y) {
        auto *row = moire.ptr<float>(y);
        for (int x = 0; x < moire.cols; ++x) {
            const double t = (x * std::cos(angle) + y * std::sin(angle)) * 2 * kPi / period;
            row[x] = float(1.0 - amplitude * (0.5 + 0.5 * std::sin(t)));
        }
    }
    cv::Mat moire3;
    cv::cvtColor(moire, moire3, cv::COLOR_GRAY2BGR);
    cv::Mat asFloat;
    carrier.image.convertTo(asFloat, CV_32FC3);
    cv::multiply(asFloat, moire3, asFloat);
    asFloat.convertTo(carrier.image, CV_8UC3);
    carrier.code = {cv::Point2f(float(where.x), float(where.y)), cv::Point2f(float(where.br().x), float(where.y)),
                    cv::Point2f(float(where.br().x), float(where.br().y)),
                    cv::Point2f(float(where.x), float(where.br().y))};
    return carrier;
}

Quad projectSquare(cv::Point2f centre, float side, float rollDeg, float yawDeg, float pitchDeg)
{
    const double roll = rollDeg * kPi / 180, yaw = yawDeg * kPi / 180, pitch = pitchDeg * kPi / 180;
    const double focal = 900;
    const double distance = focal;
    const double h = side / 2.0;
    const std::array<cv::Point2d, 4> corners{cv::Point2d(-h, -h), cv::Point2d(h, -h), cv::Point2d(h, h),
                                             cv::Point2d(-h, h)};
    Quad quad;
    for (std::size_t i = 0; i < 4; ++i) {
        // Roll in the plane, then yaw about y and pitch about x, then project.
        double x = corners[i].x * std::cos(roll) - corners[i].y * std::sin(roll);
        double y = corners[i].x * std::sin(roll) + corners[i].y * std::cos(roll);
        double z = 0;
        const double x1 = x * std::cos(yaw) + z * std::sin(yaw);
        z = -x * std::sin(yaw) + z * std::cos(yaw);
        x = x1;
        const double y1 = y * std::cos(pitch) - z * std::sin(pitch);
        z = y * std::sin(pitch) + z * std::cos(pitch);
        y = y1;
        const double scale = focal / (distance + z);
        quad[i] = cv::Point2f(float(centre.x + x * scale), float(centre.y + y * scale));
    }
    return quad;
}

void placeCarrier(cv::Mat &frame, const Carrier &carrier, const Quad &target)
{
    const cv::Mat homography = cv::getPerspectiveTransform(carrier.code.data(), target.data());
    cv::warpPerspective(carrier.image, frame, homography, frame.size(), cv::INTER_AREA, cv::BORDER_TRANSPARENT);
}

void drawTextBlock(cv::Mat &frame, cv::RNG &rng, cv::Rect area)
{
    area &= cv::Rect(0, 0, frame.cols, frame.rows);
    if (area.width < 20 || area.height < 12)
        return;
    const double scale = rng.uniform(0.35, 0.9);
    const int lineHeight = std::max(8, int(scale * 30));
    const cv::Scalar ink = randomColour(rng, 0, 70);
    const int font = rng.uniform(0, 2) == 1 ? cv::FONT_HERSHEY_SIMPLEX : cv::FONT_HERSHEY_DUPLEX;
    for (int y = area.y + lineHeight; y < area.br().y; y += lineHeight) {
        std::string line;
        while (line.size() < 60)
            line += randomWord(rng) + ' ';
        cv::Mat roi = frame(area);
        cv::putText(roi, line, {0, y - area.y}, font, scale, ink, 1, cv::LINE_AA);
    }
}

void drawStripes(cv::Mat &frame, cv::RNG &rng, cv::Rect area)
{
    area &= cv::Rect(0, 0, frame.cols, frame.rows);
    for (int x = area.x; x < area.br().x;) {
        const int width = rng.uniform(1, 7);
        if (rng.uniform(0, 2) == 1)
            cv::rectangle(frame, {x, area.y, width, area.height}, cv::Scalar(20, 20, 20), cv::FILLED);
        x += width;
    }
}

void drawFace(cv::Mat &frame, cv::RNG &rng, cv::Point centre, int radius)
{
    const cv::Scalar skin(rng.uniform(90, 170), rng.uniform(120, 190), rng.uniform(170, 235));
    cv::ellipse(frame, centre, {radius, int(radius * 1.3)}, 0, 0, 360, skin, cv::FILLED, cv::LINE_AA);
    cv::ellipse(frame, centre - cv::Point(0, radius), {radius, radius / 2}, 0, 180, 360, cv::Scalar(20, 20, 30),
                cv::FILLED, cv::LINE_AA);
    for (const int side : {-1, 1})
        cv::circle(frame, centre + cv::Point(side * radius / 3, -radius / 6), std::max(2, radius / 9),
                   cv::Scalar(30, 30, 30), cv::FILLED, cv::LINE_AA);
    cv::ellipse(frame, centre + cv::Point(0, radius / 2), {radius / 3, radius / 8}, 0, 0, 180, cv::Scalar(40, 40, 120),
                2, cv::LINE_AA);
}

void drawFakeGrid(cv::Mat &frame, cv::RNG &rng, cv::Rect area)
{
    area &= cv::Rect(0, 0, frame.cols, frame.rows);
    const int cells = rng.uniform(21, 45);
    const int cell = std::max(2, std::min(area.width, area.height) / cells);
    for (int gy = 0; gy < cells; ++gy) {
        for (int gx = 0; gx < cells; ++gx) {
            const cv::Rect r(area.x + gx * cell, area.y + gy * cell, cell, cell);
            cv::rectangle(frame, r, rng.uniform(0, 2) == 1 ? cv::Scalar(15, 15, 15) : cv::Scalar(240, 240, 240),
                          cv::FILLED);
        }
    }
    // Finder-like squares in at most two corners.
    const int finders = rng.uniform(0, 3);
    for (int i = 0; i < finders; ++i) {
        const cv::Point origin(area.x + (i == 1 ? (cells - 7) * cell : 0), area.y);
        cv::rectangle(frame, {origin, cv::Size(7 * cell, 7 * cell)}, cv::Scalar(15, 15, 15), cv::FILLED);
        cv::rectangle(frame, {origin + cv::Point(cell, cell), cv::Size(5 * cell, 5 * cell)},
                      cv::Scalar(240, 240, 240), cv::FILLED);
        cv::rectangle(frame, {origin + cv::Point(2 * cell, 2 * cell), cv::Size(3 * cell, 3 * cell)},
                      cv::Scalar(15, 15, 15), cv::FILLED);
    }
}

void applyIllumination(cv::Mat &frame, cv::RNG &rng, double gain, double gradient)
{
    cv::Mat light(frame.size(), CV_32F);
    const double angle = rng.uniform(0.0, 2 * kPi);
    const double cx = frame.cols / 2.0, cy = frame.rows / 2.0;
    const double reach = std::hypot(cx, cy);
    for (int y = 0; y < light.rows; ++y) {
        auto *row = light.ptr<float>(y);
        for (int x = 0; x < light.cols; ++x) {
            const double along = ((x - cx) * std::cos(angle) + (y - cy) * std::sin(angle)) / reach;
            const double vignette = 1.0 - 0.25 * (std::pow(x - cx, 2) + std::pow(y - cy, 2)) / (reach * reach);
            row[x] = float(gain * (1.0 + gradient * along) * vignette);
        }
    }
    cv::Mat light3;
    cv::cvtColor(light, light3, cv::COLOR_GRAY2BGR);
    cv::Mat asFloat;
    frame.convertTo(asFloat, CV_32FC3);
    cv::multiply(asFloat, light3, asFloat);
    asFloat.convertTo(frame, CV_8UC3);
}

void applyGlare(cv::Mat &frame, cv::Point2f centre, cv::Size2f radii, double strength)
{
    const cv::Rect box = cv::Rect(int(centre.x - 2 * radii.width), int(centre.y - 2 * radii.height),
                                  int(4 * radii.width), int(4 * radii.height))
        & cv::Rect(0, 0, frame.cols, frame.rows);
    for (int y = box.y; y < box.br().y; ++y) {
        auto *row = frame.ptr<cv::Vec3b>(y);
        for (int x = box.x; x < box.br().x; ++x) {
            const double dx = (double(x) - centre.x) / radii.width, dy = (double(y) - centre.y) / radii.height;
            const double light = strength * std::exp(-(dx * dx + dy * dy));
            for (int c = 0; c < 3; ++c)
                row[x][c] = cv::saturate_cast<uchar>(row[x][c] * (1.0 - 0.5 * std::min(1.0, light / 255.0)) + light);
        }
    }
}

void applyGaussianBlur(cv::Mat &frame, double sigma)
{
    cv::GaussianBlur(frame, frame, {0, 0}, sigma);
}

void applyMotionBlur(cv::Mat &frame, int length, double angleDeg)
{
    cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
    const cv::Point2f mid(float(length - 1) / 2, float(length - 1) / 2);
    const double angle = angleDeg * kPi / 180;
    const cv::Point2f step(float(std::cos(angle)), float(std::sin(angle)));
    cv::line(kernel, mid - step * float(length) / 2, mid + step * float(length) / 2, cv::Scalar(1.0), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::filter2D(frame, frame, -1, kernel);
}

void addSensorNoise(cv::Mat &frame, cv::RNG &rng, double sigma)
{
    cv::Mat noise(frame.size(), CV_16SC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide;
    frame.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(frame, CV_8UC3);
}

void recompressJpeg(cv::Mat &frame, int quality)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", frame, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    frame = cv::imdecode(bytes, cv::IMREAD_COLOR);
}

void drawThumb(cv::Mat &frame, cv::RNG &rng, const Quad &code, double fraction)
{
    // From the bottom-right corner, the one without a finder pattern, toward the centre.
    const cv::Point2f corner = code[2];
    const cv::Point2f centre = (code[0] + code[1] + code[2] + code[3]) / 4.0f;
    const double side = cv::norm(code[1] - code[0]);
    // An ellipse centred on the corner covers about a quarter of itself inside the code.
    const double area = fraction * side * side * 4.0;
    const double ratio = rng.uniform(1.4, 2.2);
    const double b = std::sqrt(area / (kPi * ratio));
    const cv::Point2f toward = centre - corner;
    const double angle = std::atan2(toward.y, toward.x) * 180 / kPi;
    const cv::Scalar skin(rng.uniform(80, 150), rng.uniform(110, 180), rng.uniform(160, 230));
    cv::ellipse(frame, corner, cv::Size(int(b * ratio), int(b)), angle, 0, 360, skin, cv::FILLED, cv::LINE_AA);
}

} // namespace branch::qrframes
