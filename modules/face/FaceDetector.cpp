#include "FaceDetector.h"

#include "FaceReasons.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace branch::face {

QString cascadeDirectory()
{
    const QString fromEnv = qEnvironmentVariable("BRANCH_OPENCV_DATA_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(BRANCH_OPENCV_DATA_DIR) : fromEnv;
}

cv::Mat toGrey(const cv::Mat &image)
{
    if (image.empty())
        return {};
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = image;
    if (grey.depth() != CV_8U)
        grey.convertTo(grey, CV_8U);
    return grey;
}

FaceDetector::FaceDetector() : FaceDetector(Options{}) {}

FaceDetector::FaceDetector(Options options) : m_options(options)
{
    const QString file = m_options.cascade == Cascade::Lbp
                             ? QStringLiteral("lbpcascades/lbpcascade_frontalface_improved.xml")
                             : QStringLiteral("haarcascades/haarcascade_frontalface_default.xml");
    m_loaded = m_cascade.load(QDir(cascadeDirectory()).filePath(file).toStdString());
}

std::vector<cv::Rect> FaceDetector::detect(const cv::Mat &image, int floor)
{
    std::vector<cv::Rect> faces;
    const cv::Mat grey = toGrey(image);
    if (!m_loaded || grey.empty())
        return faces;
    double scale = 1.0;
    cv::Mat work = grey;
    if (m_options.workingWidth > 0 && grey.cols > m_options.workingWidth) {
        scale = double(m_options.workingWidth) / grey.cols;
        cv::resize(grey, work, {}, scale, scale, cv::INTER_AREA);
    }
    cv::Mat equalized;
    cv::equalizeHist(work, equalized);
    const int minSide = std::max(20, int(floor * scale));
    m_cascade.detectMultiScale(equalized, faces, m_options.scaleFactor, m_options.minNeighbors, 0, cv::Size(minSide, minSide));
    for (cv::Rect &face : faces) {
        face = cv::Rect(int(face.x / scale), int(face.y / scale), int(face.width / scale), int(face.height / scale));
        face &= cv::Rect(0, 0, grey.cols, grey.rows);
    }
    std::sort(faces.begin(), faces.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.area() > b.area(); });
    return faces;
}

Result<cv::Rect> FaceDetector::single(const cv::Mat &image)
{
    if (image.empty())
        return Error{kFrameUnreadable, {}};
    const std::vector<cv::Rect> faces = detect(image, m_options.minFaceSize / 2);
    if (faces.empty())
        return Error{kNoFace, {}};
    if (faces.size() > 1)
        return Error{kSeveralFaces, QString::number(faces.size())};
    if (faces.front().width < m_options.minFaceSize)
        return Error{kFaceTooSmall, QString::number(faces.front().width)};
    return faces.front();
}

Result<cv::Rect> FaceDetector::inPhoto(const cv::Mat &photo)
{
    if (photo.empty())
        return Error{kPhotoUnreadable, {}};
    // A chip photo is small: search it at twice its size so that a 40 px
    // face is within the cascade's reach.
    cv::Mat larger;
    cv::resize(toGrey(photo), larger, {}, 2.0, 2.0, cv::INTER_CUBIC);
    const int saved = m_options.workingWidth;
    m_options.workingWidth = 0;
    std::vector<cv::Rect> faces = detect(larger, std::min(larger.cols, larger.rows) / 4);
    m_options.workingWidth = saved;
    if (faces.empty())
        return Error{kNoPhotoFace, {}};
    const cv::Rect &f = faces.front();
    return cv::Rect(f.x / 2, f.y / 2, f.width / 2, f.height / 2);
}

} // namespace branch::face
