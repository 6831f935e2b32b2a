#pragma once

#include <QLoggingCategory>

namespace branch {
// Speech log lines name the engine, voices and states; never what is said
// (a form's question may be read back with the customer's answer).
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)
} // namespace branch
