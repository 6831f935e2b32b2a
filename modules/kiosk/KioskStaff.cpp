// Staff sign-in at the kiosk (issue 13, docs/staff.md): its own worker, with
// core's client over mutual TLS and the offline verifiers on its own
// connection to the store, sealed with this kiosk's codec.
#include "Kiosk.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "AuthorizationController.h"
#include "Clock.h"
#include "Database.h"
#include "HttpsCoreClient.h"
#include "KioskCoreAccess.h"
#include "PayloadCodec.h"
#include "SealingSetup.h"
#include "SessionContext.h"
#include "ShellController.h"
#include "SecretStore.h"
#include "StaffCache.h"
#include "StaffController.h"
#include "StaffSession.h"
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
    m_kioskAuthorizes = access.enrolled();
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
    startAuthorizations();
}

// Supervisors' authorizations ride the staff worker: the same connection to
// core, one request at a time (docs/authorization.md).
void Kiosk::startAuthorizations()
{
    connect(m_staffQueue.get(), &StaffSignInQueue::authorized, m_authorization, &AuthorizationController::finish);
    m_authorization->setContext([this] {
        AuthorizationAsk ask;
        ask.deviceId = m_options.kioskCode;
        // Dual control: a teller serving at this kiosk entered it; otherwise the customer did.
        const std::optional<StaffMember> member = m_staffSession->member();
        ask.enteredBy = member && m_staffSession->active() ? member->id : QString(AuthorizationPolicy::Customer);
        if (const SecretResult pinned = m_sealing->secrets->read(QString(SecretName::CoreAnchorKey)); pinned.ok())
            ask.pinnedCoreKey = pinned.value();
        return ask;
    });
    m_authorization->setRunner([queue = m_staffQueue.get()](const AuthorizationAsk &ask, const QString &supervisorId,
                                                            const QString &secret) {
        queue->authorize(ask, supervisorId, secret);
    });
    connect(m_authorization, &AuthorizationController::auditable, this,
            [this](const QString &supervisorId, const QString &outcome, const QString &authorizationId) {
                const bool given = outcome == u"authorized";
                AuditEvent event;
                event.kind = QString(AuditKind::StaffAction);
                event.actor = given ? AuditActor::staff(supervisorId) : QString(AuditActor::Kiosk);
                event.subject = AuditSubject::named(QStringLiteral("authorization"),
                                                    m_backends.clock->now().toSecsSinceEpoch());
                event.details = AuditDetails().action(QStringLiteral("authorize")).outcome(outcome);
                if (AuditDetails::fits(AuditValueKind::StaffId, supervisorId))
                    event.details.staff(supervisorId);
                if (given)
                    qCInfo(lcUi) << "authorization" << authorizationId << "given by" << supervisorId;
                if (!m_audit || m_audit->append(event).error.isError())
                    qCWarning(lcUi) << "authorization" << outcome << "not audited";
            });
    updateFlowBackends();
}

void Kiosk::careModeByStaff(const QString &staffId)
{
    AuditEvent event;
    event.kind = QString(AuditKind::StaffAction);
    event.actor = AuditActor::staff(staffId);
    event.subject = AuditSubject::named(QStringLiteral("care_mode"), m_backends.clock->now().toSecsSinceEpoch());
    event.details = AuditDetails().action(QStringLiteral("care_mode_on")).outcome(QStringLiteral("switched_on"));
    if (AuditDetails::fits(AuditValueKind::StaffId, staffId))
        event.details.staff(staffId);
    if (!m_audit || m_audit->append(event).error.isError())
        qCWarning(lcUi) << "care mode switched on by staff, not audited";
    m_context->setCareMode(true);
    // The customer's screen from here on: care mode's home, not the staff page.
    m_shell->goHome();
}

} // namespace branch
