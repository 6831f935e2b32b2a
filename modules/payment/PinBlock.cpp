#include "PinBlock.h"

#include "Digits.h"
#include "PaymentReason.h"
#include "PinCipher.h"

namespace branch::PinBlock {
namespace {

Result<void> checkPin(QByteArrayView pin)
{
    if (pin.size() < MinPinLength || pin.size() > MaxPinLength)
        return fail(PaymentReason::PinLengthInvalid);
    if (!isAsciiDigits(pin))
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("PIN is not digits"));
    return {};
}

Result<void> checkPan(QByteArrayView pan, qsizetype minimum)
{
    if (pan.size() < minimum || pan.size() > 19 || !isAsciiDigits(pan))
        return fail(PaymentReason::PanInvalid);
    return {};
}

// Blocks as nibbles (one 0..15 value per byte) while they are assembled.
QByteArray pack(const QByteArray &nibbles)
{
    QByteArray bytes(nibbles.size() / 2, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((nibbles.at(2 * i) << 4) | nibbles.at(2 * i + 1));
    return bytes;
}

QByteArray unpack(QByteArrayView bytes)
{
    QByteArray nibbles(bytes.size() * 2, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        nibbles[2 * i] = char(b >> 4);
        nibbles[2 * i + 1] = char(b & 0x0f);
    }
    return nibbles;
}

QByteArray xorBytes(QByteArrayView a, QByteArrayView b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a.at(i) ^ b.at(i));
    return out;
}

// Control nibble, length nibble, the digits, then `fill` up to 16 nibbles.
QByteArray pinNibbles(int control, QByteArrayView pin, char fill)
{
    QByteArray nibbles(16, fill);
    nibbles[0] = char(control);
    nibbles[1] = char(pin.size());
    for (qsizetype i = 0; i < pin.size(); ++i)
        nibbles[2 + i] = char(pin.at(i) - '0');
    return nibbles;
}

// The reverse of pinNibbles over the first 16 nibbles, checking every rule.
Result<QByteArray> readPinNibbles(const QByteArray &nibbles, int control, int fill)
{
    const auto nibble = [&nibbles](qsizetype i) { return int(static_cast<unsigned char>(nibbles.at(i))); };
    if (nibble(0) != control)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("format nibble"));
    const int length = nibble(1);
    if (length < MinPinLength || length > MaxPinLength)
        return fail(PaymentReason::PinLengthInvalid);
    QByteArray pin(length, '0');
    for (int i = 0; i < length; ++i) {
        const int digit = nibble(2 + i);
        if (digit > 9)
            return fail(PaymentReason::PinBlockMalformed, QStringLiteral("PIN nibble is not a digit"));
        pin[i] = char('0' + digit);
    }
    for (int i = 2 + length; i < 16; ++i) {
        if (nibble(i) != fill)
            return fail(PaymentReason::PinBlockMalformed, QStringLiteral("fill nibble"));
    }
    return pin;
}

QByteArray iso0PanField(QByteArrayView pan)
{
    QByteArray nibbles(16, '\0');
    const QByteArrayView twelve = pan.sliced(pan.size() - 13, 12); // without the check digit
    for (qsizetype i = 0; i < 12; ++i)
        nibbles[4 + i] = char(twelve.at(i) - '0');
    return pack(nibbles);
}

QByteArray iso4PanField(QByteArrayView pan)
{
    QByteArray nibbles(32, '\0');
    nibbles[0] = char(pan.size() - 12);
    for (qsizetype i = 0; i < pan.size(); ++i)
        nibbles[1 + i] = char(pan.at(i) - '0');
    return pack(nibbles);
}

} // namespace

Result<QByteArray> buildIso0(QByteArrayView pin, QByteArrayView pan)
{
    if (auto checked = checkPin(pin); !checked)
        return checked.error();
    if (auto checked = checkPan(pan, 13); !checked)
        return checked.error();
    return xorBytes(pack(pinNibbles(0, pin, 0x0f)), iso0PanField(pan));
}

Result<QByteArray> parseIso0(QByteArrayView block, QByteArrayView pan)
{
    if (block.size() != Iso0Size)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("block size"));
    if (auto checked = checkPan(pan, 13); !checked)
        return checked.error();
    return readPinNibbles(unpack(xorBytes(block, iso0PanField(pan))), 0, 0x0f);
}

Result<QByteArray> encryptIso4(QByteArrayView pin, QByteArrayView pan, QByteArrayView key, QByteArrayView random)
{
    if (auto checked = checkPin(pin); !checked)
        return checked.error();
    if (auto checked = checkPan(pan, 12); !checked)
        return checked.error();
    if (random.size() != 8)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("random half size"));
    const QByteArray field = pack(pinNibbles(4, pin, 0x0a)) + random.toByteArray();
    const Result<QByteArray> intermediate = PinCipher::encryptBlock(key, field);
    if (!intermediate)
        return intermediate.error();
    return PinCipher::encryptBlock(key, xorBytes(intermediate.value(), iso4PanField(pan)));
}

Result<QByteArray> parseIso4Field(QByteArrayView field)
{
    if (field.size() != Iso4Size)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("block size"));
    // The second half is random by design: nothing to check there.
    return readPinNibbles(unpack(field.first(8)), 4, 0x0a);
}

Result<QByteArray> decryptIso4(QByteArrayView block, QByteArrayView pan, QByteArrayView key)
{
    if (block.size() != Iso4Size)
        return fail(PaymentReason::PinBlockMalformed, QStringLiteral("block size"));
    if (auto checked = checkPan(pan, 12); !checked)
        return checked.error();
    const Result<QByteArray> intermediate = PinCipher::decryptBlock(key, block);
    if (!intermediate)
        return intermediate.error();
    const Result<QByteArray> field = PinCipher::decryptBlock(key, xorBytes(intermediate.value(), iso4PanField(pan)));
    if (!field)
        return field.error();
    return parseIso4Field(field.value());
}

Result<void> verifyIso4(QByteArrayView block, QByteArrayView pan, QByteArrayView key, QByteArrayView expectedPin)
{
    Result<QByteArray> pin = decryptIso4(block, pan, key);
    if (!pin)
        return pin.error();
    // Every byte is compared whatever the first difference, so the time
    // taken says nothing about how much of a guess was right.
    unsigned difference = pin.value().size() == expectedPin.size() ? 0U : 1U;
    for (qsizetype i = 0; i < pin.value().size() && i < expectedPin.size(); ++i)
        difference |= unsigned(pin.value().at(i) ^ expectedPin.at(i));
    pin.value().fill('\0');
    if (difference != 0)
        return fail(PaymentReason::WrongPin);
    return {};
}

} // namespace branch::PinBlock
