#pragma once

#include "Money.h"
#include "PaymentService.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace branch {

class CardReader;
class Clock;
class IdempotencyKeySource;
class PaymentGateway;
class PinPad;

// What the payment worker opens on its own thread.
struct PaymentQueueOptions
{
    QString databasePath; // the kiosk's SQLite file (WAL), opened again on the worker thread
    // Makes core's payment API on the worker thread (the kiosk: HttpsCoreClient
    // over mutual TLS, its secrets read on the owner's thread beforehand).
    // Null or returning null: every payment ends before core is asked.
    std::function<std::unique_ptr<PaymentGateway>()> gateway;
    // The devices, chosen when the kiosk is assembled (KioskBackends). Shared:
    // cancel() reaches them from the owner's thread while the worker waits.
    std::shared_ptr<CardReader> reader;
    std::shared_ptr<PinPad> pad;
    // Must outlive the queue and be safe to read from another thread.
    const Clock *clock = nullptr;
    // Default: RandomKeySource.
    std::function<std::unique_ptr<IdempotencyKeySource>()> keySource;
    std::chrono::milliseconds deviceWait{30'000};
    std::chrono::milliseconds notFoundGrace{60'000};
};

// The kiosk's card payments off the GUI thread: the card reader, the PIN pad,
// the fsync'd intent and core's answer block, so they run on a worker thread
// with its own database connection, through PaymentService (docs/payment.md).
// One at a time, in the order given. Every signal reaches the owner's thread,
// queued, so slots may touch the UI.
//
//   queue.pay(amount, reference) -> ticket ... paid(ticket, result)
//   queue.resolve() -> ticket ... resolved(ticket, results)
class PaymentQueue : public QObject
{
    Q_OBJECT
public:
    explicit PaymentQueue(const PaymentQueueOptions &options, QObject *parent = nullptr);
    // Lets a payment under way finish (its intent is on disk and core may
    // have charged it), then stops the worker.
    ~PaymentQueue() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // Call from the owner's thread; tickets are never 0.
    qint64 pay(const Money &amount, const QString &reference);
    // Asks core about every Pending or Unknown payment (at start-up, on the
    // staff page), never sending one again.
    qint64 resolve();
    // The customer gave up while the reader or the pad waits: they stop
    // waiting (payment_cancelled); nothing was recorded or asked of core.
    void cancel();
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // The worker's database is open ("" reason), or could not be (a StoreReason).
    void opened(const QString &reason);
    // A wait began for the payment `ticket` (card, PIN, core).
    void progressed(qint64 ticket, branch::PaymentProgress progress);
    void paid(qint64 ticket, const branch::PaymentResult &result);
    void resolved(qint64 ticket, const QList<branch::PaymentResult> &results);

private:
    class Worker;
    void finish();
    // Runs `work` on the worker and hands its result to `deliver` back here,
    // counted in flight meanwhile. Returns the call's ticket.
    template<typename Work, typename Deliver>
    qint64 post(Work work, Deliver deliver);

    PaymentQueueOptions m_options;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there
    qint64 m_lastTicket = 0;
    int m_inFlight = 0;
    // What the worker waits on now (a PaymentProgress, or -1: nothing), so
    // cancel() stops that device only: a device keeps a cancel until its
    // next wait, and the pad's must not end the next customer's payment.
    std::atomic_int m_waitingOn{-1};
};

} // namespace branch

Q_DECLARE_METATYPE(branch::PaymentResult)
Q_DECLARE_METATYPE(branch::PaymentProgress)
