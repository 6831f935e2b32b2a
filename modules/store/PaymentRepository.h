#pragma once

#include "Money.h"
#include "Payment.h"
#include "StoreError.h"

#include <QList>
#include <QString>

#include <optional>

namespace branch {

class Database;

// The kiosk's record of one card payment: what is paid, with which key, and
// where it stands. Never the card number or the PIN block.
struct PaymentRow
{
    QString key;
    QString reference;
    Money amount;
    QString maskedPan;
    PaymentState state = PaymentState::Pending;
    QString reason;
    QString authorisation;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// The payment outbox discipline's store: the intent is committed (FULL sync)
// before core is asked, and every later change follows PaymentStates::canMove
// inside one transaction, so a settled payment is never changed and an
// unknown one is never made pending again.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &db);

    // A new row in Pending. Fails (query_failed) for a key already recorded.
    StoreError recordIntent(const PaymentRow &row);
    // Moves the payment to `state`; payment_state_invalid for a move
    // PaymentStates::canMove forbids, payment_missing for an unknown key.
    StoreError move(const QString &key, PaymentState state, const QString &reason, const QString &authorisation,
                    qint64 nowMs);
    StoreResult<std::optional<PaymentRow>> find(const QString &key) const;
    // Pending and Unknown payments, oldest first: what must be resolved.
    StoreResult<QList<PaymentRow>> unresolved() const;
    // The last `limit` payments, newest first (in the order recorded, which a
    // clock that stands still cannot give), for staff and tests.
    StoreResult<QList<PaymentRow>> recent(int limit) const;

private:
    Database &m_db;
};

} // namespace branch
