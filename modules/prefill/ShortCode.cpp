#include "ShortCode.h"

#include <sodium.h>

namespace branch::ShortCode {

namespace {
// H. Michael Damm's totally anti-symmetric quasigroup of order 10.
constexpr int damm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

int interim(const QString &digits)
{
    int state = 0;
    for (const QChar c : digits)
        state = damm[state][c.digitValue()];
    return state;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

QString generate()
{
    if (sodium_init() < 0)
        return {};
    QString eight;
    for (int i = 0; i < 8; ++i)
        eight.append(QChar(u'0' + static_cast<char16_t>(randombytes_uniform(10))));
    return eight + checkDigit(eight);
}

QChar checkDigit(const QString &eight)
{
    return QChar(u'0' + static_cast<char16_t>(interim(eight)));
}

bool isValid(const QString &code)
{
    return code.size() == Digits && allDigits(code) && interim(code) == 0;
}

QString normalize(const QString &typed)
{
    QString out = typed;
    out.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return out;
}

} // namespace branch::ShortCode
