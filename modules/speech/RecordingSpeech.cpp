#include "RecordingSpeech.h"

namespace branch {

RecordingSpeech::RecordingSpeech(QObject *parent)
    : Speech(parent)
{
    setState(State::Ready);
}

QStringList RecordingSpeech::texts() const
{
    QStringList result;
    for (const Utterance &u : m_utterances)
        result.append(u.text);
    return result;
}

// Speaking and done at once, so whoever follows the state sees both.
void RecordingSpeech::speak(const QString &text, const QString &language)
{
    if (m_utterances.size() >= kMaxKept)
        m_utterances.removeFirst();
    m_utterances.append({text, language, rate(), volume()});
    setState(State::Speaking);
    setState(State::Ready);
}

void RecordingSpeech::stopSpeaking()
{
    ++m_stops;
}

} // namespace branch
