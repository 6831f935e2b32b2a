#pragma once

#include "LatestFrameWorker.h"
#include "QrDecoder.h"

#include <QObject>
#include <QStringList>

namespace branch {

class CameraSource;

// Camera to QR text: frames from a CameraSource are decoded on the scanner's
// own thread at the camera's rate, the newest frame only (LatestFrameWorker:
// frames that arrive while a frame is being decoded are dropped, not queued).
// The scan screen and `prefill read --image` consume codesRead.
class QrScanner : public QObject
{
    Q_OBJECT
public:
    explicit QrScanner(CameraSource &camera, QrDecoderOptions options = {}, QObject *parent = nullptr);
    ~QrScanner() override;

    quint64 framesDecoded() const { return m_worker.handled(); }
    quint64 framesDropped() const { return m_worker.dropped(); }

Q_SIGNALS:
    // From the scanner's thread; connect normally (queued into the receiver's thread).
    void codesRead(const QStringList &codes, quint64 frameSequence);

private:
    QrDecoder m_decoder;
    LatestFrameWorker m_worker;
};

} // namespace branch
