#include "OutboxRetry.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "Clock.h"
#include "Database.h"
#include "FlowLogging.h"

#include <QRegularExpression>

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
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,31}$"));
    return pattern.match(id).hasMatch();
}

QString Actor::auditName() const
{
    return (m_kind == Kind::Staff ? QStringLiteral("staff:") : QStringLiteral("branchctl:")) + m_id;
}

OutboxRetry::OutboxRetry(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

RetryOutcome OutboxRetry::retry(qint64 entryId, const Actor &actor)
{
    AuditLog audit(m_db, m_clock);
    RetryOutcome outcome;
    const auto record = [&](const OutboxEntry &entry, const Transaction &tx) {
        AuditEvent event;
        event.kind = QString(AuditKind::StaffAction);
        event.actor = actor.auditName();
        event.subject = QStringLiteral("outbox:%1").arg(entry.id);
        event.details = AuditDetails().action(QStringLiteral("outbox_retry"));
        outcome.entry = entry;
        return audit.append(event, &tx).error;
    };
    const StoreError retried = OutboxRepository(m_db).retry(entryId, m_clock.now(), record);
    if (retried.isError()) {
        qCWarning(lcFlow) << "outbox entry" << entryId << "could not be sent again:" << retried.reason;
        outcome.reason = retried.reason;
        if (retried.reason == OutboxReason::NotFound)
            outcome.message = tr("There is no outbox entry %1.").arg(entryId);
        else if (retried.reason == OutboxReason::WrongState)
            outcome.message = tr("Outbox entry %1 was not refused by core, so it is not sent again.").arg(entryId);
        else
            outcome.message = retried.message;
        outcome.entry.reset();
        return outcome;
    }
    qCInfo(lcFlow) << "outbox entry" << entryId << "sent again by"
                   << (actor.kind() == Actor::Kind::Staff ? "a staff member" : "an operator");
    return outcome;
}

} // namespace branch
