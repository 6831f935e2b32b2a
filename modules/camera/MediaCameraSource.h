#pragma once

#include "ThreadedCameraSource.h"

#include <QStringList>

#include <memory>

namespace branch {

// Plays a video file, or the images of a folder in name order, as a camera
// would deliver them: on the capture thread, at a fixed rate. For demos
// (`branchsuite --camera FOLDER`), tests and benchmarks. Images are read
// with Qt's decoders; a video file needs the videoio plugin (CameraPlugins).
class MediaCameraSource final : public ThreadedCameraSource
{
    Q_OBJECT
public:
    struct Options
    {
        int framesPerSecond = 0; // 0: the video's own rate, 15 for images
        bool loop = true;        // start again at the end; else end with end_of_media
    };

    MediaCameraSource(const QString &path, Options options, QObject *parent = nullptr);
    explicit MediaCameraSource(const QString &path, QObject *parent = nullptr);
    ~MediaCameraSource() override;

    QString description() const override;
    // The images a folder plays, in order (empty for a video file).
    QStringList images() const { return m_images; }

    // The image files of `folder` a MediaCameraSource would play.
    static QStringList imagesIn(const QString &folder);

protected:
    Result<void> open() override;
    Grab grab(cv::Mat &image) override;
    void close() override;
    int intervalMs() const override { return m_intervalMs; }

private:
    QString m_path;
    Options m_options;
    bool m_folder = false;
    QStringList m_images;
    qsizetype m_next = 0;
    int m_intervalMs = 66;
    std::unique_ptr<FrameGrabber> m_video;
};

} // namespace branch
