#include "LocalizedText.h"

namespace branch {

QString LocalizedText::text(const QLocale &locale) const
{
    return locale.language() == QLocale::Chinese ? zh : en;
}

} // namespace branch
