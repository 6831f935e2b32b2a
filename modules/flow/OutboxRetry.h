#pragma once

#include "FlowReason.h"
#include "OutboxRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace branch {

class AuditChainKey;
class Clock;
class Database;

// Who puts a refused entry back for delivery: a signed-in staff member at
// the kiosk, or the operator account branchctl runs as. Never anonymous,
// never a placeholder such as "staff".
class Actor
{
public:
    enum class Kind { Staff, Operator };

    // nullopt unless `id` is a letter, then up to 31 letters, digits, '.',
    // '_' or '-': the audit log's shape for an actor's id (AuditValueKind::StaffId).
    static std::optional<Actor> forStaff(const QString &staffId);
    static std::optional<Actor> forOperator(const QString &accountName);
    static bool isValidId(const QString &id);

    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    // As the audit log names it (AuditActor): "staff:<id>", or
    // "branchctl:<name>" for the operator account branchctl runs as.
    QString auditName() const;

private:
    Actor(Kind kind, const QString &id)
        : m_kind(kind), m_id(id)
    {
    }
    Kind m_kind;
    QString m_id;
};

// The staff action "send again" for an outbox entry core refused: the entry
// goes from rejected back to pending, due now, with its ORIGINAL idempotency
// key (core applies a key at most once, so it can never be booked twice),
// and a staff_action audit row naming the actor is written in the SAME
// transaction: the retry and its record commit together or not at all.
// The kiosk's staff page and `branchctl outbox retry` both call this.
// Use it on the thread that opened `db`; afterwards, nudge the sync service.
class OutboxRetry
{
    Q_DECLARE_TR_FUNCTIONS(branch::OutboxRetry)
public:
    OutboxRetry(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> auditKey);

    // The entry as it now is (pending, same key), or why not: OutboxReason::
    // NotFound / WrongState (not a rejected entry), a StoreReason, or an
    // AuditReason (the retry was undone because it could not be audited).
    // The message is translated, for staff.
    Result<OutboxEntry, FlowError> retry(qint64 entryId, const Actor &actor);

private:
    Database &m_db;
    const Clock &m_clock;
    std::shared_ptr<const AuditChainKey> m_auditKey;
};

} // namespace branch
