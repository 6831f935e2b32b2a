#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace branch {

class FormController;

// The thumbnails of documents attached to the form on screen (photos the
// customer took on the phone): "image://document/<fieldId>". Only the form
// on screen is served; after it is cleared nothing is.
class DocumentImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *kProviderId = "document";

    explicit DocumentImageProvider(FormController *flow);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<FormController> m_flow;
};

} // namespace branch
