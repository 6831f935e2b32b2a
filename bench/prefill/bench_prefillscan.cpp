// Taps "Scan my e-Tongban code" on the home screen with a phone's QR code in
// front of the camera, and measures the time to the first frame in which the
// form is drawn filled in. The camera is a folder of 1280x720 frames played
// at its own rate (MediaCameraSource), so the figure includes starting the
// camera and waiting for a frame; the token is an offline one, opened with
// the branch key the keychain holds (no core), so no network is timed.

#include "FormController.h"
#include "Kiosk.h"
#include "OfflinePayload.h"
#include "PrefillKeyring.h"
#include "PrefillKeys.h"
#include "PrefillSamples.h"
#include "PrefillToken.h"
#include "QrTestImages.h"
#include "SecretStoreFactory.h"
#include "ShellController.h"

#include <QDir>
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

constexpr double kTargetMs = 1500.0;

// The phone's code in the middle of a camera frame, as a customer holds it up.
bool writeFrames(const QString &dir, const QString &token)
{
    const cv::Mat code = branch::test::qrImage(token, 5);
    if (code.empty() || !QDir().mkpath(dir))
        return false;
    cv::Mat frame(720, 1280, CV_8U, cv::Scalar(235));
    code.copyTo(frame(cv::Rect((1280 - code.cols) / 2, (720 - code.rows) / 2, code.cols, code.rows)));
    return branch::test::toQImage(frame).save(dir + QStringLiteral("/frame.png"));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 15);

    QTemporaryDir dir;
    const branch::TokenSigner signer = *branch::TokenSigner::generate();
    const branch::BranchBoxKey branchKey = *branch::BranchBoxKey::generate();
    branch::SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = dir.filePath(QStringLiteral("secrets"));
    const branch::SecretStoreOpenResult secrets = branch::openSecretStore(secretOptions);
    if (!secrets.ok()
        || !branch::PrefillKeyring::from(QStringLiteral("BR001"), {signer.publicKey()}, branchKey.secretKey())
                .save(*secrets.value())
                .ok()) {
        std::fprintf(stderr, "bench_prefillscan: no keychain\n");
        return 1;
    }
    branch::PrefillToken token = branch::PrefillToken::create(
        QStringLiteral("hpf.deposit_registration"), QStringLiteral("BR001"), QDateTime::currentDateTimeUtc().addDays(1));
    token.sealedPayload = branch::OfflinePayload::seal(prefilltest::housingFundAnswers(), branchKey.publicKey());
    const QString text = branch::PrefillTokenCodec::encode(token, signer);
    const QString camera = dir.filePath(QStringLiteral("camera"));
    if (!writeFrames(camera, text)) {
        std::fprintf(stderr, "bench_prefillscan: no camera frames\n");
        return 1;
    }

    branch::KioskOptions options = branch::bench::kioskOptions(dir);
    options.camera = camera;
    branch::Kiosk kiosk(options, branch::KioskBackends::standard(options));
    if (!kiosk.load() || !nextFrame(kiosk.window())) {
        std::fprintf(stderr, "bench_prefillscan: the kiosk did not start\n");
        return 1;
    }
    QQuickWindow *window = kiosk.window();
    window->resize(1920, 1080);
    nextFrame(window);
    std::printf("prefill scan: tap on the scan tile to the first frame of the filled form, QR %lld characters "
                "(offline token), 1280x720 frames, %d warm runs, target <= %.0f ms\n",
                static_cast<long long>(text.size()), runs, kTargetMs);

    branch::bench::RunTimes times;
    for (int run = 0; run <= runs; ++run) {
        kiosk.shell()->goHome();
        nextFrame(window);
        QElapsedTimer timer;
        timer.start();
        kiosk.shell()->activate(QStringLiteral("scan_prefill"));
        bool opened = false;
        while (timer.elapsed() < 10000 && !opened) {
            if (!nextFrame(window))
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            opened = kiosk.shell()->route() == u"form" && kiosk.flow()->prefilled();
        }
        if (!opened) {
            std::fprintf(stderr, "bench_prefillscan: the form did not open (run %d)\n", run);
            return 1;
        }
        nextFrame(window); // the frame that shows it
        times.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    times.print(kTargetMs);
    return 0;
}
