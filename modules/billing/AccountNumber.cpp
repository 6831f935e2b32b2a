#include "AccountNumber.h"

namespace branch {

std::optional<QString> normalizeAccountNumber(QStringView text)
{
    constexpr qsizetype kMaxLength = 40;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxLength)
        return std::nullopt;
    QString out;
    out.reserve(trimmed.size());
    for (QChar c : trimmed) {
        char16_t u = c.unicode();
        // U+FF01..U+FF5E are full-width forms of U+0021..U+007E.
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        const QChar n(u);
        if (n.isSpace() || !n.isPrint() || n.isSurrogate())
            return std::nullopt;
        out.append(n.toUpper());
    }
    return out;
}

} // namespace branch
