#pragma once

#include "CoreStore.h"
#include "Payment.h"

#include <QByteArray>
#include <QHash>

namespace branch {

struct PaymentDecision
{
    int httpStatus = 503; // 201 decided now, 200 a repeat or a lookup, 404, 409 key reused, 503
    PaymentOutcome outcome;
};

// Core's reference bank for card payments (POST /v1/payments, GET
// /v1/payments/{key}). Deterministic: it decides on the simulators' cards
// (TestCards), verifies the ISO-4 PIN block under the pad's key, and records
// the decision with the charge in one store write, so a repeated key is
// answered from the record and never charged twice. A real core would
// forward to the card scheme here; the contract stays the same.
class PaymentDesk
{
public:
    // Holds the development PIN key "dev-1" (TestCards::developmentPinKey()).
    explicit PaymentDesk(CoreStore &store);

    // A PIN pad key core accepts, by the id pads send with their blocks.
    void addPinKey(const QString &keyId, const QByteArray &key) { m_pinKeys.insert(keyId, key); }

    PaymentDecision authorise(const QString &deviceId, const PaymentRequest &request, const QDateTime &now);
    PaymentDecision lookup(const QString &deviceId, const QString &key);

    // A card is locked after this many wrong PINs in a row, as banks do.
    static constexpr int MaxWrongPins = 3;

private:
    PaymentRecord decide(PaymentRecord record, const PaymentRequest &request, const AccountHistory &history) const;

    CoreStore &m_store;
    QHash<QString, QByteArray> m_pinKeys;
};

} // namespace branch
