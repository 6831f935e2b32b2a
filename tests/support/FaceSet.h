#pragma once

// The labelled face set of tests/face and bench/face (docs/face.md): the
// face crops of tests/data/face (from opencv-doc's sample images) made into
// ID card photos, 1280x720 live frames under a transform, blink sequences,
// and the two attacks (a printed photo held up, a still on a phone screen).
// Everything is drawn with a fixed seed: the same set on every run.

#include "FaceAligner.h"
#include "FaceDetector.h"

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace branch::faceset {

struct Picture
{
    QString identity; // "lena" for lena.jpg, lena-2.jpg, lena-3.jpg
    QString name;     // the file's base name
    cv::Mat crop;     // 160x160 BGR
};

inline QString dataDir()
{
    return QStringLiteral(BRANCH_FACE_DATA_DIR);
}

inline std::vector<Picture> pictures()
{
    std::vector<Picture> all;
    const QDir dir(dataDir());
    for (const QString &file : dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        Picture p;
        p.name = QFileInfo(file).completeBaseName();
        p.identity = p.name;
        if (p.identity.size() > 2 && p.identity.at(p.identity.size() - 2) == QLatin1Char('-')
            && p.identity.back().isDigit())
            p.identity.chop(2);
        p.crop = cv::imread(dir.filePath(file).toStdString(), cv::IMREAD_COLOR);
        all.push_back(p);
    }
    return all;
}

// The first picture of each identity is the one its card photo is made from.
inline bool isCardSource(const Picture &p)
{
    return p.name == p.identity;
}

inline cv::Mat jpegRoundTrip(const cv::Mat &image, int quality)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

// 102x126 like a chip photo: the face on a pale ground, washed out, heavily compressed.
inline cv::Mat cardPhoto(const cv::Mat &crop)
{
    cv::Mat photo(126, 102, CV_8UC3, cv::Scalar(236, 236, 240));
    cv::Mat face;
    cv::resize(crop, face, cv::Size(102, 102), 0, 0, cv::INTER_AREA);
    face.copyTo(photo(cv::Rect(0, 12, 102, 102)));
    photo.convertTo(photo, -1, 0.85, 25);
    return jpegRoundTrip(photo, 55);
}

inline std::vector<uchar> png(const cv::Mat &image)
{
    std::vector<uchar> bytes;
    cv::imencode(".png", image, bytes);
    return bytes;
}

enum class Look { Plain, Dark, Bright, TiltLeft, TiltRight, Far, Near, Noisy, Blurred };
inline const std::vector<Look> &allLooks()
{
    static const std::vector<Look> looks{Look::Plain, Look::Dark, Look::Bright, Look::TiltLeft, Look::TiltRight,
                                         Look::Far, Look::Near, Look::Noisy, Look::Blurred};
    return looks;
}
inline const char *lookName(Look look)
{
    static const char *names[] = {"plain", "dark", "bright", "tilt_left", "tilt_right", "far", "near", "noisy", "blurred"};
    return names[int(look)];
}

// An office wall behind the customer, the same for every frame.
inline cv::Mat background()
{
    cv::Mat wall(720, 1280, CV_8UC3);
    for (int y = 0; y < wall.rows; ++y)
        wall.row(y).setTo(cv::Scalar(150 + y / 12, 160 + y / 14, 170 + y / 16));
    cv::rectangle(wall, cv::Rect(80, 90, 260, 180), cv::Scalar(90, 110, 120), cv::FILLED);
    cv::rectangle(wall, cv::Rect(980, 60, 200, 420), cv::Scalar(60, 70, 80), cv::FILLED);
    return wall;
}

// The crop at `side` pixels, rolled by `degrees`, in the middle of a 1280x720 frame.
inline cv::Mat place(const cv::Mat &crop, int side, double degrees, cv::Point offset = {0, 0})
{
    cv::Mat frame = background();
    cv::Mat face;
    cv::resize(crop, face, cv::Size(side, side), 0, 0, cv::INTER_CUBIC);
    if (degrees != 0.0) {
        const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(static_cast<float>(side) / 2.0F, static_cast<float>(side) / 2.0F), degrees, 1.0);
        cv::warpAffine(face, face, m, face.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    }
    const cv::Rect at((frame.cols - side) / 2 + offset.x, (frame.rows - side) / 2 + offset.y, side, side);
    face.copyTo(frame(at));
    return frame;
}

inline void addNoise(cv::Mat &frame, double sigma, unsigned seed)
{
    cv::Mat noise(frame.size(), CV_16SC3);
    cv::theRNG().state = seed;
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(sigma));
    cv::Mat wide;
    frame.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(frame, CV_8UC3);
}

