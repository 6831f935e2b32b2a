#include "MediaCameraSource.h"

#include "CameraLogging.h"
#include "CameraPlugins.h"

#include <QDir>
#include <QFileInfo>

#include <QImage>

#include <algorithm>

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

// 8-bit BGR, as a camera delivers; empty when the file is no image.
cv::Mat readBgr(const QString &path)
{
    const QImage image = QImage(path).convertToFormat(QImage::Format_BGR888);
    if (image.isNull())
        return {};
    const cv::Mat view(image.height(), image.width(), CV_8UC3, const_cast<uchar *>(image.constBits()),
                       size_t(image.bytesPerLine()));
    return view.clone();
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
    if (!m_video) {
        const Result<CameraBackend *> backend = CameraPlugins::backend();
        if (!backend.ok())
            return backend.error();
        m_video = backend.value()->videoFile(m_path, m_options.framesPerSecond, m_options.loop);
    }
    Result<void> opened = m_video->open();
    if (opened.ok())
        m_intervalMs = m_video->intervalMs();
    return opened;
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
            image = readBgr(path);
            if (!image.empty())
                return Grab::Frame;
            qCWarning(lcCamera) << "skipping unreadable image" << QFileInfo(path).fileName();
        }
        return Grab::End;
    }
    return m_video->grab(image);
}

void MediaCameraSource::close()
{
    if (m_video)
        m_video->close();
}

} // namespace branch
