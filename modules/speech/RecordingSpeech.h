#pragma once

#include "Speech.h"

#include <QList>

namespace branch {

// Says nothing and keeps what would have been said, with its language, rate
// and volume: `--speech off`, demos without sound, and the GUI tests that
// assert what a screen says. Keeps the last kMaxKept utterances only.
class RecordingSpeech : public Speech
{
    Q_OBJECT
public:
    struct Utterance
    {
        QString text; // as given to the engine (normalised)
        QString language;
        double rate = 0;
        double volume = 1;
    };
    static constexpr qsizetype kMaxKept = 200;

    explicit RecordingSpeech(QObject *parent = nullptr);

    QString description() const override { return QStringLiteral("off (recording only)"); }
    const QList<Utterance> &utterances() const { return m_utterances; }
    QStringList texts() const;
    void clear() { m_utterances.clear(); }
    int stops() const { return m_stops; }

protected:
    void speak(const QString &text, const QString &language) override;
    void stopSpeaking() override;

private:
    QList<Utterance> m_utterances;
    int m_stops = 0;
};

} // namespace branch
