#include "Speech.h"

#include "SpeechLogging.h"
#include "SpeechText.h"

#include <algorithm>

namespace branch {

Speech::Speech(QObject *parent)
    : QObject(parent)
{
}

void Speech::say(const QString &text, const QString &language)
{
    const QString spoken = SpeechText::normalize(text, language);
    if (spoken.isEmpty())
        return;
    m_lastText = text;
    m_lastLanguage = language;
    if (m_state == State::Unavailable)
        return;
    speak(spoken, language);
}

void Speech::repeat()
{
    if (!m_lastText.isEmpty())
        say(m_lastText, m_lastLanguage);
}

void Speech::stop()
{
    if (m_state != State::Unavailable)
        stopSpeaking();
}

void Speech::forget()
{
    m_lastText.clear();
    m_lastLanguage.clear();
}

void Speech::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
}

void Speech::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
}

void Speech::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Speech::setUnavailable(const QString &reason)
{
    m_unavailableReason = reason;
    qCWarning(lcSpeech) << "speech unavailable:" << reason;
    setState(State::Unavailable);
}

} // namespace branch
