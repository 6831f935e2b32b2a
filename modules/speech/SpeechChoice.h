#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace branch {

class Speech;

// What `branchsuite --speech` names: "speechd" (the real voice) or "off"
// (silent, recording). Without the option: speechd when Qt's engine plugin
// is installed, else off, with the reason logged by the caller.
struct SpeechChoice
{
    enum class Kind { Off, Speechd };
    Kind kind = Kind::Off;
    // Why the default fell back to off ("speech_engine_missing"); empty otherwise.
    QString fallbackReason;

    // Fails with unknown_speech for any other word, and with
    // speech_engine_missing when speechd is asked for but not installed.
    static Result<SpeechChoice> parse(const QString &spec);
    std::unique_ptr<Speech> make() const;
};

} // namespace branch
