#pragma once

// Real QR codes for the prefill tests, made by zxing-cpp's encoder (through
// the robustness set's generator), never drawn by hand.

#include "QrFrameGenerator.h"

#include <QImage>
#include <QString>

#include <opencv2/imgproc.hpp>

namespace branch::test {

// The code as a grey image: `modulePx` pixels per module, black on white,
// with its quiet zone.
inline cv::Mat qrImage(const QString &text, int modulePx = 4)
{
    const cv::Mat modules = qrframes::QrFrameGenerator::encode(text.toStdString());
    cv::Mat big;
    if (!modules.empty())
        cv::resize(modules, big, {}, modulePx, modulePx, cv::INTER_NEAREST);
    return big;
}

inline QImage toQImage(const cv::Mat &grey)
{
    QImage image(grey.cols, grey.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.rows; ++y)
        std::copy_n(grey.ptr<uchar>(y), grey.cols, image.scanLine(y));
    return image;
}

} // namespace branch::test
