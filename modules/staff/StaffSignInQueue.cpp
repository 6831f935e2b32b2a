#include "StaffSignInQueue.h"

#include "StaffCache.h"
#include "StaffDirectory.h"
#include "SupervisorApproval.h"

#include <QMetaObject>

namespace branch {

class StaffSignInQueue::Worker : public QObject
{
public:
    explicit Worker(StaffSignInQueueOptions options) : m_options(std::move(options)) {}

    StaffSignInResult signIn(const QString &staffId, const QString &secret)
    {
        ensure();
        return m_signIn->signIn(staffId, secret);
    }

    AuthorizationResult authorize(const AuthorizationAsk &ask, const QString &supervisorId, const QString &secret)
    {
        ensure();
        return SupervisorApproval::approve(m_directory.get(), ask, supervisorId, secret);
    }

private:
    void ensure()
    {
        if (m_signIn)
            return;
        if (m_options.directory)
            m_directory = m_options.directory();
        m_options.directory = nullptr; // its captured secrets go with it
        m_cache = m_options.cache();
        m_signIn = std::make_unique<StaffSignIn>(m_directory.get(), *m_cache, *m_options.clock);
    }

    StaffSignInQueueOptions m_options;
    std::unique_ptr<StaffDirectory> m_directory;
    std::unique_ptr<StaffCache> m_cache;
    std::unique_ptr<StaffSignIn> m_signIn;
};

StaffSignInQueue::StaffSignInQueue(StaffSignInQueueOptions options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StaffSignInResult>();
    qRegisterMetaType<AuthorizationResult>();
    m_thread.setObjectName(QStringLiteral("staff"));
    m_worker = new Worker(std::move(options));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StaffSignInQueue::~StaffSignInQueue()
{
    m_thread.quit();
    m_thread.wait();
}

void StaffSignInQueue::signIn(const QString &staffId, const QString &secret)
{
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, staffId, secret] {
            const StaffSignInResult result = worker->signIn(staffId, secret);
            // The destructor waits for this thread, so `this` is alive here.
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    m_busy = false;
                    Q_EMIT finished(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StaffSignInQueue::authorize(const AuthorizationAsk &ask, const QString &supervisorId, const QString &secret)
{
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, ask, supervisorId, secret] {
            const AuthorizationResult result = worker->authorize(ask, supervisorId, secret);
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    m_busy = false;
                    Q_EMIT authorized(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace branch
