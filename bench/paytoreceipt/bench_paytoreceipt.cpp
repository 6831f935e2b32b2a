// Card and PIN to the receipt on screen, as a customer pays an electricity
// bill at the kiosk (issue 11: <= 2 s, simulators and core on loopback).
// The clock starts when the card goes into the (simulated) reader and stops
// at the first frame that shows the receipt.
#include "CoreHarness.h"
#include "FormController.h"
#include "Kiosk.h"
#include "support/KioskBench.h"
#include "PaymentController.h"
#include "PaymentSimulator.h"
#include "SimulatedPrinter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

#include "KioskQmlPlugins.h"

using branch::bench::nextFrame;

namespace {

constexpr double kTargetMs = 2000;

// Runs the event loop until `done` or `ms` pass; false on time out.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The bill looked up, the form answered and reviewed: the pay step waits for the card.
bool reachPayStep(branch::Kiosk &kiosk)
{
    branch::FormController *flow = kiosk.flow();
    flow->clear();
    if (!flow->showService(QStringLiteral("utility.electricity")) || !flow->start()
        || !flow->lookupBill(QStringLiteral("0101234568")))
        return false;
    flow->setChoice(QStringLiteral("invoice"), QStringLiteral("none"));
    for (int i = 0; i < 8 && flow->stage() == branch::FormController::Stage::Fill; ++i)
        flow->next();
    if (!flow->confirmReview())
        return false;
    return waitFor([&kiosk] { return kiosk.payment()->phase() == branch::PaymentController::Phase::WaitingForCard; },
                   10000);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 15);

    QTemporaryDir dir;
    branch::test::CoreRig rig(dir.path());
    if (!rig.makePki() || !rig.startCore() || !rig.enrol()) {
        std::fprintf(stderr, "bench_paytoreceipt: core did not start or the kiosk did not enrol\n");
        return 1;
    }
    branch::KioskOptions options = branch::bench::kioskOptions(dir);
    options.databasePath = rig.kioskDb();
    options.devInsecureSecretsDir = rig.secrets();
    options.kioskCode = QStringLiteral("K001");
    branch::KioskBackends backends = branch::KioskBackends::standard(options);
    backends.printer = std::make_shared<branch::SimulatedPrinter>(); // the receipt file, no paper
    branch::Kiosk kiosk(options, std::move(backends));
    if (!kiosk.load() || !nextFrame(kiosk.window())
        || !waitFor([&kiosk] { return kiosk.payments() != nullptr; }, 10000)) {
        std::fprintf(stderr, "bench_paytoreceipt: the kiosk did not start with payments\n");
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    window->resize(1920, 1080);
    nextFrame(window);
    branch::PaymentSimulator *devices = kiosk.payment()->simulator();
    std::printf("pay to receipt: electricity bill, card inserted to the first frame of the receipt, simulated card "
                "reader and PIN pad, branch-core on loopback (mutual TLS), %d warm runs, target <= %.0f ms\n",
                runs, kTargetMs);

    branch::bench::RunTimes times;
    for (int run = 0; run <= runs; ++run) {
        if (!reachPayStep(kiosk)) {
            std::fprintf(stderr, "bench_paytoreceipt: the pay step was not reached (run %d)\n", run);
            return 1;
        }
        nextFrame(window);
        QElapsedTimer timer;
        timer.start();
        devices->insert(QStringLiteral("ok"));
        if (!waitFor([&kiosk] { return kiosk.payment()->phase() == branch::PaymentController::Phase::WaitingForPin; },
                     10000)) {
            std::fprintf(stderr, "bench_paytoreceipt: the card was not read (run %d)\n", run);
            return 1;
        }
        for (const int digit : {1, 2, 3, 4})
            devices->press(digit);
        devices->enter();
        if (!waitFor([&kiosk] { return kiosk.flow()->stage() == branch::FormController::Stage::Receipt; }, 20000)) {
            std::fprintf(stderr, "bench_paytoreceipt: no receipt (run %d)\n", run);
            return 1;
        }
        nextFrame(window); // the frame that shows it
        times.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    times.print(kTargetMs);
    kiosk.flow()->clear();
    rig.stopCore();
    return 0;
}
