#include "PrefillScanController.h"

#include "CameraSource.h"
#include "FormController.h"
#include "PrefillPreview.h"
#include "PrefillReading.h"
#include "QrScanner.h"
#include "ShellController.h"
#include "ShortCode.h"
#include "UiLog.h"

#include <algorithm>

namespace branch {

PrefillScanController::PrefillScanController(CameraSource *camera, std::shared_ptr<PrefillPreview> preview,
                                             ShellController *shell, FormController *form, QObject *parent)
    : QObject(parent)
    , m_camera(camera)
    , m_preview(std::move(preview))
    , m_shell(shell)
    , m_form(form)
{
}

void PrefillScanController::setReading(PrefillReading *reading)
{
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    if (m_reading)
        connect(m_reading, &PrefillReading::finished, this, &PrefillScanController::finished);
}

PrefillScanController::~PrefillScanController()
{
    stop();
}

bool PrefillScanController::reading() const
{
    return m_reading && m_reading->isReading();
}

QString PrefillScanController::message() const
{
    if (reading())
        return tr("Reading your code…");
    if (!m_reason.isEmpty())
        return m_message;
    if (!m_cameraReason.isEmpty())
        return tr("The camera cannot be used right now (%1). Please type the 9-digit code shown under your QR code.")
            .arg(CameraMessages::message(m_cameraReason));
    if (!m_camera)
        return tr("Please type the 9-digit code shown under your QR code.");
    return tr("Hold the QR code on your phone up to the camera, or type the 9-digit code shown under it.");
}

void PrefillScanController::start()
{
    stop();
    m_reason.clear();
    m_message.clear();
    m_lastCode.clear();
    m_cameraReason.clear();
    if (m_camera) {
        // The scanner listens before the camera starts, so the first frame counts.
        m_scanner = std::make_unique<QrScanner>(*m_camera);
        connect(m_scanner.get(), &QrScanner::codesRead, this,
                [this](const QStringList &codes, quint64) { readCodes(codes); });
        connect(m_camera, &CameraSource::frameCaptured, m_scanner.get(),
                [this](const CameraFrame &frame) {
                    if (m_preview->offer(frame))
                        QMetaObject::invokeMethod(this, [this] {
                            ++m_previewSequence;
                            Q_EMIT previewChanged();
                        }, Qt::QueuedConnection);
                },
                Qt::DirectConnection);
        const Result<void> started = m_camera->start();
        if (!started.ok()) {
            qCWarning(lcUi) << "scan screen: camera not started:" << started.reason();
            m_cameraReason = started.reason();
            m_scanner.reset();
        }
    }
    Q_EMIT stateChanged();
}

void PrefillScanController::detach()
{
    stop();
    m_camera = nullptr;
    setReading(nullptr);
}

void PrefillScanController::stop()
{
    const bool wasScanning = m_scanner != nullptr;
    if (m_camera && m_camera->isRunning())
        m_camera->stop(); // returns once no frame can arrive any more
    m_scanner.reset();
    m_preview->clear();
    if (reading())
        m_reading->cancel();
    if (wasScanning)
        Q_EMIT stateChanged();
}

void PrefillScanController::readCodes(const QStringList &codes)
{
    if (codes.isEmpty() || !m_reading || m_reading->isReading())
        return;
    // A code held still is decoded in every frame; it is read once.
    const QString code = codes.constFirst();
    if (code == m_lastCode)
        return;
    m_lastCode = code;
    qCInfo(lcUi) << "scan screen: a code was seen";
    m_reading->readToken(code);
    Q_EMIT stateChanged();
}

bool PrefillScanController::shortCodeComplete(const QString &typed) const
{
    const QString code = ShortCode::normalize(typed);
    return code.size() == ShortCode::Digits
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}

void PrefillScanController::enterShortCode(const QString &digits)
{
    if (!m_reading || m_reading->isReading())
        return;
    m_lastCode.clear();
    m_reading->readShortCode(digits.trimmed());
    Q_EMIT stateChanged();
}

void PrefillScanController::finished(const PrefillRead &read)
{
    if (!read.ok()) {
        setReason(read.reason, read.message);
        return;
    }
    stop();
    if (!m_shell->openService(read.serviceId) || !m_shell->startService()) {
        setReason(QStringLiteral("unknown_service"), PrefillService::messageFor(QStringLiteral("unknown_service")));
        return;
    }
    QHash<QString, QString> answers;
    for (auto it = read.values.begin(); it != read.values.end(); ++it)
        answers.insert(it.key(), it.value().toString());
    m_form->fillAnswers(answers);
    // Photos taken on the phone count as the documents they were taken for.
    for (const PrefillDocument &document : read.documents)
        m_form->attachDocument(document.document, QStringLiteral("prefill:photo:") + document.photoId,
                               document.thumbnail);
    m_form->setPrefillReference(read.reference);
    qCInfo(lcUi) << "scan screen: the form was opened with" << answers.size() << "answers"
                 << (read.offline ? "(offline)" : "");
}

void PrefillScanController::setReason(const QString &reason, const QString &message)
{
    m_reason = reason;
    m_message = message;
    qCInfo(lcUi) << "scan screen: refused:" << reason;
    Q_EMIT stateChanged();
}

} // namespace branch
