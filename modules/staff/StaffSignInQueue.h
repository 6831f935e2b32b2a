#pragma once

#include "StaffSignIn.h"
#include "SupervisorApproval.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace branch {

class Clock;
class StaffCache;
class StaffDirectory;

struct StaffSignInQueueOptions
{
    // Made on the worker thread at the first sign-in. directory may be null
    // or return null (no core configured: offline sign-in only); cache must
    // give one (the kiosk: SealedStaffCache on the worker's own connection).
    std::function<std::unique_ptr<StaffDirectory>()> directory;
    std::function<std::unique_ptr<StaffCache>()> cache;
    const Clock *clock = nullptr; // outlives the queue; safe to read from another thread
};

// Runs StaffSignIn and SupervisorApproval on a worker thread: core is asked
// over the network, and Argon2id takes tens of milliseconds; the screen keeps
// moving meanwhile. One request at a time; finished() and authorized() reach
// the owner's thread.
class StaffSignInQueue : public QObject
{
    Q_OBJECT
public:
    explicit StaffSignInQueue(StaffSignInQueueOptions options, QObject *parent = nullptr);
    ~StaffSignInQueue() override;

    // StaffSignIn scrubs its own UTF-8 copy of the secret once checked.
    void signIn(const QString &staffId, const QString &secret);
    void authorize(const AuthorizationAsk &ask, const QString &supervisorId, const QString &secret);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const branch::StaffSignInResult &result);
    void authorized(const branch::AuthorizationResult &result);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there
    bool m_busy = false;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::StaffSignInResult)
Q_DECLARE_METATYPE(branch::AuthorizationResult)
