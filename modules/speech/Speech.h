#pragma once

#include <QObject>
#include <QString>

namespace branch {

// The kiosk's voice: what care mode, the avatar and the queue speak through.
// say() returns at once; the engine speaks on its own thread, and state()
// follows it (Speaking while there is sound). A new say() replaces what is
// being said: a kiosk never queues stale sentences.
//
// Implementations: SpeechdSpeech (Qt TextToSpeech on speech-dispatcher) and
// RecordingSpeech (silent; keeps what would have been said). A vendor's TTS
// implements speak() and stopSpeaking() (docs/speech.md).
class Speech : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,        // not started yet: the engine starts at prepare() or the first say()
        Starting,    // the engine is loading its voices
        Ready,       // silent, ready to speak
        Speaking,    // sound is being produced
        Unavailable, // no engine: says nothing, and unavailableReason() says why
    };
    Q_ENUM(State)

    // Rate as Qt TextToSpeech counts it: -1 (slowest) .. 0 (normal) .. 1.
    static constexpr double kNormalRate = 0.0;
    static constexpr double kCareRate = -0.35;

    explicit Speech(QObject *parent = nullptr);

    // `language` is the kiosk's code: "zh_CN" or "en". The text is
    // normalised for the engine (SpeechText) and remembered for repeat().
    void say(const QString &text, const QString &language);
    // Says the last text again, in its language; nothing if there was none.
    void repeat();
    void stop();
    // Forgets the last text (a new customer must not hear the last one's).
    void forget();
    QString lastText() const { return m_lastText; }
    QString lastLanguage() const { return m_lastLanguage; }

    // Applied from the next say() on.
    void setRate(double rate);
    double rate() const { return m_rate; }
    // 0 (silent) .. 1 (full).
    void setVolume(double volume);
    double volume() const { return m_volume; }

    State state() const { return m_state; }
    bool speaking() const { return m_state == State::Speaking; }
    QString unavailableReason() const { return m_unavailableReason; }

    // Starts the engine early (it takes seconds to load its voices), off the
    // UI thread. Idempotent.
    virtual void prepare() {}
    // For logs: which engine, which voices.
    virtual QString description() const = 0;

Q_SIGNALS:
    void stateChanged(branch::Speech::State state);

protected:
    // The text is already normalised; rate and volume are the current ones.
    virtual void speak(const QString &text, const QString &language) = 0;
    virtual void stopSpeaking() = 0;
    void setState(State state);
    void setUnavailable(const QString &reason);

private:
    State m_state = State::Idle;
    QString m_unavailableReason;
    QString m_lastText;
    QString m_lastLanguage;
    double m_rate = kNormalRate;
    double m_volume = 1.0;
};

} // namespace branch
