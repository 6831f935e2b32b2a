#include "SyncService.h"

#include "SyncWorker.h"

namespace branch {

SyncService::SyncService(const SyncServiceOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<SyncSnapshot>();
    qRegisterMetaType<QueueCounts>();
    m_thread.setObjectName(QStringLiteral("branch-sync"));
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    if (m_thread.isRunning())
        return;
    auto *worker = new SyncWorker(m_options);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SyncWorker::setUp);
    // Destroyed on its own thread, which closes its SQL connection there.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::snapshotChanged, this,
            [this](const SyncSnapshot &snapshot) {
                m_snapshot = snapshot;
                Q_EMIT snapshotChanged(snapshot);
            },
            Qt::QueuedConnection);
    m_worker = worker;
    m_thread.start();
}

void SyncService::stop()
{
    if (!m_thread.isRunning())
        return;
    // quit() also ends the event loop an exchange in flight waits in, so the
    // wait below is short; that exchange's entries stay "sent".
    m_worker = nullptr;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SyncService::nudge()
{
    // A queued call is safe from any thread while the worker lives; stop()
    // clears the pointer before the worker can go.
    if (SyncWorker *worker = m_worker.load())
        QMetaObject::invokeMethod(worker, &SyncWorker::nudge, Qt::QueuedConnection);
}

} // namespace branch
