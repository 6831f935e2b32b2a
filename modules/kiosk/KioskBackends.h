#pragma once

#include "SecretStoreFactory.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace branch {

class BillerDirectory;
class CameraSource;
class CardReader;
class PinPad;
class Clock;
class IdempotencyKeySource;
class IdleTimeSource;
class IdCardReader;
class SimulatedCardReader;
class SimulatedIdCardReader;
class SimulatedPinPad;
class Printer;
class RecordingSpeech;
class Speech;
struct KioskOptions;

// Everything the kiosk talks to that is not deterministic or not ours: the
// time, the keys of outbox entries, the billers, the keychain, core, the
// camera, receipt printer and voice (next: video). main() builds the real set; GUI tests build their
// own (a fixed clock, test billers) and hand it to the same Kiosk.
struct KioskBackends
{
    std::unique_ptr<const Clock> clock;
    std::unique_ptr<IdempotencyKeySource> keys;
    std::unique_ptr<const BillerDirectory> billers;
    // How the keys that protect personal data are opened: the system
    // keychain, or development files when the operator asked for them.
    SecretStoreOptions secrets;
    // Where core is, over what `branchctl device enroll` stored, and how
    // often the outbox is delivered.
    struct Core
    {
        QUrl url;
        QString caFile;
        int intervalMs = 15'000;
    } core;
    // The idle watcher's time; null: the machine's steady clock.
    std::unique_ptr<IdleTimeSource> idleTime;
    // The camera the scan screen reads (V4L2, or a video or folder played as
    // one); null when the kiosk has none. Not started here: the page that
    // needs frames starts and stops it, so the camera is on only while used.
    std::unique_ptr<CameraSource> camera;
    // The receipt printer: a CUPS queue, or the simulator; null: none, and
    // every receipt screen says so. Shared with the print thread.
    std::shared_ptr<Printer> printer;
    // The card reader and the encrypting PIN pad (docs/payment.md, "Adding a
    // real card reader and PIN pad"): the simulators, whose development PIN
    // key the reference core holds; a vendor's adapter is chosen here instead.
    // Either null: the kiosk takes no card payments. Shared with the payment
    // thread, which waits on them.
    std::shared_ptr<CardReader> cardReader;
    std::shared_ptr<PinPad> pinPad;
    // The same objects when they are the simulators (the pay screen's demo
    // panel inserts test cards and types PINs into them), else null.
    std::shared_ptr<SimulatedCardReader> cardSimulator;
    std::shared_ptr<SimulatedPinPad> pinPadSimulator;
    // The resident ID card reader; null: none, forms are typed in.
    // idCardSimulator is the same object when it is the simulator (the demo
    // panel lays its cards on it), else null.
    std::unique_ptr<IdCardReader> idCardReader;
    SimulatedIdCardReader *idCardSimulator = nullptr;
    // The voice (--speech): speech-dispatcher, or silent and recording.
    // speechRecorder is the same object when it records (tests read what
    // was said), else null. Never null.
    std::unique_ptr<Speech> speech;
    RecordingSpeech *speechRecorder = nullptr;

    KioskBackends();
    KioskBackends(KioskBackends &&) noexcept;
    KioskBackends &operator=(KioskBackends &&) noexcept;
    ~KioskBackends();

    // The real ones, as the command line asks: the system clock, random keys,
    // the reference bills built into the binary, the system keychain, the
    // camera of --camera (or /dev/video0 when present), and the CUPS queue
    // (--printer, else CUPS's default destination) or the printer simulator
    // (--printer-simulator), and the voice of --speech (speechd when installed).
    static KioskBackends standard(const KioskOptions &options);
    // The voice as `--speech` names it ("" speechd when installed, "speechd", "off").
    void setSpeech(const QString &spec);
};

} // namespace branch
