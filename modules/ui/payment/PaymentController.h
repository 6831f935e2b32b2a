#pragma once

#include "PaymentService.h"
#include "PaymentSimulator.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace branch {

class FormController;
class PaymentQueue;

// The pay step of a flow: starts the card payment when the form reaches it,
// follows the worker (card, PIN, core) and words each state for the
// customer. An authorised payment, or one whose outcome stays unknown after
// asking core again, goes to the form, which stores the request carrying it;
// a declined one is never stored and may be tried again (a new payment, with
// a new key). An unknown one is never paid again. The rules are
// PaymentService's and FormController's; this only sequences and words them.
class PaymentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the kiosk")
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    Q_PROPERTY(QString payee READ payee NOTIFY changed)
    // What the customer does now ("Insert your card", "Enter your PIN...").
    Q_PROPERTY(QString instruction READ instruction NOTIFY changed)
    // Why the payment did not go through, and what to do; empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY changed)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY changed)
    // Null unless the kiosk uses the simulated reader and pad (demos, tests).
    Q_PROPERTY(branch::PaymentSimulator *simulator READ simulator CONSTANT)
public:
    enum class Phase {
        Idle,
        WaitingForCard,
        WaitingForPin,
        Authorising,
        Declined, // nothing charged: try again, or go back
        Saving,   // paid (or unknown): the request is being stored
        Unavailable, // no payment terminal: the form cannot reach this step
    };
    Q_ENUM(Phase)

    PaymentController(FormController *form, PaymentSimulator *simulator, QObject *parent = nullptr);

    // Null: no payment worker (not enrolled, no devices).
    void setQueue(PaymentQueue *queue);

    Phase phase() const { return m_phase; }
    QString amountText() const;
    QString payee() const;
    QString instruction() const;
    QString message() const { return m_message; }
    bool canCancel() const;
    bool canRetry() const { return m_phase == Phase::Declined; }
    PaymentSimulator *simulator() const { return m_simulator; }

    // Starts a payment of what the form charges; the pay step does this on entry.
    Q_INVOKABLE bool begin();
    Q_INVOKABLE bool retry();
    // Stops waiting for the card or the PIN and goes back to the step before.
    // Once core is asked nothing is cancelled: its answer is awaited.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void changed();

private:
    void stageChanged();
    void progressed(qint64 ticket, PaymentProgress progress);
    void paid(qint64 ticket, const PaymentResult &result);
    void resolved(qint64 ticket, const QList<PaymentResult> &results);
    void settle(const PaymentResult &result);
    void setPhase(Phase phase, const QString &message = {});

    FormController *m_form;
    PaymentSimulator *m_simulator;
    PaymentQueue *m_queue = nullptr;
    Phase m_phase = Phase::Idle;
    QString m_message;
    qint64 m_ticket = 0;   // the payment under way; 0: none
    qint64 m_resolving = 0; // asking core about an unknown one
    PaymentResult m_unknown;
};

} // namespace branch
