#pragma once

#include "Speech.h"

#include <QThread>

namespace branch {

class SpeechdWorker;

// The real voice: Qt TextToSpeech's "speechd" engine (speech-dispatcher with
// espeak-ng), owned by a thread of its own. The engine enumerates about 1,800
// voices when it starts (seconds), and a request to a dispatcher without an
// audio sink can hang: neither may touch the UI thread, so every call is
// posted to the worker and every state comes back as a queued signal.
//
// Voices (docs/speech.md): Mandarin is espeak-ng's "Chinese (Mandarin, latin
// as Pinyin)", reachable only through QLocale::C in Qt 6.4; English is
// "English (America)", else the first English voice.
class SpeechdSpeech : public Speech
{
    Q_OBJECT
public:
    static constexpr const char *kEngine = "speechd";
    static constexpr const char *kMandarinVoice = "Chinese (Mandarin, latin as Pinyin)";
    static constexpr const char *kEnglishVoice = "English (America)";

    explicit SpeechdSpeech(QObject *parent = nullptr);
    ~SpeechdSpeech() override;

    // Whether Qt has the speechd engine plugin (it does not start it).
    static bool engineInstalled();

    void prepare() override;
    QString description() const override;

protected:
    void speak(const QString &text, const QString &language) override;
    void stopSpeaking() override;

private:
    void onWorkerState(int state, const QString &detail);

    QThread m_thread;
    SpeechdWorker *m_worker = nullptr;
    QString m_voices;
};

} // namespace branch