// A customer in front of the camera, photographed under `look`. The face
// (about two thirds of the crop) is some 200 px wide.
inline cv::Mat liveFrame(const cv::Mat &crop, Look look)
{
    int side = 300;
    double roll = 0.0;
    if (look == Look::TiltLeft)
        roll = 9.0;
    if (look == Look::TiltRight)
        roll = -9.0;
    if (look == Look::Far)
        side = 230;
    if (look == Look::Near)
        side = 400;
    cv::Mat frame = place(crop, side, roll);
    if (look == Look::Dark)
        frame.convertTo(frame, -1, 0.55, -10);
    if (look == Look::Bright)
        frame.convertTo(frame, -1, 1.3, 35);
    if (look == Look::Noisy)
        addNoise(frame, 10.0, 7);
    if (look == Look::Blurred)
        cv::GaussianBlur(frame, frame, cv::Size(9, 9), 2.5);
    return frame;
}

// The crop with its eyes shut: each eye painted over with the skin just
// below it, and a dark lid line. The eyes are where haarcascade_eye finds
// them, or where they sit in a detector's box when it does not.
inline cv::Mat shutEyes(const cv::Mat &crop)
{
    face::FaceDetector detector;
    face::FaceAligner aligner;
    const std::vector<cv::Rect> faces = detector.detect(crop, 60);
    if (faces.empty())
        return crop.clone();
    const cv::Rect f = faces.front();
    std::vector<cv::Rect> eyes = aligner.eyes(face::toGrey(crop), f);
    if (eyes.size() != 2)
        eyes = {cv::Rect(f.x + f.width * 18 / 100, f.y + f.height * 27 / 100, f.width * 26 / 100, f.height * 18 / 100),
                cv::Rect(f.x + f.width * 56 / 100, f.y + f.height * 27 / 100, f.width * 26 / 100, f.height * 18 / 100)};
    cv::Mat out = crop.clone();
    for (const cv::Rect &eye : eyes) {
        const cv::Rect lid(eye.x + eye.width / 8, eye.y + eye.height / 5, eye.width * 3 / 4, eye.height * 3 / 5);
        const cv::Rect skin = cv::Rect(lid.x, lid.y + lid.height + 2, lid.width, std::max(3, lid.height / 2))
                              & cv::Rect(0, 0, crop.cols, crop.rows);
        const cv::Scalar tone = cv::mean(crop(skin));
        cv::ellipse(out, cv::Point(lid.x + lid.width / 2, lid.y + lid.height / 2), cv::Size(lid.width / 2, lid.height / 2),
                    0, 0, 360, tone, cv::FILLED, cv::LINE_AA);
        cv::ellipse(out, cv::Point(lid.x + lid.width / 2, lid.y + lid.height / 2), cv::Size(lid.width / 2, lid.height / 5),
                    0, 10, 170, tone * 0.45, 1, cv::LINE_AA);
    }
    cv::Mat blurred;
    cv::GaussianBlur(out, blurred, cv::Size(3, 3), 0);
    return blurred;
}

// Small moves of a hand or a head between frames.
inline cv::Point jitter(int i)
{
    static const cv::Point steps[] = {{0, 0}, {2, -1}, {3, 1}, {1, 2}, {-2, 1}, {-3, -1}, {-1, -2}, {1, 0}, {2, 2}, {0, -2}};
    return steps[i % 10];
}

