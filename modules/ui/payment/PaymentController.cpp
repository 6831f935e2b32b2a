#include "PaymentController.h"

#include "FormController.h"
#include "PaymentQueue.h"
#include "PaymentReason.h"
#include "PaymentSimulator.h"
#include "UiLog.h"

#include <QLocale>

namespace branch {

PaymentController::PaymentController(FormController *form, PaymentSimulator *simulator, QObject *parent)
    : QObject(parent), m_form(form), m_simulator(simulator)
{
    connect(m_form, &FormController::stageChanged, this, &PaymentController::stageChanged);
    connect(m_form, &FormController::amountChanged, this, &PaymentController::changed);
    connect(m_form, &FormController::lookupChanged, this, &PaymentController::changed);
}

void PaymentController::setQueue(PaymentQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (!m_queue)
        return;
    connect(m_queue, &PaymentQueue::progressed, this, &PaymentController::progressed);
    connect(m_queue, &PaymentQueue::paid, this, &PaymentController::paid);
    connect(m_queue, &PaymentQueue::resolved, this, &PaymentController::resolved);
}

QString PaymentController::amountText() const
{
    const std::optional<Money> due = m_form->amountDue();
    return due ? due->format(QLocale()) : QString();
}

QString PaymentController::payee() const
{
    const QString billed = m_form->billPayee();
    return billed.isEmpty() ? m_form->serviceName() : billed;
}

QString PaymentController::instruction() const
{
    switch (m_phase) {
    case Phase::WaitingForCard:
        return tr("Insert your bank card into the card reader.");
    case Phase::WaitingForPin:
        return tr("Enter your PIN on the PIN pad, then press Enter. Cover the keys with your hand.");
    case Phase::Authorising:
        return tr("Asking your bank. Please wait and do not take your card yet.");
    case Phase::Saving:
        return tr("Payment done. Saving your request.");
    case Phase::Declined:
        return tr("Nothing was charged.");
    case Phase::Unavailable:
        return tr("Card payment is not available at this counter. Please pay at the service desk.");
    case Phase::Idle:
        break;
    }
    return {};
}

bool PaymentController::canCancel() const
{
    // Once the intent is recorded and core asked, only core's answer ends it.
    return m_phase == Phase::WaitingForCard || m_phase == Phase::WaitingForPin || m_phase == Phase::Declined
        || m_phase == Phase::Unavailable;
}

void PaymentController::setPhase(Phase phase, const QString &message)
{
    m_phase = phase;
    m_message = message;
    Q_EMIT changed();
}

void PaymentController::stageChanged()
{
    if (m_form->stage() == FormController::Stage::Pay) {
        if (m_phase == Phase::Idle)
            begin();
        return;
    }
    // The customer left the step (back, home, the idle reset): a wait for the
    // card or PIN stops; a payment already with core settles on its own, and
    // the worker's record keeps it for resolve().
    if (m_ticket && m_queue)
        m_queue->cancel();
    m_ticket = 0;
    m_resolving = 0;
    if (m_simulator)
        m_simulator->reset();
    setPhase(Phase::Idle);
}

bool PaymentController::begin()
{
    if (m_form->stage() != FormController::Stage::Pay || m_ticket || m_resolving)
        return false;
    const std::optional<Money> due = m_form->amountDue();
    if (!m_queue || !due) {
        qCWarning(lcUi) << "pay step without a payment worker or an amount";
        setPhase(Phase::Unavailable);
        return false;
    }
    if (m_simulator)
        m_simulator->reset();
    // The reference names the service, not the customer: the link to the
    // request is the payment key the request carries.
    m_ticket = m_queue->pay(*due, m_form->serviceId());
    setPhase(Phase::WaitingForCard);
    return true;
}

bool PaymentController::retry()
{
    if (m_phase != Phase::Declined)
        return false;
    setPhase(Phase::Idle);
    return begin();
}

void PaymentController::cancel()
{
    if (!canCancel())
        return;
    if (m_ticket && m_queue)
        m_queue->cancel();
    // Leaving the step resets this controller (stageChanged).
    m_form->back();
}

void PaymentController::progressed(qint64 ticket, PaymentProgress progress)
{
    if (ticket != m_ticket)
        return;
    switch (progress) {
    case PaymentProgress::WaitingForCard:
        setPhase(Phase::WaitingForCard);
        break;
    case PaymentProgress::WaitingForPin:
        setPhase(Phase::WaitingForPin);
        break;
    case PaymentProgress::Authorising:
        setPhase(Phase::Authorising);
        break;
    }
}

void PaymentController::paid(qint64 ticket, const PaymentResult &result)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    if (result.state == PaymentState::Unknown) {
        // Core may have charged it: ask core about this key, never pay again.
        qCInfo(lcUi) << "payment outcome unknown; asking core";
        m_unknown = result;
        setPhase(Phase::Authorising);
        m_resolving = m_queue->resolve();
        return;
    }
    settle(result);
}

void PaymentController::resolved(qint64 ticket, const QList<PaymentResult> &results)
{
    if (ticket != m_resolving)
        return;
    m_resolving = 0;
    PaymentResult now = m_unknown;
    for (const PaymentResult &r : results) {
        if (r.key == m_unknown.key) {
            now = r;
            now.maskedCard = m_unknown.maskedCard;
        }
    }
    settle(now);
}

void PaymentController::settle(const PaymentResult &result)
{
    if (result.state == PaymentState::Authorised || result.state == PaymentState::Unknown) {
        setPhase(Phase::Saving, result.state == PaymentState::Unknown ? result.message() : QString());
        if (!m_form->completePayment(result))
            qCWarning(lcUi) << "the form did not take the settled payment";
        return;
    }
    qCInfo(lcUi) << "payment declined:" << result.reason;
    setPhase(Phase::Declined, result.message());
}

} // namespace branch
