#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace branch {

class FormController;

// Serves the current receipt's QR code to QML as image://receipt/qr/<number>,
// scaled up without smoothing so scanners read clean modules.
class ReceiptImageProvider : public QQuickImageProvider
{
public:
    explicit ReceiptImageProvider(FormController *flow);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<FormController> m_flow;
};

} // namespace branch
