#include "DocumentImageProvider.h"

#include "FormController.h"

namespace branch {

DocumentImageProvider::DocumentImageProvider(FormController *flow)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_flow(flow)
{
}

QImage DocumentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The id is "<fieldId>/<n>": the number only makes QML load a new picture.
    QImage image = m_flow ? QImage::fromData(m_flow->documentThumbnail(id.section(u'/', 0, 0))) : QImage();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace branch
