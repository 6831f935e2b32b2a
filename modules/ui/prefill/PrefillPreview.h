#pragma once

#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>

#include <memory>

namespace branch {

struct CameraFrame;

// The scan screen's live picture: the newest camera frame, scaled down and
// mirrored like a looking glass, so the customer can aim the phone. Offered
// from the camera's thread a few times a second; read by QML's image loader
// ("image://prefillpreview/<n>", PrefillPreviewProvider). Nothing is kept
// once the page is left.
class PrefillPreview
{
public:
    static constexpr int kWidth = 800;
    static constexpr int kIntervalMs = 100;

    // From the camera's thread. True when the frame was taken for the
    // preview (the caller then tells the page to reload).
    bool offer(const CameraFrame &frame);
    void clear();
    // A black picture while there is none.
    QImage image() const;

private:
    mutable QMutex m_mutex;
    QImage m_image;
    qint64 m_lastMs = -1;
};

// The engine owns its image providers; the preview is shared with the scan
// screen, which outlives neither.
class PrefillPreviewProvider : public QQuickImageProvider
{
public:
    static constexpr const char *kProviderId = "prefillpreview";

    explicit PrefillPreviewProvider(std::shared_ptr<const PrefillPreview> preview);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::shared_ptr<const PrefillPreview> m_preview;
};

} // namespace branch
