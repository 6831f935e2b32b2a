#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace branch {

// The text in a receipt's QR code: "BSR1:<receipt number>:<8 hex>". The hex is
// a SHA-256 digest over the receipt's key facts, so staff scanning a receipt
// can see that number, time and amount still belong together. It is a check
// against transcription and casual edits, not a signature: anyone can compute
// it. A keyed version needs the device key from the sync work.
struct ReceiptVerification
{
    static QString payload(const QString &receiptNumber, const QDateTime &issuedAt,
                           const std::optional<Money> &amount);
    // True when `scanned` is exactly the payload these facts give.
    static bool matches(const QString &scanned, const QString &receiptNumber, const QDateTime &issuedAt,
                        const std::optional<Money> &amount);
};

} // namespace branch
