#pragma once

#include "FaceDetector.h"
#include "Result.h"

#include <opencv2/core.hpp>

#include <vector>

namespace branch::face {

// The blink challenge: the kiosk asks the customer to blink and hands over
// the frames of the next second or so, the first with the eyes open. It
// passes when the eyes are seen to shut and open again while the rest of the
// face stays as it was.
//
// The face is found once and followed frame to frame by template matching,
// so that the crops line up. A frame counts as "shut" when the band of the
// face holding the eyes changed against the first frame clearly more than
// the band holding mouth and chin. A photo, printed or on a screen, moves and
// bends as one piece: both bands change alike, or neither does.
//
// It stops a still photo, printed or shown on a screen. It does not stop a
// video of the customer blinking replayed on a screen, a mask or a print
// with the eyes cut out (docs/face.md): ISO/IEC 30107-3 testing it is not.
class BlinkLiveness
{
public:
    struct Options
    {
        int minFrames = 6;
        // Eye band change over lower-face change for a frame to count as shut.
        double bandRatio = 2.0;
        // ... and at least this mean grey-level change in the eye band.
        double minBandChange = 3.0;
        // Below this normalized correlation the face is taken as lost.
        double minTrack = 0.6;
        FaceDetector::Options detector;
    };

    // What one frame showed; kept for tests and the benchmark's figures.
    struct Frame
    {
        bool tracked = false;
        double bandChange = 0.0;  // eye band against the first frame
        double lowerChange = 0.0; // mouth and chin against the first frame
        bool shut = false;
    };

    BlinkLiveness();
    explicit BlinkLiveness(Options options);

    bool isReady() const { return m_detector.isLoaded(); }

    // liveness_failed with detail no_blink, no_face, face_lost or too_few_frames.
    Result<void> check(const std::vector<cv::Mat> &frames);

    // The per-frame view of the last check().
    const std::vector<Frame> &frames() const { return m_frames; }

private:
    Options m_options;
    FaceDetector m_detector;
    std::vector<Frame> m_frames;
};

} // namespace branch::face
