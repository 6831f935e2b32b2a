#include "OutboxRetry.h"

#include "AuditDetails.h"
#include "AuditLog.h"
#include "AuditRecord.h"
#include "Clock.h"
#include "Database.h"
#include "FlowLogging.h"

namespace branch {

std::optional<Actor> Actor::forStaff(const QString &staffId)
{
    if (!isValidId(staffId))
        return std::nullopt;
    return Actor(Kind::Staff, staffId);
}

std::optional<Actor> Actor::forOperator(const QString &accountName)
{
    if (!isValidId(accountName))
        return std::nullopt;
    return Actor(Kind::Operator, accountName);
}

bool Actor::isValidId(const QString &id)
{
    return AuditDetails::fits(AuditValueKind::StaffId, QJsonValue(id));
}

QString Actor::auditName() const
{
    return m_kind == Kind::Staff ? AuditActor::staff(m_id) : QString(AuditActor::Branchctl) + u':' + m_id;
}

OutboxRetry::OutboxRetry(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> auditKey)
    : m_db(db)
    , m_clock(clock)
    , m_auditKey(std::move(auditKey))
{
}

Result<OutboxEntry, FlowError> OutboxRetry::retry(qint64 entryId, const Actor &actor)
{
    AuditLog audit(m_db, m_clock, m_auditKey);
    std::optional<OutboxEntry> retried;
    const auto record = [&](const OutboxEntry &entry, const Transaction &tx) {
        AuditEvent event;
        event.kind = QString(AuditKind::StaffAction);
        event.actor = actor.auditName();
        event.subject = AuditSubject::named(QStringLiteral("outbox"), entry.id);
        event.details = AuditDetails()
                            .action(QStringLiteral("outbox_retry"))
                            .outbox(entry.id)
                            .attempts(entry.attempts);
        retried = entry;
        return audit.append(event, &tx).error;
    };
    const StoreError failed = OutboxRepository(m_db).retry(entryId, m_clock.now(), record);
    if (failed.isError()) {
        qCWarning(lcFlow) << "outbox entry" << entryId << "could not be sent again:" << failed.reason;
        if (failed.reason == OutboxReason::NotFound)
            return FlowError{failed.reason, tr("There is no outbox entry %1.").arg(entryId)};
        if (failed.reason == OutboxReason::WrongState)
            return FlowError{failed.reason,
                             tr("Outbox entry %1 was not refused by core, so it is not sent again.").arg(entryId)};
        return FlowError{failed.reason, failed.message};
    }
    qCInfo(lcFlow) << "outbox entry" << entryId << "sent again by"
                   << (actor.kind() == Actor::Kind::Staff ? "a staff member" : "an operator");
    return *retried;
}

} // namespace branch
