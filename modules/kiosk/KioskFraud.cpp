#include "Kiosk.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "FormController.h"
#include "FraudController.h"
#include "FraudPages.h"
#include "FraudReference.h"
#include "IdCardController.h"
#include "KioskSession.h"
#include "ReferenceSync.h"
#include "Router.h"
#include "UiLog.h"

namespace branch {

void Kiosk::setUpFraud()
{
    m_fraud = new FraudController(m_flow, m_context, m_backends.clock.get(), this);
    m_flow->setReviewGuard([fraud = m_fraud] { return fraud->allowCommit(); });
    connect(m_session, &KioskSession::cleared, m_fraud, &FraudController::endVisit);
    // The age on an ID card read in this visit brings the customer into the
    // rules' audience (minAge), in care mode or not.
    connect(m_idCard, &IdCardController::holderAgeRead, m_fraud,
            [fraud = m_fraud](int years) { fraud->setCustomerAge(years >= 0 ? std::optional<int>(years) : std::nullopt); });
    // The decision, with the hit codes and who made it; nothing the customer typed.
    m_fraud->setAuditor([this](const FraudDecision &d) {
        AuditEvent event;
        event.kind = QString(AuditKind::Authorization);
        event.actor = d.actor;
        event.subject = AuditSubject::named(QStringLiteral("fraud_check"), m_backends.clock->now().toSecsSinceEpoch());
        event.details = AuditDetails().service(d.serviceId).action(QStringLiteral("fraud_warning")).outcome(d.choice)
                            .fraudHits(d.hits);
        if (!d.staffId.isEmpty() && AuditDetails::fits(AuditValueKind::StaffId, d.staffId))
            event.details.staff(d.staffId);
        if (!m_audit || m_audit->append(event).error.isError())
            qCWarning(lcUi) << "anti-fraud decision not audited:" << d.choice;
    });
    addFraudPages(*m_router, m_fraud);
}

void Kiosk::loadFraudRules()
{
    FraudRules rules = FraudRules::builtIn();
    FraudWatchList watch = FraudWatchList::builtIn();
    m_fraudVersions.insert(FraudReference::Rules, -1);
    m_fraudVersions.insert(FraudReference::WatchList, -1);
    if (m_store) {
        // A copy in the store passed the same parser when it was pulled; one
        // that no longer parses (a newer schema after a downgrade) is left
        // aside and the built-in data is used.
        const StoreResult<ReferenceCopy> heldRules = ReferenceSync::held(*m_store, FraudReference::Rules);
        if (heldRules.ok() && heldRules.value.version >= 0) {
            m_fraudVersions.insert(FraudReference::Rules, heldRules.value.version);
            Result<FraudRules> parsed = FraudRules::parse(heldRules.value.data);
            if (parsed.ok())
                rules = std::move(parsed).value();
            else
                qCWarning(lcUi) << "anti-fraud rules from core not used:" << parsed.reason() << parsed.error().detail;
        }
        const StoreResult<ReferenceCopy> heldList = ReferenceSync::held(*m_store, FraudReference::WatchList);
        if (heldList.ok() && heldList.value.version >= 0) {
            m_fraudVersions.insert(FraudReference::WatchList, heldList.value.version);
            Result<FraudWatchList> parsed = FraudWatchList::parse(heldList.value.data);
            if (parsed.ok())
                watch = std::move(parsed).value();
            else
                qCWarning(lcUi) << "anti-fraud watch list from core not used:" << parsed.reason()
                                << parsed.error().detail;
        }
    }
    qCInfo(lcUi) << "anti-fraud rules" << rules.version << "with" << rules.keywords.size() << "keywords; watch list of"
                 << watch.size() << "accounts";
    m_fraud->setCheck(FraudCheck(std::move(rules), std::move(watch)));
}

} // namespace branch
