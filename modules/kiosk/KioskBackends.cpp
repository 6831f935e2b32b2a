#include "KioskBackends.h"

#include "BillerDirectory.h"
#include "CameraChoice.h"
#include "CameraSource.h"
#include "IdCardReaderChoice.h"
#include "SimulatedIdCardReader.h"
#include "Clock.h"
#include "CommandLine.h"
#include "CupsPrinter.h"
#include "IdempotencyKeySource.h"
#include "IdleTimeSource.h"
#include "LocalBillerDirectory.h"
#include "RecordingSpeech.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "SimulatedPrinter.h"
#include "Speech.h"
#include "SpeechChoice.h"
#include "TestCards.h"
#include "UiLog.h"

#include <algorithm>

namespace branch {

KioskBackends::KioskBackends() = default;
KioskBackends::KioskBackends(KioskBackends &&) noexcept = default;
KioskBackends &KioskBackends::operator=(KioskBackends &&) noexcept = default;
KioskBackends::~KioskBackends() = default;

KioskBackends KioskBackends::standard(const KioskOptions &options)
{
    KioskBackends backends;
    backends.clock = std::make_unique<SystemClock>();
    backends.keys = std::make_unique<RandomKeySource>();
    auto billers = std::make_unique<LocalBillerDirectory>();
    QString error;
    if (!billers->loadFile(LocalBillerDirectory::builtInPath(), &error))
        qCWarning(lcUi) << "reference bills not loaded:" << error;
    backends.billers = std::move(billers);
    backends.secrets.developmentDirectory = options.devInsecureSecretsDir;
    backends.core.url = QUrl(options.coreUrl);
    backends.core.caFile = options.caFile;
    backends.core.intervalMs = std::max(1, options.syncIntervalSeconds) * 1000;
    // No camera is no error: the kiosk serves everything but scanning.
    const Result<CameraChoice> camera = CameraChoice::parse(options.camera);
    if (camera.ok())
        backends.camera = camera.value().makeSource();
    else
        qCWarning(lcUi) << "no camera:" << camera.reason();
    qCInfo(lcUi) << "camera:" << (backends.camera ? backends.camera->description() : QStringLiteral("none"));
    if (const auto simulated = SimulatedPrinter::parse(options.printerSimulator)) {
        // Slow enough for a demo to show the progress.
        backends.printer = std::make_shared<SimulatedPrinter>(*simulated, 1500);
    } else {
        CupsPrinterOptions cups;
        cups.queue = options.printerQueue;
        backends.printer = std::make_shared<CupsPrinter>(cups);
    }
    // No vendor SDK ships with the suite: the simulators, with the
    // development PIN key (it protects nothing real). A vendor's CardReader
    // and PinPad adapters go here (docs/payment.md).
    // They wait for the customer as real devices do, fed by the pay screen's
    // simulator panel.
    backends.cardSimulator = std::make_shared<SimulatedCardReader>();
    backends.cardSimulator->setWaitsForCard(true);
    backends.pinPadSimulator =
        std::make_shared<SimulatedPinPad>(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
    backends.pinPadSimulator->setWaitsForEntry(true);
    backends.cardReader = backends.cardSimulator;
    backends.pinPad = backends.pinPadSimulator;
    const Result<IdCardReaderChoice> idCard = IdCardReaderChoice::parse(options.idCardReader);
    if (idCard.ok()) {
        backends.idCardReader = idCard.value().make();
        backends.idCardSimulator = dynamic_cast<SimulatedIdCardReader *>(backends.idCardReader.get());
    } else {
        qCWarning(lcUi) << "no ID card reader:" << idCard.reason();
    }
    qCInfo(lcUi) << "ID card reader:"
                 << (backends.idCardReader ? backends.idCardReader->description() : QStringLiteral("none"));
    backends.setSpeech(options.speech);
    return backends;
}

void KioskBackends::setSpeech(const QString &spec)
{
    // No voice is no error: the kiosk shows everything it would have said.
    const Result<SpeechChoice> choice = SpeechChoice::parse(spec);
    if (!choice.ok())
        qCWarning(lcUi) << "speech off:" << choice.reason();
    else if (!choice.value().fallbackReason.isEmpty())
        qCWarning(lcUi) << "speech off:" << choice.value().fallbackReason;
    speech = choice.ok() ? choice.value().make() : SpeechChoice{}.make();
    speechRecorder = qobject_cast<RecordingSpeech *>(speech.get());
    qCInfo(lcUi) << "speech:" << speech->description();
}

} // namespace branch
