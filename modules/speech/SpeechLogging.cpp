#include "SpeechLogging.h"

namespace branch {
Q_LOGGING_CATEGORY(lcSpeech, "branch.speech")
} // namespace branch
