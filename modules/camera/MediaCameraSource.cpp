#include "MediaCameraSource.h"

#include "CameraLogging.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace branch {

MediaCameraSource::MediaCameraSource(const QString &path, Options options, QObject *parent)
    : ThreadedCameraSource(parent)
    , m_path(path)
    , m_options(options)
{
}

MediaCameraSource::MediaCameraSource(const QString &path, QObject *parent)
    : MediaCameraSource(path, Options{}, parent)
{
}

MediaCameraSource::~MediaCameraSource()
{
    stop();
}

QStringList MediaCameraSource::imagesIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList names = dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                       QStringLiteral("*.bmp"), QStringLiteral("*.PNG"), QStringLiteral("*.JPG"),
                                       QStringLiteral("*.JPEG")},
                                      QDir::Files | QDir::Readable);
    // frame_2 before frame_10, as a person numbering files means it.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QString MediaCameraSource::description() const
{
    if (m_folder)
        return QStringLiteral("folder %1 (%2 images)").arg(m_path).arg(m_images.size());
    return QStringLiteral("video %1").arg(m_path);
}

Result<void> MediaCameraSource::open()
{
    m_folder = QFileInfo(m_path).isDir();
    m_next = 0;
    if (m_folder) {
        m_images = imagesIn(m_path);
        if (m_images.isEmpty())
            return fail(QStringLiteral("no_images"), m_path);
        m_intervalMs = 1000 / std::clamp(m_options.framesPerSecond > 0 ? m_options.framesPerSecond : 15, 1, 1000);
        return {};
    }
    try {
        if (!m_video.open(m_path.toStdString(), cv::CAP_ANY))
            return fail(QStringLiteral("media_unreadable"), m_path);
    } catch (const std::exception &e) {
        qCWarning(lcCamera) << "opening" << m_path << "failed:" << e.what();
        return fail(QStringLiteral("media_unreadable"), m_path);
    }
    const double own = m_video.get(cv::CAP_PROP_FPS);
    const double fps = m_options.framesPerSecond > 0 ? m_options.framesPerSecond
                                                     : (std::isfinite(own) && own >= 1 ? own : 15.0);
    m_intervalMs = std::max(1, int(std::lround(1000.0 / std::min(fps, 1000.0))));
    return {};
}

ThreadedCameraSource::Grab MediaCameraSource::grab(cv::Mat &image)
{
    if (m_folder) {
        if (m_next >= m_images.size()) {
            if (!m_options.loop)
                return Grab::End;
            m_next = 0;
        }
        const QString path = m_images.at(m_next++);
        image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        if (image.empty()) {
            // A file that is not an image (any more): skip it, as a
            // camera skips a bad frame, rather than stop the demo.
            qCWarning(lcCamera) << "skipping unreadable image" << QFileInfo(path).fileName();
            image = cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 0));
        }
        return Grab::Frame;
    }
    if (m_video.read(image))
        return Grab::Frame;
    if (!m_options.loop)
        return Grab::End;
    m_video.set(cv::CAP_PROP_POS_FRAMES, 0);
    return m_video.read(image) ? Grab::Frame : Grab::End;
}

void MediaCameraSource::close()
{
    if (m_video.isOpened())
        m_video.release();
}

} // namespace branch
