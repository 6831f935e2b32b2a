#include "Masking.h"

#include <algorithm>

namespace branch {

QString maskIdentifier(QStringView text)
{
    const QString stars = QStringLiteral("****");
    constexpr qsizetype kMinLengthToShowEnds = 8;
    if (text.size() < kMinLengthToShowEnds)
        return stars;
    // Keep at most a quarter at each end so most of the value is always hidden.
    const qsizetype head = std::min<qsizetype>(3, text.size() / 4);
    const qsizetype tail = std::min<qsizetype>(4, text.size() / 4);
    QString masked = text.first(head).toString() + stars + text.last(tail).toString();
    // Control and other odd characters would let a hostile value rewrite the
    // terminal; show them as '?'.
    for (QChar &c : masked) {
        if (!c.isPrint() || c.isSurrogate())
            c = u'?';
    }
    return masked;
}

} // namespace branch
