#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

// A receipt number a customer can read out over the phone:
//   <kiosk code>-<yyyyMMdd>-<6-digit daily sequence><check character>
// e.g. "BJ0105K02-20250314-000042H". The check character (ISO/IEC 7064
// MOD 37,36 over the code, date and sequence) catches every single mistyped
// character and most swapped neighbours, so a typo finds no receipt instead
// of someone else's.
struct ReceiptNumber
{
    QString kioskCode;
    QDate day;
    int sequence = 0;

    static constexpr int MaxSequence = 999999;

    // Upper-case letters and digits, 2 to 12 of them.
    static bool isValidKioskCode(QStringView code);
    // The check character over letters and digits; '\0' when `body` holds anything else.
    static QChar checkCharacter(QStringView body);

    // Empty when a part is out of range.
    QString toString() const;
    // Case-insensitive, surrounding spaces ignored; nullopt on a bad shape or check character.
    static std::optional<ReceiptNumber> parse(QStringView text);

    friend bool operator==(const ReceiptNumber &, const ReceiptNumber &) = default;
};

} // namespace branch
