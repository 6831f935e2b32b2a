// Opens the form of the largest service again and again through the real
// Main.qml and reports the time from "Start" to the first frame that shows
// it: the cold first open, then the median, p95 and worst of the warm ones.

#include "Catalog.h"
#include "CatalogLoader.h"
#include "FormController.h"
#include "Kiosk.h"
#include "SessionContext.h"
#include "ShellController.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "KioskQmlPlugins.h"
#include "support/KioskBench.h"

using branch::bench::nextFrame;
using branch::bench::percentile;

namespace {

constexpr double kTargetMs = 50.0;

// The service with the most fields whose form opens straight from "Start"
// (no bill look-up, not counter-only): the worst case for a form page.
QString largestService(branch::Kiosk &kiosk, const branch::Catalog &catalog)
{
    QList<branch::ServiceDefinition> services = catalog.services();
    std::stable_sort(services.begin(), services.end(), [](const auto &a, const auto &b) {
        return a.form.fieldCount() > b.form.fieldCount();
    });
    for (const branch::ServiceDefinition &service : services) {
        if (service.kind != branch::ServiceKind::Service || service.fee.type == branch::FeeRule::Type::Bill)
            continue;
        if (kiosk.shell()->openService(service.id) && kiosk.flow()->startable())
            return service.id;
    }
    return {};
}

// One open: detail page shown and drawn, then Start until the form is drawn.
double openOnce(branch::Kiosk &kiosk, const QString &serviceId, bool *ok)
{
    branch::ShellController *shell = kiosk.shell();
    shell->goHome();
    *ok = shell->openService(serviceId) && nextFrame(kiosk.window());
    if (!*ok)
        return 0;
    QSignalSpy frame(kiosk.window(), &QQuickWindow::frameSwapped);
    QElapsedTimer timer;
    timer.start();
    *ok = shell->startService() && kiosk.flow()->stage() == branch::FormController::Stage::Fill
        && frame.wait(5000);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 30);

    QTemporaryDir dir;
    branch::KioskOptions options = branch::bench::kioskOptions(dir);
    branch::Kiosk kiosk(options, branch::KioskBackends::standard(options));
    if (!kiosk.load() || !nextFrame(kiosk.window())) {
        std::fprintf(stderr, "bench_formopen: the kiosk did not start\n");
        return 1;
    }
    const branch::CatalogLoadResult loaded = branch::CatalogLoader::loadEmbedded();
    const QString serviceId = largestService(kiosk, loaded.catalog);
    if (serviceId.isEmpty()) {
        std::fprintf(stderr, "bench_formopen: no service opens a form\n");
        return 1;
    }
    const qsizetype fields = loaded.catalog.service(serviceId)->form.fieldCount();
    std::printf("form open: %s (%lld fields), %d warm runs per mode, target <= %.0f ms\n", qPrintable(serviceId),
                static_cast<long long>(fields), runs, kTargetMs);

    for (const bool care : {false, true}) {
        kiosk.context()->setCareMode(care);
        bool ok = true;
        const double cold = openOnce(kiosk, serviceId, &ok);
        QList<double> warm;
        for (int i = 0; ok && i < runs; ++i)
            warm.append(openOnce(kiosk, serviceId, &ok));
        if (!ok) {
            std::fprintf(stderr, "bench_formopen: the form of %s did not open\n", qPrintable(serviceId));
            return 1;
        }
        std::printf("  %-6s first %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms\n", care ? "care" : "normal",
                    cold, percentile(warm, 0.5), percentile(warm, 0.95), percentile(warm, 1.0));
    }
    return 0;
}
