#include "TextChecks.h"

namespace branch {
namespace {

bool isForbidden(char32_t c, bool allowLineBreaks)
{
    if (c == U'\n')
        return !allowLineBreaks;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true;
    if (c == 0x2028 || c == 0x2029) // line/paragraph separators break single-line output
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true;
    return false;
}

} // namespace

bool hasForbiddenCharacters(QStringView text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        char32_t code = unit.unicode();
        if (unit.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            code = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
        } else if (unit.isLowSurrogate()) {
            return true;
        }
        if (isForbidden(code, allowLineBreaks))
            return true;
    }
    return false;
}

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace branch
