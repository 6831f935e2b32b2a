// The kiosk's voice, timed on the real engine (speech-dispatcher and
// espeak-ng) against a private null sink: how long the engine takes to start
// (it loads its voices off the UI thread), and from say() to the engine
// reporting Speaking and to the first sound on the sink, in Mandarin and
// English. Prints figures; never fails on them.

#include "support/KioskBench.h"
#include "SpeechHarness.h"
#include "SpeechdSpeech.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <cstdio>

namespace {

using branch::Speech;
using branch::test::SpeechHarness;

struct Timing
{
    double toSpeaking = -1;
    double toSound = -1;
};

Timing sayOnce(branch::SpeechdSpeech &speech, SpeechHarness &audio, const QString &text, const QString &language)
{
    Timing timing;
    QCoreApplication::processEvents();
    audio.takeRecording();
    QElapsedTimer clock;
    clock.start();
    speech.say(text, language);
    while (clock.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        if (timing.toSpeaking < 0 && speech.state() == Speech::State::Speaking)
            timing.toSpeaking = double(clock.nsecsElapsed()) / 1e6;
        if (timing.toSound < 0 && SpeechHarness::loudWindows(audio.takeRecording()) > 0)
            timing.toSound = double(clock.nsecsElapsed()) / 1e6;
        if (timing.toSound >= 0 && timing.toSpeaking >= 0)
            break;
    }
    QSignalSpy ready(&speech, &Speech::stateChanged);
    while (speech.state() != Speech::State::Ready && ready.wait(20000)) {
    }
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = branch::bench::runsFromCommandLine(app, 10);
    if (!branch::SpeechdSpeech::engineInstalled()) {
        std::printf("bench_speech: skipped, the speechd engine is not installed\n");
        return 0;
    }
    if (const QString missing = SpeechHarness::missingTool(); !missing.isEmpty()) {
        std::printf("bench_speech: skipped, %s is not installed\n", qPrintable(missing));
        return 0;
    }
    SpeechHarness audio;
    QString why;
    if (!audio.start(&why)) {
        std::printf("bench_speech: %s\n", qPrintable(why));
        return 1;
    }
    branch::SpeechdSpeech speech;
    QElapsedTimer start;
    start.start();
    speech.prepare();
    QSignalSpy states(&speech, &Speech::stateChanged);
    while (speech.state() == Speech::State::Starting && states.wait(60000)) {
    }
    if (speech.state() != Speech::State::Ready) {
        std::printf("bench_speech: the engine did not start (%s)\n", qPrintable(speech.unavailableReason()));
        return 1;
    }
    std::printf("bench_speech: engine start (voices loaded) %lld ms; %s\n", start.elapsed(),
                qPrintable(speech.description()));

    const QList<std::pair<QString, QString>> sentences{
        {QStringLiteral("zh_CN"), QStringLiteral("请将二维码对准摄像头。")},
        {QStringLiteral("en"), QStringLiteral("Please hold your QR code up to the camera.")}};
    for (const auto &[language, text] : sentences) {
        // The first of a language switches the voice. With no sound from it
        // (a machine whose audio path does not work), the runs would each wait
        // their full 20 s: say so once and go on, within the test's time.
        if (sayOnce(speech, audio, text, language).toSound < 0) {
            std::printf("bench_speech %s: no sound on the sink within 20 s; not measured\n", qPrintable(language));
            continue;
        }
        QList<double> toSpeaking;
        QList<double> toSound;
        for (int i = 0; i < runs; ++i) {
            const Timing t = sayOnce(speech, audio, text, language);
            if (t.toSound < 0)
                break; // as above: one lost sentence, not ten
            if (t.toSpeaking >= 0)
                toSpeaking.append(t.toSpeaking);
            toSound.append(t.toSound);
        }
        if (toSpeaking.isEmpty() || toSound.isEmpty()) {
            std::printf("bench_speech %s: no sound measured\n", qPrintable(language));
            continue;
        }
        std::printf("bench_speech %s (%d runs): say() to Speaking median %.1f ms (p90 %.1f); "
                    "to first sound on the sink median %.1f ms (p90 %.1f)\n",
                    qPrintable(language), runs, branch::bench::percentile(toSpeaking, 0.5),
                    branch::bench::percentile(toSpeaking, 0.9), branch::bench::percentile(toSound, 0.5),
                    branch::bench::percentile(toSound, 0.9));
    }
    return 0;
}
