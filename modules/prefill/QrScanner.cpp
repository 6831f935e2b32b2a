#include "QrScanner.h"

#include "CameraSource.h"
#include "PrefillLogging.h"

namespace branch {

QrScanner::QrScanner(CameraSource &camera, QrDecoderOptions options, QObject *parent)
    : QObject(parent)
    , m_decoder(options)
    , m_worker([this](const CameraFrame &frame) {
        const QrDecodeResult result = m_decoder.decode(frame.image);
        if (!result.codes.isEmpty()) {
            qCDebug(lcPrefill) << "frame" << frame.sequence << "read" << result.codes.size() << "code(s), pass"
                               << result.pass;
            Q_EMIT codesRead(result.codes, frame.sequence);
        }
    })
{
    // Direct: the capture thread only hands the frame over, the worker decodes.
    connect(&camera, &CameraSource::frameCaptured, this,
            [this](const CameraFrame &frame) { m_worker.offer(frame); }, Qt::DirectConnection);
}

QrScanner::~QrScanner()
{
    m_worker.stop();
}

} // namespace branch
