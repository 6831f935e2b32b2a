#include "ReceiptPrinting.h"

#include "PrintReason.h"
#include "UiLog.h"

namespace branch {

ReceiptPrinting::ReceiptPrinting(QObject *parent)
    : QObject(parent)
{
}

void ReceiptPrinting::setQueue(PrintQueue *queue)
{
    if (queue == m_queue)
        return;
    disconnect(m_finished);
    m_queue = queue;
    if (m_queue)
        m_finished = connect(m_queue, &PrintQueue::finished, this, &ReceiptPrinting::take);
}

void ReceiptPrinting::start(const QString &documentPath, const QString &receiptNumber, const QString &fileReason)
{
    m_documentPath = documentPath;
    m_receiptNumber = receiptNumber;
    if (documentPath.isEmpty()) {
        qCWarning(lcUi) << "receipt" << receiptNumber << "has no file to print:" << fileReason;
        fail(QString(PrintReason::DocumentMissing));
        return;
    }
    send();
}

void ReceiptPrinting::send()
{
    if (!m_queue) {
        fail(QString(PrintReason::NoPrinter));
        return;
    }
    m_reason.clear();
    m_state = State::Printing;
    m_ticket = m_queue->print(PrintJob{m_documentPath, m_receiptNumber});
    Q_EMIT changed();
}

bool ReceiptPrinting::reprint()
{
    if (!canReprint())
        return false;
    send();
    return true;
}

void ReceiptPrinting::clear()
{
    m_ticket = 0;
    m_documentPath.clear();
    m_receiptNumber.clear();
    m_reason.clear();
    m_printed = 0;
    m_state = State::Idle;
    Q_EMIT changed();
}

void ReceiptPrinting::take(qint64 ticket, const PrintResult &result)
{
    if (ticket != m_ticket || m_ticket == 0)
        return; // a receipt of a visit that has ended
    m_ticket = 0;
    if (!result.ok()) {
        qCWarning(lcUi) << "receipt" << m_receiptNumber << "not printed:" << result.reason();
        fail(result.reason());
        return;
    }
    ++m_printed;
    qCInfo(lcUi) << "receipt" << m_receiptNumber << "printed on" << result->printer;
    m_state = State::Printed;
    Q_EMIT changed();
}

void ReceiptPrinting::fail(const QString &reason)
{
    m_ticket = 0;
    m_reason = reason;
    m_state = State::Failed;
    Q_EMIT changed();
}

bool ReceiptPrinting::canReprint() const
{
    return m_state == State::Failed && !m_documentPath.isEmpty() && PrintMessages::retryable(m_reason);
}

QString ReceiptPrinting::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Printing:
        return tr("Printing your receipt. Please wait.");
    case State::Printed:
        return tr("Please take your receipt.");
    case State::Failed:
        return tr("Your receipt was not printed. %1").arg(PrintMessages::messageFor(m_reason));
    }
    return {};
}

QString ReceiptPrinting::fallbackText() const
{
    if (m_state != State::Failed)
        return {};
    return tr("Your request is saved. Take a photo of the QR code or note the receipt number: "
              "the bank can give you the receipt with it at any counter.");
}

} // namespace branch
