#pragma once

#include "Money.h"
#include "Payment.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace branch {

class CardReader;
class Clock;
class IdempotencyKeySource;
class PaymentGateway;
class PaymentRepository;
class PinPad;

// The points of a payment, in order, for tests that stop the kiosk at one
// (tests/payment's kill test): fault injection through an interface, as
// SubmitFaultHook does for submissions. Production code sets none.
enum class PaymentStep {
    IntentRecorded, // the key and amount are on disk; core not asked yet
    Answered,       // core's reply is in memory; nothing of it stored yet
};

class PaymentStepHook
{
public:
    virtual ~PaymentStepHook();
    virtual void reached(PaymentStep step, const QString &key) = 0;
};

// Where a payment is, for the screen: reported as each wait begins.
enum class PaymentProgress {
    WaitingForCard, // "insert your card"
    WaitingForPin,  // the card is read: "enter your PIN on the PIN pad"
    Authorising,    // the intent is on disk and core is asked
};

// What became of a payment, for the screen and the receipt.
struct PaymentResult
{
    QString key; // empty when nothing was recorded (no card, no PIN)
    PaymentState state = PaymentState::Declined;
    QString reason; // a PaymentReason or StoreReason code; empty when authorised
    QString authorisation;
    QString maskedCard; // "622202******0015" once the card was read; never the whole number

    bool charged() const { return state == PaymentState::Authorised; }
    QString message() const; // translated, for the customer; empty when authorised
};

// A card payment at the kiosk with the outbox's discipline (docs/payment.md):
// 1. the card is read and the PIN pad returns its block (nothing recorded on
//    a failure: nothing was asked of core);
// 2. the intent is committed with a fresh idempotency key BEFORE core is
//    asked;
// 3. core's answer settles it; no answer (timeout, 5xx, crash) leaves it
//    Unknown, and only resolve() settles it, by asking core for the key. It
//    is never sent again, under that key or another: the PIN block is gone.
// Blocking calls: run off the GUI thread.
class PaymentService
{
public:
    PaymentService(PaymentRepository &repository, PaymentGateway &gateway, CardReader &reader, PinPad &pad,
                   IdempotencyKeySource &keys, const Clock &clock);

    void setStepHook(PaymentStepHook *hook) { m_hook = hook; }
    // How long core may take to receive a request sent just before a crash:
    // a 404 for a younger payment leaves it Unknown, an older one is
    // Declined with payment_not_found (core never had it).
    void setNotFoundGrace(std::chrono::milliseconds grace) { m_grace = grace; }
    void setDeviceWait(std::chrono::milliseconds wait) { m_wait = wait; }

    // `progress` is called on this thread as each wait begins.
    PaymentResult pay(const Money &amount, const QString &reference,
                      const std::function<void(PaymentProgress)> &progress = {});
    // Every Pending or Unknown payment, asked of core once each; returns what
    // each is now.
    QList<PaymentResult> resolve();

private:
    PaymentResult settle(const QString &key, PaymentState state, const QString &reason,
                         const QString &authorisation);
    void reached(PaymentStep step, const QString &key);

    PaymentRepository &m_repository;
    PaymentGateway &m_gateway;
    CardReader &m_reader;
    PinPad &m_pad;
    IdempotencyKeySource &m_keys;
    const Clock &m_clock;
    PaymentStepHook *m_hook = nullptr;
    std::chrono::milliseconds m_grace{60'000};
    std::chrono::milliseconds m_wait{30'000};
};

} // namespace branch
