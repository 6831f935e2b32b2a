// bench_face: the face check on the labelled set of tests/data/face, every
// frame played through the file camera. Prints the figures of docs/face.md.
// Never fails on a figure.
//
//   build/bench/bench_face [--threshold D]

#include "BlinkLiveness.h"
#include "FaceSet.h"
#include "LocalFaceVerifier.h"
#include "MediaCameraSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace branch;
using namespace branch::faceset;

namespace {

// Writes `frames` into a folder and plays it through the file camera, as the
// kiosk would receive them.
std::vector<cv::Mat> throughCamera(const std::vector<cv::Mat> &frames)
{
    QTemporaryDir dir;
    for (size_t i = 0; i < frames.size(); ++i)
        cv::imwrite(dir.filePath(QStringLiteral("%1.png").arg(i, 5, 10, QLatin1Char('0'))).toStdString(), frames[i]);
    MediaCameraSource::Options options;
    options.framesPerSecond = 200;
    options.loop = false;
    MediaCameraSource camera(dir.path(), options);
    std::vector<cv::Mat> received;
    QEventLoop loop;
    QObject::connect(&camera, &CameraSource::frameCaptured, &camera,
                     [&](const CameraFrame &frame) { received.push_back(frame.image.clone()); }, Qt::DirectConnection);
    QObject::connect(&camera, &CameraSource::ended, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!camera.start().ok())
        return {};
    loop.exec();
    camera.stop();
    return received;
}

struct Timing
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double at(double q)
    {
        if (ms.empty())
            return 0.0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))];
    }
};

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    double threshold = face::LocalFaceVerifier::kDefaultThreshold;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--threshold")); at >= 0 && at + 1 < args.size())
        threshold = args.at(at + 1).toDouble();

    const qsizetype dumpAt = args.indexOf(QStringLiteral("--dump"));
    const QString dump = dumpAt >= 0 && dumpAt + 1 < args.size() ? args.at(dumpAt + 1) : QString();

    const std::vector<Picture> all = pictures();
    std::map<QString, cv::Mat> cards;
    for (const Picture &p : all)
        if (isCardSource(p))
            cards[p.identity] = cardPhoto(p.crop);
    std::printf("set: %zu pictures, %zu identities, %zu looks\n", all.size(), cards.size(), allLooks().size());

    // 1. Probes: every picture under every look, through the camera.
    std::vector<cv::Mat> probes;
    std::vector<const Picture *> owner;
    for (const Picture &p : all)
        for (Look look : allLooks()) {
            probes.push_back(liveFrame(p.crop, look));
            owner.push_back(&p);
        }
    const std::vector<cv::Mat> played = throughCamera(probes);
    if (!dump.isEmpty()) {
        for (size_t i = 0; i < allLooks().size(); ++i)
            cv::imwrite(QStringLiteral("%1/look-%2.jpg").arg(dump, QString::fromLatin1(lookName(allLooks()[i]))).toStdString(), probes[i]);
        for (const auto &[identity, photo] : cards)
            cv::imwrite(QStringLiteral("%1/card-%2.png").arg(dump, identity).toStdString(), photo);
    }
    std::printf("camera: %zu of %zu frames received (%dx%d)\n", played.size(), probes.size(),
                played.empty() ? 0 : played.front().cols, played.empty() ? 0 : played.front().rows);
    if (played.size() != probes.size())
        return 0;

    // 2. Detection time per frame, both cascades.
    for (auto cascade : {face::FaceDetector::Cascade::Lbp, face::FaceDetector::Cascade::Haar}) {
        face::FaceDetector::Options o;
        o.cascade = cascade;
        face::FaceDetector detector(o);
        Timing t;
        int found = 0;
        for (const cv::Mat &frame : played) {
            QElapsedTimer timer;
            timer.start();
            const bool one = detector.single(frame).ok();
            t.add(elapsedMs(timer));
            found += one ? 1 : 0;
        }
        std::printf("detect %s: median %.1f ms, p95 %.1f ms per 1280x720 frame; one face found in %d of %zu\n",
                    cascade == face::FaceDetector::Cascade::Lbp ? "lbp " : "haar", t.at(0.5), t.at(0.95), found,
                    played.size());
    }

    // 3. 1:1 comparisons: genuine (own card) and impostor (every other card).
    face::LocalFaceVerifier::Options vo;
    vo.threshold = threshold;
    face::LocalFaceVerifier verifier(vo);
    std::map<QString, cv::Mat> cardCrops;
    for (const auto &[identity, photo] : cards) {
        const Result<cv::Mat> crop = verifier.photoCrop(photo);
        if (crop.ok())
            cardCrops[identity] = crop.value();
        else
            std::printf("card %s: %s\n", qPrintable(identity), qPrintable(crop.reason()));
    }
    std::vector<double> genuine, impostor;
    int genuineRefused = 0;
    std::map<QString, int> refusals;
    Timing verifyTime, lbphTime;
    for (size_t i = 0; i < played.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const face::FaceDecision full = verifier.verifyImages(played[i], cards[owner[i]->identity]);
        verifyTime.add(elapsedMs(timer));
        const Result<cv::Mat> live = verifier.liveCrop(played[i]);
        if (!live.ok()) {
            if (qEnvironmentVariableIsSet("BENCH_FACE_VERBOSE"))
                std::printf("  refused %s/%s: %s\n", qPrintable(owner[i]->name), lookName(allLooks()[i % allLooks().size()]),
                            qPrintable(live.reason()));
            ++genuineRefused;
            ++refusals[live.reason()];
            continue;
        }
        Q_UNUSED(full);
        for (const auto &[identity, crop] : cardCrops) {
            QElapsedTimer t2;
            t2.start();
            const double d = face::LocalFaceVerifier::distance(crop, live.value());
            lbphTime.add(elapsedMs(t2));
            (identity == owner[i]->identity ? genuine : impostor).push_back(d);
        }
    }
    std::printf("compare: full verify (decode card, detect both, align, LBPH) median %.1f ms, p95 %.1f ms; "
                "LBPH alone median %.2f ms\n",
                verifyTime.at(0.5), verifyTime.at(0.95), lbphTime.at(0.5));
    for (const auto &[reason, n] : refusals)
        std::printf("  genuine frames refused before comparison: %s x%d\n", qPrintable(reason), n);
    std::sort(genuine.begin(), genuine.end());
    std::sort(impostor.begin(), impostor.end());
    std::printf("distances: genuine %zu (min %.1f, median %.1f, max %.1f); impostor %zu (min %.1f, median %.1f)\n",
                genuine.size(), genuine.front(), genuine[genuine.size() / 2], genuine.back(), impostor.size(),
                impostor.front(), impostor[impostor.size() / 2]);
    for (double th : {50.0, 55.0, 60.0, 65.0, 70.0, threshold}) {
        const size_t genuineAll = genuine.size() + static_cast<size_t>(genuineRefused);
        const auto fr = static_cast<long long>(std::count_if(genuine.begin(), genuine.end(), [&](double d) { return d > th; }))
            + static_cast<long long>(genuineRefused);
        const auto fa = static_cast<long long>(std::count_if(impostor.begin(), impostor.end(), [&](double d) { return d <= th; }));
        std::printf("  threshold %5.1f: false rejects %3lld of %zu (%.1f%%), false accepts %3lld of %zu (%.2f%%)%s\n", th,
                    fr, genuineAll, 100.0 * static_cast<double>(fr) / static_cast<double>(genuineAll), fa,
                    impostor.size(), 100.0 * static_cast<double>(fa) / static_cast<double>(impostor.size()),
                    th == threshold ? "  <- chosen" : "");
    }

    if (qEnvironmentVariableIsSet("BENCH_FACE_NO_SEQ"))
        return 0;
    // 4. Liveness and attacks: sequences through the camera, each checked by
    // comparison with the card and by the blink challenge.
    face::BlinkLiveness liveness;
    struct Kind
    {
        const char *name;
        std::vector<cv::Mat> (*make)(const cv::Mat &, int);
        bool bonaFide;
    };
    const Kind kinds[] = {{"blink (live)", blinkSequence, true},
                          {"stare (live, no blink)", staringSequence, true},
                          {"printed photo", printSequence, false},
                          {"screen replay", screenSequence, false}};
    Timing liveTime;
    for (const Kind &kind : kinds) {
        int passedLiveness = 0, matched = 0, accepted = 0, n = 0;
        for (const Picture &p : all) {
            const std::vector<cv::Mat> frames = throughCamera(kind.make(p.crop, 8));
            if (!dump.isEmpty() && n == 0)
                for (size_t f = 0; f < frames.size(); ++f)
                    cv::imwrite(QStringLiteral("%1/%2-%3.jpg").arg(dump, QString::fromLatin1(kind.name).left(5)).arg(f).toStdString(), frames[f]);
            QElapsedTimer timer;
            timer.start();
            const bool live = liveness.check(frames).ok();
            if (qEnvironmentVariableIsSet("BENCH_FACE_VERBOSE")) {
                std::printf("  %s %s:", kind.name, qPrintable(p.name));
                for (const auto &f : liveness.frames())
                    std::printf(" [%d b%.0f l%.0f%s]", f.tracked, f.bandChange, f.lowerChange, f.shut ? " S" : "");
                std::printf("\n");
            }
            liveTime.add(elapsedMs(timer) / double(frames.size()));
            const bool match = verifier.verifyImages(frames.front(), cards[p.identity]).accepted;
            passedLiveness += live ? 1 : 0;
            matched += match ? 1 : 0;
            accepted += (live && match) ? 1 : 0;
            ++n;
        }
        std::printf("%-24s %2d sequences: face matches card %2d, liveness passed %2d, whole check accepted %2d%s\n",
                    kind.name, n, matched, passedLiveness, accepted,
                    kind.bonaFide ? "" : "  (attack: accepted = presentation attack got through)");
    }
    std::printf("liveness: median %.1f ms per frame\n", liveTime.at(0.5));
    return 0;
}
