#include "ReceiptImageProvider.h"

#include "FormController.h"

namespace branch {

ReceiptImageProvider::ReceiptImageProvider(FormController *flow)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_flow(flow)
{
}

QImage ReceiptImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image;
    // Only the receipt on screen is served; an old number gets nothing.
    if (m_flow && id == QStringLiteral("qr/") + m_flow->receiptNumber())
        image = m_flow->receiptQr();
    if (!image.isNull()) {
        const int side = requestedSize.width() > 0 ? requestedSize.width() : 320;
        const int scale = std::max(1, side / image.width());
        image = image.scaled(image.width() * scale, image.height() * scale, Qt::KeepAspectRatio,
                             Qt::FastTransformation);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace branch
