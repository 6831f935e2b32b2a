#pragma once

#include <functional>

#include "StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace branch {

class Database;
class Transaction;

namespace OutboxState {
inline constexpr QLatin1String Pending{"pending"};
inline constexpr QLatin1String Sent{"sent"};
inline constexpr QLatin1String Acknowledged{"acknowledged"};
inline constexpr QLatin1String Rejected{"rejected"};
} // namespace OutboxState

struct OutboxEntry
{
    qint64 id = 0;
    qint64 submissionId = 0;
    QString idempotencyKey;
    QString orderingKey;
    QString state;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;
    QDateTime createdAt; // UTC
    // From the submission row: safe to show staff (no personal data).
    QString serviceId;
    QString receiptNumber;
    // What core answered (columns added by 0005_sync.sql).
    QString coreRef;         // acknowledged
    QDateTime appliedAt;     // acknowledged, UTC
    QString rejectReason;    // rejected: core's stable snake_case reason
    QString rejectMessage;   // rejected: core's message, for staff
};

// Reasons the outbox transitions add to StoreReason.
namespace OutboxReason {
inline constexpr QLatin1String NotFound{"outbox_entry_not_found"};
inline constexpr QLatin1String WrongState{"outbox_wrong_state"};
} // namespace OutboxReason

// One state change the sync relay records. Several are written in one
// transaction, so a batch's results land together or not at all.
struct OutboxOutcome
{
    enum class Kind { Acknowledged, Rejected, Pending };
    qint64 id = 0;
    Kind kind = Kind::Pending;
    QString coreRef;         // Acknowledged
    QDateTime appliedAt;     // Acknowledged
    QString reason;          // Rejected: core's reason; Pending: why it goes back
    QString message;         // Rejected
    QDateTime nextAttemptAt; // Pending

    static OutboxOutcome acknowledged(qint64 id, const QString &coreRef, const QDateTime &appliedAt);
    static OutboxOutcome rejected(qint64 id, const QString &reason, const QString &message);
    static OutboxOutcome pending(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError);
};

// Entries are written only by SubmissionRepository, together with their
// submission; the sync relay moves them through
// pending -> sent -> acknowledged | rejected, and staff may put a rejected
// entry back to pending. The idempotency key never changes on the way.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db);

    // Pending entries due at `now` that are at the head of their ordering
    // key: an entry waits while an older one with the same key is still
    // pending or sent. At most `limit`, oldest first, so a backlog is never
    // read whole into memory.
    StoreResult<QList<OutboxEntry>> due(const QDateTime &now, int limit) const;
    StoreResult<std::optional<OutboxEntry>> findByKey(const QString &idempotencyKey) const;
    StoreResult<std::optional<OutboxEntry>> findBySubmission(qint64 submissionId) const;
    StoreResult<QHash<QString, qint64>> countByState() const;

    // pending -> sent for every id, attempts + 1, in one transaction: called
    // before the request goes on the wire, so a crash leaves the entries
    // "sent" (outcome unknown) and they are asked about, not blindly resent.
    StoreError markSent(const QList<qint64> &ids);
    // sent -> acknowledged. Repeating it for an acknowledged entry is a no-op.
    StoreError markAcknowledged(qint64 id, const QString &coreRef, const QDateTime &appliedAt);
    // sent -> rejected, keeping core's reason for staff.
    StoreError markRejected(qint64 id, const QString &reason, const QString &message);
    // pending|sent -> pending, due again at nextAttemptAt, with the same key.
    StoreError reschedule(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError);
    // Called inside apply()'s transaction for each entry that reached a final
    // state (acknowledged or rejected) just now, so a record of it (the audit
    // log) commits or rolls back with the state change itself.
    using FinalOutcomeHook = std::function<StoreError(const OutboxOutcome &, const Transaction &)>;
    // Any mix of the above, in one transaction.
    StoreError apply(const QList<OutboxOutcome> &outcomes, const FinalOutcomeHook &onFinal = {});
    // Called inside retry()'s transaction with the entry as it now is, so a
    // record of who sent it again (the audit log) commits or rolls back with
    // the state change. An error from it undoes the retry.
    using RetriedHook = std::function<StoreError(const OutboxEntry &, const Transaction &)>;
    // Staff action: rejected -> pending, due now, with the SAME key.
    StoreError retry(qint64 id, const QDateTime &now, const RetriedHook &onRetried = {});

    // Entries whose outcome is unknown, id order, after `afterId`.
    StoreResult<QList<OutboxEntry>> listSent(int limit, qint64 afterId = 0) const;
    // For staff: newest first; an empty state lists every state.
    StoreResult<QList<OutboxEntry>> list(const QString &state, int limit, int offset) const;
    StoreResult<std::optional<OutboxEntry>> find(qint64 id) const;
    // The earliest next_attempt_at among pending entries at the head of
    // their ordering key (those due() could return); invalid if none.
    StoreResult<QDateTime> earliestPendingAttempt() const;

private:
    StoreResult<QList<OutboxEntry>> select(const QString &where, const QVariantList &binds) const;
    // True when this call changed the entry's state.
    StoreResult<bool> applyOne(const OutboxOutcome &outcome);

    Database &m_db;
};

} // namespace branch
