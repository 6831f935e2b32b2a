#pragma once

#include "SubmissionService.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace branch {

class SubmissionWorker;

// What the submission worker opens on its own thread.
struct SubmissionQueueOptions
{
    QString databasePath; // the kiosk's SQLite file (WAL), opened again on the worker thread
    // Opened by the caller on its own thread and shared: QtKeychain must not
    // run on a second thread, so the worker never opens secrets itself.
    std::shared_ptr<const PayloadCodec> codec;
    std::shared_ptr<const AuditChainKey> auditKey; // the same way
    // Must outlive the queue and be safe to read from another thread
    // (SystemClock is; a test's fixed clock is).
    const Clock *clock = nullptr;
    SubmissionSettings settings;
    QString auditActor = QStringLiteral("kiosk");
    std::shared_ptr<const ReceiptPrinter> printer; // null: no receipt file
    QString receiptDirectory;
    // Makes the worker's idempotency keys; default: RandomKeySource.
    std::function<std::unique_ptr<IdempotencyKeySource>()> keySource;
};

// The kiosk's submission, off the GUI thread: the fsync'd commit and the PDF
// run on a worker thread with its own database connection (opened there, as
// Qt SQL requires), through the same SubmissionService branchctl uses.
// Orders run one at a time, in the order given. Every signal reaches the
// thread that owns this object, queued, so slots may touch the UI.
//
//   queue.submit(order) -> ticket
//   progress(ticket, Checking), progress(ticket, Storing), ...
//   finished(ticket, result)   exactly once per ticket
class SubmissionQueue : public QObject
{
    Q_OBJECT
public:
    explicit SubmissionQueue(const SubmissionQueueOptions &options, QObject *parent = nullptr);
    // Lets every order already given finish (a customer may be waiting for
    // its receipt number), then stops the worker.
    ~SubmissionQueue() override;

    // Starts the worker thread, which opens the database; opened() follows.
    // submit() starts it too.
    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // Call from the owner's thread. Returns the ticket that progress() and
    // finished() carry for this order; never 0.
    qint64 submit(const SubmissionOrder &order);
    // Orders given and not yet finished.
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // The worker's database is open ("" reason), or could not be (a
    // StoreReason; every order then finishes with that reason).
    void opened(const QString &reason, const QString &message);
    void progress(qint64 ticket, branch::SubmissionStage stage);
    void finished(qint64 ticket, const branch::SubmissionResult &result);

private:
    SubmissionQueueOptions m_options;
    QThread m_thread;
    SubmissionWorker *m_worker = nullptr; // lives on m_thread, deleted there
    qint64 m_lastTicket = 0;
    int m_inFlight = 0;
};

} // namespace branch
