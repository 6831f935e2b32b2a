#pragma once

#include "Result.h"

#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include <vector>

namespace branch::face {

// Where opencv-data's cascades are: BRANCH_OPENCV_DATA_DIR in the environment,
// else the directory the build was configured with.
QString cascadeDirectory();

// Finds faces in a camera frame or an ID card photo with a cascade from
// opencv-data. Not thread-safe (OpenCV's CascadeClassifier keeps state):
// one detector per thread.
class FaceDetector
{
public:
    enum class Cascade {
        Haar, // haarcascade_frontalface_default, the default
        Lbp,  // lbpcascade_frontalface_improved: faster, but found only half
              // the faces of tests/data/face (docs/face.md)
    };
    struct Options
    {
        Cascade cascade = Cascade::Haar;
        // Frames wider than this are searched scaled down: a 1280x720 frame
        // at full size costs many times as much, for faces that a counter
        // camera sees at 150 px and more anyway. At 400 the cascade's 24 px
        // window is 77 px of a 1280-wide frame.
        int workingWidth = 400;
        // In the frame's pixels. A face from half this size up is still
        // found, so that it is reported as face_too_small, not no_face.
        int minFaceSize = 100;
        // Cascade pyramid step and neighbours needed. 1.2 is faster but
        // missed a third more faces of tests/data/face.
        double scaleFactor = 1.1;
        int minNeighbors = 3;
    };

    FaceDetector();
    explicit FaceDetector(Options options);

    bool isLoaded() const { return m_loaded; }
    const Options &options() const { return m_options; }

    // Every face of at least `floor` pixels, in the image's coordinates,
    // largest first.
    std::vector<cv::Rect> detect(const cv::Mat &image, int floor);

    // The one face of a customer at the counter: no_face, several_faces,
    // face_too_small (one face, below minFaceSize), frame_unreadable.
    Result<cv::Rect> single(const cv::Mat &image);

    // The face in an ID card's photo (102x126 on the chip): the largest one.
    Result<cv::Rect> inPhoto(const cv::Mat &photo);

private:
    Options m_options;
    cv::CascadeClassifier m_cascade;
    bool m_loaded = false;
};

// 8-bit grey from BGR, BGRA or grey.
cv::Mat toGrey(const cv::Mat &image);

} // namespace branch::face
