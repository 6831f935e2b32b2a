#include "ReceiptNumber.h"

namespace branch {
namespace {

constexpr int kModulus = 36;

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    return -1;
}

QChar characterFor(int value)
{
    return value < 10 ? QChar(u'0' + value) : QChar(u'A' + (value - 10));
}

const QString kDateFormat = QStringLiteral("yyyyMMdd");

} // namespace

bool ReceiptNumber::isValidKioskCode(QStringView code)
{
    if (code.size() < 2 || code.size() > 12)
        return false;
    for (QChar c : code) {
        if (valueOf(c) < 0)
            return false;
    }
    return true;
}

QChar ReceiptNumber::checkCharacter(QStringView body)
{
    if (body.isEmpty())
        return QChar();
    int product = kModulus;
    for (QChar c : body) {
        const int v = valueOf(c);
        if (v < 0)
            return QChar();
        int sum = (product + v) % kModulus;
        if (sum == 0)
            sum = kModulus;
        product = (2 * sum) % (kModulus + 1);
    }
    return characterFor((kModulus + 1 - product) % kModulus);
}

QString ReceiptNumber::toString() const
{
    if (!isValidKioskCode(kioskCode) || !day.isValid() || day.year() < 2000 || day.year() > 9999
        || sequence < 1 || sequence > MaxSequence) {
        return {};
    }
    const QString date = day.toString(kDateFormat);
    const QString seq = QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
    return kioskCode + u'-' + date + u'-' + seq + checkCharacter(kioskCode + date + seq);
}

std::optional<ReceiptNumber> ReceiptNumber::parse(QStringView text)
{
    const QString upper = text.trimmed().toString().toUpper();
    const QStringList parts = upper.split(u'-');
    if (parts.size() != 3 || parts.at(1).size() != 8 || parts.at(2).size() != 7)
        return std::nullopt;
    ReceiptNumber number;
    number.kioskCode = parts.at(0);
    if (!isValidKioskCode(number.kioskCode))
        return std::nullopt;
    for (QChar c : parts.at(1) + parts.at(2).first(6)) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    }
    number.day = QDate::fromString(parts.at(1), kDateFormat);
    number.sequence = parts.at(2).first(6).toInt();
    const QString canonical = number.toString();
    if (canonical.isEmpty() || canonical != upper)
        return std::nullopt;
    return number;
}

} // namespace branch
