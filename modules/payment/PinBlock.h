#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace branch {

// ISO 9564-1 PIN blocks. In production the PIN never reaches our code: the
// encrypting PIN pad returns a format 4 block enciphered under a key it
// shares with the bank, and core verifies it. Building is for the simulator
// (SimulatedPinPad) and for tests; parsing is for the verifying side (core).
//
// PINs and PANs are ASCII digit bytes, not QString, so a caller can scrub them
// (QByteArray::fill) once done. No function here logs; error details name the
// rule that failed, never a digit.
//
// Reasons: pin_block_malformed (size, format nibble, a non-digit PIN nibble,
// fill), pin_length_invalid (not 4 to 12 digits), pan_invalid, pin_key_invalid.
namespace PinBlock {
inline constexpr int MinPinLength = 4;
inline constexpr int MaxPinLength = 12;
inline constexpr qsizetype Iso0Size = 8;
inline constexpr qsizetype Iso4Size = 16;

// Format 0 (ISO-0, "ANSI X9.8"): the PIN field 0 N P…P F…F XORed with the PAN
// field 0000 and the 12 right-most PAN digits before the check digit. The
// clear 8-byte block: enciphering it (TDES in a bank's HSM) is not ours.
Result<QByteArray> buildIso0(QByteArrayView pin, QByteArrayView pan);
// The PIN digits in a clear format 0 block bound to this PAN.
Result<QByteArray> parseIso0(QByteArrayView block, QByteArrayView pan);

// Format 4 (ISO-4, AES): plain PIN field 4 N P…P A…A then 8 random bytes;
// PAN field M (PAN length - 12), the PAN, zero padding. The block is
// AES(K, AES(K, pinField) XOR panField). `random` is the 8 bytes of the
// field's second half: a pad draws them fresh each time, tests fix them.
Result<QByteArray> encryptIso4(QByteArrayView pin, QByteArrayView pan, QByteArrayView key, QByteArrayView random);
// The PIN digits of an enciphered format 4 block bound to this PAN.
Result<QByteArray> decryptIso4(QByteArrayView block, QByteArrayView pan, QByteArrayView key);
// The PIN digits of a clear format 4 PIN field (the checks after deciphering).
Result<QByteArray> parseIso4Field(QByteArrayView field);
// The bank's check: the block holds `expectedPin`. Reason wrong_pin when it
// does not; the comparison takes the same time wherever the PINs differ.
Result<void> verifyIso4(QByteArrayView block, QByteArrayView pan, QByteArrayView key, QByteArrayView expectedPin);
} // namespace PinBlock

} // namespace branch
