#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <opencv2/core.hpp>

namespace branch {

// One picture from a camera. The image is the frame's own (a source never
// writes into a frame it has handed out), so it may be read on any thread.
struct CameraFrame
{
    cv::Mat image;          // 8-bit BGR or grey
    quint64 sequence = 0;   // 1, 2, 3, ... from the source's start
    qint64 capturedMs = 0;  // monotonic clock, milliseconds

    bool isValid() const { return !image.empty(); }
};

} // namespace branch

Q_DECLARE_METATYPE(branch::CameraFrame)
