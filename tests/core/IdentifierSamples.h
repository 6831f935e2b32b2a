#pragma once

// Builders for well-formed identifiers. The check characters are computed here
// from the standards' definitions, independently of the production code, so
// that a wrong weight table in either place shows up as a failing test.

#include <QDate>
#include <QString>

namespace samples {

// `body` is 17 ASCII digits; returns it with its check character appended.
inline QString residentIdFromBody(const QString &body)
{
    // ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2^(17-i) mod 11.
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = (weight * 2) % 11;
        sum += (body.at(i).unicode() - u'0') * weight;
    }
    const int check = (12 - sum % 11) % 11;
    return body + (check == 10 ? QStringLiteral("X") : QString::number(check));
}

inline QString residentId(int province, int region, QDate birth, int sequence)
{
    return residentIdFromBody(QStringLiteral("%1%2%3%4")
                                  .arg(province, 2, 10, QChar(u'0'))
                                  .arg(region, 4, 10, QChar(u'0'))
                                  .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                  .arg(sequence, 3, 10, QChar(u'0')));
}

// Replaces the last character with a different valid-looking one.
inline QString withWrongLastCharacter(const QString &value, const QString &alphabet)
{
    const QChar last = value.back().toUpper();
    const qsizetype at = alphabet.indexOf(last);
    return value.first(value.size() - 1) + alphabet.at((at + 1) % alphabet.size());
}

inline const QString &usccAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return alphabet;
}

inline QString uscc(const QString &first17)
{
    // GB 32100-2015: weight of position i is 3^i mod 31.
    int sum = 0;
    int weight = 1;
    for (const QChar c : first17) {
        sum += int(usccAlphabet().indexOf(c)) * weight;
        weight = (weight * 3) % 31;
    }
    return first17 + usccAlphabet().at((31 - sum % 31) % 31);
}

inline int luhnSum(const QString &digits, bool doubleLast)
{
    int sum = 0;
    bool doubleIt = doubleLast;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digits.at(i).unicode() - u'0';
        if (doubleIt)
            value = value * 2 > 9 ? value * 2 - 9 : value * 2;
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum;
}

// Appends the Luhn check digit to `payload`.
inline QString luhnCard(const QString &payload)
{
    const int check = (10 - luhnSum(payload, true) % 10) % 10;
    return payload + QString::number(check);
}

} // namespace samples
