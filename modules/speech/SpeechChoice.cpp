#include "SpeechChoice.h"

#include "RecordingSpeech.h"
#include "SpeechdSpeech.h"

namespace branch {

Result<SpeechChoice> SpeechChoice::parse(const QString &spec)
{
    SpeechChoice choice;
    if (spec == QLatin1String("off"))
        return choice;
    if (spec.isEmpty()) {
        if (SpeechdSpeech::engineInstalled())
            choice.kind = Kind::Speechd;
        else
            choice.fallbackReason = QStringLiteral("speech_engine_missing");
        return choice;
    }
    if (spec != QLatin1String(SpeechdSpeech::kEngine))
        return fail(QStringLiteral("unknown_speech"), spec);
    if (!SpeechdSpeech::engineInstalled())
        return fail(QStringLiteral("speech_engine_missing"), spec);
    choice.kind = Kind::Speechd;
    return choice;
}

std::unique_ptr<Speech> SpeechChoice::make() const
{
    if (kind == Kind::Speechd)
        return std::make_unique<SpeechdSpeech>();
    return std::make_unique<RecordingSpeech>();
}

} // namespace branch
