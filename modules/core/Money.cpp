#include "Money.h"

#include "IdentifierText.h"
#include "ReasonMessages.h"

#include <QtNumeric>

namespace branch {
namespace {

// Longer than any amount a person types, long enough for the largest qint64.
constexpr qsizetype kMaxAmountInput = 40;

bool allowedAmountCharacter(QChar c)
{
    return detail::isAsciiDigit(c) || c == u',' || c == u'.' || c == u'-';
}

bool groupsAreWellFormed(QStringView integerPart)
{
    const QList<QStringView> groups = integerPart.split(u',');
    if (groups.size() == 1)
        return true;
    if (groups.constFirst().isEmpty() || groups.constFirst().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

// Appends digits to `value`; false on overflow.
bool accumulate(qint64 &value, QStringView digits)
{
    for (const QChar c : digits) {
        if (c == u',')
            continue;
        if (qMulOverflow(value, qint64(10), &value)
            || qAddOverflow(value, qint64(detail::digitValue(c)), &value))
            return false;
    }
    return true;
}

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // Outside its home locale a currency needs a symbol that cannot be taken
    // for the local one: "CN¥", not "¥" next to Japanese yen.
    if (currency == u"CNY")
        return QStringLiteral("CN¥");
    if (currency == u"HKD")
        return QStringLiteral("HK$");
    if (currency == u"USD")
        return QStringLiteral("US$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    return currency + u' ';
}

} // namespace

bool Money::isValidCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c.unicode() < u'A' || c.unicode() > u'Z')
            return false;
    }
    return true;
}

MoneyResult Money::parse(QStringView text, const QString &currency)
{
    if (!isValidCurrencyCode(currency))
        return MoneyResult::failure(QStringLiteral("invalid_currency"));
    if (auto failure = detail::checkCharacters(text, kMaxAmountInput, allowedAmountCharacter))
        return MoneyResult::failure(failure->reason);

    const bool negative = text.startsWith(u'-');
    const QStringView body = negative ? text.sliced(1) : text;
    if (body.contains(u'-'))
        return MoneyResult::failure(QStringLiteral("malformed_number"));

    const qsizetype point = body.indexOf(u'.');
    if (point >= 0 && body.indexOf(u'.', point + 1) >= 0)
        return MoneyResult::failure(QStringLiteral("malformed_number"));
    const QStringView integerPart = point >= 0 ? body.first(point) : body;
    const QStringView fraction = point >= 0 ? body.sliced(point + 1) : QStringView();

    if (integerPart.isEmpty() || (point >= 0 && fraction.isEmpty()))
        return MoneyResult::failure(QStringLiteral("malformed_number"));
    if (fraction.contains(u',') || !groupsAreWellFormed(integerPart))
        return MoneyResult::failure(QStringLiteral("misplaced_group_separator"));
    if (fraction.size() > 2)
        return MoneyResult::failure(QStringLiteral("too_many_decimals"));

    qint64 fen = 0;
    const QString paddedFraction = fraction.toString().leftJustified(2, u'0');
    if (!accumulate(fen, integerPart) || !accumulate(fen, paddedFraction))
        return MoneyResult::failure(QStringLiteral("overflow"));
    return MoneyResult::success(Money(negative ? -fen : fen, currency));
}

MoneyResult Money::checkedAdd(const Money &other) const
{
    if (other.m_currency != m_currency)
        return MoneyResult::failure(QStringLiteral("currency_mismatch"));
    qint64 sum = 0;
    if (qAddOverflow(m_fen, other.m_fen, &sum))
        return MoneyResult::failure(QStringLiteral("overflow"));
    return MoneyResult::success(Money(sum, m_currency));
}

MoneyResult Money::checkedSubtract(const Money &other) const
{
    if (other.m_currency != m_currency)
        return MoneyResult::failure(QStringLiteral("currency_mismatch"));
    qint64 difference = 0;
    if (qSubOverflow(m_fen, other.m_fen, &difference))
        return MoneyResult::failure(QStringLiteral("overflow"));
    return MoneyResult::success(Money(difference, m_currency));
}

QString Money::format(const QLocale &locale) const
{
    // Unsigned magnitude so that the most negative value does not overflow.
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    QString fenDigits = locale.toString(magnitude % 100);
    if (magnitude % 100 < 10)
        fenDigits.prepend(locale.zeroDigit());
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint() + fenDigits;

    // Let the locale decide where the symbol goes by formatting a placeholder
    // integer, then put our exact digits in its place. Negative amounts get a
    // plain minus sign: CLDR's accounting parentheses confuse customers.
    const QString symbol = currencySymbol(m_currency, locale);
    const QString sign = m_fen < 0 ? locale.negativeSign() : QString();
    QString pattern = locale.toCurrencyString(qlonglong(7), symbol);
    const QString placeholderDigits = locale.toString(qlonglong(7));
    const qsizetype at = pattern.indexOf(placeholderDigits);
    if (at < 0)
        return sign + symbol + number;
    return sign + pattern.replace(at, placeholderDigits.size(), number);
}

QString MoneyResult::message() const
{
    return reasonMessage(reason);
}

} // namespace branch
