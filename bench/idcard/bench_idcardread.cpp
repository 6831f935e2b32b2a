// With a resident ID card on the (simulated) reader, taps "读取身份证" on the
// residence-permit form and measures the time to the first frame in which
// the name and ID number are filled in: the read on the reader's thread, the
// card's checks (validity, GB 11643, age), the fields set through the form's
// own validators, and the frame drawn. A real reader adds its own SAM read
// time (about a second for GA 467 readers, by their makers' figures), which
// no simulator can stand for.

#include "FormController.h"
#include "IdCardController.h"
#include "Kiosk.h"
#include "ShellController.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "KioskQmlPlugins.h"
#include "support/KioskBench.h"

using branch::bench::nextFrame;

namespace {

constexpr double kTargetMs = 300.0;

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 20);

    QTemporaryDir dir;
    branch::KioskOptions options = branch::bench::kioskOptions(dir);
    branch::Kiosk kiosk(options, branch::KioskBackends::standard(options));
    if (!kiosk.load() || !nextFrame(kiosk.window())) {
        std::fprintf(stderr, "bench_idcardread: the kiosk did not start\n");
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    window->resize(1920, 1080);
    branch::IdCardController *idCard = kiosk.idCard();
    if (!kiosk.shell()->openService(QStringLiteral("civil.residence_permit")) || !kiosk.shell()->startService()
        || !nextFrame(window) || !idCard->available() || idCard->simulatedCards().isEmpty()) {
        std::fprintf(stderr, "bench_idcardread: no form with a card reader\n");
        return 1;
    }
    const QString card = idCard->simulatedCards().constFirst();
    std::printf("ID card read: \"读取身份证\" with the card on the simulated reader to the first frame with the "
                "fields filled in, %d warm runs, target <= %.0f ms\n", runs, kTargetMs);

    branch::bench::RunTimes times;
    for (int run = 0; run <= runs; ++run) {
        if (!idCard->placeSimulated(card)) {
            std::fprintf(stderr, "bench_idcardread: the card could not be placed\n");
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        idCard->read();
        while (timer.elapsed() < 10000 && !idCard->filled() && !idCard->refused())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!idCard->filled()) {
            std::fprintf(stderr, "bench_idcardread: the card did not fill the form (run %d)\n", run);
            return 1;
        }
        nextFrame(window); // the frame that shows it
        times.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    times.print(kTargetMs, 1);
    return 0;
}
