#include "SpeechdSpeech.h"

#include "SpeechLogging.h"

#include <QTextToSpeech>
#include <QVoice>

namespace branch {

// Lives on SpeechdSpeech's thread; owns the engine there.
class SpeechdWorker : public QObject
{
    Q_OBJECT
public:
    void start()
    {
        if (m_tts)
            return;
        m_tts = new QTextToSpeech(QString::fromLatin1(SpeechdSpeech::kEngine), this);
        if (m_tts->state() == QTextToSpeech::Error) {
            Q_EMIT state(int(Speech::State::Unavailable),
                         QStringLiteral("speech_engine_error: ") + m_tts->errorString());
            return;
        }
        // Mandarin: Qt 6.4 maps espeak-ng's Mandarin to QLocale::C.
        m_tts->setLocale(QLocale::c());
        m_chinese = findVoice(QString::fromLatin1(SpeechdSpeech::kMandarinVoice));
        m_tts->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m_english = findVoice(QString::fromLatin1(SpeechdSpeech::kEnglishVoice));
        if (m_english.name().isEmpty() && !m_tts->availableVoices().isEmpty())
            m_english = m_tts->availableVoices().constFirst();
        m_language = QStringLiteral("en");
        connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) {
            if (s == QTextToSpeech::Speaking)
                Q_EMIT state(int(Speech::State::Speaking), {});
            else if (s == QTextToSpeech::Ready)
                Q_EMIT state(int(Speech::State::Ready), {});
            else if (s == QTextToSpeech::Error)
                Q_EMIT state(int(Speech::State::Unavailable), QStringLiteral("speech_engine_error: ") + m_tts->errorString());
        });
        Q_EMIT voices(m_chinese.name(), m_english.name());
        Q_EMIT state(int(Speech::State::Ready), {});
    }

    void speak(const QString &text, const QString &language, double rate, double volume)
    {
        start();
        if (!m_tts || m_tts->state() == QTextToSpeech::Error)
            return;
        const bool chinese = language.startsWith(QLatin1String("zh"));
        const QVoice &voice = chinese ? m_chinese : m_english;
        if (voice.name().isEmpty()) {
            qCWarning(lcSpeech) << "no voice for" << language << "; nothing said";
            return;
        }
        if (m_language != language) {
            m_tts->setLocale(chinese ? QLocale::c() : QLocale(QLocale::English, QLocale::UnitedStates));
            m_language = language;
        }
        m_tts->setVoice(voice);
        m_tts->setRate(rate);
        m_tts->setVolume(volume);
        m_tts->say(text);
    }

    void stop()
    {
        if (m_tts)
            m_tts->stop();
    }

Q_SIGNALS:
    void state(int state, const QString &detail);
    void voices(const QString &chinese, const QString &english);

private:
    QVoice findVoice(const QString &name) const
    {
        const QList<QVoice> all = m_tts->availableVoices();
        for (const QVoice &voice : all) {
            if (voice.name() == name)
                return voice;
        }
        qCWarning(lcSpeech) << "voice not found:" << name;
        return {};
    }

    QTextToSpeech *m_tts = nullptr;
    QVoice m_chinese;
    QVoice m_english;
    QString m_language;
};

SpeechdSpeech::SpeechdSpeech(QObject *parent)
    : Speech(parent)
    , m_worker(new SpeechdWorker)
{
    m_thread.setObjectName(QStringLiteral("speech"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechdWorker::state, this, &SpeechdSpeech::onWorkerState);
    connect(m_worker, &SpeechdWorker::voices, this, [this](const QString &chinese, const QString &english) {
        m_voices = QStringLiteral("zh: %1, en: %2").arg(chinese.isEmpty() ? QStringLiteral("none") : chinese,
                                                        english.isEmpty() ? QStringLiteral("none") : english);
        qCInfo(lcSpeech) << "speechd voices:" << m_voices;
    });
}

SpeechdSpeech::~SpeechdSpeech()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &SpeechdWorker::stop, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

bool SpeechdSpeech::engineInstalled()
{
    return QTextToSpeech::availableEngines().contains(QString::fromLatin1(kEngine));
}

void SpeechdSpeech::prepare()
{
    if (m_thread.isRunning() || state() == State::Unavailable)
        return;
    setState(State::Starting);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SpeechdWorker::start, Qt::QueuedConnection);
}

QString SpeechdSpeech::description() const
{
    return QStringLiteral("speechd (%1)").arg(m_voices.isEmpty() ? QStringLiteral("voices not loaded yet") : m_voices);
}

void SpeechdSpeech::speak(const QString &text, const QString &language)
{
    prepare();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, text, language, r = rate(), v = volume()] {
        worker->speak(text, language, r, v);
    }, Qt::QueuedConnection);
}

void SpeechdSpeech::stopSpeaking()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &SpeechdWorker::stop, Qt::QueuedConnection);
}

void SpeechdSpeech::onWorkerState(int state, const QString &detail)
{
    if (state == int(State::Unavailable))
        setUnavailable(detail);
    else
        setState(State(state));
}

} // namespace branch

#include "SpeechdSpeech.moc"
