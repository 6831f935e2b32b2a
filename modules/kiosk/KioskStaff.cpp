// Staff sign-in at the kiosk (issue 13, docs/staff.md): its own worker, with
// core's client over mutual TLS and the offline verifiers on its own
// connection to the store, sealed with this kiosk's codec.
#include "Kiosk.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "Clock.h"
#include "Database.h"
#include "HttpsCoreClient.h"
#include "KioskCoreAccess.h"
#include "PayloadCodec.h"
#include "SealingSetup.h"
#include "StaffCache.h"
#include "StaffSignInController.h"
#include "StaffSignInQueue.h"
#include "SyncService.h"
#include "UiLog.h"

namespace branch {

namespace {

// SealedStaffCache with the connection it reads through, both on the worker.
class WorkerStaffCache final : public StaffCache
{
public:
    WorkerStaffCache(const QString &path, std::shared_ptr<const PayloadCodec> codec)
        : m_codec(std::move(codec)), m_cache(m_db, *m_codec)
    {
        m_open = m_db.open({path}).ok;
        if (!m_open)
            qCWarning(lcUi) << "staff sign-in: the store cannot be opened for offline sign-in";
    }

    std::optional<CachedStaff> load(const QString &staffId) const override
    {
        return m_open ? m_cache.load(staffId) : std::nullopt;
    }
    bool save(const CachedStaff &entry) override { return m_open && m_cache.save(entry); }
    void remove(const QString &staffId) override
    {
        if (m_open)
            m_cache.remove(staffId);
    }

private:
    Database m_db;
    std::shared_ptr<const PayloadCodec> m_codec;
    SealedStaffCache m_cache;
    bool m_open = false;
};

} // namespace

void Kiosk::startStaffSignIn(const SyncServiceOptions &sync)
{
    StaffSignInQueueOptions options;
    options.clock = m_backends.clock.get();
    KioskCoreAccess access = coreAccess(sync);
    if (access.enrolled()) {
        auto held = std::make_shared<KioskCoreAccess>(std::move(access));
        options.directory = [held]() -> std::unique_ptr<StaffDirectory> { return connectEnrolled(*held, "staff:"); };
    }
    options.cache = [path = m_options.databasePath,
                     codec = std::shared_ptr<const PayloadCodec>(m_sealing, m_sealing->codec.get())] {
        return std::make_unique<WorkerStaffCache>(path, codec);
    };
    m_staffQueue = std::make_unique<StaffSignInQueue>(std::move(options));
    connect(m_staffQueue.get(), &StaffSignInQueue::finished, m_staffSignIn, &StaffSignInController::finish);
    // Every sign-in, refusal and sign-out in the audit log: a member under
    // their own name, a refused attempt under the kiosk's with the id typed.
    connect(m_staffSignIn, &StaffSignInController::auditable, this,
            [this](const QString &staffId, const QString &action, const QString &outcome) {
                const bool proven = action != u"sign_in_refused";
                AuditEvent event;
                event.kind = QString(AuditKind::StaffAction);
                event.actor = proven ? AuditActor::staff(staffId) : QString(AuditActor::Kiosk);
                event.subject = AuditSubject::named(QStringLiteral("staff_session"),
                                                    m_backends.clock->now().toSecsSinceEpoch());
                event.details = AuditDetails().action(action).outcome(outcome);
                if (AuditDetails::fits(AuditValueKind::StaffId, staffId))
                    event.details.staff(staffId);
                if (!m_audit || m_audit->append(event).error.isError())
                    qCWarning(lcUi) << "staff" << action << "not audited";
            });
    m_staffSignIn->setRunner([queue = m_staffQueue.get()](const QString &staffId, const QString &secret) {
        queue->signIn(staffId, secret);
    });
}

} // namespace branch
