#include "PrintQueue.h"

#include "PrintReason.h"

namespace branch {

PrintQueue::PrintQueue(std::shared_ptr<Printer> printer, QObject *parent)
    : QObject(parent)
    , m_printer(std::move(printer))
{
    qRegisterMetaType<PrintResult>();
    qRegisterMetaType<PrintStage>();
    m_thread.setObjectName(QStringLiteral("branch-print"));
}

PrintQueue::~PrintQueue()
{
    if (!m_thread.isRunning())
        return;
    m_thread.requestInterruption();
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_context, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void PrintQueue::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

qint64 PrintQueue::print(const PrintJob &job)
{
    start();
    const qint64 ticket = ++m_lastTicket;
    ++m_inFlight;
    QMetaObject::invokeMethod(m_context, [this, ticket, job] { run(ticket, job); }, Qt::QueuedConnection);
    return ticket;
}

// On the print thread. Signals go out through this object's own thread.
void PrintQueue::run(qint64 ticket, const PrintJob &job)
{
    const auto report = [this, ticket](PrintStage stage) {
        QMetaObject::invokeMethod(this, [this, ticket, stage] { Q_EMIT progress(ticket, stage); }, Qt::QueuedConnection);
    };
    PrintResult result = Error{QString(PrintReason::NoPrinter), {}};
    if (QThread::currentThread()->isInterruptionRequested())
        result = Error{QString(PrintReason::JobFailed), QStringLiteral("stopping")};
    else if (m_printer)
        result = m_printer->print(job, report);
    QMetaObject::invokeMethod(
        this,
        [this, ticket, result] {
            --m_inFlight;
            Q_EMIT finished(ticket, result);
        },
        Qt::QueuedConnection);
}

} // namespace branch