// A customer blinking: open, shut for two frames, open again.
inline std::vector<cv::Mat> blinkSequence(const cv::Mat &crop, int frames = 8)
{
    const cv::Mat shut = shutEyes(crop);
    std::vector<cv::Mat> out;
    for (int i = 0; i < frames; ++i) {
        const bool isShut = i == 3 || i == 4;
        cv::Mat frame = place(isShut ? shut : crop, 300, 0.0, jitter(i));
        addNoise(frame, 3.0, 100 + unsigned(i));
        out.push_back(frame);
    }
    return out;
}

// A customer who does not blink: the same as a print's frames, but live.
inline std::vector<cv::Mat> staringSequence(const cv::Mat &crop, int frames = 8)
{
    std::vector<cv::Mat> out;
    for (int i = 0; i < frames; ++i) {
        cv::Mat frame = place(crop, 300, 0.0, jitter(i));
        addNoise(frame, 3.0, 200 + unsigned(i));
        out.push_back(frame);
    }
    return out;
}

// A photo printed on paper and held up: paper grain, lower contrast, a warm
// cast, a sheen across it; moved a little by the hand, never blinking.
inline std::vector<cv::Mat> printSequence(const cv::Mat &crop, int frames = 8)
{
    cv::Mat print;
    crop.convertTo(print, -1, 0.75, 40);
    cv::Mat grain(print.size(), CV_32F);
    cv::theRNG().state = 31;
    cv::randn(grain, 0.0, 0.06);
    cv::GaussianBlur(grain, grain, cv::Size(3, 3), 0);
    std::vector<cv::Mat> planes;
    cv::split(print, planes);
    const double cast[3] = {0.9, 1.0, 1.05};
    for (int c = 0; c < 3; ++c) {
        cv::Mat f;
        planes[size_t(c)].convertTo(f, CV_32F);
        f = f.mul(1.0 + grain) * cast[c];
        f.convertTo(planes[size_t(c)], CV_8U);
    }
    cv::merge(planes, print);
    cv::Mat sheen(print.size(), CV_8UC3, cv::Scalar::all(0));
    cv::line(sheen, {0, 40}, {160, 120}, cv::Scalar::all(40), 18, cv::LINE_AA);
    cv::GaussianBlur(sheen, sheen, cv::Size(21, 21), 0);
    print += sheen;
    std::vector<cv::Mat> out;
    for (int i = 0; i < frames; ++i) {
        cv::Mat frame = place(print, 300, (i % 3 - 1) * 1.5, jitter(i));
        addNoise(frame, 3.0, 300 + unsigned(i));
        out.push_back(frame);
    }
    return out;
}

// A still of the customer on a phone screen held to the camera: moiré
// between the screen's pixels and the sensor's, a blue cast, a reflection.
inline std::vector<cv::Mat> screenSequence(const cv::Mat &crop, int frames = 8)
{
    std::vector<cv::Mat> out;
    for (int i = 0; i < frames; ++i) {
        cv::Mat frame = place(crop, 300, 0.0, jitter(i));
        const cv::Rect screen((1280 - 300) / 2 + jitter(i).x, (720 - 300) / 2 + jitter(i).y, 300, 300);
        cv::Mat shown = frame(screen);
        cv::Mat f;
        shown.convertTo(f, CV_32FC3);
        for (int y = 0; y < f.rows; ++y)
            for (int x = 0; x < f.cols; ++x) {
                const float m = 0.88F + 0.12F * float(std::sin(0.9 * x + 0.35 * y + i * 0.7));
                cv::Vec3f &p = f.at<cv::Vec3f>(y, x);
                p = cv::Vec3f(p[0] * m * 1.1F + 12.0F, p[1] * m, p[2] * m * 0.9F);
            }
        cv::Mat glare(f.size(), CV_32FC3, cv::Scalar::all(0));
        cv::line(glare, {0, 260}, {300, 20}, cv::Scalar::all(45), 30, cv::LINE_AA);
        cv::GaussianBlur(glare, glare, cv::Size(31, 31), 0);
        f += glare;
        f.convertTo(shown, CV_8UC3);
        addNoise(frame, 3.0, 400 + unsigned(i));
        out.push_back(frame);
    }
    return out;
}

} // namespace branch::faceset
