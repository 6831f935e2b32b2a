#include "MediaCameraSource.h"

#include "CameraLogging.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <exception>

namespace branch {
namespace {

QStringView digitsFrom(const QString &text, qsizetype &at)
{
    const qsizetype start = at;
    while (at < text.size() && text.at(at).isDigit())
        ++at;
    QStringView run = QStringView(text).sliced(start, at - start);
    while (run.size() > 1 && run.front() == u'0')
        run = run.sliced(1);
    return run;
}

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const QStringView na = digitsFrom(a, i), nb = digitsFrom(b, j);
            // Without leading zeros, the longer run is the larger number.
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (const int c = na.compare(nb); c != 0)
                return c < 0;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

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
    // frame_2 before frame_10, as a person numbering files means it (QCollator's
    // numeric mode needs ICU and a locale; this does not).
    std::sort(names.begin(), names.end(), naturalLess);
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
        // A file that is not an image (any more) is skipped, as a camera
        // skips a bad frame; a folder with none readable left ends.
        for (qsizetype tried = 0; tried < m_images.size(); ++tried) {
            if (m_next >= m_images.size()) {
                if (!m_options.loop)
                    return Grab::End;
                m_next = 0;
            }
            const QString path = m_images.at(m_next++);
            image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
            if (!image.empty())
                return Grab::Frame;
            qCWarning(lcCamera) << "skipping unreadable image" << QFileInfo(path).fileName();
        }
        return Grab::End;
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
