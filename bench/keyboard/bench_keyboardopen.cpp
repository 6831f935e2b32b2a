// Taps a form field and measures the time to the first frame in which the
// on-screen keyboard for it is shown: the cold first open (the keyboard and
// its pinyin dictionary load), then warm opens that move between fields with
// different layouts (pinyin letters, capitals for a credit code, the digit
// pads), in normal and care mode.

#include "FormController.h"
#include "Kiosk.h"
#include "SessionContext.h"
#include "ShellController.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include "KioskQmlPlugins.h"
#include "support/KioskBench.h"

using branch::bench::nextFrame;
using branch::bench::percentile;

namespace {

constexpr double kTargetMs = 50.0;

QQuickItem *find(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = find(child, name))
            return found;
    }
    return nullptr;
}

bool keyboardShown(QQuickWindow *window)
{
    QQuickItem *panel = find(window->contentItem(), QStringLiteral("formKeyboard"));
    return panel && panel->property("active").toBool();
}

// Taps the field, then counts frames until one is drawn with the keyboard up.
double openOn(QQuickWindow *window, const QString &fieldId, bool *ok)
{
    // Away from any field first: the keyboard goes down.
    QQuickItem *page = find(window->contentItem(), QStringLiteral("flowPage"));
    page->forceActiveFocus();
    for (int i = 0; i < 50 && keyboardShown(window); ++i)
        nextFrame(window);
    QQuickItem *field = find(window->contentItem(), QStringLiteral("field_") + fieldId);
    *ok = field != nullptr && !keyboardShown(window);
    if (!*ok)
        return 0;
    const QPointF centre = field->mapToScene(QPointF(field->width() / 2, field->height() / 2));
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    while (timer.elapsed() < 5000) {
        QSignalSpy frame(window, &QQuickWindow::frameSwapped);
        window->update();
        if (!frame.wait(5000))
            break;
        if (keyboardShown(window))
            return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    *ok = false;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", QByteArrayLiteral("1"));
    QGuiApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 20);

    QTemporaryDir dir;
    branch::KioskOptions options = branch::bench::kioskOptions(dir);
    options.serviceId = QStringLiteral("hpf.deposit_registration");
    branch::Kiosk kiosk(options, branch::KioskBackends::standard(options));
    if (!kiosk.load() || !nextFrame(kiosk.window())) {
        std::fprintf(stderr, "bench_keyboardopen: the kiosk did not start\n");
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    std::printf("keyboard open: tap on a field to the first frame with its keyboard, %d warm runs per mode, "
                "target <= %.0f ms\n", runs, kTargetMs);
    // Pinyin letters, capitals and digits for a credit code, the digit pad.
    const QStringList fields{QStringLiteral("employer_name"), QStringLiteral("employer_uscc"),
                             QStringLiteral("employer_hpf_account")};
    for (const bool care : {false, true}) {
        kiosk.context()->setCareMode(care);
        kiosk.shell()->goHome();
        bool ok = kiosk.shell()->openService(options.serviceId) && kiosk.shell()->startService()
            && nextFrame(window) && nextFrame(window);
        // In care mode one question a page: the fields are visited page by page.
        QList<double> warm;
        double cold = 0;
        for (int i = 0; ok && i <= runs; ++i) {
            const QString fieldId = kiosk.flow()->screenFieldIds().contains(fields.at(i % 3))
                ? fields.at(i % 3)
                : kiosk.flow()->screenFieldIds().constFirst();
            const double ms = openOn(window, fieldId, &ok);
            if (i == 0)
                cold = ms;
            else
                warm.append(ms);
        }
        if (!ok) {
            std::fprintf(stderr, "bench_keyboardopen: the keyboard did not open\n");
            return 1;
        }
        std::printf("  %-6s first %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms\n", care ? "care" : "normal",
                    cold, percentile(warm, 0.5), percentile(warm, 0.95), percentile(warm, 1.0));
    }
    return 0;
}
