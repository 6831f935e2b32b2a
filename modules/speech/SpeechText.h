#pragma once

#include <QString>

namespace branch {

// Text as the engine needs it to say what the screen says. espeak-ng's
// Mandarin drops a decimal point ("1234.5" is read as 1234 5), so in Chinese
// it is written as 点; runs of white space (line breaks of a wrapped screen
// text) become one space. Nothing else is changed: the words are the
// screen's, translated with it.
namespace SpeechText {
QString normalize(const QString &text, const QString &language);
}

} // namespace branch
