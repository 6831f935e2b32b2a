#include "SubmissionQueue.h"

#include "SubmissionWorker.h"

namespace branch {

SubmissionQueue::SubmissionQueue(const SubmissionQueueOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<SubmissionOrder>();
    qRegisterMetaType<SubmissionResult>();
    qRegisterMetaType<SubmissionStage>();
    m_thread.setObjectName(QStringLiteral("branch-submit"));
}

SubmissionQueue::~SubmissionQueue()
{
    stop();
}

void SubmissionQueue::start()
{
    if (m_thread.isRunning())
        return;
    auto *worker = new SubmissionWorker(m_options);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SubmissionWorker::setUp);
    // Destroyed on its own thread, which closes its SQL connection there.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SubmissionWorker::opened, this, &SubmissionQueue::opened, Qt::QueuedConnection);
    connect(worker, &SubmissionWorker::progress, this, &SubmissionQueue::progress, Qt::QueuedConnection);
    connect(
        worker, &SubmissionWorker::finished, this,
        [this](qint64 ticket, const SubmissionResult &result) {
            --m_inFlight;
            Q_EMIT finished(ticket, result);
        },
        Qt::QueuedConnection);
    m_worker = worker;
    m_thread.start();
}

void SubmissionQueue::stop()
{
    if (!m_thread.isRunning())
        return;
    // Queued behind every order already given, so they all finish first.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_worker = nullptr;
    m_thread.wait();
}

qint64 SubmissionQueue::submit(const SubmissionOrder &order)
{
    start();
    const qint64 ticket = ++m_lastTicket;
    ++m_inFlight;
    SubmissionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, ticket, order] { worker->run(ticket, order); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace branch
