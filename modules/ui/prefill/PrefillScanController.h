#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <memory>

namespace branch {

class CameraSource;
class FormController;
class PrefillPreview;
class PrefillReading;
class QrScanner;
class ShellController;
struct PrefillRead;

// The scan screen: while it is shown the camera runs and every QR code it
// sees is read as an e-Tongban token (PrefillReading, off the UI thread); a
// customer without the code on screen types the 9-digit short code instead.
// A good read opens the service's form with the answers filled in, through
// the form's own setters; a refusal stays on this screen with its reason,
// and scanning goes on.
class PrefillScanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY stateChanged)
    Q_PROPERTY(bool scanning READ scanning NOTIFY stateChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY stateChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(int previewSequence READ previewSequence NOTIFY previewChanged)
public:
    // `camera` may be null (no camera: short codes only). All outlive this.
    PrefillScanController(CameraSource *camera, std::shared_ptr<PrefillPreview> preview, ShellController *shell,
                          FormController *form, QObject *parent = nullptr);
    ~PrefillScanController() override;

    bool cameraAvailable() const { return m_camera && m_cameraReason.isEmpty(); }
    bool scanning() const { return m_scanner != nullptr; }
    bool reading() const;
    bool refused() const { return !m_reason.isEmpty(); }
    QString message() const;
    int previewSequence() const { return m_previewSequence; }

    // The page is shown: the camera starts. Left: it stops, a read under way is dropped.
    // The reader of codes, once the kiosk has its keys (after the store and
    // the keychain are open); until then codes wait. Null detaches it.
    void setReading(PrefillReading *reading);

    // The kiosk is closing: the camera stops and neither it nor the reader of
    // codes is touched again (the page may still hold this object a moment).
    void detach();

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void enterShortCode(const QString &digits);
    // All 9 digits are typed (spaces and dashes as the phone shows them are
    // ignored): "Open my form" may be pressed. Whether they are right is
    // the check digit's, after the press.
    Q_INVOKABLE bool shortCodeComplete(const QString &typed) const;
    // What a code in front of the camera gives (also the scanner's way in).
    void readCodes(const QStringList &codes);

Q_SIGNALS:
    void stateChanged();
    void previewChanged();

private:
    void finished(const PrefillRead &read);
    void setReason(const QString &reason, const QString &message);

    CameraSource *m_camera;
    PrefillReading *m_reading = nullptr;
    std::shared_ptr<PrefillPreview> m_preview;
    ShellController *m_shell;
    FormController *m_form;
    std::unique_ptr<QrScanner> m_scanner;
    QString m_cameraReason;
    QString m_reason;
    QString m_message;
    QString m_lastCode; // the code last read, so one held still is read once
    int m_previewSequence = 0;
};

} // namespace branch
