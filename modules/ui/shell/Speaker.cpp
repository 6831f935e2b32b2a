#include "Speaker.h"

#include "RecordingSpeech.h"
#include "SessionContext.h"
#include "Speech.h"

#include <algorithm>

namespace branch {

namespace {
constexpr const char *kEngineProperty = "_branch_speaker";
}

Speaker::Speaker(Speech *speech, SessionContext *context, QObject *parent)
    : QObject(parent)
    , m_speech(speech)
    , m_context(context)
{
    if (!m_speech) {
        m_silent = std::make_unique<RecordingSpeech>();
        m_speech = m_silent.get();
    }
    connect(m_speech, &Speech::stateChanged, this, [this](Speech::State state) {
        Q_EMIT speakingChanged();
        if (state == Speech::State::Unavailable)
            Q_EMIT availableChanged();
    });
    if (m_context) {
        connect(m_context, &SessionContext::careModeChanged, this, &Speaker::careModeChanged);
        // The page's texts come back in the new language through showPage()
        // (the engine retranslates before this signal), and replace what was
        // being said; a sentence still in the old language is stopped.
        connect(m_context, &SessionContext::languageChanged, this, [this] {
            if (m_speech->lastLanguage() != m_context->language())
                stop();
        });
    }
    m_speech->setVolume(m_volume / 100.0);
    careModeChanged();
}

Speaker::~Speaker() = default;

void Speaker::provide(QQmlEngine *engine, Speaker *speaker)
{
    engine->setProperty(kEngineProperty, QVariant::fromValue(speaker));
}

Speaker *Speaker::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    auto *speaker = engine->property(kEngineProperty).value<Speaker *>();
    if (!speaker) {
        // QML loaded without a kiosk (a preview, a component test): silent.
        speaker = new Speaker(nullptr, nullptr, engine);
    }
    QJSEngine::setObjectOwnership(speaker, QJSEngine::CppOwnership);
    return speaker;
}

bool Speaker::speaking() const
{
    return m_speech->speaking();
}

bool Speaker::available() const
{
    return m_speech->state() != Speech::State::Unavailable;
}

bool Speaker::readsAloud() const
{
    return m_care;
}

void Speaker::setVolume(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent == m_volume)
        return;
    m_volume = percent;
    m_speech->setVolume(percent / 100.0);
    Q_EMIT volumeChanged();
}

void Speaker::showPage(const QString &text)
{
    m_pageText = text;
    m_last = text;
    if (m_care)
        say(text);
}

void Speaker::alert(const QString &text)
{
    if (text.isEmpty())
        return;
    m_last = text;
    if (m_care)
        say(text);
}

void Speaker::offer(const QString &text)
{
    if (text.isEmpty())
        return;
    m_last = text;
    if (m_care) {
        say(text);
        return;
    }
    m_speech->setRate(Speech::kCareRate);
    say(text);
    m_speech->setRate(Speech::kNormalRate);
}

void Speaker::readAgain()
{
    say(m_last.isEmpty() ? m_pageText : m_last);
}

void Speaker::stop()
{
    m_speech->stop();
}

void Speaker::clear()
{
    stop();
    m_speech->forget();
    m_last.clear();
    m_pageText.clear();
}

void Speaker::careModeChanged()
{
    const bool care = m_context && m_context->careMode();
    m_speech->setRate(care ? Speech::kCareRate : Speech::kNormalRate);
    if (care == m_care)
        return;
    m_care = care;
    Q_EMIT readsAloudChanged();
    if (m_care) {
        // The customer who asked for care mode hears where they are.
        m_speech->prepare();
        say(m_pageText);
    } else {
        stop();
    }
}

void Speaker::say(const QString &text)
{
    if (text.isEmpty())
        return;
    m_speech->say(text, m_context ? m_context->language() : QStringLiteral("zh_CN"));
}

} // namespace branch
