#include "PaymentQueue.h"

#include "CardReader.h"
#include "Database.h"
#include "FlowLogging.h"
#include "IdempotencyKeySource.h"
#include "PaymentGateway.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "PinPad.h"

namespace branch {

// PaymentQueue's other half, on the queue's thread: its own connection, its
// own gateway (network clients belong to the thread that made them) and the
// PaymentService that uses them.
class PaymentQueue::Worker : public QObject
{
public:
    explicit Worker(const PaymentQueueOptions &options) : m_options(options) {}

    QString setUp()
    {
        m_database = std::make_unique<Database>();
        const OpenResult opened = m_database->open({m_options.databasePath});
        if (!opened.ok) {
            qCCritical(lcFlow) << "payment worker: the store could not be opened:" << opened.status.reason;
            return opened.status.reason;
        }
        m_gateway = m_options.gateway ? m_options.gateway() : nullptr;
        if (!m_gateway || !m_options.reader || !m_options.pad || !m_options.clock) {
            qCCritical(lcFlow) << "payment worker: no way to core or no card devices";
            return QString(PaymentReason::DeviceFault);
        }
        m_keys = m_options.keySource ? m_options.keySource() : std::make_unique<RandomKeySource>();
        m_repository = std::make_unique<PaymentRepository>(*m_database);
        m_service = std::make_unique<PaymentService>(*m_repository, *m_gateway, *m_options.reader, *m_options.pad,
                                                     *m_keys, *m_options.clock);
        m_service->setDeviceWait(m_options.deviceWait);
        m_service->setNotFoundGrace(m_options.notFoundGrace);
        return {};
    }

    PaymentResult pay(const Money &amount, const QString &reference,
                      const std::function<void(PaymentProgress)> &progress)
    {
        if (!m_service) {
            // Nothing recorded, nothing asked: the terminal is out of order for the customer.
            PaymentResult none;
            none.reason = QString(PaymentReason::DeviceFault);
            return none;
        }
        return m_service->pay(amount, reference, progress);
    }

    QList<PaymentResult> resolve() { return m_service ? m_service->resolve() : QList<PaymentResult>(); }

private:
    PaymentQueueOptions m_options;
    // Destroyed in reverse: the service before what it uses.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PaymentGateway> m_gateway;
    std::unique_ptr<IdempotencyKeySource> m_keys;
    std::unique_ptr<PaymentRepository> m_repository;
    std::unique_ptr<PaymentService> m_service;
};

PaymentQueue::PaymentQueue(const PaymentQueueOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<PaymentResult>();
    qRegisterMetaType<PaymentProgress>();
    qRegisterMetaType<QList<PaymentResult>>();
    m_thread.setObjectName(QStringLiteral("branch-pay"));
}

PaymentQueue::~PaymentQueue()
{
    stop();
}

void PaymentQueue::start()
{
    if (m_thread.isRunning())
        return;
    auto *worker = new Worker(m_options);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, [this, worker] {
        const QString reason = worker->setUp();
        QMetaObject::invokeMethod(this, [this, reason] { Q_EMIT opened(reason); }, Qt::QueuedConnection);
    });
    // Destroyed on its own thread, which closes its SQL connection there.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

void PaymentQueue::stop()
{
    if (!m_thread.isRunning())
        return;
    cancel();
    // Queued behind the work already given, so a payment under way is settled first.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_worker = nullptr;
    m_thread.wait();
}

void PaymentQueue::finish()
{
    --m_inFlight;
}

template<typename Work, typename Deliver>
qint64 PaymentQueue::post(Work work, Deliver deliver)
{
    start();
    const qint64 ticket = ++m_lastTicket;
    ++m_inFlight;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, ticket, work, deliver] {
            auto result = work(*worker);
            QMetaObject::invokeMethod(
                this,
                [this, ticket, deliver, result = std::move(result)] {
                    finish();
                    deliver(ticket, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

qint64 PaymentQueue::pay(const Money &amount, const QString &reference)
{
    const qint64 coming = m_lastTicket + 1; // the ticket post() gives it
    // Runs on the worker: the device it waits on, and the screen told.
    auto progress = [this, coming](PaymentProgress p) {
        m_waitingOn = int(p);
        QMetaObject::invokeMethod(this, [this, coming, p] { Q_EMIT progressed(coming, p); }, Qt::QueuedConnection);
    };
    return post(
        [this, amount, reference, progress](Worker &worker) {
            PaymentResult result = worker.pay(amount, reference, progress);
            m_waitingOn = -1;
            return result;
        },
        [this](qint64 ticket, const PaymentResult &result) { Q_EMIT paid(ticket, result); });
}

qint64 PaymentQueue::resolve()
{
    return post([](Worker &worker) { return worker.resolve(); },
                [this](qint64 ticket, const QList<PaymentResult> &results) { Q_EMIT resolved(ticket, results); });
}

void PaymentQueue::cancel()
{
    // Both only set a flag the waiting device checks: safe from this thread.
    // A device keeps the flag until its next wait, so only while one may wait.
    if (m_inFlight == 0)
        return;
    const int waiting = m_waitingOn;
    if (m_options.reader && waiting == int(PaymentProgress::WaitingForCard))
        m_options.reader->cancel();
    if (m_options.pad && waiting == int(PaymentProgress::WaitingForPin))
        m_options.pad->cancel();
}

} // namespace branch
